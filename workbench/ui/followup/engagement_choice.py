"""The engagement a page is about, chosen in a combo box (ledger, progress)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from workbench.services import listing
from workbench.store import Database


def fill_engagement_box(box: QComboBox, db: Database, fallback: Callable[[], str | None]) -> None:
    """Re-read the engagements into ``box``, keeping the choice (else ``fallback()``),
    without announcing a change: the page refreshes itself afterwards."""
    with db.session() as session:
        engagements = [(row.id, row.title) for row in listing.list_engagements(session)]
    wanted = box.currentData() or fallback()
    blocker = QSignalBlocker(box)
    box.clear()
    for key, title in engagements:
        box.addItem(title, key)
    box.setCurrentIndex(max(0, box.findData(wanted)))
    del blocker

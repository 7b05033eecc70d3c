"""The follow-up feature: ledger, progress and lessons pages, search, history, "I am".

``install(window)`` adds the pages "Who promised what" (the ledger, both ways), "Progress"
(objectives, stages and the timeline) and "Lessons learned"; Edit → Search everything
(Ctrl+F); Tools → I am… (who makes the changes the history records, and whose actions
"My actions" shows); and a history panel under the form of every list page.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workbench.services import listing
from workbench.services.search import SearchHit
from workbench.store import Database
from workbench.ui import settings as app_settings
from workbench.ui.followup.ledger_page import LedgerPage
from workbench.ui.followup.lessons_page import build_lessons_page
from workbench.ui.followup.overview_page import OverviewPage
from workbench.ui.followup.search_dialog import SearchDialog
from workbench.ui.followup.tracker_page import TrackerPage
from workbench.ui.lists.history_widget import attach_history

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class IAmDialog(QDialog):
    """Choose who is using the app: the history records their name with each change."""

    def __init__(self, db: Database, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("i_am_dialog")
        self.setWindowTitle(self.tr("I am…"))
        self.person = QComboBox()
        self.person.setObjectName("i_am_person")
        self.person.setAccessibleName(self.tr("I am"))
        with db.session() as s:
            members = listing.list_people(s, members_only=True)
            everyone = listing.list_people(s)
        self.person.addItem(self.tr("(nobody chosen)"), "")
        member_ids = {pid for pid, _ in members}
        for pid, name in members + [p for p in everyone if p[0] not in member_ids]:
            self.person.addItem(name, pid)
        self.person.setCurrentIndex(max(0, self.person.findData(current or "")))
        explain = QLabel(
            self.tr(
                "Changes you make are recorded with your name, and “My actions” in the "
                "tracker shows your open actions."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&I am:"), self.person)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        return self.person.currentData() or None


class FollowUpFeature(QObject):
    """Owns the feature's pages and dialogs for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        db, events = window.db, window.events
        self.tracker: TrackerPage | None = None
        actions_page = window.pages.get("actions")
        if isinstance(actions_page, TrackerPage):
            self.tracker = actions_page
            self.tracker.me_needed.connect(self.choose_me)

        self.ledger = LedgerPage(
            db, events, current_engagement=window.current_engagement_id, open_record=self.open
        )
        self.overview = OverviewPage(
            db, events, current_engagement=window.current_engagement_id, open_record=self.open
        )
        self.lessons = build_lessons_page(db, events, window.current_engagement_id)
        window.add_page("ledger", self.tr("Who promised what"), self.ledger)
        window.add_page("progress", self.tr("Progress"), self.overview)
        window.add_page("lessons", self.tr("Lessons learned"), self.lessons)
        window.pages["lessons"] = self.lessons  # reloaded, flushed and opened like the others

        for page in window.pages.values():
            attach_history(page, db, events)

        self.search_dialog: SearchDialog | None = None
        self.search_action = QAction(self.tr("&Search everything…"), window)
        self.search_action.setObjectName("search_action")
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.open_search)
        window.menu("edit").addAction(self.search_action)

        self.me_action = QAction(self.tr("&I am…"), window)
        self.me_action.setObjectName("i_am_action")
        self.me_action.triggered.connect(self.choose_me)
        window.menu("tools").addAction(self.me_action)

        window.settings_changed.connect(self._apply_me)
        events.database_reloaded.connect(self._choices_changed)
        events.records_changed.connect(self._records_changed)
        self._apply_me()

    # -- I am -----------------------------------------------------------------------
    def me(self) -> str | None:
        return self.window.settings.get(app_settings.ME) or None

    def set_me(self, person_id: str | None) -> None:
        """Remember who is using the app and record their changes under their name."""
        self.window.settings.set(app_settings.ME, person_id or "")
        self.window.settings.sync()
        self._apply_me()

    def _apply_me(self) -> None:
        me = self.me()
        self.window.db.actor_id = me
        if self.tracker is not None:
            self.tracker.set_me(me)

    def choose_me(self) -> None:
        dialog = IAmDialog(self.window.db, self.me(), self.window)
        if dialog.exec():
            self.set_me(dialog.chosen())

    # -- search ---------------------------------------------------------------------
    def open_search(self) -> None:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.window.db, self.open_hit, self.window)
        self.search_dialog.start()

    def open_hit(self, hit: SearchHit) -> bool:
        """Open a search result: its own page, else its meeting."""
        opened = self.open(hit.kind, hit.record_id)
        if not opened and hit.meeting_id:
            opened = self.open("meeting", hit.meeting_id)
        if opened and self.search_dialog is not None:
            self.search_dialog.hide()
        if not opened:
            self.window.statusBar().showMessage(
                self.tr("That record has no page to open it on."), 5000
            )
        return opened

    def open(self, entity: str, record_id: str) -> bool:
        if entity == "objective":
            self.window.show_page("progress")
            return self.overview.select_objective(record_id)
        return self.window.show_record(entity, record_id)

    # -- keeping lists in step ------------------------------------------------------
    def _choices_changed(self) -> None:
        if self.tracker is not None:
            self.tracker.fill_choices()

    def _records_changed(self, entity: str, _ids: list[str]) -> None:
        if entity in ("person", "organisation", "engagement"):
            self._choices_changed()


def install(window: MainWindow) -> None:
    """Add the follow-up pages, search, history and "I am" to the main window."""
    window.followup = FollowUpFeature(window)  # type: ignore[attr-defined]

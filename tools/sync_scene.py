"""For ``screenshots.py``: an exchange folder with a second laptop and a conflict, so the
status bar and the Conflicts page show what a member sees on a working day."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def prepare(db: Any, settings: Any, scratch: Path) -> Any:
    """A second laptop (a copy of ``db``) and a conflict on one commitment; both synced."""
    from sqlmodel import select

    from workbench.domain import Commitment
    from workbench.services.exchange.packages import installation_id
    from workbench.services.sync import sync_once
    from workbench.store import open_database
    from workbench.store.backup import backup_file
    from workbench.ui import settings as app_settings

    folder = scratch / "Exchange"
    folder.mkdir()
    other_path = backup_file(db.path, scratch / "anna" / "workbench.sqlite")
    other = open_database(other_path)
    installation_id(db)
    sync_once(db, folder)
    sync_once(other, folder)
    with db.session() as s:
        commitment = s.exec(select(Commitment).order_by(Commitment.id)).first()
        cid = commitment.id
    with other.transaction() as s:
        s.get(Commitment, cid).text = "Publish the smelter list by June, with audit dates"
    with db.transaction() as s:
        s.get(Commitment, cid).text = "Publish the full smelter list by the end of June"
    sync_once(other, folder)
    settings.set(app_settings.SYNC_FOLDER, str(folder))
    return other


def shoot_extra(window: Any, shoot: Any) -> None:
    """The conflict's editor, after the pages."""
    feature = window.sync_feature
    window.show_page("conflicts")
    dialog = feature.page.edit_current()
    if dialog is not None:
        shoot(dialog, "32-conflict-edit")
        dialog.close()

"""The exchange folder in the window: the status bar, Sync now, the timers, quitting,
the Conflicts page (keep mine, keep theirs, edit), the history's laptop, the settings
row and the warning when the database lies in a synced folder.

Tasks run inline (``tests/ui/conftest.py``); timers are fired by hand; the other laptop
is a second database syncing with the same folder through the service.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from workbench.domain import Commitment, CommitmentStatus, Conflict
from workbench.services.exchange.conflicts import list_conflicts
from workbench.services.exchange.packages import installation_id
from workbench.services.history import record_history
from workbench.services.sync import sync_once
from workbench.services.sync.layout import list_laptop_folder
from workbench.store import open_database
from workbench.store.lineage import get_value
from workbench.ui import settings as app_settings
from workbench.ui.lists.history_model import COL_BY, HistoryModel


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Exchange"
    path.mkdir()
    return path


@pytest.fixture
def other(demo_db_path: Path, tmp_path: Path, folder: Path):
    """Another member's laptop: a copy of the same case, syncing with the same folder."""
    path = tmp_path / "other" / "workbench.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo_db_path, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def window(make_window, demo_db, settings, folder):
    settings.set(app_settings.SYNC_FOLDER, str(folder))
    win = make_window(demo_db)
    win.sync_feature.start()
    win.sync_feature.controller.start_timer.stop()  # the test fires what it needs
    return win


def first_commitment(db) -> str:
    with db.session() as s:
        return s.exec(select(Commitment).order_by(Commitment.id)).first().id


def set_text(db, record_id: str, text: str) -> None:
    with db.transaction() as s:
        s.get(Commitment, record_id).text = text


def text_of(db, record_id: str) -> str:
    with db.session() as s:
        return s.get(Commitment, record_id).text


def status_text(window) -> str:
    return window.sync_feature.status.label.text()


def test_the_status_bar_says_when_it_synced_with_how_many_laptops(window, other, folder) -> None:
    sync_once(other, folder)
    assert status_text(window).startswith("Not synced yet")
    window.sync_feature.status.sync_button.click()
    text = status_text(window)
    assert text.startswith("Synced ") and "1 other laptop" in text
    assert "conflict" not in text
    assert not window.sync_feature.status.conflicts_button.isVisible()


def test_without_a_folder_the_status_says_sync_is_off(make_window, demo_db) -> None:
    window = make_window(demo_db)
    assert status_text(window) == "Sync: off"
    assert not window.sync_feature.status.sync_button.isVisible()
    window.sync_feature.controller.sync_now()  # nothing to do, no error
    assert status_text(window) == "Sync: off"


def test_an_edit_on_the_other_laptop_shows_up_in_the_list(window, other, folder) -> None:
    cid = first_commitment(window.db)
    window.sync_feature.controller.sync_now()
    sync_once(other, folder)
    set_text(other, cid, "Changed on the other laptop")
    sync_once(other, folder)
    window.show_page("commitments")
    window.findChild(type(window.sync_feature.action), "action_sync_now").trigger()
    page = window.pages["commitments"]
    row = page.model.row_of(cid)
    assert page.model.row_at(row).text == "Changed on the other laptop"


def test_a_conflict_is_counted_and_the_conflicts_page_settles_it(window, other, folder) -> None:
    cid = first_commitment(window.db)
    controller = window.sync_feature.controller
    controller.sync_now()
    sync_once(other, folder)
    set_text(other, cid, "Theirs, typed there")
    set_text(window.db, cid, "Mine, typed here")  # the newer: the merge keeps it
    sync_once(other, folder)
    controller.sync_now()
    assert "1 conflict waiting" in status_text(window)
    assert window.sync_feature.status.conflicts_button.isVisible()
    window.sync_feature.status.conflicts_button.click()
    assert window.current_page_key() == "conflicts"
    page = window.sync_feature.page
    assert page.model.rowCount() == 1
    assert page.model.display(page.model.row_at(0), 3)  # the other laptop, named
    assert page.detail.horizontalHeaderItem(2).text().startswith("Theirs (")
    versions = {
        page.detail.item(r, 0).text(): (
            page.detail.item(r, 1).text(),
            page.detail.item(r, 2).text(),
        )
        for r in range(page.detail.rowCount())
    }
    assert versions["Text"] == ("Mine, typed here", "Theirs, typed there")
    page.keep_mine.click()
    assert text_of(window.db, cid) == "Mine, typed here"
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert "conflict" not in status_text(window)
    controller.sync_now()  # the choice travels
    sync_once(other, folder)
    assert text_of(other, cid) == "Mine, typed here"
    with other.session() as s:
        assert [c.resolved_at is not None for c in list_conflicts(s, include_resolved=True)] == [
            True
        ]


def test_keep_theirs_and_edit(window, other, folder, qtbot) -> None:
    ids = []
    with window.db.session() as s:
        ids = [c.id for c in s.exec(select(Commitment).order_by(Commitment.id)).all()[:2]]
    controller = window.sync_feature.controller
    controller.sync_now()
    sync_once(other, folder)
    for n, cid in enumerate(ids):
        set_text(window.db, cid, f"Mine {n}")
        set_text(other, cid, f"Theirs {n}")
    with other.transaction() as s:
        s.get(Commitment, ids[1]).status = CommitmentStatus.FULFILLED
    sync_once(other, folder)
    controller.sync_now()
    page = window.sync_feature.page
    window.show_page("conflicts")
    assert page.model.rowCount() == 2
    first = page.model.row_of(next(r.id for r in page.model._rows if r.entity_id == ids[0]))
    page.view.selectRow(first)
    page.keep_theirs.click()
    assert text_of(window.db, ids[0]) == "Theirs 0"
    page.view.selectRow(0)
    dialog = page.edit_current()
    assert dialog.findChild(type(dialog.editors["text"]), "edit_text").toPlainText() == "Mine 1"
    dialog.editors["text"].setPlainText("Both: mine and theirs")
    status = dialog.editors["status"]
    status.setCurrentIndex(1)  # theirs: fulfilled
    dialog.accept()
    with window.db.session() as s:
        record = s.get(Commitment, ids[1])
        assert (record.text, record.status) == ("Both: mine and theirs", CommitmentStatus.FULFILLED)
        assert {c.resolution for c in s.exec(select(Conflict))} == {"kept this", "edited"}
    assert page.model.rowCount() == 0


def test_the_timers_sync_after_start_after_typing_and_every_few_minutes(window, folder) -> None:
    controller = window.sync_feature.controller
    assert controller.period_timer.isActive()
    controller.start_timer.timeout.emit()  # the window has shown
    own = folder / window.db.laptop_id
    assert list_laptop_folder(own).snapshots  # its first snapshot
    cid = first_commitment(window.db)
    set_text(window.db, cid, "Typed")
    window.events.records_changed.emit("commitment", [cid])  # as the form does on save
    assert controller.idle_timer.isActive()
    controller.idle_timer.timeout.emit()  # typing stopped
    assert max(list_laptop_folder(own).packages) == 2
    set_text(window.db, cid, "Typed again")
    controller.period_timer.timeout.emit()  # a few minutes later
    assert max(list_laptop_folder(own).packages) == 3


def test_a_sync_asked_for_while_one_runs_runs_after_it(window) -> None:
    controller = window.sync_feature.controller
    controller.running = True  # as if a worker were busy
    controller.sync_now()
    assert controller._again
    calls = []
    controller.sync_now = lambda: calls.append(1)  # what runs next
    from datetime import UTC, datetime

    from workbench.services.sync.engine import SyncReport

    controller._done(SyncReport("x", datetime.now(UTC), True))
    assert calls == [1] and not controller.running


def test_closing_the_window_writes_the_last_changes(window, folder) -> None:
    window.sync_feature.controller.sync_now()
    cid = first_commitment(window.db)
    set_text(window.db, cid, "Typed just before quitting")
    own = folder / window.db.laptop_id
    before = max(list_laptop_folder(own).packages, default=1)
    window.close()
    assert max(list_laptop_folder(own).packages) == before + 1


def test_a_newer_package_is_said_once_in_the_status_bar(window, other, folder) -> None:
    import json
    import zipfile

    sync_once(other, folder)
    [snapshot] = list_laptop_folder(folder / installation_id(other)).snapshots.values()
    with zipfile.ZipFile(snapshot.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(snapshot.path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    window.sync_feature.controller.sync_now()
    assert "Update the workbench to read" in status_text(window)
    assert any("Update the workbench" in m for m in messages)
    messages.clear()
    window.sync_feature.controller.sync_now()
    assert "Update the workbench to read" in status_text(window)
    assert not any("Update the workbench" in m for m in messages)  # said once


def test_the_history_says_on_which_laptop(window, other, folder) -> None:
    cid = first_commitment(window.db)
    window.sync_feature.controller.sync_now()
    sync_once(other, folder)
    with other.transaction() as s:
        s.get(Commitment, cid).status = CommitmentStatus.WITHDRAWN
    sync_once(other, folder)
    window.sync_feature.controller.sync_now()
    with window.db.session() as s:
        entries = record_history(s, "commitment", cid)
    model = HistoryModel()
    model.set_rows(entries)
    assert ", on " in model.display(entries[0], COL_BY)


def test_the_settings_choose_the_folder_and_the_sync_follows(make_window, demo_db, tmp_path):
    from workbench.ui.shell.settings_dialog import SettingsDialog

    window = make_window(demo_db)
    assert status_text(window) == "Sync: off"
    chosen = tmp_path / "Shared"
    chosen.mkdir()
    dialog = SettingsDialog(window.db, window.settings, window)
    dialog.sync_dir[0].setText(str(chosen))
    dialog.accept()
    window.settings_changed.emit()
    assert window.settings.get(app_settings.SYNC_FOLDER) == str(chosen)
    assert status_text(window).startswith("Synced ")
    assert (chosen / window.db.laptop_id).is_dir()


def test_a_database_inside_the_exchange_folder_is_warned_and_moved(
    make_window, demo_db_path, tmp_path, settings
) -> None:
    folder = tmp_path / "Exchange"
    inside = folder / "mine" / "workbench.sqlite"
    inside.parent.mkdir(parents=True)
    shutil.copyfile(demo_db_path, inside)
    settings.set(app_settings.SYNC_FOLDER, str(folder))
    db = open_database(inside)
    try:
        window = make_window(db)
        window.sync_feature.start()
        window.sync_feature.controller.start_timer.stop()
        warning = window.sync_feature.warning
        assert warning is not None and warning.isVisible()
        assert "exchange folder" in warning.text()
        laptop = installation_id(db)
        warning.close()
        target = window.sync_feature.move_to(tmp_path / "Local")
        assert target == tmp_path / "Local" / "workbench.sqlite" and target.exists()
        moved = open_database(target)
        try:
            assert installation_id(moved) == laptop  # the same laptop, in its new place
            with moved.engine.connect() as conn:
                assert get_value(conn, "installation_id") == laptop
        finally:
            moved.close()
        assert inside.exists()  # the old file is left alone
    finally:
        db.close()


def test_home_shows_the_folder_and_syncs_from_there(window, other, folder) -> None:
    """Home's exchange card says what the status bar says, and its Sync now syncs."""
    from workbench.ui.home.parts import RecordLink

    def shown(kind, name: str = ""):
        card = window.home.card("exchange")
        found = [w for w in card.findChildren(kind) if w.isVisibleTo(card)]
        return [w for w in found if not name or w.objectName() == name]

    sync_once(other, folder)
    window.show_page("home")
    window.home.reload()
    (state,) = shown(QLabel, "home_sync_state")
    assert "Not synced yet" in state.text()
    (button,) = [w for w in shown(RecordLink) if "Sync now" in w.full_text]
    button.click()
    window.home.reload()
    (state,) = shown(QLabel, "home_sync_state")
    assert state.text().startswith("Synced ") and "1 other laptop" in state.text()


def test_the_status_bar_says_why_a_package_was_refused(window) -> None:
    from workbench.services.sync import status as st

    refused = st.Problem(
        st.REFUSED_PACKAGE,
        "Anna's laptop",
        "000002.zip",
        "its signature does not match: it was changed after its laptop wrote it",
    )
    window.sync_feature._tell([refused])
    shown = window.statusBar().currentMessage()
    assert "A package from Anna's laptop was refused" in shown
    assert "its signature does not match" in shown

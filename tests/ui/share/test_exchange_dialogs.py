"""File → Exchange and File → Backups, as the user sees them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlmodel import select

from workbench.domain import Commitment
from workbench.services import records
from workbench.services.exchange import packages as exchange
from workbench.store import open_database
from workbench.store.backup import back_up_now, list_backups
from workbench.store.integrity import DamagedDatabaseError
from workbench.ui.share.backup_dialogs import BackupsDialog, offer_restore
from workbench.ui.share.exchange_dialogs import MergeReportDialog, install


@pytest.fixture
def window(make_window, demo_db):
    win = make_window(demo_db)
    if not hasattr(win, "exchange_actions"):  # until the lead lists it in ui/features.py
        install(win)
    return win


@pytest.fixture
def other_laptop(demo_db_path: Path, tmp_path: Path):
    path = tmp_path / "other.sqlite"
    shutil.copyfile(demo_db_path, path)
    db = open_database(path)
    yield db
    db.close()


def first_commitment_id(db) -> str:
    with db.session() as s:
        return s.exec(select(Commitment).order_by(Commitment.id)).first().id


def set_evidence(db, record_id: str, text: str) -> None:
    with db.transaction() as s:
        records.update_record(s, Commitment, record_id, evidence=text)


def evidence(db, record_id: str) -> str:
    with db.session() as s:
        return s.get(Commitment, record_id).evidence


def menu_texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_the_file_menu_has_exchange_and_backups(window) -> None:
    file_menu = window.menu("file")
    assert "Exchange" in menu_texts(file_menu) and "Backups…" in menu_texts(file_menu)
    [exchange_action] = [a for a in file_menu.actions() if a.text().replace("&", "") == "Exchange"]
    assert menu_texts(exchange_action.menu()) == [
        "Export package…",
        "Import package…",
        "Conflicts",
        "Group…",
        "Sync now",
    ]


def test_export_writes_a_package(window, tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    window.exchange_actions.run_export(target)
    assert target.exists()
    assert "records to" in window.statusBar().currentMessage()


def test_import_shows_the_merge_report_and_settles_a_conflict(
    window, other_laptop, tmp_path: Path, qtbot
) -> None:
    cid = first_commitment_id(window.db)
    set_evidence(other_laptop, cid, "Their letter")
    set_evidence(window.db, cid, "Our site visit")  # later: kept
    package = exchange.export_package(other_laptop, tmp_path / "theirs.zip").path

    with qtbot.waitSignal(window.events.database_reloaded):
        window.exchange_actions.run_import(package)
    dialog = window.exchange_actions.last_dialog
    assert isinstance(dialog, MergeReportDialog)
    assert "Conflicts: 1" in dialog.summary.text()
    panel = dialog.conflicts
    assert panel.model.rowCount() == 1
    assert "Our site visit" in panel.detail.text() and "Their letter" in panel.detail.text()

    with qtbot.waitSignal(window.events.database_reloaded):
        qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert evidence(window.db, cid) == "Their letter"
    assert panel.model.row_at(0).resolution == "took the other"
    assert not panel.take_button.isEnabled()


def test_a_bad_package_is_a_message_and_changes_nothing(window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_text("not a package")
    window.exchange_actions.run_import(bad)
    box = window.exchange_actions.last_message
    assert isinstance(box, QMessageBox)
    assert "nothing was changed" in box.text() and "not an exchange package" in box.text()
    box.close()


@pytest.mark.parametrize("confirm", [False, True])
def test_a_plain_package_in_a_sealed_group_is_imported_only_when_confirmed(
    window, other_laptop, tmp_path: Path, qtbot, confirm: bool
) -> None:
    from workbench.services import group

    cid = first_commitment_id(window.db)
    set_evidence(other_laptop, cid, "From before the key")
    package = exchange.export_package(other_laptop, tmp_path / "old.zip").path
    group.create_group(window.db)
    window.exchange_actions.run_import(package)
    box = window.exchange_actions.last_message
    assert box.objectName() == "exchange_confirm_plain" and "not sealed" in box.text()
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.Cancel)
    [anyway] = [b for b in box.buttons() if b.text() == "Import anyway"]
    if confirm:
        with qtbot.waitSignal(window.events.database_reloaded):
            anyway.click()
        assert evidence(window.db, cid) == "From before the key"
    else:
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert evidence(window.db, cid) != "From before the key"


def test_exchange_conflicts_opens_the_conflicts_page(window, other_laptop, tmp_path) -> None:
    cid = first_commitment_id(window.db)
    set_evidence(window.db, cid, "Ours")
    set_evidence(other_laptop, cid, "Theirs")
    exchange.import_package(
        window.db, exchange.export_package(other_laptop, tmp_path / "p.zip").path
    )
    window.exchange_actions.show_conflicts()
    assert window.current_page_key() == "conflicts"
    page = window.page_widget("conflicts")
    assert page.model.rowCount() == 1
    page.settle("theirs")
    assert evidence(window.db, cid) == "Theirs"  # the newer one, kept
    assert page.model.rowCount() == 0  # settled: no longer waiting


def test_backups_dialog_backs_up_and_restores(window) -> None:
    cid = first_commitment_id(window.db)
    dialog = BackupsDialog(window)
    assert dialog.model.rowCount() == 0
    dialog.back_up_now()
    assert dialog.model.rowCount() == 1 and "Backed up" in dialog.status.text()
    set_evidence(window.db, cid, "After the backup")
    aside = dialog.restore_selected(confirm=False)
    assert aside is not None and aside.exists()
    assert evidence(window.db, cid) != "After the backup"  # the window reads the restored file
    kept = open_database(aside)
    try:
        assert evidence(kept, cid) == "After the backup"  # and nothing was lost
    finally:
        kept.close()
    dialog.close()


def test_backups_are_sealed_when_the_database_shares_in_a_group(window) -> None:
    from workbench.services import group

    cid = first_commitment_id(window.db)
    set_evidence(window.db, cid, "Frank words on the Jharkhand supplier")
    group.create_group(window.db)
    dialog = BackupsDialog(window)
    dialog.back_up_now()
    [backup] = [dialog.model.row_at(r).path for r in range(dialog.model.rowCount())]
    assert backup.name.endswith(".sqlite.sealed") and b"Jharkhand" not in backup.read_bytes()
    set_evidence(window.db, cid, "After the backup")
    assert dialog.restore_selected(confirm=False) is not None
    assert evidence(window.db, cid) == "Frank words on the Jharkhand supplier"
    dialog.close()


def test_a_damaged_database_offers_the_latest_backup(db_path: Path, qtbot) -> None:
    db = open_database(db_path)
    db.close()
    backup = back_up_now(db_path)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert str(backup) in box.text()
        [button] = [b for b in box.findChildren(QPushButton) if "Restore" in b.text()]
        button.click()

    QTimer.singleShot(0, click_restore)
    assert offer_restore(caught.value) is True
    reopened = open_database(db_path)  # the backup is in place
    reopened.close()
    assert len(list_backups(db_path)) == 1
    damaged = [p for p in db_path.parent.glob("*.before-restore-*.sqlite")]
    assert damaged and damaged[0].read_bytes().startswith(b"SQLite format 3\x00\xff")


def test_a_big_damaged_file_found_after_opening_offers_the_backup(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.store import integrity
    from workbench.ui.share.backup_dialogs import start_background_checks

    backup = back_up_now(window.db.path)
    monkeypatch.setattr(integrity, "needs_background_check", lambda _p: True)
    monkeypatch.setattr(
        integrity,
        "quick_check",
        lambda p: integrity._raise_damaged(Path(p), "database disk image is malformed"),
    )
    offered = []
    monkeypatch.setattr(
        "workbench.ui.share.backup_dialogs.offer_restore",
        lambda error, parent, restore_fn: offered.append((error, restore_fn)) or True,
    )
    start_background_checks(window)
    [(error, restore_fn)] = offered
    assert error.latest_backup.path == backup
    aside = restore_fn(backup)  # what "Restore the latest backup" does in the open window
    assert aside.exists() and window.db.path.exists()


def test_the_daily_backup_runs_after_opening(window) -> None:
    from workbench.ui.share.backup_dialogs import start_background_checks

    start_background_checks(window)
    start_background_checks(window)  # the same day: no second one
    assert len(list_backups(window.db.path)) == 1

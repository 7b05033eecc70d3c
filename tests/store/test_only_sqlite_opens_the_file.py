"""The rule of ``workbench.store``: while the store is open, nothing in the app process
opens the database, its -wal or -shm with anything but SQLite (a plain open and close
drops the process's POSIX locks, and another program may then delete the WAL).

Every test runs what the app does with a database open inside ``only_sqlite_opens``,
which fails on any ``open``/``io.open``/``os.open``/``io.FileIO`` of those files.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from open_guard import PlainOpenOfTheDatabase, only_sqlite_opens

from workbench.cli import main
from workbench.domain import Audience
from workbench.exports.runner import ExportError, ExportKind, ExportRequest, run_export
from workbench.exports.xlsx.importer import TrackerImportError, preview_import
from workbench.services import listing, search
from workbench.services.capture import notes as capture
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.format import PackageError
from workbench.store import integrity, open_database
from workbench.store.backup import (
    BackupError,
    auto_backup_if_due,
    back_up_now,
    backup_file,
    restore,
)
from workbench.store.sqlite_file import examine, inspect_file


@pytest.mark.parametrize(
    "how",
    [
        lambda p: open(p, "rb").close(),
        lambda p: Path(p).read_bytes(),
        lambda p: os.close(os.open(p, os.O_RDONLY)),
        lambda p: io.FileIO(p).close(),
        lambda p: zipfile.ZipFile(p),
        lambda p: shutil.copyfile(p, f"{p}.copy"),
        lambda p: open(f"{p}-wal", "rb").close(),
    ],
    ids=["open", "read_bytes", "os.open", "FileIO", "zipfile", "copyfile", "wal"],
)
def test_the_guard_sees_a_plain_open(db, how) -> None:
    with pytest.raises(PlainOpenOfTheDatabase), only_sqlite_opens(db.path):
        how(str(db.path))


def test_the_guard_also_fails_when_the_open_was_swallowed(db) -> None:
    with (
        pytest.raises(AssertionError, match="plain opens"),
        only_sqlite_opens(db.path),
        contextlib.suppress(BaseException),
    ):
        db.path.read_bytes()


def _ids(db) -> tuple[str, str]:
    with db.session() as s:
        meeting = listing.list_meetings(s)[0].id
        engagement = listing.list_engagements(s)[0].id
    return meeting, engagement


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_what_the_app_does_with_the_store_open(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    path = demo_db_path
    other = open_database(tmp_path / "other.sqlite")  # a colleague's laptop
    with other.transaction() as s:
        capture.create_note(s, "From the other laptop")
    package = exchange.export_package(other, tmp_path / "from-other.zip").path
    other.close()

    with only_sqlite_opens(path):
        db = open_database(path)
        with db.transaction() as s:
            capture.create_note(s, "Typed with the store open")
        with db.session() as s:
            assert search.search(s, "typed").total == 1
        # the checks on open and in the background, and a second open in this process
        integrity.check_on_open(path)
        assert not integrity.needs_background_check(path)
        integrity.quick_check(path)
        assert examine(path).kind == "sqlite" and inspect_file(path)
        assert db.integrity_problems() == []
        open_database(path).close()
        # backups
        assert backup_file(path, tmp_path / "copy.sqlite").exists()
        assert back_up_now(path).exists()
        auto_backup_if_due(db)
        # exchange, exports and the workbook import
        assert exchange.export_package(db, tmp_path / "ours.zip").total > 0
        assert exchange.import_package(db, package).added == 1
        meeting, engagement = _ids(db)
        pdf = run_export(
            db, ExportRequest(ExportKind.MINUTES, meeting, tmp_path / "m.pdf", Audience.GROUP)
        )
        book = run_export(
            db,
            ExportRequest(ExportKind.TRACKER, engagement, tmp_path / "t.xlsx", Audience.GROUP),
        )
        assert pdf.stat().st_size > 0 and preview_import(db, book).ok
        # a file the user names that is the database (or its WAL) is refused unopened
        for target in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with pytest.raises(ExportError, match="database itself"):
                run_export(db, ExportRequest(ExportKind.MINUTES, meeting, target))
            with pytest.raises(PackageError, match="database itself"):
                exchange.export_package(db, target)
            with pytest.raises(PackageError, match="database itself"):
                exchange.import_package(db, target)
            with pytest.raises(TrackerImportError, match="database itself"):
                preview_import(db, target)
            with pytest.raises(BackupError, match="database itself"):
                backup_file(path, target)
            with pytest.raises(BackupError, match="database itself"):
                restore(target, path)
        # the commands, in this same process
        for argv in (
            ["list", "notes"],
            ["list", "actions", "--json"],
            ["search", "typed"],
            ["check"],
            ["backup", "-o", str(tmp_path / "cli-copy.sqlite")],
            ["package", "export", "-o", str(tmp_path / "cli.zip")],
            ["export", "tracker", "--engagement", engagement[:8], "-o", str(tmp_path / "c.xlsx")],
            ["conflicts", "--json"],
        ):
            code, _out, err = run(capsys, *argv, "--db", str(path))
            assert code == 0, (argv, err)
        code, _out, err = run(capsys, "package", "import", str(path), "--db", str(path))
        assert code == 1 and err.count("\n") == 1 and "database itself" in err
        db.close()

    reopened = open_database(path)
    try:
        with reopened.session() as s:
            bodies = [n.preview for n in listing.list_notes(s)]
        assert "Typed with the store open" in bodies and "From the other laptop" in bodies
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()
    assert json.loads(run(capsys, "list", "notes", "--json", "--db", str(path))[1])


def test_the_window_and_its_background_work(
    qtbot, demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from workbench.ui.settings import Settings
    from workbench.ui.share.backup_dialogs import (
        restore_into_open_database,
        start_background_checks,
    )
    from workbench.ui.shell.main_window import MainWindow
    from workbench.ui.tasks import use_inline_runner

    use_inline_runner(True)
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 4096)  # the big-file path
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        with only_sqlite_opens(demo_db_path):
            db = open_database(demo_db_path)
            window = MainWindow(db, settings)
            qtbot.addWidget(window)
            window.show()
            start_background_checks(window)  # the full check and the daily backup
            note = window.meeting_feature.open_quick_note()
            qtbot.keyClicks(note.body, "Saved while the guard watched")
            note.flush()
            assert note.status.text() == "Saved"
            backup = back_up_now(demo_db_path)
            restore_into_open_database(window, backup)  # File → Backups → Restore
            with db.session() as s:
                assert listing.list_notes(s)[0].preview == "Saved while the guard watched"
            window.close()
            db.close()
    finally:
        use_inline_runner(False)

"""What keeps start-up cheap: no Alembic import to open a database at head, and long
lists that read their rows only when they are shown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.store import migrations


def test_head_and_known_revisions_read_without_alembic_agree_with_alembic() -> None:
    script = migrations.script_directory()
    scanned = migrations._scan_versions()
    assert scanned is not None
    assert scanned[0] == script.get_current_head() == migrations.head_revision()
    assert scanned[1] == {r.revision for r in script.walk_revisions()}
    assert migrations.known_revisions() == scanned[1]


def test_unusual_version_files_are_left_to_alembic(tmp_path, monkeypatch) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision = "b"\ndown_revision = ("a", "c")\n')
    monkeypatch.setattr(migrations, "migrations_dir", lambda: tmp_path)
    assert migrations._scan_versions() is None  # a merge revision: Alembic decides
    (versions / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = "a"\n')
    assert migrations._scan_versions() == ("b", {"a", "b"})


def test_opening_a_database_at_head_does_not_import_alembic(db_path) -> None:
    from workbench.store import open_database

    open_database(db_path).close()  # created and migrated (Alembic runs here)
    code = (
        "import sys; from workbench.store import open_database; "
        f"open_database({str(db_path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.fixture
def window(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from workbench.ui.settings import Settings
    from workbench.ui.shell.main_window import MainWindow
    from workbench.ui.tasks import use_inline_runner

    use_inline_runner(True)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    use_inline_runner(False)


def test_long_lists_are_read_when_first_shown(window) -> None:  # type: ignore[no-untyped-def]
    notes = window.pages["notes"]
    assert window.current_page_key() != "notes"
    assert notes.model.rowCount() == 0  # not read while hidden
    assert notes.current_id() is None
    window.show_page("notes")
    assert notes.model.rowCount() > 0 and notes.current_id() is not None


def test_a_hidden_list_still_finds_a_record_asked_for(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from workbench.domain import Commitment

    with demo_db.session() as s:
        wanted = s.execute(sa.select(Commitment.id).limit(1)).scalar_one()  # type: ignore[call-overload]
    page = window.pages["commitments"]
    assert page.select_id(wanted)  # loads first, even though the page is hidden
    assert page.current_id() == wanted

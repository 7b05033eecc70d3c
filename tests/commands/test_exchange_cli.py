"""The exchange and backup commands, as a script would use them."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.cli import main
from workbench.domain import Commitment
from workbench.services import records
from workbench.store import open_database
from workbench.store.instance import lock_path


@pytest.fixture
def two_copies(demo_db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    return a, b


def edit_first_commitment(path: Path, evidence: str) -> str:
    db = open_database(path)
    try:
        with db.transaction() as s:
            first = s.exec(select(Commitment).order_by(Commitment.id)).first()
            records.update_record(s, Commitment, first.id, evidence=evidence)
            return first.id
    finally:
        db.close()


def test_export_and_import_with_a_json_report(two_copies, tmp_path: Path, capsys) -> None:
    a, b = two_copies
    edit_first_commitment(a, "From A")
    cid = edit_first_commitment(b, "From B")
    package = tmp_path / "a.zip"
    assert main(["package", "export", "-o", str(package), "--db", str(a)]) == 0
    assert "records to" in capsys.readouterr().out
    assert main(["package", "import", str(package), "--json", "--db", str(b)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["totals"]["conflicts"] == 1
    [conflict] = report["conflicts"]
    assert conflict["entity_id"] == cid and conflict["kept_from"] == "here"
    assert main(["package", "import", str(package), "--db", str(b)]) == 0
    assert "0 added, 0 updated, 0 deleted" in capsys.readouterr().out


def test_export_since_a_date(two_copies, tmp_path: Path, capsys) -> None:
    a, _b = two_copies
    edit_first_commitment(a, "Today")
    package = tmp_path / "since.zip"
    assert (
        main(["package", "export", "-o", str(package), "--since", "2999-01-01", "--db", str(a)])
        == 0
    )
    assert "Wrote 0 records" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        main(["package", "export", "-o", str(package), "--since", "yesterday", "--db", str(a)])
    assert caught.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_a_bad_package_is_one_line_and_exit_1(two_copies, tmp_path: Path, capsys) -> None:
    _a, b = two_copies
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    assert main(["package", "import", str(bad), "--db", str(b)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: ") and "not an exchange package" in err
    assert len(err.strip().splitlines()) == 1


def test_backup_and_restore(two_copies, tmp_path: Path, capsys) -> None:
    a, _b = two_copies
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "-o", str(copy), "--db", str(a)]) == 0
    assert main(["backup", "--db", str(a)]) == 0  # into the backups folder
    assert "backups" in capsys.readouterr().out
    edit_first_commitment(a, "After the backup")
    assert main(["restore", str(copy), "--db", str(a)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out
    aside = Path(out.split("kept as ")[1].strip().rstrip("."))
    assert aside.exists()
    db = open_database(a)
    try:
        with db.session() as s:
            first = s.exec(select(Commitment).order_by(Commitment.id)).first()
            assert first.evidence != "After the backup"
    finally:
        db.close()


def test_restore_refuses_while_the_app_has_the_file_open(two_copies, tmp_path, capsys) -> None:
    a, _b = two_copies
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "-o", str(copy), "--db", str(a)]) == 0
    lock_path(a).write_text(f"{os.getpid()}\nworkbench\n{os.uname().nodename}\n")
    before = a.read_bytes()
    assert main(["restore", str(copy), "--db", str(a)]) == 1
    assert "close it first" in capsys.readouterr().err
    assert a.read_bytes() == before

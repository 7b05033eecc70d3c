"""``workbench sync``: the exchange folder from a terminal, as a script would use it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from workbench import config
from workbench.cli import main
from workbench.domain import Commitment
from workbench.services import records
from workbench.store import open_database


@pytest.fixture
def two_laptops(demo_db_path: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    folder = tmp_path / "Exchange"
    folder.mkdir()
    yield a, b, folder
    config.use_sync_folder(None)


def _evidence(path: Path, text: str | None = None) -> str:
    db = open_database(path)
    try:
        with db.transaction() as s:
            first = s.exec(select(Commitment).order_by(Commitment.id)).first()
            if text is not None:
                records.update_record(s, Commitment, first.id, evidence=text)
            return first.evidence
    finally:
        db.close()


def test_an_edit_travels_from_one_laptop_to_the_other(two_laptops, capsys) -> None:
    a, b, folder = two_laptops
    assert main(["--db", str(a), "sync", "--sync-folder", str(folder)]) == 0
    assert "Wrote snapshot-000001.zip" in capsys.readouterr().out
    assert main(["--db", str(b), "sync", "--sync-folder", str(folder)]) == 0
    _evidence(a, "Signed letter")
    assert main(["--db", str(a), "sync", "--sync-folder", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--db", str(b), "sync", "--json", "--sync-folder", str(folder)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["received"][0]["updated"] >= 1
    assert _evidence(b) == "Signed letter"


def test_json_report_and_the_environment_variable(two_laptops, capsys, monkeypatch) -> None:
    a, b, folder = two_laptops
    monkeypatch.setenv("WORKBENCH_SYNC_FOLDER", str(folder))
    assert main(["--db", str(a), "sync"]) == 0
    capsys.readouterr()
    assert main(["--db", str(b), "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["reached"] and report["published"]["snapshot"]
    assert [r["number"] for r in report["received"]] == [1]
    assert len(report["peers"]) == 1 and report["conflicts_waiting"] == 0


def test_a_missing_folder_is_one_line_and_status_one(two_laptops, capsys, tmp_path) -> None:
    a, _b, _folder = two_laptops
    code = main(["--db", str(a), "sync", "--sync-folder", str(tmp_path / "Unplugged")])
    assert code == 1
    err = capsys.readouterr().err
    assert "is not there" in err and "Traceback" not in err


def test_no_folder_chosen_says_how_to_choose_one(two_laptops, capsys) -> None:
    a, _b, _folder = two_laptops
    assert main(["--db", str(a), "sync"]) == 1
    assert "--sync-folder" in capsys.readouterr().err

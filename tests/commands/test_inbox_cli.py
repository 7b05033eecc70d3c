"""``workbench inbox scan``: the phone's drop folder from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.services.capture import dropfolder


@pytest.fixture(autouse=True)
def _no_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two looks at the folder follow each other at once (no test waits)."""
    monkeypatch.setattr(dropfolder, "SETTLE_SECONDS", 0.0)


def test_scan_takes_in_the_folder_and_reports(tmp_path: Path, capsys) -> None:
    db, folder = tmp_path / "w.sqlite", tmp_path / "Inbox"
    folder.mkdir()
    (folder / "idea.md").write_text("# Ask about smelters\nat the next AGM", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    assert main(["--db", str(db), "inbox", "scan", "--folder", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "Took in idea.md: note “Ask about smelters”." in captured.out
    assert "empty.txt: it is empty (moved to Problems)" in captured.err
    assert "1 new note in the Notes inbox, 0 files waiting, 1 problem." in captured.out
    (folder / "again.md").write_text("# Ask about smelters\nat the next AGM", encoding="utf-8")
    assert main(["--db", str(db), "inbox", "scan", "--folder", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["taken"] == [] and report["known"] == ["again.md"]


def test_a_missing_folder_is_one_line_and_status_1(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("WORKBENCH_SYNC_FOLDER", raising=False)
    db = str(tmp_path / "w.sqlite")
    assert main(["--db", db, "inbox", "scan", "--folder", str(tmp_path / "no")]) == 1
    assert capsys.readouterr().err.startswith("workbench: The drop folder")
    assert main(["--db", db, "inbox", "scan"]) != 0
    assert "No drop folder is chosen" in capsys.readouterr().err

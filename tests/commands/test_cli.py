"""The command line: version, demo, check, list (text and JSON), one-line errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from workbench import __version__
from workbench.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_list_meetings_as_json(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "Demo case loaded" in out
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "nothing added" in out
    code, out, _ = run(capsys, "list", "meetings", "--db", db, "--json")
    assert code == 0
    meetings = json.loads(out)
    assert len(meetings) >= 6
    for meeting in meetings:
        assert {"id", "title", "status", "starts_at"} <= meeting.keys()
        datetime.fromisoformat(meeting["starts_at"])
    years = {m["starts_at"][:4] for m in meetings}
    assert {"2020", "2021", "2022"} <= years


@pytest.mark.parametrize("what", ["engagements", "meetings", "actions", "commitments", "notes"])
def test_every_list_prints_json_with_ids_and_text(capsys, demo_db_path: Path, what: str) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "list", what, "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all("id" in r for r in rows)
    text_key = {
        "engagements": "title",
        "meetings": "title",
        "actions": "title",
        "commitments": "text",
        "notes": "preview",
    }[what]
    assert all(isinstance(r[text_key], str) for r in rows)


def test_list_as_text_shows_overdue(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "list", "commitments", "--db", str(demo_db_path))
    assert code == 0
    assert "OVERDUE" in out


def test_check_on_a_sound_database(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "check", "--db", str(demo_db_path))
    assert code == 0
    assert "Integrity: ok" in out


def test_check_on_a_file_that_is_not_a_database(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello")
    code, _out, err = run(capsys, "check", "--db", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "not a workbench database" in err
    assert "Traceback" not in err


def test_newer_database_is_one_clear_line(capsys, demo_db_path: Path) -> None:
    conn = sqlite3.connect(demo_db_path)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "list", "actions", "--db", str(demo_db_path))
    assert code == 1
    assert "newer version" in err and err.count("\n") == 1


def test_module_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "list",
            "engagements",
            "--db",
            str(tmp_path / "x.sqlite"),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_unknown_command_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


def test_demo_in_dutch_and_messages_in_the_language_of_lang(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``LANG=nl_NL`` with no language setting: the command speaks Dutch, and the demo
    (no ``--lang``) is the Dutch case; ``--lang en`` asks for the English one."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    db = str(tmp_path / "nl.sqlite")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "Voorbeeld geladen in" in out
    code, out, _ = run(capsys, "list", "engagements", "--db", db)
    assert "Micaketen" in out
    code, out, _ = run(capsys, "demo", "--db", db, "--lang", "en")
    assert code == 0 and "niets toegevoegd" in out  # same ids: nothing to add
    english = str(tmp_path / "en.sqlite")
    code, out, _ = run(capsys, "demo", "--db", english, "--lang", "en")
    run(capsys, "list", "engagements", "--db", english)
    code, out, _ = run(capsys, "list", "engagements", "--db", english)
    assert "Mica supply chain" in out


def test_the_language_setting_wins_over_lang(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench import config

    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    ini = config.settings_file()
    ini.parent.mkdir(parents=True, exist_ok=True)
    for written in ("[workbench]\nlanguage=nl\n", "[%General]\nlanguage=nl\n"):  # now, before
        ini.write_text(written, encoding="utf-8")
        db = tmp_path / f"d{len(written)}.sqlite"
        code, out, _ = run(capsys, "demo", "--db", str(db))
        assert code == 0 and "Voorbeeld geladen" in out


def test_check_and_backup_speak_dutch(capsys, demo_db_path: Path, monkeypatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    code, out, _ = run(capsys, "check", "--db", str(demo_db_path))
    assert code == 0 and "Integriteit: in orde" in out
    code, out, _ = run(capsys, "backup", "--db", str(demo_db_path))
    assert code == 0 and out.startswith("Reservekopie van ")

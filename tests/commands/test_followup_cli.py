"""``workbench list actions`` with the tracker's filters, and ``workbench search``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.domain.rules import local_today


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def actions(capsys, db: Path, *filters: str) -> list[dict]:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(db), "list", "actions", "--json", *filters)
    assert code == 0, err
    return json.loads(out)


def test_open_and_overdue_actions(capsys, demo_db_path: Path) -> None:
    every = actions(capsys, demo_db_path)
    rows = actions(capsys, demo_db_path, "--status", "open", "--overdue")
    today = local_today()
    expected = {
        a["id"]
        for a in every
        if a["status"] == "open" and a["due_on"] and date.fromisoformat(a["due_on"]) < today
    }
    assert rows, "the demo has open actions past their due date"
    assert {r["id"] for r in rows} == expected
    assert all(r["overdue"] for r in rows)


def test_owner_by_part_of_the_name_ignoring_case(capsys, demo_db_path: Path) -> None:
    every = actions(capsys, demo_db_path)
    name = next(a["owner"] for a in every if a["owner"])
    first = name.split()[0]
    rows = actions(capsys, demo_db_path, "--owner", first.upper())
    assert rows and all(first in r["owner"] for r in rows)
    assert {r["id"] for r in rows} == {a["id"] for a in every if a["owner"] and first in a["owner"]}


def test_several_statuses_and_due_soon(capsys, demo_db_path: Path) -> None:
    both = actions(capsys, demo_db_path, "--status", "done", "--status", "in-progress")
    assert both and {r["status"] for r in both} <= {"done", "in_progress"}
    soon = actions(capsys, demo_db_path, "--due-soon")
    today = local_today()
    for row in soon:
        assert 0 <= (date.fromisoformat(row["due_on"]) - today).days <= 7


def test_text_output_marks_overdue(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "list", "actions", "--overdue")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines and all("OVERDUE" in line for line in lines)


def test_commitments_take_the_same_filters(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(
        capsys, "--db", str(demo_db_path), "list", "commitments", "--status", "not_fulfilled",
        "--json",
    )  # fmt: skip
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["status"] == "not_fulfilled" for r in rows)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("list", "actions", "--status", "fulfilled"), "Unknown status “fulfilled”"),
        (("list", "actions", "--owner", "Nobody Atall"), "No person"),
        (("list", "actions", "--engagement", "cobalt"), "No engagement matches"),
        (("list", "notes", "--overdue"), "apply to actions and commitments"),
        (("search", "--", "***"), "at least one word"),
        (("search", "mica", "--limit", "0"), "--limit"),
    ],
)
def test_bad_input_is_one_clear_line(capsys, demo_db_path: Path, argv, message) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(demo_db_path), *argv)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and out == ""


def test_search_json_groups_by_kind(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "search", "WHISTLE", "--json")
    assert code == 0
    data = json.loads(out)
    kinds = [g["kind"] for g in data["groups"]]
    assert "agendaitem" in kinds and "commitment" in kinds
    assert data["total"] == sum(g["total"] for g in data["groups"])
    hit = data["groups"][0]["hits"][0]
    assert {"kind", "id", "title", "snippet", "when", "meeting"} <= hit.keys()
    assert "whistle" in (hit["snippet"] + hit["title"]).lower()


def test_search_text_output_and_nothing_found(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "search", "debrief")
    assert code == 0
    assert out.startswith("Notes (") and "*" in out
    code, out, _ = run(capsys, "--db", str(demo_db_path), "search", "xylophone")
    assert code == 0 and "Nothing found" in out


def test_search_ignores_accents(capsys, tmp_path: Path) -> None:
    from workbench.domain import Note
    from workbench.store import open_database

    path = tmp_path / "w.sqlite"
    db = open_database(path)
    with db.transaction() as s:
        s.add(Note(body="Entretien à Genève"))
    db.close()
    code, out, _ = run(capsys, "--db", str(path), "search", "geneve", "--json")
    assert code == 0
    assert json.loads(out)["groups"][0]["hits"][0]["snippet"] == "Entretien à Genève"

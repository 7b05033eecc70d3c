"""``workbench conflicts``: list merge conflicts and settle one, mine or theirs, without
the window and by the dialog's rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.cli import main
from workbench.domain import Commitment, Conflict
from workbench.services import records
from workbench.services.exchange import packages as exchange
from workbench.store import open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _evidence(path: Path, record_id: str) -> str:
    db = open_database(path)
    try:
        with db.session() as s:
            return s.get(Commitment, record_id).evidence
    finally:
        db.close()


def _edit(path: Path, record_id: str, text: str) -> None:
    db = open_database(path)
    try:
        with db.transaction() as s:
            records.update_record(s, Commitment, record_id, evidence=text)
    finally:
        db.close()


def _conflicted(demo_db_path: Path, tmp_path: Path, mine_newer: bool) -> tuple[Path, str]:
    """This laptop (``here``) and another both changed one commitment; the other's
    package is imported here. The newer edit is kept, the other set aside."""
    here, there = tmp_path / "here.sqlite", tmp_path / "there.sqlite"
    shutil.copyfile(demo_db_path, here)
    shutil.copyfile(demo_db_path, there)
    db = open_database(here)
    with db.session() as s:
        cid = s.exec(select(Commitment).order_by(Commitment.id)).first().id
    db.close()
    edits = [(there, "Their letter"), (here, "My minutes")]
    for path, text in edits if mine_newer else edits[::-1]:
        _edit(path, cid, text)
    other = open_database(there)
    package = exchange.export_package(other, tmp_path / "there.zip").path
    other.close()
    db = open_database(here)
    try:
        assert len(exchange.import_package(db, package).conflicts) == 1
    finally:
        db.close()
    return here, cid


@pytest.mark.parametrize("mine_newer", [True, False], ids=["mine-kept", "theirs-kept"])
def test_list_shows_mine_and_theirs(capsys, demo_db_path, tmp_path, mine_newer) -> None:
    here, _cid = _conflicted(demo_db_path, tmp_path, mine_newer)
    code, out, err = run(capsys, "conflicts", "--db", str(here))
    assert code == 0 and err == ""
    kept = "mine" if mine_newer else "theirs"
    assert f"(kept {kept})" in out
    assert "evidence: mine “My minutes”, theirs “Their letter”" in out

    code, out, _ = run(capsys, "conflicts", "--json", "--db", str(here))
    [row] = json.loads(out)
    assert row["entity"] == "commitment" and row["kept"] == kept and row["resolved_at"] is None
    assert {"field": "evidence", "mine": "My minutes", "theirs": "Their letter"} in row[
        "differences"
    ]


@pytest.mark.parametrize("mine_newer", [True, False], ids=["mine-kept", "theirs-kept"])
@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_resolve_keeps_the_chosen_version(capsys, demo_db_path, tmp_path, mine_newer, keep) -> None:
    here, cid = _conflicted(demo_db_path, tmp_path, mine_newer)
    [row] = json.loads(run(capsys, "conflicts", "--json", "--db", str(here))[1])
    code, out, err = run(
        capsys, "conflicts", "resolve", row["id"][:8], "--keep", keep, "--db", str(here)
    )
    assert code == 0 and err == ""
    assert f"kept {keep}" in out and row["id"][:8] in out
    assert _evidence(here, cid) == ("My minutes" if keep == "mine" else "Their letter")
    assert run(capsys, "conflicts", "--db", str(here))[1] == "No conflicts to settle.\n"
    [settled] = json.loads(run(capsys, "conflicts", "--all", "--json", "--db", str(here))[1])
    took_other = (keep == "mine") != mine_newer
    assert settled["resolution"] == ("took the other" if took_other else "kept this")


def test_bad_input_is_one_line_and_changes_nothing(capsys, demo_db_path, tmp_path) -> None:
    here, cid = _conflicted(demo_db_path, tmp_path, mine_newer=True)
    [row] = json.loads(run(capsys, "conflicts", "--json", "--db", str(here))[1])

    def conflicts_state() -> list[tuple]:
        db = open_database(here)
        try:
            with db.session() as s:
                return [(c.id, c.resolved_at, c.resolution) for c in s.exec(select(Conflict))]
        finally:
            db.close()

    before = conflicts_state()
    for argv, words in (
        (["resolve", "ffffffff", "--keep", "mine"], "No conflict with an ID starting with"),
        (["resolve", "", "--keep", "mine"], "No conflict"),
    ):
        code, out, err = run(capsys, "conflicts", *argv, "--db", str(here))
        assert code == 1 and out == "" and err.count("\n") == 1 and words in err, err
    with pytest.raises(SystemExit) as bad_keep:
        main(["conflicts", "resolve", row["id"][:8], "--keep", "both", "--db", str(here)])
    assert bad_keep.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert conflicts_state() == before and _evidence(here, cid) == "My minutes"

    assert (
        run(capsys, "conflicts", "resolve", row["id"], "--keep", "theirs", "--db", str(here))[0]
        == 0
    )
    code, _out, err = run(
        capsys, "conflicts", "resolve", row["id"][:6], "--keep", "mine", "--db", str(here)
    )
    assert code == 1 and "already settled" in err and err.count("\n") == 1
    assert _evidence(here, cid) == "Their letter"


def test_no_conflicts(capsys, demo_db_path) -> None:
    assert run(capsys, "conflicts", "--db", str(demo_db_path)) == (
        0,
        "No conflicts to settle.\n",
        "",
    )
    assert json.loads(run(capsys, "conflicts", "--json", "--db", str(demo_db_path))[1]) == []

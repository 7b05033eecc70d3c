"""A big package merged in steps gives what one merge gives; a step that fails keeps
what came before it and leaves the package to be tried again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_helpers import dump
from sqlmodel import select

from workbench.domain import Commitment, Note
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.envelope import read_package_file
from workbench.services.exchange.format import PackageError
from workbench.services.exchange.merge import merge_package
from workbench.services.exchange.steps import _steps, merge_in_steps
from workbench.store import open_database


@pytest.fixture
def laptops(demo_db_path: Path, tmp_path: Path):
    paths = [tmp_path / f"{n}.sqlite" for n in ("there", "one", "steps")]
    for path in paths:
        shutil.copyfile(demo_db_path, path)
    dbs = [open_database(p) for p in paths]
    yield dbs
    for db in dbs:
        db.close()


def test_steps_give_what_one_merge_gives(laptops, tmp_path: Path) -> None:
    there, one, stepped = laptops
    with there.transaction() as s:
        for n, note in enumerate(s.exec(select(Note)).all()):
            note.body = f"{note.body} (seen {n})"
        for c in s.exec(select(Commitment)).all():
            c.evidence = "Checked"
    package_path = exchange.export_package(there, tmp_path / "p.zip").path
    package = (
        exchange.read_package_file(package_path) if hasattr(exchange, "read_package_file") else None
    )
    from workbench.services.exchange.envelope import read_package_file

    package = read_package_file(package_path)
    assert len(list(_steps(package, 7))) == -(-package.total // 7)
    calls = []
    single = merge_package(one, package, exchange.installation_id(one))
    stepped_report = merge_in_steps(
        stepped, package, exchange.installation_id(stepped), step=7, pause=lambda: calls.append(1)
    )
    assert dump(one) == dump(stepped)
    assert stepped_report.updated == single.updated > 0
    assert len(calls) == len(list(_steps(package, 7))) - 1


def test_a_failing_step_keeps_the_steps_before_it(laptops, tmp_path: Path) -> None:
    there, one, _ = laptops
    with there.transaction() as s:
        for c in s.exec(select(Commitment)).all():
            c.evidence = "Checked"
    package = read_package_file(exchange.export_package(there, tmp_path / "p.zip").path)
    # a record whose parent is nowhere: the step holding it fails
    bad = dict(package.records["commitment"][-1], id="0" * 36, engagement_id="1" * 36)
    package.records["commitment"].append(bad)
    seen = []
    with pytest.raises(PackageError):
        merge_in_steps(
            one, package, exchange.installation_id(one), step=5, also=lambda *_: seen.append(1)
        )
    assert seen == []  # the package is not marked merged
    with one.session() as s:
        checked = [c for c in s.exec(select(Commitment)).all() if c.evidence == "Checked"]
    assert checked  # the steps before the failing one stayed


def test_a_step_met_by_a_save_is_run_again(laptops, tmp_path: Path, monkeypatch) -> None:
    import sqlalchemy as sa

    from workbench.services.exchange import steps

    there, one, _ = laptops
    with there.transaction() as s:
        for c in s.exec(select(Commitment)).all():
            c.evidence = "Checked"
    package = read_package_file(exchange.export_package(there, tmp_path / "p.zip").path)
    real, calls = steps.merge_package, []

    def busy_once(*args, **kwargs):
        calls.append(kwargs["remember"])
        if len(calls) == 2:  # the second step meets a save committed while it read
            raise sa.exc.OperationalError("UPDATE", {}, Exception("database is locked"))
        return real(*args, **kwargs)

    monkeypatch.setattr(steps, "merge_package", busy_once)
    pauses = []
    report = merge_in_steps(
        one, package, exchange.installation_id(one), step=5, pause=lambda: pauses.append(1)
    )
    assert report.updated == len(package.records["commitment"])
    assert len(calls) == len(list(_steps(package, 5))) + 1 and pauses
    assert calls[1:3] == [False, True]  # again, with the write lock from the start

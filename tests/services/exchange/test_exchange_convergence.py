"""Two laptops editing at random and exchanging packages: they end equal, nothing is lost.

Each edit writes a unique token into a commitment's text, so every version can be
followed: at the end, every version that took part in a merge (sent, or met on arrival)
is the current one, one it descends from (the test keeps its own model of who edited on
top of what), or kept in a ``Conflict`` (or edited into one that is).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from exchange_helpers import build_small_case, dump
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from workbench.domain import Commitment, Conflict
from workbench.services import records
from workbench.services.exchange import packages as exchange
from workbench.store import Database, open_database

N_RECORDS = 3


def ops_for(sides: tuple[str, ...]) -> st.SearchStrategy:
    """Edits, deletions, new records, and packages sent from one laptop to another."""
    return st.lists(
        st.one_of(
            st.tuples(st.just("edit"), st.sampled_from(sides), st.integers(0, N_RECORDS - 1)),
            st.tuples(st.just("delete"), st.sampled_from(sides), st.integers(0, N_RECORDS - 1)),
            st.tuples(st.just("create"), st.sampled_from(sides), st.just(0)),
            st.tuples(st.just("send"), st.sampled_from(sides), st.integers(0, len(sides) - 2)),
        ),
        min_size=1,
        max_size=10,
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("convergence") / "base.sqlite"
    db = open_database(path)
    ids = build_small_case(db)["commitments"]
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path, ids


class World:
    def __init__(self, folder: Path, template: Path, ids: list[str], sides: tuple) -> None:
        self.folder = folder
        self.sides = sides
        self.dbs: dict[str, Database] = {}
        for side in sides:
            shutil.copyfile(template, folder / f"{side}.sqlite")
            self.dbs[side] = open_database(folder / f"{side}.sqlite")
        self.ids = list(ids)
        self.ancestors: dict[str, set[str]] = {f"Promise {i}": set() for i in range(len(ids))}
        self.at_stake: dict[str, set[str]] = {}  # record id -> versions met in a merge
        self.n = 0

    def token(self, side: str) -> str:
        self.n += 1
        return f"{side}{self.n}"

    def current(self, side: str, record_id: str) -> str:
        with self.dbs[side].session() as s:
            return s.get(Commitment, record_id).text

    def edit(self, side: str, index: int, delete: bool = False) -> None:
        record_id = self.ids[index % len(self.ids)]
        if self.current_exists(side, record_id) is False:
            return
        old, new = self.current(side, record_id), self.token(side)
        self.ancestors[new] = self.ancestors[old] | {old}
        with self.dbs[side].transaction() as s:
            obj = s.get(Commitment, record_id)
            obj.text = new
            if delete:
                obj.deleted_at = obj.updated_at  # any moment: a tombstone
            s.add(obj)

    def current_exists(self, side: str, record_id: str) -> bool:
        with self.dbs[side].session() as s:
            return s.get(Commitment, record_id) is not None

    def create(self, side: str) -> None:
        token = self.token(side)
        self.ancestors[token] = set()
        with self.dbs[side].transaction() as s:
            first = s.get(Commitment, self.ids[0])
            obj = records.create_record(
                s, Commitment, engagement_id=first.engagement_id, text=token
            )
            self.ids.append(obj.id)

    def send(self, source: str, target: str) -> exchange.MergeReport:
        self.n += 1
        path = self.folder / f"p{self.n}.zip"
        exchange.export_package(self.dbs[source], path)
        for side in self.sides:  # what was sent, and what it meets: neither may be lost
            with self.dbs[side].session() as s:
                for c in s.exec(select(Commitment)):
                    self.at_stake.setdefault(c.id, set()).add(c.text)
        return exchange.import_package(self.dbs[target], path)

    def conflict_tokens(self, side: str) -> set[str]:
        tokens = set()
        with self.dbs[side].session() as s:
            for c in s.exec(select(Conflict)):
                tokens.add(json.loads(c.kept)["text"])
                tokens.add(json.loads(c.other)["text"])
        return tokens

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()


def run(template: tuple[Path, list[str]], sides: tuple[str, ...], ops: list) -> None:
    path, ids = template
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder), path, ids, sides)
        try:
            for kind, side, index in ops:
                if kind == "edit":
                    world.edit(side, index)
                elif kind == "delete":
                    world.edit(side, index, delete=True)
                elif kind == "create":
                    world.create(side)
                else:
                    others = [x for x in sides if x != side]
                    world.send(side, others[index % len(others)])
            hub, *members = sides  # everyone to the hub, the hub back to everyone
            for member in members:
                world.send(member, hub)
            for member in members:
                world.send(hub, member)

            for member in members:
                assert dump(world.dbs[member]) == dump(world.dbs[hub])
            # another exchange has nothing left to do
            assert not world.send(members[0], hub).changed
            kept = world.conflict_tokens(hub)
            for record_id, tokens in world.at_stake.items():
                final = world.current(hub, record_id)
                survivors = {final} | world.ancestors[final]
                for token in kept:  # kept in a conflict, with what it was edited from
                    survivors |= {token} | world.ancestors.get(token, set())
                lost = tokens - survivors
                assert not lost, f"versions {lost} of {record_id} were lost (final {final})"
        finally:
            world.close()


SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}


@settings(max_examples=20, **SETTINGS)
@given(ops=ops_for(("a", "b")))
def test_two_laptops_converge_and_nothing_is_lost(template, ops) -> None:
    run(template, ("a", "b"), ops)


@settings(max_examples=12, **SETTINGS)
@given(ops=ops_for(("secretariat", "anna", "bram")))
# Two laptops meet the same conflict and each names the other as its source: the two
# conflict rows must agree, not become a conflict about a conflict.
@example(
    ops=[
        ("edit", "secretariat", 0),
        ("edit", "anna", 0),
        ("send", "secretariat", 1),
        ("send", "anna", 1),
    ]
)
def test_three_laptops_converge_and_nothing_is_lost(template, ops) -> None:
    run(template, ("secretariat", "anna", "bram"), ops)

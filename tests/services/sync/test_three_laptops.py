"""Three laptops, one exchange folder: edits everywhere, syncs in any order, one result.

Each laptop is its own database file set up from a copy of the same case (as a group
does: one member copies the file to the others). Hypothesis picks edits, deletions, new
records and syncs in random order, with compaction after two packages so snapshots and
removed packages take part too. Afterwards every laptop syncs until nothing moves, and
then: every laptop holds the very same records (conflicts included), the lists show
the same, and no laptop's last version of a record was lost: it is the current one, one
the current one descends from, or kept in a conflict.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select
from sync_helpers import Clock, Laptop, copy_case, dump, make_case, settle

from workbench.domain import Commitment, Conflict

SIDES = ("A", "B", "C")

OPS = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from(SIDES), st.integers(0, 2)),
        st.tuples(st.just("delete"), st.sampled_from(SIDES), st.integers(0, 2)),
        st.tuples(st.just("create"), st.sampled_from(SIDES), st.just(0)),
        st.tuples(st.just("sync"), st.sampled_from(SIDES), st.just(0)),
        st.tuples(st.just("sync"), st.sampled_from(SIDES), st.just(0)),
    ),
    min_size=1,
    max_size=14,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("three") / "case.sqlite"
    return path, make_case(path)


class Group:
    def __init__(self, root: Path, template: Path, ids: list[str]) -> None:
        folder = root / "Exchange"
        folder.mkdir()
        self.clock = Clock()
        self.laptops = {
            side: Laptop(
                side,
                copy_case(template, root / f"{side}.sqlite"),
                folder,
                self.clock,
                compact_after=2,
            )
            for side in SIDES
        }
        self.ids = list(ids)
        self.ancestors: dict[str, set[str]] = {f"P{i}": set() for i in range(3)}
        self.n = 0

    def current(self, side: str, record_id: str) -> Commitment:
        with self.laptops[side].db.session() as s:
            return s.get(Commitment, record_id)

    def apply(self, op: str, side: str, index: int) -> None:
        laptop = self.laptops[side]
        self.clock.advance(seconds=7)
        if op == "sync":
            report = laptop.sync()
            assert report.reached and not report.problems
            return
        if op == "create":
            self.n += 1
            self.ids.append(laptop.add_commitment(f"new-{side}{self.n}"))
            self.ancestors[f"new-{side}{self.n}"] = set()
            return
        record_id = self.ids[index % len(self.ids)]
        row = self.current(side, record_id)
        if row is None or row.deleted_at is not None:
            return
        self.n += 1
        token = f"{op}-{side}{self.n}"
        self.ancestors[token] = self.ancestors[row.text] | {row.text}
        laptop.set_text(record_id, token, delete=op == "delete")

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_three_laptops_converge_through_one_folder(
    template: tuple[Path, list[str]], ops: list[tuple[str, str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        group = Group(Path(tmp), *template)
        try:
            for op in ops:
                group.apply(*op)
            last = {
                side: {i: getattr(group.current(side, i), "text", None) for i in group.ids}
                for side in SIDES
            }
            settle(list(group.laptops.values()))
            dumps = {side: dump(laptop.db) for side, laptop in group.laptops.items()}
            assert dumps["A"] == dumps["B"] == dumps["C"]
            lists = {side: laptop.texts() for side, laptop in group.laptops.items()}
            assert lists["A"] == lists["B"] == lists["C"]
            with group.laptops["A"].db.session() as s:
                conflicts = list(s.exec(select(Conflict)))
            kept = set()
            for c in conflicts:
                kept |= {json.loads(c.kept).get("text"), json.loads(c.other).get("text")}
            for side in SIDES:
                for record_id, text in last[side].items():
                    if text is None:
                        continue  # created elsewhere and not yet seen here
                    now = group.current("A", record_id).text
                    accounted = (
                        text == now
                        or text in group.ancestors.get(now, set())
                        or any(text == v or text in group.ancestors.get(v, set()) for v in kept)
                    )
                    assert accounted, f"{side}'s {text!r} of {record_id[:8]} was lost ({now!r})"
        finally:
            group.close()


def test_a_change_made_on_each_laptop_reaches_the_other_two(tmp_path: Path, template) -> None:
    group = Group(tmp_path, *template)
    try:
        a, b, c = (group.laptops[s] for s in SIDES)
        for laptop in (a, b, c):
            laptop.sync()
        a.set_text(group.ids[0], "from A")
        b.set_text(group.ids[1], "from B")
        c.add_commitment("new on C")
        settle([c, b, a])
        for laptop in (a, b, c):
            assert laptop.texts() == sorted(["from A", "from B", "P2", "new on C"])
            with laptop.db.session() as s:
                assert list(s.exec(select(Conflict))) == []  # nobody edited the same one
        a.set_text(group.ids[0], "A again")
        a.set_text(group.ids[0], "A once more")  # edits on top of what was sent: no conflict
        settle([a, b, c])
        for laptop in (a, b, c):
            assert "A once more" in laptop.texts()
            with laptop.db.session() as s:
                assert list(s.exec(select(Conflict))) == []
    finally:
        group.close()


def test_both_sides_of_a_conflict_are_kept_on_every_laptop(tmp_path: Path, template) -> None:
    group = Group(tmp_path, *template)
    try:
        a, b, c = (group.laptops[s] for s in SIDES)
        for laptop in (a, b, c):
            laptop.sync()
        a.set_text(group.ids[0], "A says")
        b.set_text(group.ids[0], "B says")
        settle([a, b, c])
        for laptop in (a, b, c):
            with laptop.db.session() as s:
                rows = list(s.exec(select(Conflict)))
            assert len(rows) == 1
            versions = {json.loads(rows[0].kept)["text"], json.loads(rows[0].other)["text"]}
            assert versions == {"A says", "B says"}
            assert laptop.texts()[0] in {"A says", "B says"}
        assert a.texts() == b.texts() == c.texts()
    finally:
        group.close()

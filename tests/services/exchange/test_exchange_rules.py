"""The merge rules, one by one, between two laptops set up from copies of one database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from exchange_helpers import build_small_case, copy_db, dump, meta
from sqlmodel import select

from workbench.domain import Change, Commitment, CommitmentStatus, Conflict, Organisation
from workbench.services import records
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.conflicts import list_conflicts, resolve_conflict
from workbench.store import Database, open_database


class Laptops:
    """Two copies of one small case: ``a`` and ``b``; ``send(x, y)`` = x exports, y imports."""

    def __init__(self, tmp_path: Path) -> None:
        base_path = tmp_path / "base.sqlite"
        base = open_database(base_path)
        self.ids = build_small_case(base)
        with base.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        base.close()
        self.a = copy_db(base_path, tmp_path / "a.sqlite")
        self.b = copy_db(base_path, tmp_path / "b.sqlite")
        self.tmp = tmp_path
        self.n = 0

    def export(self, db: Database, **kw) -> Path:
        self.n += 1
        path = self.tmp / f"package-{self.n}.zip"
        exchange.export_package(db, path, **kw)
        return path

    def send(self, source: Database, target: Database) -> exchange.MergeReport:
        return exchange.import_package(target, self.export(source))

    def edit(self, db: Database, cls, record_id: str, **changes) -> None:
        with db.transaction() as s:
            records.update_record(s, cls, record_id, **changes)

    def get(self, db: Database, cls, record_id: str):
        with db.session() as s:
            return s.get(cls, record_id)

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Laptops]:
    pair = Laptops(tmp_path)
    yield pair
    pair.close()


def test_a_new_record_is_added_with_its_own_timestamps(laptops: Laptops) -> None:
    with laptops.a.transaction() as s:
        org = records.create_record(s, Organisation, name="Northgate Components")
        org_id, stamped = org.id, org.updated_at
    report = laptops.send(laptops.a, laptops.b)
    got = laptops.get(laptops.b, Organisation, org_id)
    assert got.name == "Northgate Components"
    assert got.updated_at == stamped  # the merge does not restamp
    assert report.added == 1 and not report.conflicts


def test_a_change_on_one_side_only_is_taken(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.a, Commitment, cid, status="fulfilled", evidence="Audit 2024")
    report = laptops.send(laptops.a, laptops.b)
    got = laptops.get(laptops.b, Commitment, cid)
    assert got.status == CommitmentStatus.FULFILLED and got.evidence == "Audit 2024"
    assert report.updated == 1 and not report.conflicts


def test_a_change_here_only_is_kept_against_an_older_package(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.b, Commitment, cid, text="Reworded by B")
    report = laptops.send(laptops.a, laptops.b)
    assert laptops.get(laptops.b, Commitment, cid).text == "Reworded by B"
    assert report.kept_ours == 1 and not report.conflicts


def test_a_tombstone_propagates(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][1]
    with laptops.a.transaction() as s:
        records.tombstone(s, Commitment, cid)
    report = laptops.send(laptops.a, laptops.b)
    assert laptops.get(laptops.b, Commitment, cid).deleted_at is not None
    assert report.deleted == 1


def test_changed_on_both_sides_keeps_the_newer_and_saves_the_other(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.a, Commitment, cid, text="A's wording")
    laptops.edit(laptops.b, Commitment, cid, text="B's wording")  # later: it wins
    report = laptops.send(laptops.a, laptops.b)
    assert laptops.get(laptops.b, Commitment, cid).text == "B's wording"
    [info] = report.conflicts
    assert info.entity == "commitment" and info.entity_id == cid
    assert info.kept_from == "here"
    assert info.differences == [("text", "B's wording", "A's wording")]
    with laptops.b.session() as s:
        [row] = list_conflicts(s)
        conflict = s.get(Conflict, row.id)
    assert json.loads(conflict.other)["text"] == "A's wording"
    assert json.loads(conflict.kept)["text"] == "B's wording"
    assert conflict.source == exchange.installation_id(laptops.a)

    # A gets B's package: it takes the winner without a second conflict, and the rows match
    report_a = laptops.send(laptops.b, laptops.a)
    assert laptops.get(laptops.a, Commitment, cid).text == "B's wording"
    assert dump(laptops.a) == dump(laptops.b)
    assert report_a.updated >= 1


def test_simultaneous_exchange_records_the_same_conflict_on_both(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][2]
    laptops.edit(laptops.b, Commitment, cid, due_on="2025-03-01")
    laptops.edit(laptops.a, Commitment, cid, due_on="2025-06-30")  # later: it wins
    pa, pb = laptops.export(laptops.a), laptops.export(laptops.b)
    ra = exchange.import_package(laptops.a, pb)
    rb = exchange.import_package(laptops.b, pa)
    assert [c.conflict_id for c in ra.conflicts] == [c.conflict_id for c in rb.conflicts]
    assert ra.conflicts[0].kept_from == "here" and rb.conflicts[0].kept_from == "package"
    assert dump(laptops.a) == dump(laptops.b)
    assert str(laptops.get(laptops.b, Commitment, cid).due_on) == "2025-06-30"


def test_importing_the_same_package_twice_changes_nothing(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.a, Commitment, cid, text="A")
    laptops.edit(laptops.b, Commitment, cid, text="B")
    package = laptops.export(laptops.a)
    exchange.import_package(laptops.b, package)
    before, before_meta = dump(laptops.b), meta(laptops.b)
    again = exchange.import_package(laptops.b, package)
    assert not again.changed and not again.conflicts
    assert dump(laptops.b) == before
    peer_keys = {k for k in before_meta if k.startswith("peer:")}
    assert {k: v for k, v in meta(laptops.b).items() if k not in peer_keys} == {
        k: v for k, v in before_meta.items() if k not in peer_keys
    }


def test_repeated_edits_between_exchanges_are_not_conflicts(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    for round_ in range(3):
        laptops.edit(laptops.a, Commitment, cid, text=f"A round {round_}")
        laptops.edit(laptops.a, Commitment, cid, evidence=f"evidence {round_}")
        report = laptops.send(laptops.a, laptops.b)
        assert not report.conflicts
        assert laptops.get(laptops.b, Commitment, cid).text == f"A round {round_}"
        laptops.edit(laptops.b, Commitment, cid, status="in_progress" if round_ else "open")
        report = laptops.send(laptops.b, laptops.a)
        assert not report.conflicts
    assert dump(laptops.a) == dump(laptops.b)


def test_history_rows_travel_with_the_records(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.a, Commitment, cid, status="fulfilled")
    laptops.send(laptops.a, laptops.b)
    with laptops.b.session() as s:
        changes = s.exec(select(Change).where(Change.entity_id == cid)).all()
    assert [(c.field, c.old, c.new) for c in changes] == [("status", "open", "fulfilled")]


def test_export_since_holds_only_later_changes(laptops: Laptops) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.a, Commitment, cid, text="Later")
    since = laptops.get(laptops.a, Commitment, cid).updated_at - timedelta(microseconds=1)
    summary = exchange.export_package(laptops.a, laptops.tmp / "since.zip", since=since)
    assert summary.counts["commitment"] == 1 and summary.total == 1
    report = exchange.import_package(laptops.b, summary.path)
    assert report.updated == 1 and laptops.get(laptops.b, Commitment, cid).text == "Later"


def test_a_new_laptop_starts_from_a_full_package(laptops: Laptops, tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        exchange.import_package(fresh, laptops.export(laptops.a))
        assert dump(fresh) == dump(laptops.a)
        cid = laptops.ids["commitments"][0]
        laptops.edit(fresh, Commitment, cid, text="From the new laptop")
        report = exchange.import_package(laptops.a, laptops.export(fresh))
        assert report.updated == 1 and not report.conflicts
        assert dump(fresh) == dump(laptops.a)
    finally:
        fresh.close()


@pytest.mark.parametrize("take_other", [False, True])
def test_resolving_a_conflict_travels(laptops: Laptops, take_other: bool) -> None:
    cid = laptops.ids["commitments"][0]
    laptops.edit(laptops.a, Commitment, cid, text="A's wording")
    laptops.edit(laptops.b, Commitment, cid, text="B's wording")
    laptops.send(laptops.a, laptops.b)
    laptops.send(laptops.b, laptops.a)
    with laptops.b.session() as s:
        [row] = list_conflicts(s)
    resolve_conflict(laptops.b, row.id, take_other=take_other)
    expected = "A's wording" if take_other else "B's wording"
    assert laptops.get(laptops.b, Commitment, cid).text == expected
    report = laptops.send(laptops.b, laptops.a)
    assert not report.conflicts
    assert laptops.get(laptops.a, Commitment, cid).text == expected
    with laptops.a.session() as s:
        assert list_conflicts(s) == []
        [done] = list_conflicts(s, include_resolved=True)
    assert done.resolution == ("took the other" if take_other else "kept this")
    assert dump(laptops.a) == dump(laptops.b)


def test_a_copied_database_gets_its_own_installation_id(laptops: Laptops) -> None:
    assert exchange.installation_id(laptops.a) != exchange.installation_id(laptops.b)
    assert exchange.installation_id(laptops.a) == exchange.installation_id(laptops.a)

"""The two-way ledger: grouping by direction and target, counts, order, the demo case."""

from __future__ import annotations

from datetime import date

from followup_helpers import TODAY, build_case

from workbench.domain import CommitmentStatus, Direction
from workbench.services.followup import ledger


def keys(case, side) -> list[str]:  # type: ignore[no-untyped-def]
    names = {v: k for k, v in case.commitments.items()}
    return [names[e.id] for e in side.entries]


def test_sides_split_by_direction_with_counts(db) -> None:
    case = build_case(db)
    with db.session() as s:
        book = ledger.build_ledger(s, case.engagement, today=TODAY)
    assert set(keys(case, book.company)) == {"supplier-map", "supplier-respond", "car-join"}
    assert set(keys(case, book.group)) == {"group-research", "group-eu"}
    assert book.company.counts[CommitmentStatus.OPEN] == 1
    assert book.company.counts[CommitmentStatus.NOT_FULFILLED] == 1
    assert book.company.counts[CommitmentStatus.FULFILLED] == 1
    assert book.company.counts[CommitmentStatus.WITHDRAWN] == 0
    assert book.company.open == 1 and book.company.overdue == 1
    assert book.group.open == 2 and book.group.overdue == 0
    assert book.side(Direction.BY_GROUP) is book.group


def test_what_is_still_to_do_comes_first(db) -> None:
    case = build_case(db)
    with db.session() as s:
        book = ledger.build_ledger(s, case.engagement, today=TODAY)
    assert keys(case, book.company) == ["supplier-map", "supplier-respond", "car-join"]
    # Among open ones, by due date; no due date last.
    assert keys(case, book.group) == ["group-research", "group-eu"]


def test_per_target_by_party_or_by_agenda_item(db) -> None:
    case = build_case(db)
    with db.session() as s:
        supplier = ledger.build_ledger(
            s, case.engagement, target_id=case.supplier_target, today=TODAY
        )
        car = ledger.build_ledger(s, case.engagement, target_id=case.car_target, today=TODAY)
    # The supplier's own promises (its party), and the group's promise made under an
    # agenda item about the supplier.
    assert set(keys(case, supplier.company)) == {"supplier-map", "supplier-respond"}
    assert keys(case, supplier.group) == ["group-research"]
    assert keys(case, car.company) == ["car-join"]
    assert keys(case, car.group) == []


def test_open_only_keeps_what_is_still_to_be_done(db) -> None:
    case = build_case(db)
    with db.session() as s:
        book = ledger.build_ledger(s, case.engagement, today=TODAY, open_only=True)
    assert keys(case, book.company) == ["supplier-map"]
    assert book.company.counts[CommitmentStatus.FULFILLED] == 0


def test_entries_carry_meeting_due_date_and_evidence(db) -> None:
    case = build_case(db)
    with db.session() as s:
        entry = ledger.build_ledger(s, case.engagement, today=TODAY).company.entries[0]
    assert entry.meeting == "Call with Northgate"
    assert entry.meeting_starts_at is not None
    assert entry.due_on == date(2024, 3, 1) and entry.overdue
    assert entry.target_id == case.supplier_target


def test_demo_shows_what_the_supplier_promised_and_did_not_do(demo_db) -> None:
    from workbench.services.demo.build import ENGAGEMENT_ID, SUPPLIER_TARGET_ID

    with demo_db.session() as s:
        targets = ledger.list_targets(s, ENGAGEMENT_ID)
        book = ledger.build_ledger(s, ENGAGEMENT_ID, target_id=SUPPLIER_TARGET_ID)
    assert [t.name for t in targets] == ["Velora Automotive", "Northgate Components"]
    not_done = [e for e in book.company.entries if e.status is not CommitmentStatus.FULFILLED]
    assert not_done and all("Northgate" in (e.party or "") for e in not_done)
    assert any("whistle-blower" in e.text for e in not_done)
    assert book.group.total >= 1

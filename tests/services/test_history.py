"""The history of a record: what changed, from what to what, when, by whom, where."""

from __future__ import annotations

from datetime import date

from followup_helpers import build_case

from workbench.domain import Action, Commitment
from workbench.services.history import record_history
from workbench.services.records import tombstone, update_record


def test_every_tracked_change_is_shown_with_names(db) -> None:
    case = build_case(db)
    action = case.actions["overdue"]
    db.actor_id = case.bram
    with db.transaction(meeting_id=case.wg) as s:
        update_record(s, Action, action, owner_id=case.carla)
    with db.transaction() as s:
        update_record(s, Action, action, status="done", due_on=date(2024, 4, 1))
    with db.transaction() as s:
        update_record(s, Action, action, title="Renamed")  # not tracked: no history
    with db.session() as s:
        history = record_history(s, "action", action)
    assert [(h.field, h.old, h.new) for h in history[:2]] in (
        [("status", "open", "done"), ("due_on", "2024-03-14", "2024-04-01")],
        [("due_on", "2024-03-14", "2024-04-01"), ("status", "open", "done")],
    )
    owner = history[-1]
    assert (owner.field, owner.old_name, owner.new_name) == (
        "owner_id",
        "Anna Émile",
        "Carla Jones",
    )
    assert owner.by == "Bram de Vries" and owner.meeting == "Working group"
    assert all(h.by == "Bram de Vries" for h in history)
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)


def test_without_an_i_am_person_the_change_has_no_author(db) -> None:
    case = build_case(db)
    with db.transaction() as s:
        update_record(s, Commitment, case.commitments["group-eu"], status="withdrawn")
    with db.session() as s:
        (entry,) = record_history(s, "commitment", case.commitments["group-eu"])
    assert entry.by is None and entry.by_id is None and entry.meeting is None


def test_history_of_one_record_only_and_filtered_by_field(db) -> None:
    case = build_case(db)
    with db.transaction() as s:
        update_record(s, Action, case.actions["today"], status="done")
        update_record(s, Action, case.actions["in-week"], status="cancelled", audience="partners")
        tombstone(s, Action, case.actions["no-date"])
    with db.session() as s:
        assert len(record_history(s, "action", case.actions["today"])) == 1
        assert len(record_history(s, "action", case.actions["in-week"])) == 2
        only = record_history(s, "action", case.actions["in-week"], fields={"audience"})
        assert [h.field for h in only] == ["audience"]
        assert record_history(s, "commitment", case.actions["today"]) == []

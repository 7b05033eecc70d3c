"""The escalation ladder (shipped, edited by the group), steps taken per company, the
current step, and who leads the dialogue with each company."""

from __future__ import annotations

from datetime import date

import pytest
from stewardship_case import Case

from workbench.domain import Audience, TargetRoleKind
from workbench.services.errors import DomainError
from workbench.services.stewardship import ladder
from workbench.services.stewardship.escalation import (
    current_steps,
    read_escalations,
    take_step,
    update_escalation,
)
from workbench.services.stewardship.roles import read_roles, remove_role, set_role
from workbench.store import Database

P = Audience.PARTNERS
SHIPPED = [
    "Letter to the board",
    "Collaborative escalation",
    "Public statement",
    "Question at the AGM",
    "Vote against",
    "Shareholder resolution",
    "Recommendation to divest",
]


def names(db: Database) -> list[str]:
    with db.session() as s:
        return [step.name for step in ladder.ladder(s)]


def test_a_new_database_has_the_shipped_ladder_without_rows(db: Database) -> None:
    assert names(db) == SHIPPED
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM escalationstep").scalar() == 0
    assert ladder.shipped_id("letter_to_board") == ladder.shipped_id("letter_to_board")
    with db.session() as s:
        assert [step.rank for step in ladder.ladder(s)] == list(range(1, 8))


def test_the_group_renames_moves_retires_and_adds_steps(db: Database) -> None:
    board = ladder.shipped_id("letter_to_board")
    divest = ladder.shipped_id("divest")
    with db.transaction() as s:
        ladder.update_step(s, board, name="Letter to the chair")
        ladder.move_step(s, ladder.shipped_id("public_statement"), -2)
        ladder.update_step(s, divest, retired=True)
        own = ladder.add_step(s, "Ask the regulator", "Bring the case to the supervisor.")
    assert names(db) == [
        "Public statement",
        "Letter to the chair",
        "Collaborative escalation",
        "Question at the AGM",
        "Vote against",
        "Shareholder resolution",
        "Ask the regulator",
    ]
    with db.session() as s:
        steps = {step.id: step for step in ladder.all_steps(s)}
    assert steps[board].renamed and steps[board].key == "letter_to_board"
    assert steps[divest].retired and steps[divest].rank == 0
    assert steps[own.id].key is None and steps[own.id].description.startswith("Bring")
    with db.transaction() as s:  # the shipped name again: shown translated once more
        ladder.update_step(s, board, name="Letter to the board")
    with db.session() as s:
        assert not ladder.get_step(s, board).renamed


def test_a_step_needs_a_name(db: Database) -> None:
    with pytest.raises(DomainError, match="name"), db.transaction() as s:
        ladder.add_step(s, "  ")


def test_steps_taken_and_the_current_one(db: Database, case: Case) -> None:
    with db.transaction() as s:
        take_step(
            s, case.supplier_target, ladder.shipped_id("letter_to_board"),
            taken_on="2022-06-01", reason="Mapping deadline missed", audience=P,
        )  # fmt: skip
        later = take_step(
            s, case.supplier_target, ladder.shipped_id("collaborative"),
            taken_on=date(2022, 11, 22), reason="Weak follow-up of complaints",
        )  # fmt: skip
    with db.transaction() as s:
        update_escalation(s, later.id, result="Raised with the car makers")
    with db.session() as s:
        current = current_steps(s, case.engagement)
        partners = current_steps(s, case.engagement, P)
        rows = read_escalations(s, target_id=case.supplier_target)
    step = current[case.supplier_target]
    assert (step.step, step.rank, step.steps_in_ladder) == ("Collaborative escalation", 2, 7)
    assert (step.taken_on, step.result) == (date(2022, 11, 22), "Raised with the car makers")
    assert partners[case.supplier_target].step == "Letter to the board"  # the group step hidden
    assert [r.step_key for r in rows] == ["letter_to_board", "collaborative"]
    assert case.car_target not in current


def test_a_retired_step_is_not_taken_but_keeps_its_name_where_it_was(
    db: Database, case: Case
) -> None:
    vote = ladder.shipped_id("vote_against")
    with db.transaction() as s:
        take_step(s, case.car_target, vote, taken_on="2021-05-01")
        ladder.update_step(s, vote, retired=True)
    with pytest.raises(DomainError, match="retired"), db.transaction() as s:
        take_step(s, case.car_target, vote)
    with pytest.raises(DomainError, match="not on the escalation ladder"), db.transaction() as s:
        take_step(s, case.car_target, "no-such-step")
    with db.session() as s:
        [row] = read_escalations(s)
    assert (row.step, row.rank) == ("Vote against", 0)


def test_one_lead_per_company_and_roles_follow_the_audience(db: Database, case: Case) -> None:
    with db.transaction() as s:
        set_role(s, case.car_target, case.fund, "lead", audience=P)
        set_role(s, case.car_target, case.other_fund, TargetRoleKind.LEAD)
    with db.session() as s:
        roles = {r.organisation: r.role for r in read_roles(s, target_id=case.car_target)}
        partners = [r.organisation for r in read_roles(s, audience=P)]
    assert roles == {"PME": TargetRoleKind.LEAD, "PFZW": TargetRoleKind.COLLABORATOR}
    assert partners == ["PFZW"]  # PME's lead role is group-only (the default)
    with db.session() as s:
        [first, _second] = read_roles(s, target_id=case.car_target)
    assert first.organisation == "PME"  # the lead first
    with db.transaction() as s:
        remove_role(s, first.id)
    with db.session() as s:
        assert [r.organisation for r in read_roles(s)] == ["PFZW"]

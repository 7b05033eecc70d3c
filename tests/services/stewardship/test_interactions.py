"""Interactions that are not meetings: written, read for an audience, linked to objectives,
and recorded from a note."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select
from stewardship_case import Case

from workbench.domain import (
    Audience,
    InteractionDirection,
    InteractionKind,
    InteractionObjective,
    Note,
    Seniority,
)
from workbench.services.errors import DomainError
from workbench.services.stewardship import documents
from workbench.services.stewardship.interactions import (
    create_interaction,
    note_to_interaction,
    read_interactions,
    set_objectives,
)
from workbench.store import Database

P = Audience.PARTNERS


def test_an_interaction_is_read_with_its_company_counterpart_and_objectives(
    db: Database, case: Case
) -> None:
    with db.transaction() as s:
        created = create_interaction(
            s,
            case.engagement,
            occurred_on="2021-01-15",
            kind="letter",
            direction="received",
            target_id=case.car_target,
            counterpart_id=case.katrin,
            seniority="executive",
            subject="Appointment of a mica manager",
            summary="Stefan Vogt starts on 11 January.",
            objective_ids=[case.car_objective, case.group_objective],
            audience=P,
        )
    with db.session() as s:
        [row] = read_interactions(s, engagement_id=case.engagement)
    assert row.id == created.id
    assert (row.occurred_on, row.kind, row.direction) == (
        date(2021, 1, 15),
        InteractionKind.LETTER,
        InteractionDirection.RECEIVED,
    )
    assert (row.company, row.counterpart, row.seniority) == (
        "Velora",
        "Katrin Albers",
        Seniority.EXECUTIVE,
    )
    assert row.objectives == ("Join RMI", "Grievance mechanism")


def test_partners_see_partners_interactions_and_only_their_objectives(
    db: Database, case: Case
) -> None:
    with db.transaction() as s:
        create_interaction(
            s, case.engagement, subject="Public", audience=P,
            objective_ids=[case.car_objective, case.group_objective],
        )  # fmt: skip
        create_interaction(s, case.engagement, subject="Internal call")  # group by default
    with db.session() as s:
        partners = read_interactions(s, audience=P)
        group = read_interactions(s)
    assert [r.subject for r in partners] == ["Public"]
    assert partners[0].objectives == ("Join RMI",)  # the group-only objective stays hidden
    assert {r.subject for r in group} == {"Public", "Internal call"}


def test_filters_by_company_and_period(db: Database, case: Case) -> None:
    with db.transaction() as s:
        for day, target in (("2020-05-01", case.car_target), ("2021-05-01", case.supplier_target)):
            create_interaction(s, case.engagement, occurred_on=day, target_id=target, subject=day)
    with db.session() as s:
        in_2021 = read_interactions(s, period=(date(2021, 1, 1), date(2021, 12, 31)))
        about_car = read_interactions(s, target_id=case.car_target)
    assert [r.subject for r in in_2021] == ["2021-05-01"]
    assert [r.subject for r in about_car] == ["2020-05-01"]


def test_objective_links_are_tombstoned_and_brought_back(db: Database, case: Case) -> None:
    with db.transaction() as s:
        i = create_interaction(s, case.engagement, objective_ids=[case.car_objective])
    with db.transaction() as s:
        set_objectives(s, i.id, [case.group_objective])
    with db.transaction() as s:
        set_objectives(s, i.id, [case.car_objective, case.group_objective])
    with db.session() as s:
        [row] = read_interactions(s)
        links = s.exec(select(InteractionObjective)).all()
    assert set(row.objective_ids) == {case.car_objective, case.group_objective}
    assert len(links) == 2  # the first link came back, no duplicate was made


def test_an_objective_of_another_engagement_or_a_company_elsewhere_is_refused(
    db: Database, case: Case
) -> None:
    with db.transaction() as s:
        i = create_interaction(s, case.engagement)
    with pytest.raises(DomainError, match="company"), db.transaction() as s:
        create_interaction(s, case.other_engagement, target_id=case.car_target)
    with db.transaction() as s:
        from workbench.domain import Objective

        other = Objective(engagement_id=case.other_engagement, text="Cobalt mapping")
        s.add(other)
    with pytest.raises(DomainError, match="another engagement"), db.transaction() as s:
        set_objectives(s, i.id, [other.id])


def test_a_bad_kind_or_date_is_a_clear_error(db: Database, case: Case) -> None:
    with pytest.raises(DomainError, match="kind"), db.transaction() as s:
        create_interaction(s, case.engagement, kind="carrier pigeon")
    with pytest.raises(DomainError, match="occurred on"), db.transaction() as s:
        create_interaction(s, case.engagement, occurred_on="15 January")


def test_a_note_becomes_an_interaction_and_leaves_the_inbox(db: Database, case: Case) -> None:
    with db.transaction() as s:
        note = s.get(Note, case.note)
        note.captured_at = datetime(2021, 1, 15, 9, tzinfo=UTC)
        note.audience = P
        note.target_id = case.car_target
    with db.transaction() as s:
        interaction = note_to_interaction(s, case.note, kind="letter", seniority="executive")
    with db.session() as s:
        [row] = read_interactions(s)
        note = s.get(Note, case.note)
    assert row.id == interaction.id
    assert row.subject == "Letter from Velora"
    assert row.summary == "Letter from Velora\nThey appointed"
    assert row.occurred_on == date(2021, 1, 15)
    assert row.direction is InteractionDirection.RECEIVED
    assert (row.audience, row.target_id) == (P, case.car_target)
    assert note.triaged


def test_a_notes_documents_go_with_it_to_the_interaction(
    db: Database, case: Case, tmp_path
) -> None:
    photo = tmp_path / "letter.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of a letter")
    with db.transaction() as s:
        doc = documents.attach_file(s, documents.Owner("note", case.note), photo)
    with db.transaction() as s:
        interaction = note_to_interaction(s, case.note, kind="letter")
    with db.session() as s:
        [row] = documents.read_documents(s, owner=documents.Owner("interaction", interaction.id))
        from_note = documents.read_documents(s, owner=documents.Owner("note", case.note))
    assert row.id == doc.id and from_note == []


def test_an_empty_note_or_one_without_an_engagement_is_refused(db: Database, case: Case) -> None:
    with db.transaction() as s:
        empty = Note(body="  ", engagement_id=case.engagement)
        loose = Note(body="Call from Velora")
        s.add_all([empty, loose])
    with pytest.raises(DomainError, match="empty"), db.transaction() as s:
        note_to_interaction(s, empty.id, kind="phone_call")
    with pytest.raises(DomainError, match="engagement"), db.transaction() as s:
        note_to_interaction(s, loose.id, kind="phone_call")
    with db.session() as s:
        assert read_interactions(s) == []
        assert not s.get(Note, loose.id).triaged

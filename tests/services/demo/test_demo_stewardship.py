"""The demo case's stewardship record: the car maker's letter appointing the mica sourcing
manager, the RMI membership as evidence, the supplier's weak follow-up of whistle-blower
complaints leading to an escalation step, and a lead pension fund; built once only."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain import Audience, InteractionKind, TargetRoleKind
from workbench.services.demo.build import (
    CAR_MAKER_TARGET_ID,
    ENGAGEMENT_ID,
    SUPPLIER_TARGET_ID,
    build_demo,
)
from workbench.services.demo.records import demo_id
from workbench.services.stewardship import documents
from workbench.services.stewardship.escalation import current_steps
from workbench.services.stewardship.evidence import read_citations
from workbench.services.stewardship.interactions import read_interactions
from workbench.services.stewardship.roles import read_roles
from workbench.store import Database

TODAY = date(2025, 3, 3)


@pytest.fixture
def built(db: Database) -> Database:
    build_demo(db, today=TODAY)
    return db


def test_the_car_makers_letter_appoints_the_mica_manager(built: Database) -> None:
    with built.session() as s:
        letters = [
            r
            for r in read_interactions(s, target_id=CAR_MAKER_TARGET_ID)
            if r.kind is InteractionKind.LETTER and r.occurred_on == date(2021, 1, 15)
        ]
        [letter] = letters
        [doc] = documents.read_documents(s, owner=documents.Owner("interaction", letter.id))
        _, pdf = documents.document_bytes(s, doc.id)
    assert "Stefan Vogt" in letter.summary and letter.audience is Audience.PARTNERS
    assert letter.objectives == (
        "Appoint dedicated, full-time capacity for responsible mica sourcing.",
    )
    assert pdf.startswith(b"%PDF") and doc.title == "Letter from Velora Automotive, 15 January 2021"


def test_the_rmi_membership_is_the_evidence_of_the_commitment(built: Database) -> None:
    with built.session() as s:
        cited = read_citations(
            s, [demo_id("commitment:car-maker-join-rmi")], audience=Audience.PARTNERS
        )
        capacity = read_citations(s, [demo_id("commitment:car-maker-mica-capacity")])
    assert {c.title for c in cited} == {
        "Responsible Mica Initiative: list of members, March 2021",
        "Velora press release: joining the Responsible Mica Initiative",
    }
    assert [(c.title, c.page) for c in capacity] == [
        ("Letter from Velora Automotive, 15 January 2021", "2")
    ]


def test_the_suppliers_weak_follow_up_led_to_an_escalation_step(built: Database) -> None:
    with built.session() as s:
        step = current_steps(s, ENGAGEMENT_ID)[SUPPLIER_TARGET_ID]
        partners = current_steps(s, ENGAGEMENT_ID, Audience.PARTNERS)
        reply = [
            r
            for r in read_interactions(s, target_id=SUPPLIER_TARGET_ID)
            if "whistle-blower" in r.subject
        ]
    assert step.step_key == "collaborative" and step.rank == 2
    assert "whistle-blower complaints" in step.reason and step.taken_on == date(2022, 11, 22)
    assert SUPPLIER_TARGET_ID not in partners  # the escalation strategy is the group's
    assert reply and reply[0].audience is Audience.GROUP


def test_a_pension_fund_leads_each_company(built: Database) -> None:
    with built.session() as s:
        roles = read_roles(s, engagement_id=ENGAGEMENT_ID)
    leads = {r.target_id: r.organisation for r in roles if r.role is TargetRoleKind.LEAD}
    assert leads == {
        CAR_MAKER_TARGET_ID: "PME pensioenfonds",
        SUPPLIER_TARGET_ID: "Pensioenfonds Zorg en Welzijn",
    }


def test_building_again_adds_nothing_not_even_a_document(built: Database) -> None:
    with built.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*), sum(size) FROM documentblob").one()
    again = build_demo(built, today=TODAY)
    assert (again.interactions, again.escalations, again.roles, again.documents) == (0, 0, 0, 0)
    with built.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*), sum(size) FROM documentblob").one() == before


def test_the_demo_documents_are_the_same_bytes_on_every_laptop(tmp_path) -> None:
    from workbench.store import open_database

    shas = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        try:
            build_demo(db, today=TODAY)
            with db.session() as s:
                shas.append(sorted(d.sha256 for d in documents.read_documents(s)))
        finally:
            db.close()
    assert shas[0] == shas[1] and len(shas[0]) == 5

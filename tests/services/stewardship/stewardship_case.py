"""A small engagement for the stewardship tests: a car maker and a supplier, each with
an objective, a member organisation, and a contact at the car maker."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain import (
    Audience,
    Commitment,
    Engagement,
    Note,
    Objective,
    Organisation,
    OrganisationKind,
    Person,
    Target,
)
from workbench.services.records import create_record
from workbench.store import Database


@dataclass
class Case:
    engagement: str
    other_engagement: str
    car_target: str
    supplier_target: str
    car_objective: str
    group_objective: str  # the supplier's, group-only
    fund: str  # a pension fund
    other_fund: str
    katrin: str  # at the car maker
    commitment: str  # partners, by the car maker
    note: str


def build_case(db: Database) -> Case:
    with db.transaction() as s:
        car = create_record(s, Organisation, name="Velora", kind=OrganisationKind.COMPANY)
        supplier = create_record(s, Organisation, name="Northgate", kind=OrganisationKind.COMPANY)
        fund = create_record(
            s,
            Organisation,
            name="PFZW",
            kind=OrganisationKind.PENSION_FUND,
            name_audience=Audience.PARTNERS,
        )
        other = create_record(s, Organisation, name="PME", kind=OrganisationKind.PENSION_FUND)
        katrin = create_record(s, Person, name="Katrin Albers", organisation_id=car.id)
        e = create_record(s, Engagement, title="Mica")
        e2 = create_record(s, Engagement, title="Cobalt")
        car_t = create_record(s, Target, engagement_id=e.id, organisation_id=car.id)
        sup_t = create_record(s, Target, engagement_id=e.id, organisation_id=supplier.id)
        o1 = create_record(
            s,
            Objective,
            engagement_id=e.id,
            target_id=car_t.id,
            text="Join RMI",
            audience=Audience.PARTNERS,
        )
        o2 = create_record(
            s, Objective, engagement_id=e.id, target_id=sup_t.id, text="Grievance mechanism"
        )
        c = create_record(
            s,
            Commitment,
            engagement_id=e.id,
            party_id=car.id,
            text="Join RMI by June",
            audience=Audience.PARTNERS,
        )
        n = create_record(s, Note, engagement_id=e.id, body="Letter from Velora\nThey appointed")
        return Case(
            e.id,
            e2.id,
            car_t.id,
            sup_t.id,
            o1.id,
            o2.id,
            fund.id,
            other.id,
            katrin.id,
            c.id,
            n.id,
        )

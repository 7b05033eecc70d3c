"""A small engagement for the follow-up tests: two companies, a group, a few promises."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Commitment,
    CommitmentStatus,
    Direction,
    Engagement,
    Meeting,
    MeetingKind,
    Objective,
    Organisation,
    OrganisationKind,
    Person,
    Target,
)
from workbench.store import Database

TODAY = date(2024, 3, 15)


@dataclass
class Case:
    engagement: str = ""
    other_engagement: str = ""
    car_maker: str = ""  # organisation
    supplier: str = ""
    ngo: str = ""
    car_target: str = ""
    supplier_target: str = ""
    anna: str = ""  # NGO member
    bram: str = ""  # NGO member
    carla: str = ""  # at the supplier
    call: str = ""  # a company call with the supplier
    wg: str = ""  # a working-group meeting
    actions: dict[str, str] = field(default_factory=dict)
    commitments: dict[str, str] = field(default_factory=dict)
    objectives: dict[str, str] = field(default_factory=dict)


def build_case(db: Database) -> Case:
    """Everything the follow-up tests need, in one transaction."""
    c = Case()
    with db.transaction() as s:

        def add(obj):  # type: ignore[no-untyped-def]
            s.add(obj)
            s.flush()
            return obj.id

        c.engagement = add(Engagement(title="Mica supply chain"))
        c.other_engagement = add(Engagement(title="Cobalt"))
        c.car_maker = add(Organisation(name="Velora", kind=OrganisationKind.COMPANY))
        c.supplier = add(Organisation(name="Northgate", kind=OrganisationKind.COMPANY))
        c.ngo = add(Organisation(name="Terre des Hommes", kind=OrganisationKind.NGO))
        c.car_target = add(Target(engagement_id=c.engagement, organisation_id=c.car_maker))
        c.supplier_target = add(Target(engagement_id=c.engagement, organisation_id=c.supplier))
        c.anna = add(Person(name="Anna Émile", organisation_id=c.ngo, is_member=True))
        c.bram = add(Person(name="Bram de Vries", organisation_id=c.ngo, is_member=True))
        c.carla = add(Person(name="Carla Jones", organisation_id=c.supplier))
        c.call = add(
            Meeting(
                title="Call with Northgate",
                kind=MeetingKind.COMPANY_CALL,
                engagement_id=c.engagement,
                starts_at=datetime(2024, 1, 10, 14, tzinfo=UTC),
            )
        )
        c.wg = add(
            Meeting(
                title="Working group",
                engagement_id=c.engagement,
                starts_at=datetime(2024, 2, 1, 9, tzinfo=UTC),
            )
        )
        item = add(AgendaItem(meeting_id=c.call, title="Mapping mica", target_id=c.supplier_target))
        c.objectives["supplier-map"] = add(
            Objective(
                engagement_id=c.engagement,
                target_id=c.supplier_target,
                text="Map mica beyond paint",
                stage=1,
            )
        )
        c.objectives["car-rmi"] = add(
            Objective(engagement_id=c.engagement, target_id=c.car_target, text="Join RMI", stage=3)
        )
        for key, direction, party, status, due in (
            ("supplier-map", Direction.BY_COMPANY, c.supplier, CommitmentStatus.OPEN,
             date(2024, 3, 1)),
            ("supplier-respond", Direction.BY_COMPANY, c.supplier,
             CommitmentStatus.NOT_FULFILLED, date(2024, 2, 1)),
            ("car-join", Direction.BY_COMPANY, c.car_maker, CommitmentStatus.FULFILLED,
             date(2023, 6, 30)),
            ("group-research", Direction.BY_GROUP, c.ngo, CommitmentStatus.IN_PROGRESS,
             date(2024, 4, 1)),
            ("group-eu", Direction.BY_GROUP, c.ngo, CommitmentStatus.OPEN, None),
        ):  # fmt: skip
            c.commitments[key] = add(
                Commitment(
                    engagement_id=c.engagement,
                    meeting_id=c.call,
                    agenda_item_id=item if key in ("supplier-map", "group-research") else None,
                    direction=direction,
                    party_id=party,
                    text=f"Commitment {key}",
                    status=status,
                    due_on=due,
                )
            )
        for key, owner, status, due, engagement in (
            ("overdue", c.anna, ActionStatus.OPEN, date(2024, 3, 14), c.engagement),
            ("today", c.anna, ActionStatus.IN_PROGRESS, TODAY, c.engagement),
            ("in-week", c.bram, ActionStatus.OPEN, date(2024, 3, 22), c.engagement),
            ("in-8-days", c.carla, ActionStatus.OPEN, date(2024, 3, 23), c.engagement),
            ("done-late", c.bram, ActionStatus.DONE, date(2024, 1, 1), c.engagement),
            ("no-date", None, ActionStatus.OPEN, None, c.engagement),
            ("cobalt", c.anna, ActionStatus.OPEN, date(2024, 3, 1), c.other_engagement),
        ):  # fmt: skip
            c.actions[key] = add(
                Action(
                    title=f"Action {key}",
                    owner_id=owner,
                    status=status,
                    due_on=due,
                    engagement_id=engagement,
                    meeting_id=c.call if engagement == c.engagement else None,
                )
            )
    return c

"""A small engagement for the meeting-cycle tests: a company call held, the next one
planned, a distribution list, and group-only content carrying ``MARK``.

Importable from every test folder (``tests/`` is on ``sys.path`` through its conftest).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from workbench.domain import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Commitment,
    Decision,
    Direction,
    Engagement,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Objective,
    Organisation,
    OrganisationKind,
    Person,
    Purpose,
    Target,
)
from workbench.services.cycle.distribution import set_distribution
from workbench.services.records import create_record

MARK = "ZQX"
G, P = Audience.GROUP, Audience.PARTNERS
TODAY = date(2026, 3, 20)


@dataclass
class CycleIds:
    engagement: str
    company: str
    call: str  # held 2026-03-10, partners
    next_call: str  # scheduled 2026-04-07, partners
    wg: str  # a group-only working-group meeting
    chair: str  # Joost, member, with e-mail
    member: str  # Eva, member, with e-mail
    contact: str  # Priya at the company, with e-mail
    ministry: str  # Ministry official WITHOUT e-mail
    item: str  # an item of the call


def build_cycle(db) -> CycleIds:
    with db.transaction() as s:
        ngo = create_record(
            s, Organisation, name="Working group", kind=OrganisationKind.NGO, name_audience=P
        )
        company = create_record(
            s, Organisation, name="Mica Corp", kind=OrganisationKind.COMPANY, name_audience=P
        )
        ministry = create_record(
            s, Organisation, name="Ministry", kind=OrganisationKind.GOVERNMENT, name_audience=P
        )
        joost = create_record(
            s,
            Person,
            name="Joost",
            name_audience=P,  # the people of a partners call are named to the partners
            organisation_id=ngo.id,
            is_member=True,
            email="joost@wg.example",
        )
        eva = create_record(
            s,
            Person,
            name="Eva",
            name_audience=P,
            organisation_id=ngo.id,
            is_member=True,
            email="eva@wg.example",
        )
        priya = create_record(
            s,
            Person,
            name="Priya",
            name_audience=P,
            organisation_id=company.id,
            email="priya@mica.example",
        )
        official = create_record(
            s, Person, name="Ms Official", name_audience=P, organisation_id=ministry.id
        )
        eng = create_record(s, Engagement, title="Mica supply chain", started_on=date(2025, 1, 1))
        target = create_record(s, Target, engagement_id=eng.id, organisation_id=company.id)
        create_record(
            s,
            Objective,
            engagement_id=eng.id,
            target_id=target.id,
            text="Map the supply chain to the mines",
            stage=2,
            audience=P,
        )
        create_record(
            s,
            Objective,
            engagement_id=eng.id,
            target_id=target.id,
            text=f"{MARK} escalate if no map by June",
            stage=1,
        )
        call = create_record(
            s,
            Meeting,
            engagement_id=eng.id,
            kind=MeetingKind.COMPANY_CALL,
            title="Call with Mica Corp",
            starts_at=datetime(2026, 3, 10, 13, 0, tzinfo=UTC),
            duration_minutes=60,
            place="https://meet.example/mica",
            place_audience=P,
            chair_id=joost.id,
            status=MeetingStatus.HELD,
            audience=P,
        )
        nxt = create_record(
            s,
            Meeting,
            engagement_id=eng.id,
            kind=MeetingKind.COMPANY_CALL,
            title="Call with Mica Corp",
            starts_at=datetime(2026, 4, 7, 12, 0, tzinfo=UTC),
            duration_minutes=60,
            place="https://meet.example/mica",
            place_audience=P,
            chair_id=joost.id,
            status=MeetingStatus.SCHEDULED,
            audience=P,
        )
        wg = create_record(
            s,
            Meeting,
            engagement_id=eng.id,
            kind=MeetingKind.WORKING_GROUP,
            title=f"{MARK} working group",
            starts_at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
            chair_id=joost.id,
            status=MeetingStatus.HELD,
        )
        for person, role in ((joost, AttendanceRole.CHAIR), (eva, AttendanceRole.MEMBER)):
            for m in (call, nxt):
                create_record(s, Attendance, meeting_id=m.id, person_id=person.id, role=role)
        for m in (call, nxt):
            create_record(
                s, Attendance, meeting_id=m.id, person_id=priya.id, role=AttendanceRole.GUEST
            )
        item = create_record(
            s,
            AgendaItem,
            meeting_id=call.id,
            position=0,
            title="Progress on the supply-chain map",
            purpose=Purpose.DISCUSS,
            presenter_id=eva.id,
            notes="Mica Corp has mapped 60% of its suppliers.",
            outcome="Map to be finished by June.",
            audience=P,
            notes_audience=P,  # the user shares what was said with the partners
            outcome_audience=P,
        )
        create_record(
            s,
            AgendaItem,
            meeting_id=call.id,
            position=1,
            title=f"{MARK} our escalation options",
            notes=f"{MARK} notes",
        )
        for n, (title, who, purpose) in enumerate(
            (
                ("Progress on the supply-chain map", eva, Purpose.DISCUSS),
                ("Grievance mechanism at the mines", joost, Purpose.DISCUSS),
                ("Next steps and commitments", joost, Purpose.DECIDE),
            )
        ):
            create_record(
                s,
                AgendaItem,
                meeting_id=nxt.id,
                position=n,
                title=title,
                purpose=purpose,
                presenter_id=who.id,
                planned_minutes=15,
                audience=P,
            )
        create_record(
            s,
            Decision,
            meeting_id=call.id,
            agenda_item_id=item.id,
            text="Meet again in April",
            audience=P,
        )
        create_record(
            s,
            Commitment,
            engagement_id=eng.id,
            meeting_id=call.id,
            direction=Direction.BY_COMPANY,
            party_id=company.id,
            text="Share the supplier list",
            due_on=date(2026, 3, 15),
            audience=P,
        )
        create_record(
            s,
            Commitment,
            engagement_id=eng.id,
            meeting_id=call.id,
            direction=Direction.BY_GROUP,
            party_id=company.id,
            owner_id=eva.id,
            text="Introduce the responsible-mica initiative",
            due_on=date(2026, 5, 1),
            audience=P,
        )
        create_record(
            s,
            Action,
            engagement_id=eng.id,
            meeting_id=call.id,
            title=f"{MARK} draft the escalation letter",
            owner_id=joost.id,
            due_on=date(2026, 3, 1),
        )
        for person, audience in ((joost, G), (eva, G), (priya, P), (official, P)):
            set_distribution(s, eng.id, person.id, audience)
        ids = CycleIds(
            eng.id, company.id, call.id, nxt.id, wg.id, joost.id, eva.id, priya.id,
            official.id, item.id,
        )  # fmt: skip
    return ids

"""A small engagement with group-only content of every kind, each carrying a marker.

Every group-only record (and the title of a group-only meeting and agenda item that
partners content refers to) contains ``MARK``; a partners export must not contain it
anywhere, and a group export must contain all of it. The texts with an audience of their
own (names, places, the engagement's texts) are marked for partners here; the case that
keeps every one of them for the group, found by inspecting the models, is
``field_case``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Commitment,
    CommitmentStatus,
    Decision,
    Direction,
    Engagement,
    Lesson,
    Meeting,
    MeetingKind,
    Note,
    Objective,
    Organisation,
    OrganisationKind,
    Person,
    Presence,
    Target,
)
from workbench.services.records import create_record, update_record

MARK = "ZQX"
G, P = Audience.GROUP, Audience.PARTNERS
TODAY = date(2021, 3, 15)
GENERATED = datetime(2021, 3, 15, 9, 0, tzinfo=UTC)

#: Every group-only text placed in the fixture, by kind.
GROUP_MARKERS = {
    "meeting": f"{MARK} meeting title",
    "item_title": f"{MARK} item title",
    "item_notes": f"{MARK} item notes",
    "item_outcome": f"{MARK} item outcome",
    "decision": f"{MARK} decision",
    "commitment_company": f"{MARK} commitment company",
    "commitment_group": f"{MARK} commitment group",
    "action": f"{MARK} action",
    "action_open": f"{MARK} open action",
    "note": f"{MARK} note",
    "note_engagement": f"{MARK} engagement note",
    "lesson": f"{MARK} lesson",
    "objective": f"{MARK} objective",
}


#: The engagement's texts are marked for partners in this case (each has its own audience,
#: ``group`` unless marked; ``field_case`` covers the texts kept for the group).
SHARED_ENGAGEMENT = {
    "title_audience": P,
    "theme_audience": P,
    "description_audience": P,
    "baseline_audience": P,
}


@dataclass
class Ids:
    engagement: str
    meeting: str  # the partners call whose minutes are exported
    hidden_meeting: str  # group-only working-group meeting
    next_meeting: str  # partners, later: its agenda carries things over
    group_action: str
    partners_action: str
    partners_commitment: str
    objective: str
    alice: str


def build_marked(db) -> Ids:
    with db.transaction() as s:
        ngo = create_record(
            s, Organisation, name="Terre des Hommes", kind=OrganisationKind.NGO, name_audience=P
        )
        firm = create_record(
            s,
            Organisation,
            name="Velora Automotive",
            kind=OrganisationKind.COMPANY,
            name_audience=P,
        )
        alice = create_record(
            s,
            Person,
            name="Alice Jansen",
            organisation_id=ngo.id,
            is_member=True,
            name_audience=P,
        )
        bob = create_record(s, Person, name="Bob Keller", organisation_id=firm.id, name_audience=P)
        e = create_record(
            s,
            Engagement,
            title="Mica supply chain",
            theme="Child labour in mica",
            description="Collective engagement on mica.",
            baseline="Baseline 2020.",
            started_on=date(2020, 2, 1),
            **SHARED_ENGAGEMENT,
        )
        target = create_record(
            s,
            Target,
            engagement_id=e.id,
            organisation_id=firm.id,
            hq_region="Germany",
            hq_region_audience=P,
        )
        obj_p = create_record(
            s,
            Objective,
            engagement_id=e.id,
            target_id=target.id,
            text="Join RMI",
            stage=1,
            audience=P,
        )
        obj_g = create_record(
            s,
            Objective,
            engagement_id=e.id,
            target_id=target.id,
            text=GROUP_MARKERS["objective"],
            stage=1,
            audience=G,
        )
        hidden = create_record(
            s,
            Meeting,
            engagement_id=e.id,
            kind=MeetingKind.WORKING_GROUP,
            title=GROUP_MARKERS["meeting"],
            starts_at=datetime(2021, 2, 1, 9, tzinfo=UTC),
            audience=G,
        )
        m = create_record(
            s,
            Meeting,
            engagement_id=e.id,
            kind=MeetingKind.COMPANY_CALL,
            title="Call with Velora",
            starts_at=datetime(2021, 3, 1, 10, tzinfo=UTC),
            place="Video call",
            place_audience=P,
            chair_id=alice.id,
            minute_taker_id=alice.id,
            audience=P,
        )
        nxt = create_record(
            s,
            Meeting,
            engagement_id=e.id,
            kind=MeetingKind.COMPANY_CALL,
            title="Second call with Velora",
            starts_at=datetime(2021, 6, 1, 10, tzinfo=UTC),
            place="Utrecht",
            place_audience=P,
            audience=P,
        )
        for person, role in ((alice, AttendanceRole.CHAIR), (bob, AttendanceRole.GUEST)):
            create_record(
                s,
                Attendance,
                meeting_id=m.id,
                person_id=person.id,
                role=role,
                presence=Presence.PRESENT,
            )
        create_record(s, Attendance, meeting_id=nxt.id, person_id=alice.id)
        item1 = create_record(
            s,
            AgendaItem,
            meeting_id=m.id,
            position=1,
            title="Mapping of mica",
            notes="Velora mapped paint.\nSecond line of notes.",
            outcome="Mapping continues",
            notes_audience=P,
            outcome_audience=P,
            presenter_id=bob.id,
            planned_minutes=20,
            audience=P,
        )
        item2 = create_record(
            s,
            AgendaItem,
            meeting_id=m.id,
            position=2,
            title=GROUP_MARKERS["item_title"],
            notes=GROUP_MARKERS["item_notes"],
            outcome=GROUP_MARKERS["item_outcome"],
            audience=G,
        )
        create_record(
            s,
            AgendaItem,
            meeting_id=nxt.id,
            position=1,
            title="Progress on mapping",
            planned_minutes=15,
            presenter_id=bob.id,
            audience=P,
        )
        create_record(
            s,
            Decision,
            meeting_id=m.id,
            agenda_item_id=item1.id,
            text="Share the research",
            audience=P,
        )
        create_record(
            s,
            Decision,
            meeting_id=m.id,
            agenda_item_id=item2.id,
            text="Decision under a group item",
            audience=P,
        )
        create_record(s, Decision, meeting_id=m.id, text=GROUP_MARKERS["decision"], audience=G)
        c_p = create_record(
            s,
            Commitment,
            engagement_id=e.id,
            meeting_id=m.id,
            direction=Direction.BY_COMPANY,
            party_id=firm.id,
            owner_id=bob.id,
            text="Appoint mica capacity",
            due_on=date(2021, 3, 1),
            status=CommitmentStatus.OPEN,
            audience=P,
        )
        create_record(
            s,
            Commitment,
            engagement_id=e.id,
            meeting_id=m.id,
            direction=Direction.BY_GROUP,
            party_id=ngo.id,
            owner_id=alice.id,
            text="Share field research",
            due_on=date(2021, 4, 1),
            audience=P,
        )
        create_record(
            s,
            Commitment,
            engagement_id=e.id,
            meeting_id=m.id,
            direction=Direction.BY_COMPANY,
            text=GROUP_MARKERS["commitment_company"],
            audience=G,
        )
        create_record(
            s,
            Commitment,
            engagement_id=e.id,
            meeting_id=m.id,
            direction=Direction.BY_GROUP,
            text=GROUP_MARKERS["commitment_group"],
            audience=G,
        )
        create_record(
            s,
            Commitment,
            engagement_id=e.id,
            meeting_id=hidden.id,
            direction=Direction.BY_GROUP,
            text="Promise made in a group meeting",
            audience=P,
        )
        a_p = create_record(
            s,
            Action,
            engagement_id=e.id,
            meeting_id=m.id,
            title="Send the slides",
            owner_id=alice.id,
            due_on=date(2021, 3, 5),
            status=ActionStatus.OPEN,
            audience=P,
        )
        a_g = create_record(
            s,
            Action,
            engagement_id=e.id,
            meeting_id=m.id,
            title=GROUP_MARKERS["action"],
            status=ActionStatus.DONE,
            audience=G,
        )
        create_record(
            s,
            Action,
            engagement_id=e.id,
            meeting_id=hidden.id,
            title=GROUP_MARKERS["action_open"],
            due_on=date(2021, 5, 1),
            audience=G,
        )
        create_record(
            s,
            Action,
            engagement_id=e.id,
            meeting_id=hidden.id,
            title="Action from a group meeting",
            due_on=date(2021, 5, 1),
            audience=P,
        )
        create_record(
            s, Note, engagement_id=e.id, meeting_id=m.id, body="A partners note", audience=P
        )
        create_record(
            s, Note, engagement_id=e.id, meeting_id=m.id, body=GROUP_MARKERS["note"], audience=G
        )
        create_record(
            s, Note, engagement_id=e.id, body=GROUP_MARKERS["note_engagement"], audience=G
        )
        create_record(
            s,
            Lesson,
            engagement_id=e.id,
            category="Influence",
            category_audience=P,
            text="Be creative",
            audience=P,
        )
        create_record(
            s,
            Lesson,
            engagement_id=e.id,
            category="Influence",
            text=GROUP_MARKERS["lesson"],
            audience=G,
        )
        ids = Ids(e.id, m.id, hidden.id, nxt.id, a_g.id, a_p.id, c_p.id, obj_p.id, alice.id)
        objective_ids = (obj_p.id, obj_g.id)
    # stage changes recorded in meetings: the partners objective moved in the group meeting
    with db.transaction(meeting_id=hidden.id) as s:
        update_record(s, Objective, objective_ids[0], stage=2)
    with db.transaction(meeting_id=m.id) as s:
        update_record(s, Objective, objective_ids[1], stage=2)
    return ids


def pdf_text(data: bytes | Path) -> str:
    """Every page's text and the document's metadata, as one string, spaces collapsed.

    Collapsing whitespace lets a phrase that wrapped inside a table cell be found.
    """
    raw = data.read_bytes() if isinstance(data, Path) else data
    reader = PdfReader(io.BytesIO(raw))
    parts = [page.extract_text() or "" for page in reader.pages]
    meta = reader.metadata or {}
    parts += [str(v) for v in meta.values()]
    return " ".join("\n".join(parts).split())


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)

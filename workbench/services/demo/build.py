"""The demo case: the mica engagement of the SER lessons-learned report, ready to explore.

``build_demo`` fills a database with the case: the working group, the two companies
engaged (invented: Velora Automotive and Northgate Components), objectives, meetings from
2020 to 2022 with agendas, attendance, decisions, two-way commitments and actions, notes,
the lessons learned, and one meeting two weeks ahead of ``today`` to prepare; and its
stewardship record: who leads, letters and calls, documents kept as evidence, and an
escalation step. The case is data (``workbench.services.demo.data`` and
``stewardship_data``); how a spec becomes records is in ``workbench.services.demo.records``
and ``stewardship``. Building twice adds nothing. The case is written in English or in
Dutch (``data_nl``: each text's Dutch twin), with the same records and ids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Attendance,
    Change,
    Commitment,
    Decision,
    Document,
    Engagement,
    Escalation,
    Interaction,
    Lesson,
    Meeting,
    Note,
    Objective,
    Organisation,
    Person,
    Record,
    Target,
    TargetRole,
)
from workbench.domain.rules import local_today
from workbench.services.demo import data, data_nl
from workbench.services.demo.records import (
    CREATED_INFO_KEY,
    WORDS_INFO_KEY,
    Context,
    add_lesson,
    add_meeting,
    add_note,
    add_organisation,
    add_person,
    add_record,
    at_noon,
    demo_id,
    insert_once,
    ref,
)
from workbench.services.demo.stewardship import add_stewardship
from workbench.store import Database
from workbench.texts import content_language

#: The last day of the case's history; ``today`` must come after it.
HISTORY_ENDS = date(2022, 12, 31)

ENGAGEMENT_ID = demo_id("engagement:mica")
CAR_MAKER_ID = demo_id("organisation:velora")
SUPPLIER_ID = demo_id("organisation:northgate")
CAR_MAKER_TARGET_ID = demo_id("target:velora")
SUPPLIER_TARGET_ID = demo_id("target:northgate")
SECRETARIAT_ID = demo_id("organisation:ser")
UPCOMING_MEETING_ID = demo_id(f"meeting:{data.UPCOMING.key}")
#: When the stages were last reviewed and the lessons agreed: the last meeting of 2022.
LESSONS_AGREED = datetime(2022, 11, 22, 13, tzinfo=UTC)


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind one run of ``build_demo`` inserted."""

    organisations: int = 0
    people: int = 0
    engagements: int = 0
    targets: int = 0
    objectives: int = 0
    meetings: int = 0
    attendances: int = 0
    agenda_items: int = 0
    decisions: int = 0
    commitments: int = 0
    actions: int = 0
    notes: int = 0
    lessons: int = 0
    interactions: int = 0
    escalations: int = 0
    roles: int = 0
    documents: int = 0


#: The record type counted by each field of ``DemoSummary``, in the same order.
_SUMMARY_TYPES: tuple[type[Record], ...] = (
    *(Organisation, Person, Engagement, Target, Objective, Meeting, Attendance),
    *(AgendaItem, Decision, Commitment, Action, Note, Lesson),
    *(Interaction, Escalation, TargetRole, Document),
)


def _add_parties(session: Session) -> None:
    for slug, name, kind, country, since in data.ORGANISATIONS:
        add_organisation(session, slug, name=name, kind=kind, country=country, at=at_noon(since))
    for slug, name, org, role, member, since in data.PEOPLE:
        add_person(
            session,
            slug,
            name=name,
            organisation=org,
            role=role,
            is_member=member,
            at=at_noon(since),
        )


def _add_case(session: Session) -> None:
    started = at_noon(data.ENGAGEMENT["started_on"])
    add_record(session, Engagement, "engagement:mica", at=started, **data.ENGAGEMENT)
    for slug, org, position, region, why in data.TARGETS:
        since = at_noon(next(o[4] for o in data.ORGANISATIONS if o[0] == org))
        add_record(
            session,
            Target,
            f"target:{slug}",
            at=since,
            engagement_id=ENGAGEMENT_ID,
            organisation_id=ref("organisation", org),
            chain_position=position,
            hq_region=region,
            why_selected=why,
            hq_region_audience=data.TARGET_AUDIENCES["hq_region"],
            why_selected_audience=data.TARGET_AUDIENCES["why_selected"],
        )
    for slug, target, text, stage, outcome, audience, day in data.OBJECTIVES:
        add_record(
            session,
            Objective,
            f"objective:{slug}",
            at=at_noon(day),
            updated_at=LESSONS_AGREED,
            engagement_id=ENGAGEMENT_ID,
            target_id=ref("target", target),
            text=text,
            stage=stage,
            outcome=outcome,
            audience=audience,
        )


def _add_stage_history(session: Session) -> None:
    """The stage changes of the objectives, each at the meeting where it was reached."""
    starts = {spec.key: spec.starts for spec in data.MEETINGS}
    for slug, meeting, old, new in data.STAGE_HISTORY:
        when = starts[meeting]
        assert isinstance(when, datetime)
        change = Change(
            id=demo_id(f"change:objective:{slug}:stage:{new}"),
            created_at=when,
            updated_at=when,
            at=when,  # Change.at is a field of its own: add_record's ``at`` is created_at
            entity="objective",
            entity_id=demo_id(f"objective:{slug}"),
            field="stage",
            old=str(old),
            new=str(new),
            meeting_id=ref("meeting", meeting),
        )
        insert_once(session, change)


def build_demo(db: Database, *, today: date | None = None, lang: str | None = None) -> DemoSummary:
    """Load the mica case into ``db`` (in one transaction); return what was inserted.

    ``today`` (default: the local date) places the upcoming meeting and the open actions
    still to come; it must lie after the case's history (2020-2022). ``lang`` (default:
    the user's, ``texts.content_language()``) is the language of its texts: the records
    and their ids are the same in English and in Dutch (``data_nl``).
    """
    today = today or local_today()
    if today <= HISTORY_ENDS:
        raise ValueError(f"The demo case runs to {HISTORY_ENDS}; 'today' ({today}) must be later.")
    with db.transaction() as session:
        created: Counter[type[Record]] = Counter()
        session.info[CREATED_INFO_KEY] = created
        if content_language(lang) == "nl":
            session.info[WORDS_INFO_KEY] = data_nl.NL
        _add_parties(session)
        _add_case(session)
        for spec in (*data.MEETINGS, data.UPCOMING):
            add_meeting(session, spec, engagement_id=ENGAGEMENT_ID, today=today)
        loose = Context(today, LESSONS_AGREED, ENGAGEMENT_ID)
        for note in data.LOOSE_NOTES:
            add_note(session, note, loose)
        lessons = replace(loose, meeting_id=ref("meeting", data.MEETINGS[-1].key))
        for category, text in data.LESSONS:
            add_lesson(session, category, text, lessons)
        _add_stage_history(session)
        add_stewardship(session, ENGAGEMENT_ID)  # roles, interactions, documents, escalation
        session.info.pop(CREATED_INFO_KEY)
        session.info.pop(WORDS_INFO_KEY, None)
    return DemoSummary(*(created[cls] for cls in _SUMMARY_TYPES))

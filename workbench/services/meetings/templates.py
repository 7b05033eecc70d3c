"""Agenda templates: save a meeting's agenda for reuse, and start a meeting from one.

Three templates ship with every database (``ensure_default_templates``): a company
engagement call, a working-group meeting and a quarterly progress review, in English and
in Dutch, created in the user's language (``workbench.texts``). Their ids are
fixed (UUID5 of a name, the same in both languages), so two laptops that both create them
merge into one record each instead of showing every template twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import (
    AgendaTemplate,
    Audience,
    Meeting,
    MeetingKind,
    Purpose,
    TemplateItem,
    utcnow,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.meetings import agenda
from workbench.services.records import get_record
from workbench.texts import content_language

_NAMESPACE = uuid.UUID("6f1d6c1e-6a43-4a1e-9d7e-2b8f3c0a9e51")


def template_id(key: str) -> str:
    """The fixed id of a shipped template (or of one of its items)."""
    return str(uuid.uuid5(_NAMESPACE, key))


@dataclass(frozen=True)
class _Words:
    """A shipped template's texts in one language: name, description, item titles."""

    name: str
    description: str
    titles: tuple[str, ...]


@dataclass(frozen=True)
class _Shipped:
    key: str
    kind: MeetingKind
    duration: int
    items: tuple[tuple[Purpose, int], ...]
    words: dict[str, _Words]

    def in_language(self, lang: str | None = None) -> _Words:
        return self.words[content_language(lang)]


SHIPPED: tuple[_Shipped, ...] = (
    _Shipped(
        "company-call",
        MeetingKind.COMPANY_CALL,
        60,
        (
            (Purpose.INFORM, 5),
            (Purpose.DISCUSS, 15),
            (Purpose.DISCUSS, 15),
            (Purpose.DISCUSS, 10),
            (Purpose.DECIDE, 10),
            (Purpose.INFORM, 5),
        ),
        {
            "en": _Words(
                "Company engagement call",
                "A call with a company engaged: what it committed to, what we offer in return.",
                (
                    "Welcome and introductions",
                    "Progress on commitments made by the company",
                    "Supply-chain mapping and due diligence",
                    "What the working group can do to help",
                    "Next steps and commitments",
                    "Any other business",
                ),
            ),
            "nl": _Words(
                "Engagementgesprek met een onderneming",
                "Gesprek met een onderneming waarmee we in dialoog zijn: wat zij heeft "
                "toegezegd en wat de werkgroep daar tegenover kan stellen.",
                (
                    "Welkom en kennismaking",
                    "Voortgang van de toezeggingen van de onderneming",
                    "Ketenanalyse en due diligence",
                    "Wat de werkgroep kan bijdragen",
                    "Vervolgstappen en toezeggingen",
                    "Rondvraag",
                ),
            ),
        },
    ),
    _Shipped(
        "working-group",
        MeetingKind.WORKING_GROUP,
        90,
        (
            (Purpose.DECIDE, 10),
            (Purpose.INFORM, 15),
            (Purpose.DISCUSS, 25),
            (Purpose.DECIDE, 20),
            (Purpose.DISCUSS, 10),
            (Purpose.INFORM, 5),
        ),
        {
            "en": _Words(
                "Working-group meeting",
                "The working group among itself: prepare calls, decide the strategy, share news.",
                (
                    "Welcome and minutes of the last meeting",
                    "News from members and partners",
                    "Preparing the next company calls",
                    "Strategy and escalation",
                    "Communication and events",
                    "Any other business and closing",
                ),
            ),
            "nl": _Words(
                "Werkgroepvergadering",
                "De werkgroep onder elkaar: gesprekken voorbereiden, de strategie bepalen, "
                "nieuws delen.",
                (
                    "Opening en verslag van de vorige vergadering",
                    "Mededelingen van leden en partners",
                    "Voorbereiding van de komende gesprekken met ondernemingen",
                    "Strategie en escalatie",
                    "Communicatie en bijeenkomsten",
                    "Rondvraag en sluiting",
                ),
            ),
        },
    ),
    _Shipped(
        "quarterly-review",
        MeetingKind.WORKING_GROUP,
        120,
        (
            (Purpose.DISCUSS, 30),
            (Purpose.DISCUSS, 20),
            (Purpose.DISCUSS, 20),
            (Purpose.DISCUSS, 15),
            (Purpose.DECIDE, 20),
            (Purpose.DECIDE, 10),
        ),
        {
            "en": _Words(
                "Quarterly progress review",
                "Every quarter: milestones per objective, overdue follow-ups, lessons learned.",
                (
                    "Milestones per company and objective",
                    "Overdue commitments and actions",
                    "Impact monitoring against the baseline",
                    "Lessons learned this quarter",
                    "Plan for the next quarter",
                    "Report to the covenant parties",
                ),
            ),
            "nl": _Words(
                "Kwartaaloverleg over de voortgang",
                "Elk kwartaal: mijlpalen per doelstelling, verlopen toezeggingen en "
                "actiepunten, geleerde lessen.",
                (
                    "Mijlpalen per onderneming en doelstelling",
                    "Verlopen toezeggingen en actiepunten",
                    "Monitoring van de impact ten opzichte van de nulmeting",
                    "Geleerde lessen van dit kwartaal",
                    "Planning voor het volgende kwartaal",
                    "Rapportage aan de convenantpartijen",
                ),
            ),
        },
    ),
)


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: str
    name: str
    kind: MeetingKind
    duration_minutes: int
    description: str | None
    item_count: int
    total_minutes: int


@dataclass(frozen=True, slots=True)
class TemplateItemRow:
    id: str
    position: int
    title: str
    purpose: Purpose
    planned_minutes: int


def ensure_default_templates(session: Session, lang: str | None = None) -> list[AgendaTemplate]:
    """Create the shipped templates that are missing; idempotent, safe on every start.

    They are written in ``lang`` (default: ``texts.content_language()``) and are the
    user's data from then on: one that exists, in whatever language or edited, is left
    as it is; one the user deleted (tombstoned) is left deleted.
    """
    made: list[AgendaTemplate] = []
    for shipped in SHIPPED:
        tid = template_id(shipped.key)
        if session.get(AgendaTemplate, tid) is not None:
            continue
        words = shipped.in_language(lang)
        template = AgendaTemplate(
            id=tid,
            name=words.name,
            kind=shipped.kind,
            duration_minutes=shipped.duration,
            description=words.description,
        )
        session.add(template)
        for n, (title, (purpose, minutes)) in enumerate(
            zip(words.titles, shipped.items, strict=True)
        ):
            session.add(
                TemplateItem(
                    id=template_id(f"{shipped.key}/{n}"),
                    template_id=tid,
                    position=n,
                    title=title,
                    purpose=purpose,
                    planned_minutes=minutes,
                )
            )
        made.append(template)
    session.flush()
    return made


def list_templates(session: Session) -> list[TemplateRow]:
    """Every live template with its item count and total minutes, by name."""
    t, i = AgendaTemplate.__table__, TemplateItem.__table__
    counts = (
        sa.select(
            i.c.template_id,
            sa.func.count(i.c.id).label("n"),
            sa.func.coalesce(sa.func.sum(i.c.planned_minutes), 0).label("total"),
        )
        .where(i.c.deleted_at.is_(None))
        .group_by(i.c.template_id)
        .subquery()
    )
    query = (
        sa.select(
            t.c.id,
            t.c.name,
            t.c.kind,
            t.c.duration_minutes,
            t.c.description,
            sa.func.coalesce(counts.c.n, 0),
            sa.func.coalesce(counts.c.total, 0),
        )
        .select_from(t.outerjoin(counts, counts.c.template_id == t.c.id))
        .where(t.c.deleted_at.is_(None))
        .order_by(t.c.name)
    )
    return [TemplateRow(*row) for row in session.execute(query)]


def template_items(session: Session, tid: str) -> list[TemplateItemRow]:
    i = TemplateItem.__table__
    query = (
        sa.select(i.c.id, i.c.position, i.c.title, i.c.purpose, i.c.planned_minutes)
        .where(i.c.template_id == tid, i.c.deleted_at.is_(None))
        .order_by(i.c.position, i.c.id)
    )
    return [TemplateItemRow(*row) for row in session.execute(query)]


def save_as_template(
    session: Session, meeting_id: str, name: str, *, description: str | None = None
) -> AgendaTemplate:
    """A new template from a meeting's agenda (the carry-over item is made afresh each time)."""
    name = (name or "").strip()
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "A template needs a name."))
    meeting = get_record(session, Meeting, meeting_id)
    items = [row for row in agenda.list_items(session, meeting_id) if not row.is_carry_over]
    if not items:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This meeting has no agenda items to save as a template."
            )
        )
    template = AgendaTemplate(
        name=name,
        kind=meeting.kind,
        duration_minutes=meeting.duration_minutes,
        description=(description or "").strip() or None,
    )
    session.add(template)
    for n, row in enumerate(items):
        session.add(
            TemplateItem(
                template_id=template.id,
                position=n,
                title=row.title,
                purpose=row.purpose,
                planned_minutes=row.planned_minutes,
            )
        )
    session.flush()
    return template


def create_meeting_from_template(
    session: Session,
    tid: str,
    *,
    engagement_id: str | None,
    title: str | None = None,
    starts_at: datetime | None = None,
    place: str | None = None,
    audience: Audience | str = Audience.GROUP,
    carry_over: bool = True,
) -> Meeting:
    """A draft meeting with the template's kind, duration and items (after the carry-over)."""
    template = get_record(session, AgendaTemplate, tid)
    meeting = agenda.create_meeting(
        session,
        title=title or template.name,
        engagement_id=engagement_id,
        kind=template.kind,
        starts_at=starts_at,
        duration_minutes=template.duration_minutes,
        place=place,
        audience=audience,
        carry_over=carry_over,
    )
    meeting.template_id = template.id  # so the next meeting of the series is made alike
    for row in template_items(session, tid):
        agenda.add_item(
            session,
            meeting.id,
            title=row.title,
            purpose=row.purpose,
            planned_minutes=row.planned_minutes,
        )
    return meeting


def delete_template(session: Session, tid: str) -> None:
    """Tombstone a template and its items (kept in the file so the deletion merges)."""
    template = get_record(session, AgendaTemplate, tid)
    now = utcnow()
    template.deleted_at = now
    for item in session.scalars(
        sa.select(TemplateItem).where(col(TemplateItem.template_id) == tid)
    ):
        item.deleted_at = now
    session.flush()

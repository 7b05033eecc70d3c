"""What the monitoring evidence pack shows: per objective, for a period and an audience,
its stage changes and the interactions and commitments behind them, with numbered
references to the documents that prove them.

The yearly monitoring of the covenant (and PRI's or the Stewardship Code's reporting)
asks per company and objective: where did it stand, what moved, what was said and
promised, and where is the proof. ``load_evidence_pack`` answers that from the same
readers as the report (``reporting.engagement``, ``followup``, ``stewardship``), so the
audience rule is applied in SQL exactly as there. References are numbered in the order
they first appear in the pack; the documents a reference names go into the pack's zip
under ``zip_name``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePath

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Audience,
    ChainPosition,
    Commitment,
    CommitmentStatus,
    Outcome,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.followup.commitments import CommitmentRow
from workbench.services.followup.ledger import commitment_targets
from workbench.services.history import changes_of
from workbench.services.reporting.engagement import (
    EngagementDoc,
    ObjectiveDoc,
    StageChange,
    load_engagement,
)
from workbench.services.stewardship.documents import DocumentRow, read_documents
from workbench.services.stewardship.escalation import EscalationRow
from workbench.services.stewardship.evidence import read_citations
from workbench.services.stewardship.interactions import InteractionRow
from workbench.services.visible import live_and_visible

Period = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Reference:
    """A numbered piece of evidence: a document, the places in it cited, its zip name."""

    number: int
    document: DocumentRow
    pages: tuple[str, ...]
    zip_name: str


@dataclass(frozen=True, slots=True)
class PackInteraction:
    row: InteractionRow
    refs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PackCommitment:
    row: CommitmentRow
    made_on: date | None
    settled_on: date | None
    refs: tuple[tuple[int, str | None], ...]  # (reference number, page or None)


@dataclass(frozen=True, slots=True)
class PackObjective:
    id: str
    text: str
    audience: Audience
    outcome: Outcome
    stage_at_start: int
    stage_at_end: int
    changes: tuple[StageChange, ...]
    interactions: tuple[PackInteraction, ...]
    commitments: tuple[PackCommitment, ...]

    @property
    def quiet(self) -> bool:
        """Nothing happened on this objective in the period."""
        return not (self.changes or self.interactions or self.commitments)


@dataclass(frozen=True, slots=True)
class PackTarget:
    """A company in the pack; ``id`` None holds the objectives about no one company."""

    id: str | None
    name: str | None
    chain_position: ChainPosition | None
    lead: str | None
    collaborators: tuple[str, ...]
    current_step: EscalationRow | None  # the last step taken by the end of the period
    escalations: tuple[EscalationRow, ...]  # taken in the period
    objectives: tuple[PackObjective, ...]
    other_interactions: tuple[PackInteraction, ...]
    other_commitments: tuple[PackCommitment, ...]
    documents: tuple[int, ...]  # references to documents about the company, of the period


@dataclass(frozen=True)
class EvidencePack:
    engagement_id: str
    title: str | None  # None: the engagement's title is kept for the working group
    theme: str | None
    audience: Audience
    start: date
    end: date
    today: date
    targets: tuple[PackTarget, ...]
    references: tuple[Reference, ...]

    def reference(self, number: int) -> Reference:
        return self.references[number - 1]


def _day(instant: datetime) -> date:
    return instant.astimezone().date()


def _in(day: date | None, period: Period) -> bool:
    return day is not None and period[0] <= day <= period[1]


def _open_during(made: date | None, settled: date | None, period: Period) -> bool:
    """A commitment made by the end of the period and not settled before it began."""
    return made is not None and made <= period[1] and (settled is None or settled >= period[0])


def _stages(objective: ObjectiveDoc, period: Period) -> tuple[int, int, tuple[StageChange, ...]]:
    """The stage at the start and the end of the period, and the changes within it."""
    changes = objective.stage_changes
    before = [c for c in changes if _day(c.at) < period[0]]
    within = tuple(c for c in changes if _in(_day(c.at), period))
    after = [c for c in changes if _day(c.at) > period[1]]
    if before:
        start = before[-1].new if before[-1].new is not None else objective.stage
    elif changes and changes[0].old is not None:
        start = changes[0].old
    else:
        start = objective.stage
    if within:
        end = within[-1].new if within[-1].new is not None else start
    elif after and after[0].old is not None:
        end = after[0].old
    else:
        end = start if changes else objective.stage
    return start, end, within


class _Numbering:
    """References numbered in the order they first appear."""

    def __init__(self, documents: dict[str, DocumentRow]) -> None:
        self.documents = documents
        self.order: list[str] = []
        self.pages: dict[str, list[str]] = {}

    def ref(self, document_id: str, page: str | None = None) -> int | None:
        if document_id not in self.documents:
            return None  # not visible to this audience
        if document_id not in self.pages:
            self.order.append(document_id)
            self.pages[document_id] = []
        if page and page not in self.pages[document_id]:
            self.pages[document_id].append(page)
        return self.order.index(document_id) + 1

    def refs(self, document_ids: Iterable[str]) -> tuple[int, ...]:
        found = (self.ref(d) for d in document_ids)
        return tuple(n for n in found if n is not None)

    def references(self) -> tuple[Reference, ...]:
        return tuple(
            Reference(n, self.documents[d], tuple(self.pages[d]), zip_name(n, self.documents[d]))
            for n, d in enumerate(self.order, start=1)
        )


def zip_name(number: int, document: DocumentRow) -> str:
    """``documents/07-letter-of-velora.pdf``: the number first, so they sort as listed."""
    suffix = PurePath(document.filename).suffix.lower()[:12]
    slug = re.sub(r"[^\w]+", "-", document.title.casefold()).strip("-_")[:50].rstrip("-_")
    slug = slug or "document"
    return f"documents/{number:02d}-{slug}{suffix}"


def _commitment_dates(
    session: Session, rows: list[CommitmentRow]
) -> dict[str, tuple[date | None, date | None]]:
    """``commitment id -> (made on, settled on)``: made in its meeting (else when it was
    written down), settled when its status last became fulfilled or not fulfilled."""
    if not rows:
        return {}
    c = Commitment.__table__
    ids = [r.id for r in rows]
    written = dict(session.execute(sa.select(c.c.id, c.c.created_at).where(c.c.id.in_(ids))).all())
    updated = dict(session.execute(sa.select(c.c.id, c.c.updated_at).where(c.c.id.in_(ids))).all())
    settled: dict[str, date | None] = {}
    for change in changes_of(session, "commitment", "status", entity_ids=set(ids)):
        settled[change.entity_id] = (
            _day(change.at) if change.new in ("fulfilled", "not_fulfilled") else None
        )
    out: dict[str, tuple[date | None, date | None]] = {}
    for r in rows:
        made = _day(r.meeting_starts_at) if r.meeting_starts_at else _day(written[r.id])
        done = r.status in (CommitmentStatus.FULFILLED, CommitmentStatus.NOT_FULFILLED)
        when = settled.get(r.id) if r.id in settled else (_day(updated[r.id]) if done else None)
        out[r.id] = (made, when if done else None)
    return out


def _objective_of_commitments(
    session: Session, engagement_id: str, audience: Audience
) -> dict[str, str]:
    """``commitment id -> objective id`` through the (visible) agenda item it was made under."""
    c, ai = Commitment.__table__, AgendaItem.__table__
    rows = session.execute(
        sa.select(c.c.id, ai.c.objective_id)
        .select_from(c.join(ai, c.c.agenda_item_id == ai.c.id))
        .where(c.c.engagement_id == engagement_id, ai.c.objective_id.is_not(None))
        .where(live_and_visible(ai, audience))
    )
    return {cid: oid for cid, oid in rows}


@dataclass
class _Builder:
    session: Session
    doc: EngagementDoc
    period: Period
    numbering: _Numbering
    docs_by_owner: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)
    citations: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)

    def interaction(self, row: InteractionRow) -> PackInteraction:
        return PackInteraction(
            row, self.numbering.refs(self.docs_by_owner.get(("interaction", row.id), []))
        )

    def commitment(
        self, row: CommitmentRow, dates: tuple[date | None, date | None]
    ) -> PackCommitment:
        refs: list[tuple[int, str | None]] = []
        for document_id, page in self.citations.get(row.id, []):
            n = self.numbering.ref(document_id, page)
            if n is not None:
                refs.append((n, page))
        for n in self.numbering.refs(self.docs_by_owner.get(("commitment", row.id), [])):
            if all(n != r[0] for r in refs):
                refs.append((n, None))
        return PackCommitment(row, dates[0], dates[1], tuple(refs))


def load_evidence_pack(
    session: Session,
    engagement_id: str,
    start: date,
    end: date,
    audience: Audience,
    *,
    today: date | None = None,
) -> EvidencePack:
    """The evidence pack of an engagement from ``start`` to ``end`` (both included), as
    ``audience`` may see it."""
    if end < start:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The period ends ({end}) before it starts ({start})."),
            end=end,
            start=start,
        )
    audience = Audience(audience)
    doc = load_engagement(session, engagement_id, audience, today=today)
    period: Period = (start, end)
    documents = read_documents(session, audience=audience, engagement_id=engagement_id)
    builder = _Builder(session, doc, period, _Numbering({d.id: d for d in documents}))
    for d in documents:
        builder.docs_by_owner.setdefault((d.owner_kind, d.owner_id), []).append(d.id)
    for c in read_citations(session, audience=audience, engagement_id=engagement_id):
        builder.citations.setdefault(c.commitment_id, []).append((c.document_id, c.page))

    live_commitments = list(doc.commitments)
    dates = _commitment_dates(session, live_commitments)
    in_period = [c for c in live_commitments if _open_during(*dates[c.id], period)]
    objective_of = _objective_of_commitments(session, engagement_id, audience)
    target_of = commitment_targets(session, engagement_id)
    interactions = [r for r in doc.stewardship.interactions if _in(r.occurred_on, period)]
    targets: list[PackTarget] = []
    groups: list[tuple[str | None, tuple[ObjectiveDoc, ...]]] = [
        (t.id, t.objectives) for t in doc.targets
    ]
    loose = tuple(o for o in doc.objectives if o.target_id is None)
    if loose:
        groups.append((None, loose))
    names = {t.id: t for t in doc.targets}
    for target_id, objectives in groups:
        listed: set[str] = set()
        used: set[str] = set()
        pack_objectives = []
        for objective in objectives:
            first, last, changes = _stages(objective, period)
            mine_i = [r for r in interactions if objective.id in r.objective_ids]
            mine_c = [c for c in in_period if objective_of.get(c.id) == objective.id]
            listed.update(r.id for r in mine_i)
            used.update(c.id for c in mine_c)
            pack_objectives.append(
                PackObjective(
                    objective.id,
                    objective.text,
                    objective.audience,
                    objective.outcome,
                    first,
                    last,
                    changes,
                    tuple(builder.interaction(r) for r in mine_i),
                    tuple(builder.commitment(c, dates[c.id]) for c in mine_c),
                )
            )
        target = names.get(target_id) if target_id else None
        others_i = (
            [r for r in interactions if r.target_id == target_id and r.id not in listed]
            if target_id
            else []
        )
        others_c = (
            [
                c
                for c in in_period
                if target_of.get(c.id) == target_id
                and c.id not in used
                and c.id not in objective_of
            ]
            if target_id
            else []
        )
        steps = doc.stewardship.escalations_of(target_id) if target_id else ()
        reached = [x for x in steps if x.taken_on <= end]
        about = [
            d.id
            for d in documents
            if target_id
            and d.owner_kind == "target"
            and d.owner_id == target_id
            and (d.dated_on is None or _in(d.dated_on, period))
        ]
        lead = doc.stewardship.lead_of(target_id) if target_id else None
        targets.append(
            PackTarget(
                target_id,
                target.name if target else None,
                target.chain_position if target else None,
                lead.organisation if lead else None,
                tuple(
                    r.organisation
                    for r in doc.stewardship.collaborators_of(target_id)
                    if r.organisation
                )
                if target_id
                else (),
                reached[-1] if reached else None,
                tuple(x for x in steps if _in(x.taken_on, period)),
                tuple(pack_objectives),
                tuple(builder.interaction(r) for r in others_i),
                tuple(builder.commitment(c, dates[c.id]) for c in others_c),
                builder.numbering.refs(about),
            )
        )
    return EvidencePack(
        engagement_id=engagement_id,
        title=doc.title,
        theme=doc.theme,
        audience=audience,
        start=start,
        end=end,
        today=doc.today,
        targets=tuple(targets),
        references=builder.numbering.references(),
    )

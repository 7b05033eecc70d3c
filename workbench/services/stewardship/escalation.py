"""Escalation per company: the steps taken, and where each company stands on the ladder.

Each step taken is a record with its date, the reason and (later) the result. The
current step of a company is the last one taken (by date); the progress page, the
timeline, the report and the evidence pack show it. Rows are read for one audience.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Escalation, Organisation, Target
from workbench.domain.rules import local_today
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, Word
from workbench.services.records import coerce_value, get_record
from workbench.services.stewardship.ladder import StepRow, all_steps
from workbench.services.visible import among, live_and_visible, shown


@dataclass(frozen=True, slots=True)
class EscalationRow:
    """A step taken with a company; ``step_key`` names a shipped step (for its label in
    the reader's language), ``step`` is the name the group gave it, ``rank`` its place on
    today's ladder (0 if the step was retired since)."""

    id: str
    engagement_id: str
    target_id: str
    company: str | None  # None: the company is not named for this reader
    step_id: str
    step_key: str | None
    step: str
    step_renamed: bool
    rank: int
    steps_in_ladder: int
    taken_on: date
    reason: str | None
    result: str | None
    audience: Audience
    reason_audience: Audience = Audience.GROUP  # who may read the reason (its own rule)
    result_audience: Audience = Audience.GROUP


def read_escalations(
    session: Session,
    *,
    audience: Audience = Audience.GROUP,
    engagement_id: str | None = None,
    target_id: str | None = None,
    ids: Collection[str] | None = None,
    period: tuple[date | None, date | None] | None = None,
) -> list[EscalationRow]:
    """Steps taken that ``audience`` may see, oldest first (the company's name, the
    reason and the result only where their own audiences let it)."""
    audience = Audience(audience)
    x, t, org = Escalation.__table__, Target.__table__, Organisation.__table__
    query = (
        sa.select(
            x.c.id,
            x.c.engagement_id,
            x.c.target_id,
            shown(org, "name", audience, "company"),
            x.c.step_id,
            x.c.taken_on,
            shown(x, "reason", audience),
            shown(x, "result", audience),
            x.c.audience,
            x.c.reason_audience,
            x.c.result_audience,
        )
        .select_from(x.join(t, x.c.target_id == t.c.id).join(org, t.c.organisation_id == org.c.id))
        .where(live_and_visible(x, Audience(audience)), t.c.deleted_at.is_(None))
        .order_by(x.c.taken_on, x.c.created_at, x.c.id)
    )
    if engagement_id is not None:
        query = query.where(x.c.engagement_id == engagement_id)
    if target_id is not None:
        query = query.where(x.c.target_id == target_id)
    if ids is not None:
        query = query.where(among(x.c.id, ids))
    if period is not None:
        if period[0] is not None:
            query = query.where(x.c.taken_on >= period[0])
        if period[1] is not None:
            query = query.where(x.c.taken_on <= period[1])
    steps = {s.id: s for s in all_steps(session)}
    live = sum(1 for s in steps.values() if not s.retired)
    out = []
    for (
        xid,
        eid,
        tid,
        company,
        step_id,
        taken_on,
        reason,
        result,
        aud,
        reason_aud,
        result_aud,
    ) in session.execute(query):
        step = steps.get(step_id)
        out.append(
            EscalationRow(
                xid,
                eid,
                tid,
                company,
                step_id,
                step.key if step else None,
                step.name if step else "?",
                step.renamed if step else True,
                step.rank if step else 0,
                live,
                taken_on,
                reason,
                result,
                aud,
                Audience(reason_aud),
                Audience(result_aud),
            )
        )
    return out


def current_steps(
    session: Session, engagement_id: str, audience: Audience = Audience.GROUP
) -> dict[str, EscalationRow]:
    """``target id -> the last step taken`` with each company of the engagement."""
    current: dict[str, EscalationRow] = {}
    for row in read_escalations(session, audience=audience, engagement_id=engagement_id):
        current[row.target_id] = row  # oldest first: the last one stays
    return current


def take_step(
    session: Session,
    target_id: str,
    step_id: str,
    *,
    taken_on: date | str | None = None,
    reason: str | None = None,
    result: str | None = None,
    audience: Audience | str = Audience.GROUP,
    reason_audience: Audience | str = Audience.GROUP,
    result_audience: Audience | str = Audience.GROUP,
) -> Escalation:
    """Record a step taken with a company (today's unless dated, group-only unless
    marked); the step must be on the ladder now."""
    target = get_record(session, Target, target_id)
    step = _live_step(session, step_id)
    escalation = Escalation(
        engagement_id=target.engagement_id,
        target_id=target_id,
        step_id=step.id,
        taken_on=coerce_value(Escalation, "taken_on", taken_on or local_today()),
        reason=(reason or "").strip() or None,
        result=(result or "").strip() or None,
        reason_audience=Audience(reason_audience),
        result_audience=Audience(result_audience),
        audience=Audience(audience),
    )
    session.add(escalation)
    session.flush()
    return escalation


def update_escalation(session: Session, escalation_id: str, **changes: object) -> Escalation:
    """Change a step taken: its step, date, reason, result or audience."""
    allowed = {"step_id", "taken_on", "reason", "result", "audience"}
    allowed |= {"reason_audience", "result_audience"}
    unknown = set(changes) - allowed
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A {kind} has no editable field “{field}”."),
            kind=Word("escalation"),
            field=sorted(unknown)[0],
        )
    escalation = get_record(session, Escalation, escalation_id)
    for field, raw in changes.items():
        if field == "step_id":
            value: object = _known_step(session, str(raw)).id
        elif field in ("reason", "result"):
            value = (str(raw) if raw is not None else "").strip() or None
        else:
            value = coerce_value(Escalation, field, raw)
        if field == "taken_on" and value is None:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "A step taken needs its date."))
        if getattr(escalation, field) != value:
            setattr(escalation, field, value)
    session.add(escalation)
    session.flush()
    return escalation


def _known_step(session: Session, step_id: str) -> StepRow:
    for step in all_steps(session):
        if step.id == step_id:
            return step
    raise DomainError(
        QT_TRANSLATE_NOOP("DomainError", "That step is not on the escalation ladder.")
    )


def _live_step(session: Session, step_id: str) -> StepRow:
    step = _known_step(session, step_id)
    if step.retired:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The step “{name}” was retired from the ladder."),
            name=step.name,
        )
    return step

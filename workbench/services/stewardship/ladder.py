"""The escalation ladder: the steps the group takes when dialogue with a company stalls.

The workbench ships a sensible ladder (``SHIPPED``), taken from stewardship practice:
a letter to the board, collaborative escalation with other investors, a public
statement, a question at the AGM, a vote against, a shareholder resolution, and a
recommendation to divest. The ladder is data the group edits: a step can be renamed,
moved or retired, and steps of the group's own added. Shipped steps live in code, with
ids derived from their keys (the same on every laptop), so a new database needs no rows
and the shipped names can be shown in the reader's language until the group renames
them; a row in ``escalationstep`` records only what the group changed or added.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import EscalationStep
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError

LADDER_NAMESPACE = uuid.UUID("0c5e7a2d-9b14-5f63-8e2a-6d1f4b7c3a90")

#: The shipped ladder, lowest step first: (key, name, what it means).
SHIPPED: tuple[tuple[str, str, str], ...] = (
    (
        "letter_to_board",
        "Letter to the board",
        "Write to the chair of the board when dialogue with management stalls.",
    ),
    (
        "collaborative",
        "Collaborative escalation",
        "Raise the matter together with other investors, the company's customers or an "
        "industry initiative.",
    ),
    (
        "public_statement",
        "Public statement",
        "Say publicly what was asked and what the company has not done.",
    ),
    ("agm_question", "Question at the AGM", "Ask the question at the annual general meeting."),
    (
        "vote_against",
        "Vote against",
        "Vote against the re-election of directors or the annual report at the AGM.",
    ),
    (
        "shareholder_resolution",
        "Shareholder resolution",
        "File or co-file a resolution for the annual general meeting.",
    ),
    (
        "divest",
        "Recommendation to divest",
        "Recommend the funds to sell their holdings when engagement has failed.",
    ),
)
_GAP = 10


def shipped_id(key: str) -> str:
    """The id of the shipped step ``key``: the same on every laptop."""
    return str(uuid.uuid5(LADDER_NAMESPACE, f"escalation-step:{key}"))


_SHIPPED_BY_ID = {
    shipped_id(key): (key, name, text, (n + 1) * _GAP)
    for n, (key, name, text) in enumerate(SHIPPED)
}


@dataclass(frozen=True, slots=True)
class StepRow:
    """One step of the ladder. ``key`` names a shipped step (None: the group's own);
    ``renamed`` is False while a shipped step keeps its shipped name."""

    id: str
    key: str | None
    name: str
    description: str | None
    position: int
    retired: bool
    renamed: bool
    rank: int = 0  # 1 for the lowest live step, and so on; 0 for a retired one


def all_steps(session: Session) -> list[StepRow]:
    """Every step, retired ones too (a step taken long ago keeps its name), in order."""
    rows = {row.id: row for row in session.execute(sa.select(EscalationStep)).scalars()}
    steps = []
    for step_id, (key, name, text, position) in _SHIPPED_BY_ID.items():
        row = rows.pop(step_id, None)
        if row is None:
            steps.append(StepRow(step_id, key, name, text, position, False, False))
        else:
            steps.append(
                StepRow(
                    step_id,
                    key,
                    row.name or name,
                    row.description if row.description is not None else text,
                    row.position,
                    row.retired or row.deleted_at is not None,
                    bool(row.name) and row.name != name,
                )
            )
    for row in rows.values():
        steps.append(
            StepRow(
                row.id,
                None,
                row.name or "",
                row.description,
                row.position,
                row.retired or row.deleted_at is not None,
                True,
            )
        )
    steps.sort(key=lambda s: (s.position, s.name.casefold(), s.id))
    ranked, rank = [], 0
    for step in steps:
        if not step.retired:
            rank += 1
        ranked.append(_with_rank(step, 0 if step.retired else rank))
    return ranked


def _with_rank(step: StepRow, rank: int) -> StepRow:
    return StepRow(
        step.id,
        step.key,
        step.name,
        step.description,
        step.position,
        step.retired,
        step.renamed,
        rank,
    )


def ladder(session: Session) -> list[StepRow]:
    """The live steps, lowest first: what the group may take next."""
    return [s for s in all_steps(session) if not s.retired]


def get_step(session: Session, step_id: str) -> StepRow:
    for step in all_steps(session):
        if step.id == step_id:
            return step
    raise NotFoundError("escalation step", step_id)


def _row(session: Session, step: StepRow) -> EscalationStep:
    """The row of a step, made for a shipped step the group changes for the first time."""
    row = session.get(EscalationStep, step.id)
    if row is None:
        row = EscalationStep(id=step.id, position=step.position)
    return row


def add_step(session: Session, name: str, description: str | None = None) -> StepRow:
    """A step of the group's own, at the top of the ladder."""
    name = (name or "").strip()
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "A step needs a name."))
    top = max((s.position for s in all_steps(session)), default=0)
    row = EscalationStep(name=name, description=description, position=top + _GAP)
    session.add(row)
    session.flush()
    return get_step(session, row.id)


def update_step(
    session: Session,
    step_id: str,
    *,
    name: str | None = None,
    description: str | None = None,
    retired: bool | None = None,
) -> StepRow:
    """Rename, describe, retire or bring back a step (a shipped one too)."""
    step = get_step(session, step_id)
    row = _row(session, step)
    if name is not None:
        name = name.strip()
        if not name:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "A step needs a name."))
        shipped = _SHIPPED_BY_ID.get(step_id)
        row.name = None if shipped is not None and name == shipped[1] else name
    if description is not None:
        row.description = description.strip() or None
    if retired is not None:
        row.retired = retired
    session.add(row)
    session.flush()
    return get_step(session, step_id)


def move_step(session: Session, step_id: str, offset: int) -> list[StepRow]:
    """Move a live step ``offset`` places up (+) or down (−) the ladder; returns it."""
    steps = ladder(session)
    index = next((n for n, s in enumerate(steps) if s.id == step_id), None)
    if index is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Only a step in use can be moved; bring it back first."
            )
        )
    new = max(0, min(len(steps) - 1, index + offset))
    if new == index:
        return steps
    moved = steps.pop(index)
    steps.insert(new, moved)
    for n, step in enumerate(steps):  # positions renumbered in the new order
        position = (n + 1) * _GAP
        if step.position != position:
            row = _row(session, step)
            row.position = position
            session.add(row)
    session.flush()
    return ladder(session)

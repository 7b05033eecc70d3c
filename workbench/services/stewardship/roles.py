"""Who leads the dialogue with each company, and who collaborates.

Collaborative engagement names a lead investor per company and the organisations that
join it (PRI's collaborative initiatives publish exactly this). A role is content: who
leads may be for the group's eyes only, so it has an audience like everything else.
One lead per company: naming a new lead makes the old one a collaborator.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Organisation, Target, TargetRole, TargetRoleKind, utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.records import get_record
from workbench.services.visible import live_and_visible, shown


@dataclass(frozen=True, slots=True)
class RoleRow:
    id: str
    target_id: str
    organisation_id: str
    organisation: str | None  # None: its name is kept for the working group
    role: TargetRoleKind
    audience: Audience


def read_roles(
    session: Session,
    *,
    audience: Audience = Audience.GROUP,
    engagement_id: str | None = None,
    target_id: str | None = None,
) -> list[RoleRow]:
    """Roles ``audience`` may see: the lead first, then collaborators by name."""
    r, t, org = TargetRole.__table__, Target.__table__, Organisation.__table__
    query = (
        sa.select(
            r.c.id,
            r.c.target_id,
            org.c.id,
            shown(org, "name", Audience(audience)),
            r.c.role,
            r.c.audience,
        )
        .select_from(r.join(t, r.c.target_id == t.c.id).join(org, r.c.organisation_id == org.c.id))
        .where(live_and_visible(r, Audience(audience)), t.c.deleted_at.is_(None))
        .order_by(r.c.target_id, r.c.role != TargetRoleKind.LEAD.value, org.c.name)
    )
    if engagement_id is not None:
        query = query.where(t.c.engagement_id == engagement_id)
    if target_id is not None:
        query = query.where(r.c.target_id == target_id)
    return [RoleRow(*row) for row in session.execute(query)]


def roles_by_target(
    session: Session, engagement_id: str, audience: Audience = Audience.GROUP
) -> dict[str, list[RoleRow]]:
    out: dict[str, list[RoleRow]] = {}
    for row in read_roles(session, audience=audience, engagement_id=engagement_id):
        out.setdefault(row.target_id, []).append(row)
    return out


def set_role(
    session: Session,
    target_id: str,
    organisation_id: str,
    role: TargetRoleKind | str,
    *,
    audience: Audience | str | None = None,
) -> TargetRole:
    """Give an organisation a role with a company (one lead: the old lead collaborates)."""
    get_record(session, Target, target_id)
    get_record(session, Organisation, organisation_id)
    role = TargetRoleKind(role)
    live = list(
        session.execute(
            sa.select(TargetRole).where(
                TargetRole.target_id == target_id,  # type: ignore[arg-type]
                TargetRole.deleted_at.is_(None),  # type: ignore[union-attr]
            )
        ).scalars()
    )
    if role is TargetRoleKind.LEAD:
        for other in live:
            if other.role is TargetRoleKind.LEAD and other.organisation_id != organisation_id:
                other.role = TargetRoleKind.COLLABORATOR
                session.add(other)
    mine = next((r for r in live if r.organisation_id == organisation_id), None)
    if mine is None:
        mine = TargetRole(
            target_id=target_id,
            organisation_id=organisation_id,
            role=role,
            audience=Audience(audience or Audience.GROUP),
        )
    else:
        mine.role = role
        if audience is not None:
            mine.audience = Audience(audience)
    session.add(mine)
    session.flush()
    return mine


def remove_role(session: Session, role_id: str) -> None:
    """The organisation no longer has a role with the company (a tombstone)."""
    row = get_record(session, TargetRole, role_id)
    row.deleted_at = utcnow()
    session.add(row)
    session.flush()


def set_role_audience(session: Session, role_id: str, audience: Audience | str) -> None:
    row = get_record(session, TargetRole, role_id)
    try:
        row.audience = Audience(audience)
    except ValueError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "“{value}” is not an audience."), value=audience
        ) from exc
    session.add(row)
    session.flush()

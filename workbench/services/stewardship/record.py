"""The stewardship record of an engagement as the report shows it, for one audience:
its interactions, the escalation steps taken with each company, and who leads.

``services.reporting.engagement.load_engagement`` puts this in the ``EngagementDoc``;
the report's writer asks it per company (``roles_of``, ``escalations_of``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from workbench.domain import Audience, TargetRoleKind
from workbench.services.stewardship.escalation import EscalationRow, read_escalations
from workbench.services.stewardship.interactions import InteractionRow, read_interactions
from workbench.services.stewardship.roles import RoleRow, read_roles


@dataclass(frozen=True, slots=True)
class StewardshipDoc:
    interactions: tuple[InteractionRow, ...] = ()
    escalations: tuple[EscalationRow, ...] = ()
    roles: tuple[RoleRow, ...] = ()

    def roles_of(self, target_id: str) -> tuple[RoleRow, ...]:
        return tuple(r for r in self.roles if r.target_id == target_id)

    def lead_of(self, target_id: str) -> RoleRow | None:
        return next((r for r in self.roles_of(target_id) if r.role is TargetRoleKind.LEAD), None)

    def collaborators_of(self, target_id: str) -> tuple[RoleRow, ...]:
        return tuple(r for r in self.roles_of(target_id) if r.role is TargetRoleKind.COLLABORATOR)

    def escalations_of(self, target_id: str) -> tuple[EscalationRow, ...]:
        return tuple(x for x in self.escalations if x.target_id == target_id)

    def current_step(self, target_id: str) -> EscalationRow | None:
        steps = self.escalations_of(target_id)
        return steps[-1] if steps else None


def load_stewardship(session: Session, engagement_id: str, audience: Audience) -> StewardshipDoc:
    """What ``audience`` may see of the engagement's stewardship record."""
    return StewardshipDoc(
        interactions=tuple(
            read_interactions(session, audience=audience, engagement_id=engagement_id)
        ),
        escalations=tuple(
            read_escalations(session, audience=audience, engagement_id=engagement_id)
        ),
        roles=tuple(read_roles(session, audience=audience, engagement_id=engagement_id)),
    )

"""Who takes part: organisations and people."""

from __future__ import annotations

from sqlmodel import Field

from workbench.domain.base import Record, enum_field, fk
from workbench.domain.enums import OrganisationKind


class Organisation(Record, table=True):
    """A party: a pension fund, NGO, union, government, company or initiative."""

    name: str = Field(index=True)
    kind: OrganisationKind = enum_field(OrganisationKind, OrganisationKind.COMPANY)
    country: str | None = None


class Person(Record, table=True):
    """A working-group member or a contact at a company."""

    name: str = Field(index=True)
    organisation_id: str | None = fk("organisation.id")
    role: str | None = None
    email: str | None = None
    is_member: bool = False

"""Who takes part: organisations and people."""

from __future__ import annotations

from sqlmodel import Field

from workbench.domain.base import Record, audience_field, enum_field, fk
from workbench.domain.enums import Audience, OrganisationKind


class Organisation(Record, table=True):
    """A party: a pension fund, NGO, union, government, company or initiative.

    The name has an audience: a partners document may describe a company engaged
    ("a West-European car maker") without naming it."""

    __tracked__ = ("name_audience",)

    name: str = Field(index=True)
    name_audience: Audience = audience_field()
    kind: OrganisationKind = enum_field(OrganisationKind, OrganisationKind.COMPANY)
    country: str | None = None


class Person(Record, table=True):
    """A working-group member or a contact at a company.

    The name has an audience: a contact's name (a whistle-blower's, a worker's) may be
    for the working group only; role and e-mail appear in no export."""

    __tracked__ = ("name_audience",)

    name: str = Field(index=True)
    name_audience: Audience = audience_field()
    organisation_id: str | None = fk("organisation.id")
    role: str | None = None
    email: str | None = None
    is_member: bool = False

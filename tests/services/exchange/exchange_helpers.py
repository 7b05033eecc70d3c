"""Helpers for the exchange tests: a small shared case, copies of it, and a content dump."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.domain import (
    RECORD_TYPES,
    Commitment,
    Engagement,
    Organisation,
    Person,
)
from workbench.store import Database, open_database


def build_small_case(db: Database) -> dict[str, Any]:
    """An engagement with a company, a member and three commitments."""
    with db.transaction() as s:
        org = Organisation(name="Velora Motors")
        person = Person(name="Anna", is_member=True)
        eng = Engagement(title="Mica")
        s.add_all([org, person, eng])
        s.flush()
        commitments = [
            Commitment(engagement_id=eng.id, party_id=org.id, text=f"Promise {i}") for i in range(3)
        ]
        s.add_all(commitments)
        s.flush()
        return {
            "org": org.id,
            "person": person.id,
            "engagement": eng.id,
            "commitments": [c.id for c in commitments],
        }


def copy_db(source: Path, target: Path) -> Database:
    """A copy of a closed database file, opened (like a laptop set up from a copy)."""
    shutil.copyfile(source, target)
    return open_database(target)


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every synchronised record, as stored, per table: what must end equal."""
    out = {}
    with db.engine.connect() as conn:
        for cls in RECORD_TYPES:
            table = cls.__table__
            out[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(table)))
    return out


def meta(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())

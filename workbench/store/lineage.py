"""Which versions of a record this database knows it descends from (for merging packages).

A *version* of a record is its ``updated_at``: the store stamps it on every local edit and
a merge keeps the stamp of the version it brings, so ``(id, updated_at)`` names one
version on every laptop. The *lineage* of a record is a short list of the stamps of
versions that may be known elsewhere and that the current local version descends from:

- a version received in a package (and the versions that package said it descends from);
- a version that existed when this database last exported a package (it may have left);
- the version before the first local edit of a record that was never exchanged, because
  a copy of the database file (the way a laptop is often set up) shares it.

Versions made and replaced locally between two exchanges never left the laptop and are
not kept, so the list stays short. It lives in ``Meta`` under ``lin:<record id>`` as a
JSON list of stamps (oldest first). The merge (``workbench.services.exchange.merge``)
decides with it whether an incoming version descends from the local one (take it), the
local one from the incoming one (keep ours), or neither (a conflict).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlmodel import Session

from workbench.domain import Meta, Record

#: How many ancestors a record remembers; older ones only cost a needless conflict.
MAX_LINEAGE = 16
#: Meta key of the moment (local clock, a stamp) this database last exported a package.
LAST_EXPORT_KEY = "exchange:last_export_stamp"
PREFIX = "lin:"
_CHUNK = 500

meta_table: sa.Table = Meta.__table__  # type: ignore[attr-defined]


def stamp(value: datetime) -> str:
    """A version's canonical text: UTC, microseconds, sortable as text."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given where a UTC timestamp is needed")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def merge(*lists: Iterable[str]) -> list[str]:
    """The union of lineages, oldest first, at most ``MAX_LINEAGE`` (the newest kept)."""
    return sorted(set().union(*lists))[-MAX_LINEAGE:]


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def load(conn: Connection, ids: Iterable[str]) -> dict[str, list[str]]:
    """The stored lineage of each record id that has one."""
    keys = [PREFIX + i for i in ids]
    found: dict[str, list[str]] = {}
    for chunk in _chunks(keys):
        rows = conn.execute(
            sa.select(meta_table.c.key, meta_table.c.value).where(meta_table.c.key.in_(chunk))
        )
        for key, value in rows:
            found[key[len(PREFIX) :]] = json.loads(value)
    return found


def save(conn: Connection, lineages: Mapping[str, list[str]]) -> None:
    """Store (replace) the lineage of each record id given."""
    if not lineages:
        return
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [(PREFIX + i, json.dumps(lin)) for i, lin in lineages.items()],
    )


def get_value(conn: Connection, key: str) -> str | None:
    return conn.execute(
        sa.select(meta_table.c.value).where(meta_table.c.key == key)
    ).scalar_one_or_none()


def set_value(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        sa.text("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)"),
        {"key": key, "value": value},
    )


def before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Before local edits are written, remember the versions they replace if those may
    be known elsewhere (see the module docstring). Merges bring their own lineage."""
    if session.info.get("merging"):
        return
    by_table: dict[sa.Table, list[str]] = {}
    for obj in session.dirty:
        if isinstance(obj, Record) and obj.id and session.is_modified(obj):
            by_table.setdefault(type(obj).__table__, []).append(obj.id)
    if not by_table:
        return
    conn = session.connection()
    last_export = get_value(conn, LAST_EXPORT_KEY)
    for table, ids in by_table.items():
        known = load(conn, ids)
        changed: dict[str, list[str]] = {}
        for chunk in _chunks(ids):
            rows = conn.execute(
                sa.select(table.c.id, table.c.updated_at).where(table.c.id.in_(chunk))
            )
            for record_id, updated_at in rows:
                previous = stamp(updated_at)
                lineage = known.get(record_id)
                if lineage is None:
                    changed[record_id] = [previous]
                elif (
                    last_export is not None and previous <= last_export and previous not in lineage
                ):
                    changed[record_id] = merge(lineage, [previous])
        save(conn, changed)

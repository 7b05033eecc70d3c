"""What was written in this database since it last published to the exchange folder.

The exchange folder (``workbench.services.sync``) carries each laptop's changes as
numbered packages. Which records belong in the next package cannot be judged by the
clock: records merged from other laptops keep *their* stamps, laptops' clocks disagree,
and an edit may be in flight while a package is read. So the store keeps a journal:
every record written, by a local edit (on flush) or by a merge (``note``), leaves a row
``jnl:<record id>`` in ``Meta`` whose value names its table and a token unique to that
write. Publishing reads the journal and the records it names in one snapshot, writes the
package, and then removes exactly the rows it read (key *and* token, ``forget``): a
record written again meanwhile has a new token, so it stays and goes out next time.

The journal is kept only once this database publishes to a folder (``start``): a
laptop that never syncs writes nothing more per edit than before.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import Session

from workbench.domain import Record
from workbench.store.lineage import get_value, set_value

#: Meta key present (value "on") while the journal is kept.
ON_KEY = "sync:journal"
PREFIX = "jnl:"
_END = "jnl;"  # the first key after every "jnl:…" key (";" follows ":")
_CHUNK = 500


def is_on(conn: Connection) -> bool:
    return get_value(conn, ON_KEY) is not None


def start(conn: Connection) -> None:
    """Keep the journal from now on (before the first snapshot is read)."""
    if not is_on(conn):
        set_value(conn, ON_KEY, "on")


def _token() -> str:
    return uuid.uuid4().hex[:16]


def note(conn: Connection, written: Mapping[str, Iterable[str]]) -> None:
    """Record that these records (ids per table) were written, if the journal is kept."""
    rows = [(PREFIX + i, f"{table} {_token()}") for table, ids in written.items() for i in ids]
    if rows and is_on(conn):
        for start_at in range(0, len(rows), _CHUNK):
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                rows[start_at : start_at + _CHUNK],
            )


def after_flush(session: Session, _ctx: Any) -> None:
    """A flush wrote these records (``new`` and ``dirty`` still show what it wrote)."""
    if session.info.get("merging"):
        return  # a merge notes what it wrote itself
    written: dict[str, list[str]] = {}
    for obj in session.new:
        if isinstance(obj, Record):
            written.setdefault(type(obj).__tablename__, []).append(obj.id)  # type: ignore[arg-type]
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj):
            written.setdefault(type(obj).__tablename__, []).append(obj.id)  # type: ignore[arg-type]
    if written:
        note(session.connection(), written)


def read(conn: Connection) -> dict[str, tuple[str, str]]:
    """The journal: record id -> (table, value as stored)."""
    rows = conn.exec_driver_sql(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ?", (PREFIX, _END)
    )
    return {key[len(PREFIX) :]: (value.split(" ", 1)[0], value) for key, value in rows}


def forget(conn: Connection, entries: Mapping[str, tuple[str, str]]) -> None:
    """Remove the entries read by ``read`` that nothing has written again since."""
    rows = [(PREFIX + record_id, value) for record_id, (_t, value) in entries.items()]
    for start_at in range(0, len(rows), _CHUNK):
        conn.exec_driver_sql(
            "DELETE FROM meta WHERE key = ? AND value = ?", rows[start_at : start_at + _CHUNK]
        )


def pending(conn: Connection) -> int:
    """How many records wait for the next package."""
    row = conn.exec_driver_sql(
        "SELECT count(*) FROM meta WHERE key >= ? AND key < ?", (PREFIX, _END)
    ).scalar()
    return int(row or 0)


__all__ = ["ON_KEY", "after_flush", "forget", "is_on", "note", "pending", "read", "start"]

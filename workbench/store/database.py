"""The one place that opens the database.

Opening checks the file before touching it (a newer schema or a file that is not ours is
refused and left byte-for-byte as it was), copies it before any upgrade, migrates it to
head with Alembic, and sets WAL, foreign keys, a busy timeout, ``synchronous=FULL`` and a
page cache of 1 MiB (``CACHE_KIB``) on every connection. Every flush stamps
``updated_at`` and writes the history of tracked fields (``Change``).

``synchronous=FULL``: in WAL mode SQLite then syncs the WAL to the disk before a commit
returns, so a commit survives a power cut or an OS crash, not only the app being killed
(``NORMAL`` syncs only at checkpoints: the last commits before a power cut could be
lost). The app says "Saved" when the commit has returned, so with FULL the word is true
even if the battery dies the next second. The price is one sync of the WAL per commit,
on the typing path: a quick note's autosave took 11–12 ms with FULL against 6–7 ms with
NORMAL (median; 90th percentile 19 ms) on the five-busy-years database of ``make bench``
(ext4 on a virtual disk, 2 cores). It happens once per pause in typing (300 ms after the
last key), so nobody feels it; losing a "Saved" note to a power cut would be felt.

``cache_size``: SQLite's default page cache is 2 MB per connection, and the tracker's
first reading (every live action's id in due order, the open ones) fills it and keeps it
for as long as the pooled connection lives. Those reads visit more pages than either
size holds, so they take the same time with 1 MiB (about 48 ms for both on the bench's
database; 61 ms with 512 KiB, 76 ms with 256 KiB), the file's pages being in the OS's
cache anyway; the tracker, Home, search and merge figures of ``make bench`` did not move.
It saves about 0.8 MB of the ready window's peak memory (a goal of ``make bench``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from workbench.domain import Change, Record, utcnow
from workbench.messages import QT_TRANSLATE_NOOP
from workbench.store import integrity, journal, lineage, migrations
from workbench.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotAWorkbenchDatabaseError,
    StoreError,
)
from workbench.store.sqlite_file import connect_readonly, inspect_file

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
#: ``PRAGMA synchronous`` of every connection (see the module docstring for why FULL).
SYNCHRONOUS = "FULL"
#: Each connection's page cache, in KiB (``PRAGMA cache_size``: the module docstring).
CACHE_KIB = 1024


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return str(value.isoformat() if hasattr(value, "isoformat") else value)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Stamp ``updated_at`` and record the history of tracked fields."""
    if session.info.get("merging"):
        return  # a merge brings records with their own timestamps and history
    now = utcnow()
    for obj in list(session.dirty):
        if not isinstance(obj, Record) or not session.is_modified(obj):
            continue
        state = sa.inspect(obj)
        if not state.attrs.updated_at.history.added:
            obj.updated_at = now
        for field in type(obj).__tracked__:
            history = state.attrs[field].history
            if not history.added:
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0]
            if _as_text(old) == _as_text(new):
                continue
            session.add(
                Change(
                    entity=str(type(obj).__tablename__),
                    entity_id=obj.id,
                    field=field,
                    old=_as_text(old),
                    new=_as_text(new),
                    at=now,
                    by_id=session.info.get("actor_id"),
                    meeting_id=session.info.get("meeting_id"),
                    note=session.info.get("change_note"),
                    laptop=session.info.get("laptop_id"),
                )
            )


def copy_before_upgrade(path: Path, revision: str) -> Path:
    """A consistent copy of the file (with its WAL) beside it, before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    src = connect_readonly(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("copied %s to %s before upgrading", path, target)
    return target


class Database:
    """An open workbench database: its engine and a factory of sessions."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._factory = sessionmaker(engine, class_=Session, expire_on_commit=False)
        event.listen(self._factory, "before_flush", _before_flush)
        event.listen(self._factory, "before_flush", lineage.before_flush)  # for merging
        event.listen(self._factory, "after_flush", journal.after_flush)  # for the sync folder
        #: The person using the app ("I am ..."), written as ``by`` in the history.
        self.actor_id: str | None = None
        #: This installation's id (set by the exchange), written as ``laptop`` in the history.
        self.laptop_id: str | None = None

    def session(self, **info: Any) -> Session:
        """A new session; ``info`` keys (``meeting_id``, ``change_note``) reach the history."""
        session = self._factory()
        session.info["actor_id"] = self.actor_id
        session.info["laptop_id"] = self.laptop_id
        session.info.update(info)
        return session

    @contextmanager
    def transaction(self, **info: Any) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back on error."""
        with self.session(**info) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrations.current_revision(conn)

    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` finds; empty when the file is sound."""
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        self.engine.dispose()


def create_sqlite_engine(path: Path) -> Engine:
    # a URL built from parts: in "sqlite:///{path}" a "?" in a folder name began a query
    # string, and the engine opened another file than the one checked
    url = sa.engine.URL.create("sqlite", database=str(path))
    engine = sa.create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the workbench database at ``path``."""
    path = Path(path)
    integrity.check_on_open(path)  # a damaged file: a message naming the latest backup
    revision = inspect_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    head = migrations.head_revision()
    if migrate and revision != head:
        if revision is not None:
            copy_before_upgrade(path, revision)
        engine = create_sqlite_engine(path)
        try:
            with engine.begin() as conn:
                migrations.upgrade_to_head(conn)
        except sa.exc.DatabaseError as exc:
            engine.dispose()
            raise CorruptDatabaseError(
                QT_TRANSLATE_NOOP("DomainError", "{path} could not be upgraded: {reason}"),
                path=path,
                reason=exc,
            ) from exc
        log.info("migrated %s from %s to %s", path, revision, head)
    else:
        engine = create_sqlite_engine(path)
    return Database(path, engine)


__all__ = [
    "CorruptDatabaseError",
    "Database",
    "NewerSchemaError",
    "NotAWorkbenchDatabaseError",
    "StoreError",
    "inspect_file",
    "open_database",
]

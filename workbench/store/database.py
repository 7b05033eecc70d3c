"""The one place that opens the database.

Opening checks the file before touching it (a newer schema or a file that is not ours is
refused and left byte-for-byte as it was), copies it before any upgrade, migrates it to
head with Alembic, and sets WAL, foreign keys and a busy timeout on every connection.
Every flush stamps ``updated_at`` and writes the history of tracked fields (``Change``).
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
from workbench.store import lineage, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """A database that cannot be opened; the message is meant for the user."""


class NotAWorkbenchDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
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
                    entity=type(obj).__tablename__,
                    entity_id=obj.id,
                    field=field,
                    old=_as_text(old),
                    new=_as_text(new),
                    at=now,
                    by_id=session.info.get("actor_id"),
                    meeting_id=session.info.get("meeting_id"),
                    note=session.info.get("change_note"),
                )
            )


def inspect_file(path: Path) -> str | None:
    """Check a file without changing it; return its schema revision (None if empty).

    Raises ``NotAWorkbenchDatabaseError`` or ``NewerSchemaError`` with a message for the user.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAWorkbenchDatabaseError(
            f"{path} is not a workbench database (it is not an SQLite file). It was left as it is."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"{path} could not be read: {exc}. It was left as it is."
        ) from exc
    if revision is None:
        if tables:
            raise NotAWorkbenchDatabaseError(
                f"{path} is an SQLite file but not a workbench database. It was left as it is."
            )
        return None
    if revision not in migrations.known_revisions():
        raise NewerSchemaError(
            f"{path} was written by a newer version of the Engagement Workbench "
            f"(schema {revision}). Install the newer version to open it; "
            "the file was left untouched."
        )
    return revision


def copy_before_upgrade(path: Path, revision: str) -> Path:
    """A consistent copy of the file (with its WAL) beside it, before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        #: The person using the app ("I am ..."), written as ``by`` in the history.
        self.actor_id: str | None = None

    def session(self, **info: Any) -> Session:
        """A new session; ``info`` keys (``meeting_id``, ``change_note``) reach the history."""
        session = self._factory()
        session.info["actor_id"] = self.actor_id
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
    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the workbench database at ``path``."""
    path = Path(path)
    from workbench.store import integrity  # imports this module

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
            raise CorruptDatabaseError(f"{path} could not be upgraded: {exc}") from exc
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

"""The database file as SQLite sees it: examined, checked and identified through SQLite.

Nothing here opens a database file (or its ``-wal``/``-shm``) with ``open()``: POSIX
advisory locks belong to a process and a file, not to a descriptor, so closing *any*
descriptor of the file drops every lock the process holds on it ("How To Corrupt An
SQLite Database File", section 2.2). SQLite's own descriptors of one file share the
locks and are closed only when none is held; a plain ``open()`` is not so careful. After
it, another program that closes its last connection takes the exclusive lock,
checkpoints and deletes the WAL, and every commit made afterwards goes into the deleted
file and is gone after a crash. ``os.stat`` (``Path.exists``, ``Path.stat``) opens
nothing and is used for sizes.

``examine`` tells a missing, empty, foreign (not SQLite), sound or cut-short file apart.
If the file has no ``-wal`` it reads with ``immutable=1``, which creates no ``-wal`` or
``-shm`` beside a file that turns out to be damaged (that file is left exactly as it
was); otherwise someone may be writing it, and a locking read-only connection gives a
consistent view.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from workbench.messages import QT_TRANSLATE_NOOP
from workbench.store import migrations
from workbench.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotAWorkbenchDatabaseError,
)

#: The files SQLite keeps beside a database.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

Kind = Literal["missing", "empty", "foreign", "sqlite"]


def companions(db_path: Path | str) -> list[Path]:
    """The ``-wal``, ``-shm`` and ``-journal`` files of ``db_path`` (existing or not)."""
    return [Path(f"{db_path}{suffix}") for suffix in COMPANION_SUFFIXES]


def is_database_file(candidate: Path | str, db_path: Path | str) -> bool:
    """True if ``candidate`` is the database at ``db_path`` or one of its companions
    (by name, or the same file under another name). Opens nothing."""
    candidate = Path(candidate).expanduser()
    for path in (Path(db_path), *companions(db_path)):
        try:
            if candidate.resolve() == path.resolve() or (
                candidate.exists() and path.exists() and os.path.samefile(candidate, path)
            ):
                return True
        except OSError:
            continue
    return False


def connect_readonly(path: Path | str, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` reads the main file alone, without locks,
    ``-wal`` or ``-shm`` (only for a file nobody writes)."""
    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
    return sqlite3.connect(uri + ("&immutable=1" if immutable else ""), uri=True)


@dataclass(frozen=True)
class Examined:
    """What ``examine`` found; ``problem`` says how a damaged SQLite file is damaged."""

    kind: Kind
    size: int = 0
    page_size: int = 0
    problem: str | None = None


def _primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of an error (``SQLITE_CORRUPT`` for all its kinds)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _read_header(path: Path, immutable: bool) -> int:
    """The page size, after SQLite has read and checked the header (raises otherwise)."""
    conn = connect_readonly(path, immutable=immutable)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def _shorter_than_header(path: Path, immutable: bool) -> bool:
    """SQLite reports a file shorter than its header's page count as corrupt; with
    ``writable_schema`` it reads such a file anyway, which tells that case apart."""
    conn = connect_readonly(path, immutable=immutable)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _examine_once(path: Path, size: int, immutable: bool) -> Examined:
    try:
        page_size = _read_header(path, immutable)
    except sqlite3.DatabaseError as exc:
        code = _primary_code(exc)
        if code == sqlite3.SQLITE_NOTADB:
            return Examined("foreign", size)
        if code != sqlite3.SQLITE_CORRUPT:
            raise CorruptDatabaseError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{path} could not be read: {reason}. It was left as it is."
                ),
                path=path,
                reason=exc,
            ) from exc
        if _shorter_than_header(path, immutable):
            return Examined("sqlite", size, problem="the file is cut short")
        return Examined("sqlite", size, problem=f"its first page is damaged: {exc}")
    if size % page_size:
        return Examined("sqlite", size, page_size, "the file is cut short in the middle of a page")
    return Examined("sqlite", size, page_size)


def examine(path: Path | str) -> Examined:
    """Look at the file at ``path`` without changing it (see the module docstring)."""
    path = Path(path)
    try:
        found = path.stat()
    except FileNotFoundError:
        return Examined("missing")
    except OSError as exc:
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP("DomainError", "{path} could not be read: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    if stat.S_ISDIR(found.st_mode):
        raise NotAWorkbenchDatabaseError(
            QT_TRANSLATE_NOOP("DomainError", "{path} is a folder, not a database file."), path=path
        )
    size = found.st_size
    if size == 0:
        return Examined("empty")
    live = companions(path)[0].exists()
    examined = _examine_once(path, size, immutable=not live)
    if examined.problem is not None and not live and companions(path)[0].exists():
        # someone opened it while we looked: ask again, with locks, before crying damage
        examined = _examine_once(path, size, immutable=False)
    return examined


def quick_check_file(path: Path | str) -> list[str]:
    """What ``PRAGMA quick_check`` finds in a file (empty when sound); never writes."""
    try:
        conn = connect_readonly(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def inspect_file(path: Path | str) -> str | None:
    """Check a file without changing it; return its schema revision (None if empty).

    Raises ``NotAWorkbenchDatabaseError`` or ``NewerSchemaError`` with a message for the
    user, and ``CorruptDatabaseError`` if SQLite cannot read it.
    """
    path = Path(path)
    if examine(path).kind in ("missing", "empty"):
        return None
    try:
        conn = connect_readonly(path)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _primary_code(exc) == sqlite3.SQLITE_NOTADB:
            raise NotAWorkbenchDatabaseError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{path} is not a workbench database (it is not an SQLite file). It was left "
                    "as it is.",
                ),
                path=path,
            ) from exc
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} could not be read: {reason}. It was left as it is."
            ),
            path=path,
            reason=exc,
        ) from exc
    if revision is None:
        if tables:
            raise NotAWorkbenchDatabaseError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{path} is an SQLite file but not a workbench database. It was left as it is.",
                ),
                path=path,
            )
        return None
    if revision not in migrations.known_revisions():
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} was written by a newer version of the Engagement Workbench (schema "
                "{revision}). Install the newer version to open it; the file was left untouched.",
            ),
            path=path,
            revision=revision,
        )
    return revision

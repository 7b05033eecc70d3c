"""Backups: consistent copies taken while the app is open, and a restore that loses nothing.

A backup is made with SQLite's online backup API from a read-only connection, so it is a
consistent snapshot of the last committed state even while the app goes on writing (in
WAL mode readers never block the writer). It is written to a temporary name, checked
with ``PRAGMA quick_check`` and only then renamed into place, so a backup file is either
complete and sound or absent. Backups are single files (journal mode DELETE), named
``<db stem>-backup-<UTC stamp>.sqlite`` in ``config.backups_dir()``.

``auto_backup_if_due`` is called on start: one backup a day, the last ``KEEP`` kept.
``restore`` never overwrites the current file: it is renamed aside (with its WAL) first.

When the database shares in a group, a backup is sealed like an exchange package (the
backups folder may lie on a cloud too): the caller passes ``seal`` (and ``unseal`` to
restore), from ``workbench.services.group.backups``, as this layer knows no keys. The
checked copy is then made in a private temporary folder, sealed into the backups folder
as ``….sqlite.sealed``, and never lies there in plain text.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from workbench import config
from workbench.messages import QT_TRANSLATE_NOOP, UserMessage
from workbench.store.errors import StoreError
from workbench.store.sqlite_file import (
    connect_readonly,
    inspect_file,
    is_database_file,
    quick_check_file,
)

log = logging.getLogger(__name__)

#: How many automatic backups are kept per database.
KEEP = 10
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-backup-(?P<stamp>\d{8}T\d{6}\.\d{6}Z)\.sqlite(?:\.sealed)?$")
SEALED_SUFFIX = ".sealed"

#: Seals the checked copy at the first path into the second; False: not in a group
#: (the backup stays plain).
Seal = Callable[[Path, Path], bool]
#: The plain database in a sealed backup (first path), written into the folder given.
Unseal = Callable[[Path, Path], Path]


class BackupError(UserMessage):
    """A backup or restore that could not be done; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    taken_at: datetime  # UTC
    size: int


class _HasPath(Protocol):
    path: Path


def _fsync(path: Path) -> None:
    """Flush a file we wrote and closed (a new backup or restore copy, never the live
    database: see ``workbench.store``)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, target: Path, seal: Seal | None = None) -> Path:
    """Copy the database ``source`` to ``target`` consistently (safe while it is open);
    sealed (as ``target`` + ``.sealed``) if ``seal`` seals it.

    The copy is checked before it is given its name; an existing ``target`` is replaced
    only by a sound copy.
    """
    source, target = Path(source), Path(target)
    if seal is not None:
        with tempfile.TemporaryDirectory(prefix="workbench-backup-") as private:
            plain = backup_file(source, Path(private) / target.name)
            sealed = target.with_name(target.name + SEALED_SUFFIX)
            partial = sealed.with_name(sealed.name + ".partial")
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                if seal(plain, partial):
                    os.replace(partial, sealed)
                    log.info("backed up %s to %s, sealed", source, sealed)
                    return sealed
            finally:
                partial.unlink(missing_ok=True)
    if not source.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "There is no database at {source} to back up."),
            source=source,
        )
    if is_database_file(target, source):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{target} is the database itself; choose another file for the backup.",
            ),
            target=target,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = connect_readonly(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "{source} could not be backed up: {reason}"),
            source=source,
            reason=exc,
        ) from exc
    problems = quick_check_file(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "The backup of {source} is not sound: {problems}"),
            source=source,
            problems=problems[0],
        )
    _fsync(partial)
    os.replace(partial, target)
    log.info("backed up %s to %s", source, target)
    return target


def backup_path(db_path: Path, when: datetime, folder: Path | None = None) -> Path:
    """Where the backup of ``db_path`` taken at ``when`` goes."""
    folder = folder or config.backups_dir()
    name = f"{Path(db_path).stem}-backup-{when.astimezone(UTC).strftime(_STAMP_FORMAT)}.sqlite"
    return folder / name


def back_up_now(db_path: Path, *, now: datetime | None = None, seal: Seal | None = None) -> Path:
    """A backup of ``db_path`` into the backups folder, then the oldest beyond ``KEEP``
    are removed."""
    when = backup_path(db_path, now or datetime.now(UTC))
    target = backup_file(Path(db_path), when, seal)
    prune(db_path)
    return target


def list_backups(db_path: Path | None = None, folder: Path | None = None) -> list[BackupInfo]:
    """Backups in the backups folder (of ``db_path`` only, if given), newest first."""
    folder = folder or config.backups_dir()
    stem = Path(db_path).stem if db_path is not None else None
    found = []
    for path in folder.glob("*-backup-*.sqlite*"):
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        taken = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_backup(db_path: Path) -> BackupInfo | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def prune(db_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove the oldest backups of ``db_path`` beyond ``keep``; returns what went."""
    removed = []
    for info in list_backups(db_path)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def auto_backup_if_due(
    db: _HasPath | Path, *, now: datetime | None = None, seal: Seal | None = None
) -> Path | None:
    """Back up the database (an open ``Database`` or a path) unless it was already backed
    up today (local date). Called on start; returns the new backup, or None.
    """
    db_path = db if isinstance(db, Path) else Path(db.path)
    now = now or datetime.now(UTC)
    if not db_path.exists():
        return None
    latest = latest_backup(db_path)
    if latest is not None and latest.taken_at.astimezone().date() >= now.astimezone().date():
        return None
    return back_up_now(db_path, now=now, seal=seal)


def _aside_path(db_path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    candidate = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}-{n}{db_path.suffix}")
    return candidate


def restore(
    backup: Path, db_path: Path, *, now: datetime | None = None, unseal: Unseal | None = None
) -> Path | None:
    """Put ``backup`` in place of ``db_path``; the current file is renamed aside first.

    The database must be closed (no open connections). The backup is checked before
    anything moves; returns where the current file was put (None if there was none). A
    sealed backup is opened by ``unseal`` into a private temporary folder first.
    """
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "There is no backup at {backup}."), backup=backup
        )
    if backup.name.endswith(SEALED_SUFFIX):
        if unseal is None:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "This backup is sealed for the group; restore it in the workbench.",
                )
            )
        with tempfile.TemporaryDirectory(prefix="workbench-restore-") as private:
            plain = unseal(backup, Path(private))
            return restore(plain, db_path, now=now)
    if is_database_file(backup, db_path):
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "That is the database itself, not a backup of it.")
        )
    try:
        inspect_file(backup)
    except StoreError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "{backup} cannot be restored: {reason}"),
            backup=backup,
            reason=exc,
        ) from exc
    problems = quick_check_file(backup)
    if problems:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{backup} cannot be restored, it is damaged: {problems}"
            ),
            backup=backup,
            problems=problems[0],
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    _fsync(partial)
    aside = None
    if db_path.exists():
        aside = _aside_path(db_path, now or datetime.now(UTC))
        for suffix in ("-wal", "-shm"):
            companion = Path(f"{db_path}{suffix}")
            if companion.exists():
                os.replace(companion, f"{aside}{suffix}")
        os.replace(db_path, aside)
        log.info("kept the current database aside as %s", aside)
    os.replace(partial, db_path)
    log.info("restored %s from %s", db_path, backup)
    return aside

"""The check on open: a damaged file is refused with a message that names the way back.

``check_on_open`` runs before the store opens its engine: SQLite reads the header (a file
cut short is found at once, whatever its size; ``sqlite_file.examine``) and, for files
up to ``FULL_CHECK_MAX_BYTES``, runs ``PRAGMA quick_check`` on a read-only connection. A
bigger file (years of notes) would make every start wait a second for that, so the GUI
runs the same ``quick_check`` off the GUI thread just after opening
(``needs_background_check``), while the app's own connection is open; that is why
nothing here reads the file but SQLite (see ``workbench.store``).
A damaged file raises ``DamagedDatabaseError``, whose message names the latest backup and
how to restore it; the file itself is left exactly as it is (a restore renames it aside,
it is never overwritten), so nothing that might still be rescued from it is lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.messages import QT_TRANSLATE_NOOP
from workbench.store.backup import BackupInfo, latest_backup
from workbench.store.errors import CorruptDatabaseError
from workbench.store.sqlite_file import companions, examine, quick_check_file

log = logging.getLogger(__name__)

#: Files up to this size get the full ``PRAGMA quick_check`` on open (about 0.1 s).
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


class DamagedDatabaseError(CorruptDatabaseError):
    """A database file that fails its integrity check; ``latest_backup`` may be None.
    The words the user reads: what is wrong, that the file was kept, the way back."""

    def __init__(self, path: Path, problem: str, latest_backup: BackupInfo | None) -> None:
        if latest_backup is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{path} is damaged ({problem}). The file was left as it is. There is no "
                    "backup of it in the backups folder.",
                ),
                path=path,
                problem=problem,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{path} is damaged ({problem}). The file was left as it is. The latest "
                    "backup is {backup} (taken {when}); restore it with File → Backups or "
                    "`workbench restore {backup}`.",
                ),
                path=path,
                problem=problem,
                backup=latest_backup.path,
                when=latest_backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        self.path = path
        self.latest_backup = latest_backup


def _raise_damaged(path: Path, problem: str) -> None:
    log.error("integrity check of %s failed: %s", path, problem)
    backup = latest_backup(path)
    raise DamagedDatabaseError(path, problem, backup)


def needs_background_check(path: Path | str) -> bool:
    """True when ``check_on_open`` left the full check for later (a big file)."""
    found = examine(path)
    return found.kind == "sqlite" and found.size > FULL_CHECK_MAX_BYTES


def check_on_open(path: Path | str) -> None:
    """The check the store runs before opening; raises ``DamagedDatabaseError``."""
    path = Path(path)
    found = examine(path)
    if found.kind == "foreign" and _was_a_database(path):
        _raise_damaged(path, "its first page is damaged: SQLite no longer sees a database in it")
    if found.kind != "sqlite":
        return  # missing, empty or not SQLite: sqlite_file.inspect_file explains those
    if found.problem is not None:
        _raise_damaged(path, found.problem)
    if found.size <= FULL_CHECK_MAX_BYTES:
        _quick_check(path)


def _was_a_database(path: Path) -> bool:
    """A file SQLite does not recognise, but that has backups or a WAL beside it, is a
    database whose header was damaged, not somebody else's file: offer the backup.
    (Its first bytes are not read to tell: see ``workbench.store``.)"""
    return latest_backup(path) is not None or any(p.exists() for p in companions(path))


def quick_check(path: Path | str) -> None:
    """Raise ``DamagedDatabaseError`` if the SQLite file at ``path`` is not sound.

    Missing, empty and non-SQLite files pass: ``sqlite_file.inspect_file`` explains those.
    Safe while the app has the file open (SQLite only, read-only).
    """
    path = Path(path)
    found = examine(path)
    if found.kind != "sqlite":
        return
    if found.problem is not None:
        _raise_damaged(path, found.problem)
    _quick_check(path)


def _quick_check(path: Path) -> None:
    problems = quick_check_file(path)
    if problems:
        _raise_damaged(path, problems[0])

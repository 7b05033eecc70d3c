"""The check on open: a damaged file is refused with a message that names the way back.

``check_on_open`` runs before the store touches the file: the header's page count against
the file's size (a truncated file, at once, whatever its size) and, for files up to
``FULL_CHECK_MAX_BYTES``, ``PRAGMA quick_check`` on a read-only connection. A bigger file
(years of notes) would make every start wait a second for that, so the GUI runs the same
``quick_check`` off the GUI thread just after opening (``needs_background_check``).
A damaged file raises ``DamagedDatabaseError``, whose message names the latest backup and
how to restore it; the file itself is left exactly as it is (a restore renames it aside,
it is never overwritten), so nothing that might still be rescued from it is lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.store.backup import BackupInfo, latest_backup, quick_check_file
from workbench.store.database import SQLITE_HEADER, CorruptDatabaseError

log = logging.getLogger(__name__)

#: Files up to this size get the full ``PRAGMA quick_check`` on open (about 0.1 s).
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


class DamagedDatabaseError(CorruptDatabaseError):
    """A database file that fails its integrity check; ``latest_backup`` may be None."""

    def __init__(self, message: str, path: Path, latest_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.path = path
        self.latest_backup = latest_backup


def damaged_message(path: Path, problem: str, backup: BackupInfo | None) -> str:
    """The words the user reads: what is wrong, that the file was kept, the way back."""
    text = f"{path} is damaged ({problem}). The file was left as it is."
    if backup is None:
        return text + " There is no backup of it in the backups folder."
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        text + f" The latest backup is {backup.path} (taken {when}); "
        f"restore it with File → Backups or `workbench restore {backup.path}`."
    )


def _is_sqlite(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def size_problem(path: Path) -> str | None:
    """A file shorter than its header says (cut short by a full disk or a bad copy)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        return "the file is cut short"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "the file's header is damaged"
    if size % page_size:
        return "the file is cut short"
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[92:96] == header[24:28]
    if header_size_valid and pages * page_size > size:
        return f"the file is cut short ({size} of {pages * page_size} bytes)"
    return None


def _raise_damaged(path: Path, problem: str) -> None:
    log.error("integrity check of %s failed: %s", path, problem)
    backup = latest_backup(path)
    raise DamagedDatabaseError(damaged_message(path, problem, backup), path, backup)


def needs_background_check(path: Path | str) -> bool:
    """True when ``check_on_open`` left the full check for later (a big file)."""
    path = Path(path)
    return _is_sqlite(path) and path.stat().st_size > FULL_CHECK_MAX_BYTES


def check_on_open(path: Path | str) -> None:
    """The check the store runs before opening; raises ``DamagedDatabaseError``."""
    path = Path(path)
    if not _is_sqlite(path):
        return  # missing, empty or not SQLite: database.inspect_file explains those
    problem = size_problem(path)
    if problem is not None:
        _raise_damaged(path, problem)
    if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
        quick_check(path)


def quick_check(path: Path | str) -> None:
    """Raise ``DamagedDatabaseError`` if the SQLite file at ``path`` is not sound.

    Missing, empty and non-SQLite files pass: ``database.inspect_file`` explains those.
    """
    path = Path(path)
    if not _is_sqlite(path):
        return
    problems = quick_check_file(path)
    if problems:
        _raise_damaged(path, problems[0])

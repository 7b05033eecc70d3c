"""The check on open: a damaged file is refused with a message that names the way back.

``quick_check`` runs ``PRAGMA quick_check`` on a read-only connection before the store
touches the file. A corrupt or truncated file raises ``DamagedDatabaseError``, whose
message names the latest backup and how to restore it; the file itself is left exactly as
it is (a restore renames it aside, it is never overwritten), so nothing that might still
be rescued from it is lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.store.backup import BackupInfo, latest_backup, quick_check_file
from workbench.store.database import SQLITE_HEADER, CorruptDatabaseError

log = logging.getLogger(__name__)


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


def quick_check(path: Path | str) -> None:
    """Raise ``DamagedDatabaseError`` if the SQLite file at ``path`` is not sound.

    Missing, empty and non-SQLite files pass: ``database.inspect_file`` explains those.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return
    problems = quick_check_file(path)
    if not problems:
        return
    log.error("integrity check of %s failed: %s", path, problems[:5])
    backup = latest_backup(path)
    raise DamagedDatabaseError(damaged_message(path, problems[0], backup), path, backup)

"""Moving the live database out of a synced folder, keeping the laptop's identity.

The copy is made with SQLite's backup API (safe while the app has the file open,
``workbench.store.backup``) into a folder the user chooses, checked, and told that it
is the same laptop in its new place (its installation ID is bound to host and path, see
``services.exchange.packages``), so the group goes on seeing one laptop with one
numbering, not a newcomer. The old file is left where it was, untouched: the window
quits right after, and the user deletes it once the new place works.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.config import DB_FILENAME
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.exchange.packages import installation_home
from workbench.services.sync.location import synced_place
from workbench.store.backup import BackupError, backup_file
from workbench.store.database import Database


def move_database(db: Database, folder: Path, exchange_folder: Path | None = None) -> Path:
    """Copy the database into ``folder`` as this laptop's database; returns its path."""
    folder = Path(folder).expanduser()
    target = folder / DB_FILENAME
    place = synced_place(target, exchange_folder)
    if place is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{folder} is inside a synced folder too ({engine}); choose a folder on this "
                "laptop only.",
            ),
            folder=folder,
            engine=place.engine,
        )
    if target.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "There is a database at {path} already; choose another folder."
            ),
            path=target,
        )
    try:
        backup_file(db.path, target)
    except BackupError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The database could not be copied to {path}: {reason}"
            ),
            path=target,
            reason=str(exc),
        ) from exc
    key, home = installation_home(target)
    conn = sqlite3.connect(target)
    try:
        with conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = ?", (home, key))
    finally:
        conn.close()
    return target

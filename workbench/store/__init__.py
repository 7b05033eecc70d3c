"""Engine and sessions, migrations, backup, integrity and the search index.

**The live file is touched only through SQLite.** While a connection of the app is
open, nothing in the app process opens the database file, its ``-wal`` or its ``-shm``
with anything but SQLite: no ``open()``, ``os.open()``, ``Path.read_bytes()``, zip
reader, ``shutil`` copy or hash of it. POSIX advisory locks belong to the process, and
closing *any* descriptor of the file drops all of them ("How To Corrupt An SQLite
Database File", section 2.2); another program that then closes its last connection (a
``workbench list``, a backup tool, the ``sqlite3`` shell, a sync client) deletes the
WAL the app is still writing, and every "Saved" after that is lost on a crash. So:

- header, size and integrity checks go through SQLite (``sqlite_file.examine``,
  ``PRAGMA quick_check`` on a read-only connection) and ``os.stat``, which opens nothing;
- copies are made with SQLite's backup API (``backup``), never by copying bytes;
- a file the user names (an export, a package, a backup target, a workbook to import)
  that is the database or one of its companions is refused before it is opened
  (``sqlite_file.is_database_file``).

``tests/store/test_only_sqlite_opens_the_file.py`` enforces the rule: it wraps
``open``, ``io.open``, ``os.open`` and ``io.FileIO`` while the store is open and runs
what the app does; ``tests/reliability/test_outside_readers.py`` kills the app's writer
with SIGKILL while other processes read, and finds every acknowledged write.

**Saved means on the disk.** Every connection runs with ``synchronous=FULL``: in WAL mode
a commit returns only after the WAL is synced, so what the app calls "Saved" survives a
power cut, not only a crash. It costs about 5 ms per autosave (11–12 ms against 6–7 ms
with NORMAL in ``make bench``; see ``database``).

Modules, each importing only those listed before it: ``errors``, ``migrations``,
``sqlite_file``, ``backup``, ``integrity``, ``lineage``, ``journal`` (what changed since
the last package to the exchange folder), ``search_index``, ``database`` (``instance``,
the one-writer lock file, stands apart). The names this package offers come from
``database`` when first used, so ``instance`` is imported without SQLAlchemy.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.store.database import (
        CorruptDatabaseError,
        Database,
        NewerSchemaError,
        NotAWorkbenchDatabaseError,
        StoreError,
        open_database,
    )

__all__ = [
    "CorruptDatabaseError",
    "Database",
    "NewerSchemaError",
    "NotAWorkbenchDatabaseError",
    "StoreError",
    "open_database",
]


def __getattr__(name: str) -> Any:
    """The names above, from ``database`` when first asked for: importing a module of the
    store that needs no SQLAlchemy (``instance``, the lock the window takes before its
    first paint) does not import SQLAlchemy."""
    if name in __all__:
        from workbench.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Where the one-writer lock of a database lives, and whether a running app holds it.

The GUI takes the lock with ``QLockFile`` (``workbench.ui.shell.single_instance``); commands
that replace the file (``workbench restore``) read it here without Qt, so they refuse to
pull a database from under an open window.
"""

from __future__ import annotations

import os
from pathlib import Path

# ``hashlib`` and ``socket`` are imported where they are used: the window takes its lock
# (``lock_path``) before its first paint, when every millisecond shows.


def lock_path(db_path: Path | str) -> Path:
    """The lock file beside the database (one per database file)."""
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


def server_name(db_path: Path | str) -> str:
    """The local socket a running app listens on, named after the database path."""
    import hashlib

    digest = hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:16]
    return f"engagement-workbench-{digest}"


def held_by_running_app(db_path: Path | str) -> bool:
    """True if a live process on this host holds the database's lock file."""
    try:
        lines = lock_path(db_path).read_text(errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    import socket

    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # held on another machine (a shared folder): assume it is in use
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

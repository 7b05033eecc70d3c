"""Is the live database inside a folder a sync engine copies? It must not be.

A sync engine copies a file when it changes. SQLite writes a database in several files
(the database, its ``-wal`` and ``-shm``) and in several steps; a copy taken while the
app has it open, or a copy arriving from another laptop over the open file, is a known
way to lose data or damage the file ("How To Corrupt An SQLite Database File", 1.3 and
2.3). So the exchange folder carries packages, never the database, and the window warns
when the database itself lies in the exchange folder or inside a folder an engine keeps
in step, found by the marks the engines leave:

- Syncthing: ``.stfolder`` at the top of a shared folder;
- Dropbox: ``.dropbox`` / ``.dropbox.cache``, or a folder named Dropbox;
- Nextcloud and ownCloud: their journal ``.sync_*.db`` / ``._sync_*.db`` or sync log;
- OneDrive and SharePoint: the folders named by ``%OneDrive%``, ``%OneDriveCommercial%``
  and ``%OneDriveConsumer%``, ``OneDrive``/``OneDrive - Org`` folders, and macOS's
  ``Library/CloudStorage/<provider>``;
- iCloud Drive (``Library/Mobile Documents``), Google Drive, Synology Drive, Resilio.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

_MARKERS: tuple[tuple[str, str], ...] = (
    (".stfolder", "Syncthing"),
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".owncloudsync.log", "Nextcloud"),
    (".nextcloudsync.log", "Nextcloud"),
    (".SynologyWorkingDirectory", "Synology Drive"),
    (".sync/ID", "Resilio Sync"),
    (".tmp.drivedownload", "Google Drive"),
)
_NEXTCLOUD_JOURNAL = re.compile(r"\._?sync_[0-9a-f]+\.db", re.IGNORECASE)
_FOLDER_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"onedrive( ?[-–] ?.+)?", re.IGNORECASE), "OneDrive"),
    (re.compile(r"dropbox( \(.+\))?", re.IGNORECASE), "Dropbox"),
    (re.compile(r"(google drive|googledrive.*|my drive)", re.IGNORECASE), "Google Drive"),
    (re.compile(r"nextcloud", re.IGNORECASE), "Nextcloud"),
)
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


@dataclass(frozen=True)
class SyncedPlace:
    """Where a path is synced: the engine (a name people know) and its top folder."""

    engine: str
    root: Path
    exchange_folder: bool = False  # the workbench's own exchange folder


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


def _marked(folder: Path) -> str | None:
    for marker, engine in _MARKERS:
        if os.path.lexists(folder / marker):
            return engine
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") and _NEXTCLOUD_JOURNAL.fullmatch(entry.name):
                    return "Nextcloud"
    except OSError:
        return None
    return None


def _named(folder: Path) -> str | None:
    parent = folder.parent.name
    if parent == "CloudStorage" and folder.parent.parent.name == "Library":
        return folder.name.split("-", 1)[0] or folder.name  # OneDrive-Org, Dropbox, …
    if folder.name == "Mobile Documents" and parent == "Library":
        return "iCloud Drive"
    for pattern, engine in _FOLDER_NAMES:
        if pattern.fullmatch(folder.name):
            return engine
    return None


def synced_place(
    db_path: Path,
    exchange_folder: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> SyncedPlace | None:
    """The synced folder the database lies in, or None when it lies in none we know."""
    environ = os.environ if environ is None else environ
    path = _resolved(Path(db_path))
    if exchange_folder is not None:
        folder = _resolved(Path(exchange_folder))
        if _inside(path, folder):
            return SyncedPlace("exchange folder", folder, exchange_folder=True)
    for variable in _ONEDRIVE_VARIABLES:
        value = environ.get(variable)
        if value and _inside(path, _resolved(Path(value))):
            return SyncedPlace("OneDrive", _resolved(Path(value)))
    for folder in path.parents:
        engine = _marked(folder) or _named(folder)
        if engine:
            return SyncedPlace(engine, folder)
    return None

"""The exchange folder on disk: whose folder is whose, which file is which.

::

    <exchange folder>/
        <installation id>/          one per laptop; only that laptop writes in it
            laptop.json             its state: name, latest number, what it merged of others
            snapshot-000001.zip     everything that laptop had, when it wrote this number
            000002.zip …            the changes since the number before, never edited again

A number belongs to one file: ``000042.zip`` (changes) or ``snapshot-000042.zip``
(everything up to 42, and maybe a little more). Files come and go under the sync engine's
hands, so a listing recognises, and sets apart rather than reads as packages:

- files being written (``.partial``, ``.tmp``, hidden and ``~`` names of the engines);
- *conflict copies* the engines make when two writers meet: Dropbox and Nextcloud
  (``000042 (… conflicted copy 2024-05-01 ….zip``), OneDrive (``000042-DESKTOP-7.zip``),
  Syncthing (``000042.sync-conflict-20240501-101500-ABCDEFG.zip``), ownCloud
  (``000042_conflict-…``) and plain duplicates (``000042 (1).zip``, ``… - Copy``);
- folders that are not a laptop's (not named by an installation id, or a copy of one).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

STATE_FILE = "laptop.json"
PACKAGE_SUFFIX = ".zip"
_DIGITS = 6
_PACKAGE = re.compile(r"(?P<n>\d{6,9})\.zip")
_SNAPSHOT = re.compile(r"snapshot-(?P<n>\d{6,9})\.zip")
#: A name that begins like one of ours and carries more before the extension.
_COPY = re.compile(r"(?P<snap>snapshot-)?(?P<n>\d{6,9})(?P<mark>[^/\\]+?)\.zip", re.IGNORECASE)
_STATE_COPY = re.compile(r"laptop(?P<mark>[^/\\]+?)\.json", re.IGNORECASE)
_LAPTOP = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ENGINE_MARKS = (
    ("syncthing", re.compile(r"\.sync-conflict-", re.IGNORECASE)),
    ("dropbox/nextcloud", re.compile(r"conflicted copy|conflit|konflikt", re.IGNORECASE)),
    ("owncloud", re.compile(r"_conflict-", re.IGNORECASE)),
    ("duplicate", re.compile(r"^\s*(\(\d+\)|- ?(copy|kopie)( \(\d+\))?)\s*$", re.IGNORECASE)),
    ("onedrive", re.compile(r"^-[A-Za-z0-9][A-Za-z0-9_.-]*$")),
)


def package_name(number: int) -> str:
    return f"{number:0{_DIGITS}d}{PACKAGE_SUFFIX}"


def snapshot_name(number: int) -> str:
    return f"snapshot-{number:0{_DIGITS}d}{PACKAGE_SUFFIX}"


def is_laptop_folder_name(name: str) -> bool:
    """A folder named by an installation id (a random UUID), nothing more."""
    return _LAPTOP.fullmatch(name) is not None


def engine_of_copy(mark: str) -> str:
    """Which engine made a copy, judged by what it added to the name (for the log)."""
    for engine, pattern in _ENGINE_MARKS:
        if pattern.search(mark):
            return engine
    return "unknown"


def is_in_progress(name: str) -> bool:
    """A file some program is still writing: ours (``.partial``) or an engine's."""
    lower = name.lower()
    return (
        name.startswith((".", "~"))
        or lower.endswith((".partial", ".tmp", ".part", ".crdownload", ".download"))
        or ".partial." in lower
    )


@dataclass(frozen=True)
class FileInfo:
    """A file of a laptop's folder, with what a sync engine's copy is judged by."""

    path: Path
    number: int
    snapshot: bool
    size: int
    mtime_ns: int

    @property
    def signature(self) -> tuple[int, int]:
        """Size and time: a file still being copied changes one or the other."""
        return (self.size, self.mtime_ns)


@dataclass
class Listing:
    """What one laptop's folder holds."""

    folder: Path
    packages: dict[int, FileInfo] = field(default_factory=dict)
    snapshots: dict[int, FileInfo] = field(default_factory=dict)
    copies: dict[int, list[tuple[FileInfo, str]]] = field(default_factory=dict)  # and engine
    state: Path | None = None
    state_copies: list[Path] = field(default_factory=list)
    in_progress: list[Path] = field(default_factory=list)

    @property
    def highest(self) -> int:
        """The highest number any file uses (copies included): the next is above it."""
        numbers = [*self.packages, *self.snapshots, *self.copies]
        return max(numbers, default=0)

    def newest_snapshot(self, above: int = 0) -> FileInfo | None:
        found = [n for n in self.snapshots if n > above]
        return self.snapshots[max(found)] if found else None

    def has(self, number: int) -> bool:
        return number in self.packages or number in self.snapshots


def _info(entry: os.DirEntry[str], number: int, snapshot: bool) -> FileInfo | None:
    try:
        stat = entry.stat()
    except OSError:
        return None  # gone between listing and looking: the engine moved it
    return FileInfo(Path(entry.path), number, snapshot, stat.st_size, stat.st_mtime_ns)


def list_laptop_folder(folder: Path) -> Listing:
    """Sort a laptop's files; ``OSError`` if the folder itself cannot be read."""
    listing = Listing(folder)
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            try:
                if not entry.is_file():
                    continue
            except OSError:
                continue
            if is_in_progress(name):
                listing.in_progress.append(Path(entry.path))
                continue
            if name == STATE_FILE:
                listing.state = Path(entry.path)
                continue
            if _STATE_COPY.fullmatch(name):
                listing.state_copies.append(Path(entry.path))
                continue
            _sort_package(listing, entry)
    return listing


def _sort_package(listing: Listing, entry: os.DirEntry[str]) -> None:
    name = entry.name
    for pattern, snapshot in ((_PACKAGE, False), (_SNAPSHOT, True)):
        match = pattern.fullmatch(name)
        if match:
            info = _info(entry, int(match["n"]), snapshot)
            if info is not None:
                (listing.snapshots if snapshot else listing.packages)[info.number] = info
            return
    match = _COPY.fullmatch(name)
    if match:
        info = _info(entry, int(match["n"]), bool(match["snap"]))
        if info is not None:
            listing.copies.setdefault(info.number, []).append((info, engine_of_copy(match["mark"])))


def laptop_folders(root: Path) -> dict[str, Path]:
    """Every laptop's folder in the exchange folder, by installation id; ``OSError`` if
    the exchange folder cannot be read. Copies of a folder and other folders are left."""
    found: dict[str, Path] = {}
    with os.scandir(root) as entries:
        for entry in entries:
            try:
                if entry.is_dir() and is_laptop_folder_name(entry.name):
                    found[entry.name] = Path(entry.path)
            except OSError:
                continue
    return found

"""The drop folder: files a phone saves into a synced folder become notes in the inbox.

Members at a conference save notes, photos of slides, e-mails and scans on their phone
into a folder their sync client (OneDrive, Nextcloud, Syncthing) keeps in step with the
laptop. ``scan`` takes in what arrived (``dropfiles`` says what each file becomes): each
a new *working group only*, untriaged note, with its photo, PDF or the e-mail's
attachments as documents of the note. Nothing is taken twice and nothing is lost:

- a file is taken in once by content: its SHA-256 is remembered in ``meta``
  (``dropfolder:<sha256>``) in the same transaction as the note, and only then is the
  file moved to ``Done/`` (never deleted; a clash of names gets `` (2)``). A crash
  between the two leaves a known file, which the next scan just moves to ``Done``;
- a file still being written (its size or time changed between two looks, or a
  temporary name of a sync engine or an editor) is left for the next scan. What happens
  between the looks is ``settle``: a short pause by default, injected by tests;
- a file that cannot be read goes to ``Problems/`` with a ``.txt`` beside it saying why;
- a file of another kind (a ``.docx``, a database) is left where it is, untouched: a
  folder chosen by mistake loses nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench.domain import utcnow
from workbench.domain.stewardship import MAX_DOCUMENT_BYTES
from workbench.services.capture.dropfiles import TAKEN_SUFFIXES, Capture, Unreadable, read_drop
from workbench.services.capture.notes import create_note
from workbench.services.stewardship.documents import Owner, ReadFile, attach, size_text
from workbench.services.sync.layout import is_laptop_folder_name
from workbench.store import Database
from workbench.store.lineage import get_value, set_value

log = logging.getLogger(__name__)

DONE = "Done"
PROBLEMS = "Problems"
KEY_PREFIX = "dropfolder:"
#: Seconds between the two looks at the folder (a file still growing is left alone).
SETTLE_SECONDS = 2.0
#: Files the systems and sync clients leave in any folder; never notes, never problems.
_SYSTEM_NAMES = frozenset({"desktop.ini", "thumbs.db", "icon\r"})
_TEMPORARY_ENDINGS = (
    ".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".!sync", ".swp",
)  # fmt: skip
_TEMPORARY_STARTS = (".~", "~$", ".syncthing.", ".sb-", ".goutputstream-")


def is_temporary(name: str) -> bool:
    """A name a program gives a file while it writes it: ``.syncthing.x.tmp``, Office's
    ``~$`` owner files, LibreOffice's ``.~lock``, ``.part``, ``.!sync``, …"""
    lower = name.lower()
    return (
        lower.startswith(_TEMPORARY_STARTS)
        or lower.endswith(_TEMPORARY_ENDINGS)
        or ".partial." in lower
        or lower.endswith("~")
    )


def is_ignored(name: str) -> bool:
    """A file that is nobody's note: the system's (``desktop.ini``) or a hidden one the
    phone or the sync client keeps (``.nomedia``, ``.stignore``, ``.DS_Store``)."""
    return name.lower() in _SYSTEM_NAMES or (name.startswith(".") and not is_temporary(name))


@dataclass(frozen=True)
class Taken:
    """A file that became a note (and documents of it)."""

    file: str
    kind: str
    note_id: str
    title: str
    document_ids: tuple[str, ...] = ()
    not_kept: tuple[str, ...] = ()


@dataclass(frozen=True)
class DropProblem:
    """A file put in ``Problems`` (or left where it was, when even that failed)."""

    file: str
    reason: str
    moved_to: str | None = None


@dataclass
class DropReport:
    """What one scan did; ``reached`` is False when the folder is not there."""

    folder: str
    reached: bool = True
    message: str = ""
    taken: list[Taken] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # taken in before; now moved to Done
    waiting: list[str] = field(default_factory=list)  # still being written
    left_alone: list[str] = field(default_factory=list)  # not a kind taken in: untouched
    problems: list[DropProblem] = field(default_factory=list)

    @property
    def note_ids(self) -> list[str]:
        return [t.note_id for t in self.taken]

    @property
    def document_ids(self) -> list[str]:
        return [d for t in self.taken for d in t.document_ids]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pause() -> None:
    time.sleep(SETTLE_SECONDS)


def _look(folder: Path) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """The files ready to read (name → size and time) and those with temporary names."""
    ready, temporary = {}, []
    with os.scandir(folder) as entries:
        for entry in entries:
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if is_ignored(entry.name):
                    continue
                if is_temporary(entry.name):
                    temporary.append(entry.name)
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:  # gone between the listing and the look
                continue
            ready[entry.name] = (st.st_size, st.st_mtime_ns)
    return ready, sorted(temporary)


def refused_place(folder: Path, exchange: Path | None) -> str | None:
    """Why ``folder`` must not be a drop folder, or None: the exchange folder itself or a
    laptop's folder in it hold packages that must never be moved."""
    if exchange is None:
        return None
    try:
        inside = folder.resolve().relative_to(exchange.resolve())
    except (ValueError, OSError):
        return None
    if not inside.parts:
        return f"The drop folder {folder} is the exchange folder itself; choose another one."
    if is_laptop_folder_name(inside.parts[0]):
        return (
            f"The drop folder {folder} lies inside a laptop's own folder of the exchange "
            "folder; choose another one (by default: Inbox in the exchange folder)."
        )
    return None


def scan(
    db: Database,
    folder: Path | str,
    *,
    exchange: Path | None = None,
    settle: Callable[[], None] = _pause,
    now: Callable[[], datetime] = utcnow,
) -> DropReport:
    """Take in the files of the drop folder (see the module docstring); ``exchange`` is
    the exchange folder, whose packages the scan must never touch."""
    folder = Path(folder).expanduser()
    report = DropReport(str(folder))
    refused = refused_place(folder, exchange)
    if refused is None and folder.resolve() == db.path.resolve().parent:
        refused = f"The drop folder {folder} holds the database itself; choose another one."
    if refused:
        report.reached = False
        report.message = refused
        return report
    if not folder.is_dir():
        report.reached = False
        report.message = f"The drop folder {folder} is not there (or not reachable)."
        return report
    try:
        first, _ = _look(folder)
        if first:
            settle()
        second, temporary = _look(folder)
    except OSError as exc:
        report.reached = False
        report.message = f"The drop folder {folder} cannot be read ({exc.strerror or exc})."
        return report
    report.waiting.extend(temporary)
    for name in sorted(second):
        if first.get(name) != second[name]:
            report.waiting.append(name)  # new or still growing: the next scan takes it
            continue
        _take(db, folder, name, second[name][1] / 1e9, report, now)
    report.waiting.sort()
    return report


def _limit(name: str) -> int:
    # an e-mail carries its attachments in base64, a third bigger than the files
    return MAX_DOCUMENT_BYTES * 2 if name.lower().endswith(".eml") else MAX_DOCUMENT_BYTES


def _take(
    db: Database,
    folder: Path,
    name: str,
    mtime: float,
    report: DropReport,
    now: Callable[[], datetime],
) -> None:
    path = folder / name
    if Path(name).suffix.lower() not in TAKEN_SUFFIXES:
        report.left_alone.append(name)  # someone else's file: never moved, never read
        return
    try:
        size = path.stat().st_size
        if size > _limit(name):
            raise Unreadable(
                f"it is {size_text(size)}, more than the {size_text(_limit(name))} the "
                "workbench keeps; attach a smaller copy by hand"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        return  # another scan (the command line, another window) took it just now
    except Unreadable as exc:
        _to_problems(folder, name, str(exc), report, now)
        return
    except OSError as exc:
        _to_problems(folder, name, f"it cannot be read ({exc.strerror or exc})", report, now)
        return
    key = KEY_PREFIX + hashlib.sha256(data).hexdigest()
    with db.session() as s:
        known = get_value(s.connection(), key)
    if known is not None:
        report.known.append(name)
        _to_done(folder, name, report)
        return
    try:
        capture = read_drop(name, data, mtime)
    except Unreadable as exc:
        _to_problems(folder, name, str(exc), report, now)
        return
    taken = _write(db, name, capture, key)
    if taken is None:  # taken in by another scan between our look and our write
        report.known.append(name)
    else:
        report.taken.append(taken)
    _to_done(folder, name, report)


def _write(db: Database, name: str, capture: Capture, key: str) -> Taken | None:
    """The note, its documents and the file's hash in one transaction."""
    keep = [a for a in capture.attachments if len(a.data) <= MAX_DOCUMENT_BYTES]
    not_kept = list(capture.skipped) + [
        f"{a.filename} ({size_text(len(a.data))}, too big)"
        for a in capture.attachments
        if len(a.data) > MAX_DOCUMENT_BYTES
    ]
    body = capture.body
    if not_kept:
        body += "\n\nNot kept: " + "; ".join(not_kept)
    with db.transaction() as s:
        conn = s.connection()
        if get_value(conn, key) is not None:
            return None
        note = create_note(s, body, captured_at=capture.captured_at)
        documents = []
        for a in keep:
            file = ReadFile(Path(a.filename), a.data, hashlib.sha256(a.data).hexdigest())
            documents.append(attach(s, Owner("note", note.id), file).id)
        set_value(conn, key, note.id)
        title = body.split("\n", 1)[0]
        return Taken(name, capture.kind, note.id, title, tuple(documents), tuple(not_kept))


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``… when that is taken."""
    target = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def _move(folder: Path, name: str, sub: str) -> Path:
    destination = folder / sub
    destination.mkdir(exist_ok=True)
    target = free_name(destination, name)
    (folder / name).rename(target)
    return target


def _to_done(folder: Path, name: str, report: DropReport) -> None:
    try:
        _move(folder, name, DONE)
    except FileNotFoundError:
        pass  # moved by another scan
    except OSError as exc:  # the note is saved and the hash known: the next scan retries
        log.warning("drop folder: %s could not be moved to %s: %s", name, DONE, exc)
        report.problems.append(
            DropProblem(name, f"taken in, but it could not be moved to {DONE} ({exc})")
        )


def _to_problems(
    folder: Path, name: str, reason: str, report: DropReport, now: Callable[[], datetime]
) -> None:
    try:
        target = _move(folder, name, PROBLEMS)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("drop folder: %s could not be moved to %s: %s", name, PROBLEMS, exc)
        report.problems.append(DropProblem(name, reason))
        return
    when = now().astimezone().strftime("%Y-%m-%d %H:%M")
    why = (
        f"{name} was not taken into the workbench's Notes inbox ({when}): {reason}.\n\n"
        "Put it right and move it back into the drop folder to try again, or delete it.\n"
    )
    try:
        target.with_name(target.name + ".txt").write_text(why, encoding="utf-8")
    except OSError as exc:
        log.warning("drop folder: the reason for %s could not be written: %s", name, exc)
    report.problems.append(DropProblem(name, reason, str(target)))

"""One sync: read what the other laptops wrote, write what this one changed, tidy up.

``sync_once`` is what the window's timers, its button and ``workbench sync`` call. It
never raises for what a folder or a file does: a folder that is missing or unreadable,
a package being copied, damaged, from a newer version, all end as a ``SyncReport`` with
``problems``, and the saved status (``status``) says so. In order:

1. the exchange folder is looked at; if it cannot be read, that is the report;
2. a lock beside the database makes sure one sync runs at a time (another is skipped);
3. every other laptop's folder is read and its new packages merged (``receive``);
4. this laptop writes its next package, compacts its folder if every laptop present
   has merged its old packages, and rewrites its ``laptop.json`` if anything in it
   changed (``publish``, ``laptops``);
5. the status is saved, and the problems met for the first time are returned apart
   (``new_problems``), so the window tells them once.

The database is written only in short transactions: one per package merged (records,
and the package's number), a few for the journal and the status. Reading the records
for a package and writing files happen outside any write transaction, so the window
goes on saving while a sync runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.domain import Person, utcnow
from workbench.services.exchange.packages import installation_id
from workbench.services.group import GroupError
from workbench.services.sync import status as st
from workbench.services.sync.laptops import LaptopState, read_state, write_state
from workbench.services.sync.layout import laptop_folders
from workbench.services.sync.location import synced_place
from workbench.services.sync.lock import SyncLock
from workbench.services.sync.publish import (
    Published,
    compact,
    latest_number,
    publish,
    state_json_changed,
    this_laptop,
)
from workbench.services.sync.receive import Received, receive_from, remembered
from workbench.store import lineage
from workbench.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncOptions:
    """What a sync does; the defaults are the window's."""

    receive: bool = True  # False before quitting: only write this laptop's changes
    publish: bool = True
    compact_after: int = 50  # packages every laptop has merged, before a snapshot
    damaged_after: timedelta = timedelta(minutes=10)  # an unreadable file is damaged
    wait_for_lock: float = 0.0  # seconds to wait for a sync running in this process
    step: int = 1000  # records merged per transaction (``services.exchange.steps``)
    pause: float = 0.12  # seconds after a step that wrote, for the window's saves to go first


@dataclass(frozen=True)
class SyncReport:
    """What one sync did."""

    folder: str
    at: datetime
    reached: bool  # the folder could be read
    skipped: bool = False  # another sync was running
    published: Published | None = None
    received: tuple[Received, ...] = ()
    removed: int = 0  # old files compacted away
    peers: dict[str, str] = field(default_factory=dict)  # installation id -> name
    problems: tuple[st.Problem, ...] = ()
    new_problems: tuple[st.Problem, ...] = ()
    #: The records merges wrote, per table (the window re-reads just those).
    written: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @property
    def changed(self) -> bool:
        """The database took something in (pages should re-read)."""
        return any(r.added or r.updated or r.deleted or r.conflicts for r in self.received)

    @property
    def conflicts(self) -> int:
        return sum(r.conflicts for r in self.received)

    def to_dict(self) -> dict[str, Any]:
        published = self.published
        return {
            "folder": self.folder,
            "at": self.at.isoformat(),
            "reached": self.reached,
            "skipped": self.skipped,
            "published": None
            if published is None
            else {
                "number": published.number,
                "snapshot": published.snapshot,
                "records": published.records,
                "file": published.path.name,
            },
            "received": [asdict(r) for r in self.received],
            "removed": self.removed,
            "peers": self.peers,
            "problems": [{"code": p.code, "message": p.message} for p in self.problems],
        }


def _person_name(db: Database) -> str:
    if not db.actor_id:
        return ""
    with db.session() as session:
        person = session.get(Person, db.actor_id)
        return person.name if person is not None else ""


def _look(folder: Path) -> tuple[dict[str, Path] | None, st.Problem | None]:
    """The laptops' folders, or the problem that kept the folder from being read."""
    if not folder.exists():
        return None, st.Problem(st.FOLDER_MISSING, detail=str(folder))
    try:
        return laptop_folders(folder), None
    except OSError as exc:
        return None, st.Problem(st.FOLDER_UNREADABLE, detail=str(folder), extra=_why(exc))


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def sync_once(
    db: Database,
    folder: Path | str,
    *,
    now: Callable[[], datetime] = utcnow,
    options: SyncOptions | None = None,
) -> SyncReport:
    """Sync this database with the exchange folder (see the module docstring)."""
    options = options or SyncOptions()
    folder = Path(st.folder_key(folder))
    started = now()
    folders, problem = _look(folder)
    if folders is None:
        assert problem is not None
        return _finish(db, SyncReport(str(folder), started, False, problems=(problem,)))
    lock = SyncLock(db.path, options.wait_for_lock)
    try:
        held = lock.__enter__()
    except OSError as exc:  # the database's own folder cannot take the lock file
        problem = st.Problem(st.WRITE_FAILED, detail=str(lock.path), extra=_why(exc))
        return _finish(db, SyncReport(str(folder), started, False, problems=(problem,)))
    try:
        if not held:
            log.info("sync: another sync is running; skipped")
            return SyncReport(str(folder), started, True, skipped=True)
        return _finish(db, _sync_locked(db, folder, folders, now, options, started))
    finally:
        lock.__exit__(None, None, None)


def _sync_locked(
    db: Database,
    folder: Path,
    folders: dict[str, Path],
    now: Callable[[], datetime],
    options: SyncOptions,
    started: datetime,
) -> SyncReport:
    me = installation_id(db)
    problems: list[st.Problem] = []
    others = {i: path for i, path in folders.items() if i != me}
    states = {i: read_state(path, i) for i, path in others.items()}
    received: list[Received] = []
    written: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for laptop_id in sorted(others):
        if not options.receive:
            break
        outcome = receive_from(
            db,
            me,
            laptop_id,
            others[laptop_id],
            states[laptop_id],
            now=now,
            damaged_after=options.damaged_after,
            step=options.step,
            pause=(lambda: time.sleep(options.pause)) if options.pause > 0 else None,
        )
        received += outcome.received
        problems += outcome.problems
        for table, ids in outcome.written.items():
            written.setdefault(table, set()).update(ids)
        labels[laptop_id] = outcome.memory.label
    for laptop_id, state in states.items():
        labels.setdefault(laptop_id, state.label if state else f"laptop {laptop_id[:8]}")
    published, removed = None, 0
    if options.publish:
        try:
            published, removed = _write_own(db, me, folder / me, states, now, options)
        except OSError as exc:
            problems.append(st.Problem(st.WRITE_FAILED, detail=str(folder), extra=_why(exc)))
        except GroupError as exc:  # the group key was lost: nothing written unsealed
            problems.append(st.Problem(st.WRITE_FAILED, detail=str(folder), extra=str(exc)))
    place = synced_place(db.path, folder)
    if place is not None:  # last: the status shows the last problem, and this one matters most
        problems.append(st.Problem(st.DATABASE_IN_FOLDER, detail=str(db.path), extra=place.engine))
    return SyncReport(
        str(folder),
        started,
        True,
        published=published,
        received=tuple(received),
        removed=removed,
        peers=labels,
        problems=tuple(problems),
        written={table: frozenset(ids) for table, ids in written.items()},
    )


def _write_own(
    db: Database,
    me: str,
    own: Path,
    states: dict[str, LaptopState | None],
    now: Callable[[], datetime],
    options: SyncOptions,
) -> tuple[Published | None, int]:
    """This laptop's package, compaction and ``laptop.json``."""
    me_now = this_laptop(_person_name(db))
    label = LaptopState(me, me_now.name, me_now.person).label
    published = publish(db, me, own, label=label, now=now)
    removed = compact(db, me, own, states, label=label, now=now, after=options.compact_after)
    memory = remembered(db)
    state = LaptopState(
        installation_id=me,
        name=me_now.name,
        person=me_now.person,
        app_version=__version__,
        written_at=lineage.stamp(now()),
        latest=latest_number(db),
        merged={i: m.merged for i, m in memory.items() if m.merged},
        want_snapshot={i: m.want_snapshot for i, m in memory.items() if m.want_snapshot},
    )
    if state_json_changed(read_state(own, me), state):
        write_state(own, state)
    return published, removed


def _finish(db: Database, report: SyncReport) -> SyncReport:
    """Save the status; the report learns which problems are new."""
    with db.transaction(merging=True) as session:
        fresh = st.save_status(
            session.connection(),
            at=lineage.stamp(report.at),
            folder=report.folder,
            reached=report.reached,
            peers=report.peers,
            problems=list(report.problems),
        )
    for problem in fresh:
        log.warning("sync: %s", problem.message)
    return replace(report, new_problems=tuple(fresh))

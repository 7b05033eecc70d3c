"""Reading another laptop's new packages and merging them, in order, each once.

Per other laptop the database remembers (``sync:peer:<id>`` in ``Meta``) the number of
the last package it merged, written in the merge's own transaction, so a package is
merged exactly once even if the app is killed halfway through. Then, in order:

- if the next number is there, it is read and merged, and so on while they follow;
- if it is not (compacted away while this laptop was gone, or this laptop is new), the
  newest snapshot past what was merged is read instead, and the packages after it;
- a conflict copy of a package the engine made beside it is merged too (a merge is
  safe to repeat, so a copy that holds something else loses nothing) unless it is the
  same package (the same ``package_id``);
- a file that does not read is taken for one still being copied: left, and tried again
  at the next sync, without a word. Only when it stays the same size and time and still
  does not read for ``damaged_after`` is it reported, once, and a snapshot asked for;
- a package from a newer version is reported once and not read again until this
  workbench is updated; a package that is not from the laptop whose folder it is in is
  left alone;
- when this database shares in a group, a package that is not sealed by a member (or is
  an older one under a newer number) is refused like a damaged one: nothing merged,
  reported once (``refused_package``), a snapshot asked for; a laptop that joins the
  group later answers with a sealed one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from workbench import __version__
from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange.envelope import RefusedPackageError, read_package_file, release
from workbench.services.exchange.format import NewerPackageError, Package, PackageError
from workbench.services.exchange.merge import MergeReport
from workbench.services.exchange.packages import check_package
from workbench.services.exchange.steps import merge_in_steps
from workbench.services.group import opening_for
from workbench.services.history import LAPTOP_PREFIX
from workbench.services.sync import status as st
from workbench.services.sync.laptops import LaptopState
from workbench.services.sync.layout import FileInfo, list_laptop_folder
from workbench.services.sync.layout import package_name as info_name
from workbench.store import lineage
from workbench.store.database import Database

log = logging.getLogger(__name__)

PEER_PREFIX = "sync:peer:"


class ForeignPackageError(PackageError):
    """A package in a laptop's folder that another installation wrote."""


@dataclass
class PeerMemory:
    """What this database remembers of another laptop."""

    merged: int = 0
    label: str = ""
    failing: dict[str, list[Any]] = field(default_factory=dict)  # name -> size, mtime, since
    newer: dict[str, Any] = field(default_factory=dict)  # the file left for a newer version
    want_snapshot: int = 0

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)

    @classmethod
    def load(cls, conn: Connection, laptop_id: str) -> PeerMemory:
        raw = lineage.get_value(conn, PEER_PREFIX + laptop_id)
        try:
            data = json.loads(raw) if raw else {}
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (ValueError, TypeError):
            return cls()


@dataclass(frozen=True)
class Received:
    """One package merged from another laptop."""

    laptop_id: str
    laptop: str
    number: int
    snapshot: bool
    added: int
    updated: int
    deleted: int
    conflicts: int


@dataclass
class PeerOutcome:
    memory: PeerMemory
    received: list[Received] = field(default_factory=list)
    problems: list[st.Problem] = field(default_factory=list)
    written: dict[str, set[str]] = field(default_factory=dict)  # table -> ids merged


def remembered(db: Database) -> dict[str, PeerMemory]:
    """Every other laptop this database has merged from."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT key FROM meta WHERE key >= ? AND key < ?", (PEER_PREFIX, "sync:peer;")
        ).all()
        return {
            k[len(PEER_PREFIX) :]: PeerMemory.load(conn, k[len(PEER_PREFIX) :]) for (k,) in rows
        }


class _Receiver:
    def __init__(
        self,
        db: Database,
        me: str,
        laptop_id: str,
        folder: Path,
        state: LaptopState | None,
        now: Callable[[], datetime],
        damaged_after: timedelta,
        step: int,
        pause: Callable[[], None] | None,
    ) -> None:
        self.db, self.me, self.laptop_id, self.folder = db, me, laptop_id, folder
        self.now, self.damaged_after = now, damaged_after
        self.step, self.pause = step, pause
        with db.engine.connect() as conn:
            memory = PeerMemory.load(conn, laptop_id)
        memory.label = state.label if state else (memory.label or f"laptop {laptop_id[:8]}")
        self.out = PeerOutcome(memory)
        self.opener = opening_for(db)

    @property
    def memory(self) -> PeerMemory:
        return self.out.memory

    def problem(self, code: str, detail: str = "", extra: str = "") -> None:
        self.out.problems.append(
            st.Problem(code, self.memory.label, detail, extra, laptop_id=self.laptop_id)
        )

    def run(self) -> PeerOutcome:
        try:
            listing = list_laptop_folder(self.folder)
        except FileNotFoundError:
            return self.out  # the folder went away meanwhile: not an error
        except OSError as exc:
            self.problem(st.LAPTOP_UNREADABLE, str(self.folder), exc.strerror or str(exc))
            return self.out
        following = listing.packages.get(self.memory.merged + 1)
        if following is None or self.memory.want_snapshot == following.number:
            snapshot = listing.newest_snapshot(above=self.memory.merged)
            if snapshot is not None and not self._take(snapshot, listing.copies):
                self._save_memory()
                return self.out
        while (following := listing.packages.get(self.memory.merged + 1)) is not None:
            if not self._take(following, listing.copies):
                break
        self._save_memory()
        return self.out

    def _accept(self, number: int) -> Callable[[Package], None]:
        def accept(package: Package) -> None:
            if package.installation_id != self.laptop_id:
                raise ForeignPackageError(
                    QT_TRANSLATE_NOOP("DomainError", "written by {laptop}"),
                    laptop=package.installation_id[:8],
                )
            check_package(self.db, package, self.me)
            sequence = package.manifest.get("sequence")
            if sequence is not None and sequence != number:
                raise RefusedPackageError(  # an old package copied under a new number
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "{name} says it is number {sequence} (an old package replayed)",
                    ),
                    name=info_name(number),
                    sequence=sequence,
                )

        return accept

    def _take(self, info: FileInfo, copies: dict[int, list[tuple[FileInfo, str]]]) -> bool:
        """Read and merge one numbered file; False: stop here for now."""
        name = info.path.name
        newer = self.memory.newer
        if newer.get("file") == name and newer.get("version") == __version__:
            self.problem(st.NEWER_PACKAGE, name)  # known: not read again until an update
            return False
        try:
            package = read_package_file(info.path, self._accept(info.number), opener=self.opener)
        except NewerPackageError:
            self.memory.newer = {"file": name, "version": __version__}
            self.problem(st.NEWER_PACKAGE, name)
            return False
        except PackageError as exc:
            self._unreadable(info, exc)
            return False
        try:
            report = merge_in_steps(
                self.db,
                package,
                self.me,
                step=self.step,
                pause=self.pause,
                also=lambda conn, _r: self._merged(conn, info),
            )
        except PackageError as exc:
            self.problem(st.MERGE_FAILED, name, str(exc))
            return False
        finally:
            release(package)  # the decrypted copy, if it was sealed
        self.memory.merged = info.number
        self.memory.failing.pop(name, None)
        self.memory.newer = {}
        if self.memory.want_snapshot and info.number >= self.memory.want_snapshot:
            self.memory.want_snapshot = 0  # past the file that did not read
        self._record(info, report)
        seen = {package.manifest.get("package_id")}
        for copy, engine in copies.get(info.number, []):
            if copy.snapshot == info.snapshot:
                self._take_copy(copy, engine, seen)
        return True

    def _take_copy(self, copy: FileInfo, engine: str, seen: set[Any]) -> None:
        try:
            package = read_package_file(copy.path, self._accept(copy.number), opener=self.opener)
        except PackageError as exc:
            log.info("sync: conflict copy %s (%s) not read: %s", copy.path.name, engine, exc)
            return
        if package.manifest.get("package_id") in seen:
            return  # the same package twice: merged once
        seen.add(package.manifest.get("package_id"))
        try:
            report = merge_in_steps(self.db, package, self.me, step=self.step, pause=self.pause)
        except PackageError as exc:
            log.info("sync: conflict copy %s not merged: %s", copy.path.name, exc)
            return
        finally:
            release(package)
        log.info("sync: merged conflict copy %s (%s)", copy.path.name, engine)
        self._record(copy, report)

    def _merged(self, conn: Connection, info: FileInfo) -> None:
        """In the merge's transaction: the package's number is remembered with it."""
        memory = PeerMemory.load(conn, self.laptop_id)
        memory.merged = info.number
        memory.label = self.memory.label
        lineage.set_value(conn, PEER_PREFIX + self.laptop_id, memory.to_json())

    def _unreadable(self, info: FileInfo, exc: PackageError) -> None:
        """Still being copied, probably; damaged if it stays so, unchanged, for long."""
        name, now = info.path.name, self.now()
        seen = self.memory.failing.get(name)
        if seen is None or [seen[0], seen[1]] != [info.size, info.mtime_ns]:
            self.memory.failing[name] = [info.size, info.mtime_ns, lineage.stamp(now)]
            log.info("sync: %s not readable yet (%s); trying again later", name, exc)
            return
        if now - datetime.fromisoformat(seen[2]) < self.damaged_after:
            return
        code = st.FOREIGN_PACKAGE if isinstance(exc, ForeignPackageError) else st.DAMAGED_PACKAGE
        reason: Any = exc  # kept as a message, to be said in the user's language
        if isinstance(exc, RefusedPackageError):
            # a laptop that joins the group after it wrote the file answers with a sealed
            # snapshot; a replayed file is passed by the real laptop's next snapshot
            code, reason = st.REFUSED_PACKAGE, exc.params.get("reason") or exc
        self.out.problems.append(
            st.Problem.with_reason(code, self.memory.label, name, reason, self.laptop_id)
        )
        self.memory.want_snapshot = info.number

    def _record(self, info: FileInfo, report: MergeReport) -> None:
        for table, ids in report.written.items():
            self.out.written.setdefault(table, set()).update(ids)
        self.out.received.append(
            Received(
                self.laptop_id,
                self.memory.label,
                info.number,
                info.snapshot,
                report.added,
                report.updated,
                report.deleted,
                len(report.conflicts),
            )
        )

    def _save_memory(self) -> None:
        """Keep what changed (a write only when something did)."""
        keys = (PEER_PREFIX + self.laptop_id, LAPTOP_PREFIX + self.laptop_id)
        values = (self.memory.to_json(), self.memory.label)
        with self.db.engine.connect() as conn:
            if tuple(lineage.get_value(conn, key) for key in keys) == values:
                return
        with self.db.transaction(merging=True) as session:
            conn = session.connection()
            for key, value in zip(keys, values, strict=True):
                lineage.set_value(conn, key, value)


def receive_from(
    db: Database,
    me: str,
    laptop_id: str,
    folder: Path,
    state: LaptopState | None,
    *,
    now: Callable[[], datetime],
    damaged_after: timedelta,
    step: int = 1000,
    pause: Callable[[], None] | None = None,
) -> PeerOutcome:
    """Merge what is new in one other laptop's folder (see the module docstring); a big
    package in steps of ``step`` records with ``pause`` between them (``exchange.steps``)."""
    return _Receiver(db, me, laptop_id, folder, state, now, damaged_after, step, pause).run()

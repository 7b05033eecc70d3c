"""What the last sync found, kept in the database, and the sync state other pages show.

Each sync ends by saving a short status in ``Meta`` (``sync:status``): when it ran,
whether it reached the folder, the other laptops it saw and the problems it met. The
status bar, Home and ``workbench sync --json`` read it through ``sync_state``, which
costs two small queries.

A problem is reported to the user once: the keys of problems already reported are kept
(``sync:reported``), so a package from a newer version, or a folder on a drive that is
not mounted, shows as the state of things without a new message at every timer tick.
Problems carry a ``code`` so the window can say them in the user's language; ``message``
is the English the command line prints.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench.domain import Conflict
from workbench.messages import UserMessage
from workbench.store import journal, lineage
from workbench.store.database import Database

STATUS_KEY = "sync:status"
REPORTED_KEY = "sync:reported"

FOLDER_MISSING = "folder_missing"
FOLDER_UNREADABLE = "folder_unreadable"
WRITE_FAILED = "write_failed"
NEWER_PACKAGE = "newer_package"
DAMAGED_PACKAGE = "damaged_package"
FOREIGN_PACKAGE = "foreign_package"
MERGE_FAILED = "merge_failed"
LAPTOP_UNREADABLE = "laptop_unreadable"
DATABASE_IN_FOLDER = "database_in_folder"
REFUSED_PACKAGE = "refused_package"

_MESSAGES = {
    FOLDER_MISSING: "The exchange folder {detail} is not there (is the drive connected?).",
    FOLDER_UNREADABLE: "The exchange folder {detail} cannot be read: {extra}.",
    WRITE_FAILED: "This laptop's changes could not be written to the exchange folder: {extra}.",
    NEWER_PACKAGE: "Update the workbench to read {laptop}'s changes (made by a newer version).",
    DAMAGED_PACKAGE: "A package from {laptop} ({detail}) stays unreadable; a fresh copy of "
    "{laptop}'s data was asked for.",
    FOREIGN_PACKAGE: "{detail} in {laptop}'s folder was not written by that laptop; it is "
    "left alone.",
    MERGE_FAILED: "{laptop}'s changes ({detail}) could not be merged: {extra}",
    LAPTOP_UNREADABLE: "{laptop}'s folder cannot be read: {extra}.",
    DATABASE_IN_FOLDER: "The database {detail} lies inside a synced folder ({extra}); move it "
    "out, or a sync engine may copy it while it is open and damage it.",
    REFUSED_PACKAGE: "A package in {laptop}'s folder ({detail}) was refused and nothing from "
    "it merged: {extra}",
}


def folder_key(folder: str | Path) -> str:
    """One spelling of a folder, so the status of "ex" and "./ex/" is the same."""
    return os.path.abspath(os.path.expanduser(str(folder)))


@dataclass(frozen=True)
class Problem:
    """Something a sync could not do; ``laptop`` names the other laptop concerned."""

    code: str
    laptop: str = ""
    detail: str = ""
    extra: str = ""
    laptop_id: str = ""
    #: The refusal's reason as a message to translate: its English sentence and the
    #: values of its placeholders (JSON), so the status bar can say it in the user's
    #: language; ``extra`` holds it filled in, in English (the log, the command line).
    reason_text: str = ""
    reason_params: str = ""

    @classmethod
    def with_reason(
        cls, code: str, laptop: str, detail: str, reason: Any, laptop_id: str
    ) -> Problem:
        """A refusal whose ``reason`` may be a ``UserMessage`` (kept to be translated)."""
        text, params = "", ""
        if isinstance(reason, UserMessage):
            text = reason.text
            params = json.dumps({k: str(v) for k, v in reason.params.items()})
        return cls(code, laptop, detail, str(reason), laptop_id, text, params)

    def reason(self) -> UserMessage:
        """The reason as a message to translate (the English ``extra`` when none was kept)."""
        if self.reason_text:
            try:
                params = json.loads(self.reason_params or "{}")
            except ValueError:
                params = {}
            if isinstance(params, dict):
                return UserMessage(self.reason_text, **params)
        return UserMessage(self.extra)

    @property
    def key(self) -> str:
        """The same problem met again has the same key (reported once)."""
        return f"{self.code}|{self.laptop_id}|{self.detail}"

    @property
    def message(self) -> str:
        return _MESSAGES.get(self.code, "{code}: {detail} {extra}").format(
            code=self.code, laptop=self.laptop, detail=self.detail, extra=self.extra
        )


@dataclass(frozen=True)
class SyncState:
    """The sync as other pages show it (the status bar, Home)."""

    folder: str | None  # None: no exchange folder chosen
    last_sync: datetime | None  # the last sync that reached the folder (UTC)
    peers: int  # other laptops seen in the folder
    conflicts: int  # conflicts waiting to be settled
    problem: str | None  # the last problem, in English (``problem_code`` to translate)
    problem_code: str | None = None
    problem_laptop: str = ""
    problem_detail: str = ""
    waiting: int = 0  # records changed here and not yet written to the folder


def save_status(
    conn: Connection,
    *,
    at: str,
    folder: str,
    reached: bool,
    peers: dict[str, str],
    problems: list[Problem],
) -> list[Problem]:
    """Keep what this sync found; returns the problems not reported before."""
    previous = _load(conn)
    if previous.get("folder") != folder:
        previous = {}  # another folder: what was said of the last one does not count
    last_ok = at if reached else previous.get("last_ok")
    status = {
        "at": at,
        "folder": folder,
        "last_ok": last_ok,
        "peers": peers if reached else previous.get("peers", {}),
        "problems": [asdict(p) for p in problems],
    }
    lineage.set_value(conn, STATUS_KEY, json.dumps(status, ensure_ascii=False))
    raw = lineage.get_value(conn, REPORTED_KEY)
    reported = set(json.loads(raw)) if raw else set()
    fresh = [p for p in problems if p.key not in reported]
    lineage.set_value(conn, REPORTED_KEY, json.dumps(sorted({p.key for p in problems})))
    return fresh


def _load(conn: Connection) -> dict[str, Any]:
    raw = lineage.get_value(conn, STATUS_KEY)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _problem(data: Any) -> Problem | None:
    if not isinstance(data, dict):
        return None
    fields = {k: str(v) for k, v in data.items() if k in Problem.__dataclass_fields__}
    return Problem(**fields) if "code" in fields else None


def sync_state(db: Database, folder: str | Path | None = None) -> SyncState:
    """The sync state: last sync, laptops, conflicts waiting, the last problem.

    ``folder`` is the exchange folder in use (None when none is chosen); the saved
    status of another folder does not count.
    """
    with db.engine.connect() as conn:
        status = _load(conn)
        conflicts = conn.execute(
            sa.select(sa.func.count())
            .select_from(Conflict.__table__)
            .where(Conflict.__table__.c.resolved_at.is_(None))
            .where(Conflict.__table__.c.deleted_at.is_(None))
        ).scalar_one()
        waiting = journal.pending(conn)
    folder = folder_key(folder) if folder is not None else None
    if folder is None or status.get("folder") != folder:
        status = {}
    problems = [p for p in map(_problem, status.get("problems") or []) if p is not None]
    last = problems[-1] if problems else None
    last_ok = status.get("last_ok")
    return SyncState(
        folder=folder,
        last_sync=datetime.fromisoformat(last_ok) if last_ok else None,
        peers=len(status.get("peers") or {}),
        conflicts=int(conflicts),
        problem=last.message if last else None,
        problem_code=last.code if last else None,
        problem_laptop=last.laptop if last else "",
        problem_detail=last.detail if last else "",
        waiting=waiting,
    )


def saved_peers(db: Database) -> dict[str, str]:
    """The other laptops the last sync saw: installation id -> name."""
    with db.engine.connect() as conn:
        peers = _load(conn).get("peers") or {}
    return {str(k): str(v) for k, v in peers.items()} if isinstance(peers, dict) else {}

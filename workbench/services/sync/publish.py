"""Writing this laptop's packages into its own folder, and compacting them.

*The next package* holds every record written here since the last one: edits made on
this laptop and records merged from others (so each laptop's folder alone can bring a
newcomer up to date, even after another laptop's folder is gone). Which records, the
store's journal says (``workbench.store.journal``), not the clock. The journal and the
records are read in one snapshot; the package is written under a temporary name and
renamed; only then does a short transaction forget the journal entries it carried and
remember its number. A crash in between sends some records twice, which a merge
ignores, and never skips one.

*A snapshot* holds everything. The first time a laptop publishes, and whenever its
folder lost its latest file (deleted, or a new folder chosen), it writes a snapshot
under the next number. To compact, it writes ``snapshot-L`` beside its latest package
``L`` once every laptop present has merged its older packages, and removes those:
laptops that are up to date go on with ``L+1``; a newcomer starts from the snapshot.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.domain import new_id, utcnow
from workbench.services.exchange import blobs
from workbench.services.exchange.envelope import write_package_file
from workbench.services.exchange.format import CODECS
from workbench.services.exchange.packages import with_lineage
from workbench.services.group import sealing_for
from workbench.services.sync.laptops import LaptopState
from workbench.services.sync.layout import (
    Listing,
    list_laptop_folder,
    package_name,
    snapshot_name,
)
from workbench.store import journal, lineage, migrations
from workbench.store.database import Database

log = logging.getLogger(__name__)

LATEST_KEY = "sync:latest"
_CHUNK = 500


@dataclass(frozen=True)
class Published:
    """A file this laptop wrote into its folder."""

    number: int
    snapshot: bool
    records: int
    path: Path


def latest_number(db: Database) -> int:
    with db.engine.connect() as conn:
        value = lineage.get_value(conn, LATEST_KEY)
    return int(value) if value and value.isdigit() else 0


def _read(
    db: Database, full: bool
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, tuple[str, str]]]:
    """The records to send and the journal entries they answer, from one snapshot."""
    records: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")  # one read transaction: one consistent snapshot
        try:
            entries = journal.read(conn)
            by_table: dict[str, list[str]] = {}
            for record_id, (table, _value) in entries.items():
                by_table.setdefault(table, []).append(record_id)
            for name, codec in CODECS.items():
                if full:
                    raw: Any = conn.exec_driver_sql(codec.select_sql("ORDER BY id"))
                    records[name] = with_lineage(conn, codec, raw)
                    continue
                ids = sorted(by_table.get(name, []))
                rows: list[dict[str, Any]] = []
                for start in range(0, len(ids), _CHUNK):
                    chunk = ids[start : start + _CHUNK]
                    marks = ", ".join("?" for _ in chunk)
                    raw = conn.exec_driver_sql(
                        codec.select_sql(f"WHERE id IN ({marks}) ORDER BY id"), tuple(chunk)
                    )
                    rows.extend(with_lineage(conn, codec, raw))
                if rows:
                    records[name] = rows
        finally:
            conn.exec_driver_sql("ROLLBACK")
    return records, entries


def _manifest(me: str, number: int, snapshot: bool, label: str, now: datetime) -> dict[str, Any]:
    return {
        "schema": migrations.head_revision(),
        "app_version": __version__,
        "installation_id": me,
        "exported_at": lineage.stamp(now),
        "since": None,
        "sequence": number,
        "kind": "snapshot" if snapshot else "changes",
        "package_id": new_id(),
        "laptop": label,
    }


def _contents(
    db: Database, records: dict[str, list[dict[str, Any]]]
) -> Iterator[tuple[str, bytes]]:
    """The documents' bytes the records name: a colleague's laptop needs them to open
    a document that arrives through the folder."""
    return blobs.read_blobs(db, blobs.needed(records))


def publish(
    db: Database,
    me: str,
    own: Path,
    *,
    label: str,
    now: Callable[[], datetime],
    full: bool = False,
) -> Published | None:
    """Write the next package (or a snapshot: the first time, when the folder lost its
    latest file, or when ``full``); None when nothing changed here."""
    own.mkdir(exist_ok=True)
    listing = list_laptop_folder(own)
    latest = latest_number(db)
    with db.engine.connect() as conn:
        keeping = journal.is_on(conn)
    full = full or not keeping or latest == 0 or not listing.has(latest)
    if full:
        with db.transaction(merging=True) as session:
            journal.start(session.connection())  # before reading: edits meanwhile count
    number = max(latest, listing.highest) + 1
    started = now()
    records, entries = _read(db, full)
    if not full and not entries:
        return None
    path = own / (snapshot_name(number) if full else package_name(number))
    write_package_file(
        path,
        _manifest(me, number, full, label, started),
        records,
        _contents(db, records),
        seal=sealing_for(db, me, label),
    )
    with db.transaction(merging=True) as session:
        conn = session.connection()
        journal.forget(conn, entries)
        lineage.set_value(conn, LATEST_KEY, str(number))
        # every version sent is known elsewhere from now on (see store.lineage); by the
        # store's clock, which stamped them, not the one given for the status
        previous = lineage.get_value(conn, lineage.LAST_EXPORT_KEY) or ""
        lineage.set_value(conn, lineage.LAST_EXPORT_KEY, max(previous, lineage.stamp(utcnow())))
    total = sum(len(rows) for rows in records.values())
    log.info("sync: wrote %s (%d records)", path.name, total)
    return Published(number, full, total, path)


def compact(
    db: Database,
    me: str,
    own: Path,
    peers: dict[str, LaptopState | None],
    *,
    label: str,
    now: Callable[[], datetime],
    after: int,
) -> int:
    """Replace the packages every laptop present has merged by one snapshot; returns how
    many files were removed. Also writes a snapshot a laptop asked for."""
    listing = list_laptop_folder(own)
    latest = latest_number(db)
    if latest == 0 or not listing.has(latest):
        return 0
    merged = [state.merged.get(me, 0) if state else 0 for state in peers.values()]
    everyone = min(merged, default=latest)
    newest = max(listing.snapshots, default=0)
    # a laptop that cannot read one of our files asks for a snapshot (``want_snapshot``:
    # the number it could not read); our newest snapshot itself: a new one, numbered on
    wanted = {s.want_snapshot.get(me, 0) for s in peers.values() if s is not None}
    if newest and newest in wanted:
        publish(db, me, own, label=label, now=now, full=True)
        return 0
    asked = max(wanted, default=0) > newest
    old = [n for n in listing.packages if n <= everyone]
    if len(old) < after and not asked:
        return 0
    if latest not in listing.snapshots:
        _write_snapshot(db, me, own, latest, label, now)
    return _remove_old(listing, everyone, latest)


def _write_snapshot(
    db: Database, me: str, own: Path, number: int, label: str, now: Callable[[], datetime]
) -> None:
    started = now()
    records, _entries = _read(db, full=True)  # the journal stays: L+1 still carries it
    path = own / snapshot_name(number)
    write_package_file(
        path,
        _manifest(me, number, True, label, started),
        records,
        _contents(db, records),
        seal=sealing_for(db, me, label),
    )
    log.info("sync: wrote %s to compact the folder", path.name)


def _remove_old(listing: Listing, everyone: int, keep_snapshot: int) -> int:
    doomed = [info.path for n, info in listing.packages.items() if n <= everyone]
    doomed += [info.path for n, info in listing.snapshots.items() if n < keep_snapshot]
    doomed += [
        info.path for n, copies in listing.copies.items() if n <= everyone for info, _ in copies
    ]
    removed = 0
    for path in doomed:
        try:
            os.remove(path)
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("sync: could not remove %s: %s", path, exc)
    return removed


def this_laptop(person: str = "") -> LaptopState:
    """How this laptop introduces itself (its state's fixed part)."""
    return LaptopState(installation_id="", name=socket.gethostname(), person=person)


def state_json_changed(old: LaptopState | None, new: LaptopState) -> bool:
    """Rewrite ``laptop.json`` only when something other than its time changed (the
    engines copy every rewrite to every laptop)."""
    if old is None:
        return True
    a: dict[str, Any] = json.loads(old.to_json())
    b: dict[str, Any] = json.loads(new.to_json())
    a.pop("written_at", None)
    b.pop("written_at", None)
    return a != b

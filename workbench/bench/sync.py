"""The exchange folder on five busy years: what a sync costs, and that typing goes on.

Two laptops start from copies of the generated database (as a group sets them up) and
share a folder on the local disk. Measured: the first sync of each (a snapshot of
everything written, then read and merged by the other), a working day's package (500
records changed on A: written, then read and merged on B), the 10,000-record package of
the merge figure, and the longest autosave commit made on B's GUI side while B merges
that package on a worker thread, against the same commits with no sync running. The
last pair is the one a user feels: the merge writes in one transaction, and an autosave
waits for it.
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

import sqlalchemy as sa

from workbench.bench.figures import Figure
from workbench.bench.generate import copy_database
from workbench.bench.measures import EDITS
from workbench.domain import Note
from workbench.services.sync import sync_once
from workbench.store import Database, open_database

DAY_EDITS = 500
#: Autosave commits are made this often while a sync runs (a typist's pauses, faster).
AUTOSAVE_EVERY_S = 0.02


def _edit(db: Database, edits: int, tag: str) -> None:
    """Change ``edits`` records as the window does (the ORM, so history and journal run)."""
    left = edits
    with db.transaction() as session:
        for model, field, count, change in EDITS:
            table = model.__table__
            take = min(count, left)
            if take <= 0:
                break
            ids = list(session.scalars(sa.select(table.c.id).order_by(table.c.id).limit(take)))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for record in session.scalars(sa.select(model).where(table.c.id.in_(chunk))):
                    setattr(record, field, f"{change(getattr(record, field))} [{tag}]")
            session.flush()
            left -= take


def _timed(fn: object) -> tuple[float, object]:
    began = time.perf_counter()
    result = fn()  # type: ignore[operator]
    return time.perf_counter() - began, result


def _autosaves(db: Database, note_id: str, stop: threading.Event) -> list[float]:
    """Commit one small edit every ``AUTOSAVE_EVERY_S`` until ``stop``; the durations."""
    durations: list[float] = []
    n = 0
    while not stop.is_set():
        n += 1
        began = time.perf_counter()
        with db.transaction() as session:
            note = session.get(Note, note_id)
            assert note is not None
            note.body = f"typing… {n}"
        durations.append(time.perf_counter() - began)
        stop.wait(AUTOSAVE_EVERY_S)
    return durations


def sync_figures(source: Path, folder: Path) -> list[Figure]:
    exchange = folder / "Exchange"
    exchange.mkdir()
    a = open_database(copy_database(source, folder / "a.sqlite"))
    b = open_database(copy_database(source, folder / "b.sqlite"))
    figures: list[Figure] = []
    try:
        first_a, report = _timed(lambda: sync_once(a, exchange))
        records = report.published.records if report.published else 0  # type: ignore[attr-defined]
        figures.append(Figure("sync: first snapshot written", first_a, note=f"{records:,} records"))
        first_b, _ = _timed(lambda: sync_once(b, exchange))
        figures.append(
            Figure(
                "sync: a newcomer reads it (and writes its own)",
                first_b,
                note="merge of the other laptop's snapshot, all unchanged",
            )
        )
        sync_once(a, exchange)  # A reads B's snapshot: both up to date
        for edits, label in ((DAY_EDITS, "a day's"), (sum(e[2] for e in EDITS), "10,000")):
            _edit(a, edits, label)
            out, _ = _timed(lambda: sync_once(a, exchange))
            back, received = _timed(lambda: sync_once(b, exchange))
            taken = sum(r.updated for r in received.received)  # type: ignore[attr-defined]
            figures.append(Figure(f"sync: {label} changes written ({edits:,})", out))
            figures.append(
                Figure(f"sync: {label} changes read and merged", back, note=f"{taken:,} taken")
            )
            sync_once(a, exchange)  # B's relay of them: nothing new for A
        figures += _typing_figures(a, b, exchange)
    finally:
        a.close()
        b.close()
    return figures


def _typing_figures(a: Database, b: Database, exchange: Path) -> list[Figure]:
    """The longest autosave on B while B merges 10,000 changes, and with nothing running."""
    with b.session() as session:
        notes = Note.__table__
        note_id = session.scalars(sa.select(notes.c.id).order_by(notes.c.id).limit(1)).one()
    stop = threading.Event()
    threading.Timer(1.0, stop.set).start()  # a second of typing with nothing else running
    idle = _autosaves(b, note_id, stop)
    _edit(a, sum(e[2] for e in EDITS), "during typing")
    sync_once(a, exchange)
    stop = threading.Event()

    def merge_on_a_worker() -> None:
        try:
            sync_once(b, exchange)
        finally:
            stop.set()

    worker = threading.Thread(target=merge_on_a_worker)
    worker.start()
    busy = _autosaves(b, note_id, stop)
    worker.join()
    return [
        Figure(
            "autosave while a sync merges 10,000 changes (longest)",
            max(busy),
            baseline=max(idle),
            baseline_name="longest with no sync",
            note=f"{len(busy)} commits, median {statistics.median(busy) * 1000:.0f} ms",
        )
    ]

"""The exchange folder on five busy years: what a sync costs, and that typing goes on.

Two laptops start from copies of the generated database (as a group sets them up) and
share a folder on the local disk. Measured: the first sync of each (a snapshot of
everything written, then read and merged by the other), a working day's package (500
records changed on A: written, then read and merged on B), the 10,000-record package of
the merge figure, and the longest autosave commit made while a laptop merges that
package on a worker thread, in the sync's steps against one transaction. The last is
the one a user feels: an autosave waits for the write lock a merge holds.
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

import sqlalchemy as sa

from workbench.bench.figures import Figure
from workbench.bench.generate import copy_database
from workbench.bench.merge import EDITS
from workbench.bench.registry import Bench, step
from workbench.domain import Note
from workbench.services.exchange.format import Package
from workbench.services.sync import sync_once
from workbench.store import Database, open_database

DAY_EDITS = 500
#: Autosave commits are made this often while a sync runs (faster than anyone types).
AUTOSAVE_EVERY_S = 0.005
#: The pause between two merge steps (``SyncOptions.pause``).
PAUSE_S = 0.12


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


@step("sync")
def sync_step(bench: Bench) -> list[Figure]:
    folder = bench.folder / "sync"
    folder.mkdir(exist_ok=True)
    return sync_figures(bench.source, folder)


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
    finally:
        a.close()
        b.close()
    return figures + _typing_figures(source, folder)


def _autosaves_while(source: Path, folder: Path, package: Package, how: str) -> list[float]:
    """Autosave durations on a fresh copy while ``package`` merges on a worker thread."""
    from workbench.services.exchange.merge import merge_package
    from workbench.services.exchange.packages import installation_id
    from workbench.services.exchange.steps import merge_in_steps

    here = open_database(copy_database(source, folder / "here.sqlite"))
    try:
        me = installation_id(here)
        with here.session() as session:
            notes = Note.__table__
            note_id = session.scalars(sa.select(notes.c.id).order_by(notes.c.id).limit(1)).one()
        stop = threading.Event()

        def merge() -> None:
            try:
                if how == "steps":
                    merge_in_steps(here, package, me, pause=lambda: time.sleep(PAUSE_S))
                else:
                    merge_package(here, package, me)
            finally:
                stop.set()

        worker = threading.Thread(target=merge)
        worker.start()
        durations = _autosaves(here, note_id, stop)
        worker.join()
        return durations
    finally:
        here.close()


def _typing_figures(source: Path, folder: Path) -> list[Figure]:
    """The longest autosave on a laptop while it merges 10,000 changes: in the sync's
    steps, against the same package merged in one transaction."""
    from workbench.domain import utcnow
    from workbench.services.exchange.envelope import read_package_file
    from workbench.services.exchange.packages import export_package

    there = open_database(copy_database(source, folder / "there.sqlite"))
    try:
        before = utcnow()
        _edit(there, sum(e[2] for e in EDITS), "while typing")
        package = read_package_file(export_package(there, folder / "t.zip", since=before).path)
    finally:
        there.close()
    longest = {how: _autosaves_while(source, folder, package, how) for how in ("steps", "one")}
    steps, one = sorted(longest["steps"]), sorted(longest["one"])
    return [
        Figure(
            "autosave while a sync merges 10,000 changes (longest)",
            steps[-1],
            floor=one[-1],
            floor_name="the same merge in one transaction",
            note=f"{len(steps)} commits: median {statistics.median(steps) * 1000:.0f} ms, "
            f"95th percentile {steps[int(len(steps) * 0.95)] * 1000:.0f} ms",
        )
    ]

"""What keeping data safe costs: the autosave with ``synchronous=FULL``, and refusing a
zip bomb.

*Autosave.* The store syncs the WAL before a commit returns (``synchronous=FULL``) so
that "Saved" survives a power cut. The cost lands on the typing path: the quick note's
autosave commits on the GUI thread when typing pauses. Two quick note windows on one
copy of the generated database, one through connections with FULL and one with NORMAL,
take turns saving a longer and longer note (as typing does), so both see the same file
and the same disk; the figure is the median time of ``flush()``, the call the autosave
timer makes, for FULL, against NORMAL.

*Bomb.* A package of about 3 MB whose records file unpacks to 3 GiB is imported; the
figure is the time until it is refused.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from sqlalchemy import event

from workbench.bench.figures import Figure, median_time
from workbench.bench.registry import Bench, step
from workbench.bench.zips import Member, stored, write_zip, zeros
from workbench.store import Database


def _with_synchronous(db: Database, synchronous: str) -> Database:
    """``db`` whose every new connection uses ``synchronous`` (after the store's pragmas)."""
    event.listen(
        db.engine,
        "connect",
        lambda conn, _record: conn.execute(f"PRAGMA synchronous={synchronous}"),
    )
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        assert found == {"NORMAL": 1, "FULL": 2}[synchronous], found
    return db


def autosave_figure(work: Path, runs: int) -> Figure:
    from workbench.store import open_database
    from workbench.ui.capture.quick_note import QuickNoteWindow

    saves = max(30, runs * 20)
    dbs = {mode: _with_synchronous(open_database(work), mode) for mode in ("NORMAL", "FULL")}
    notes = {mode: QuickNoteWindow(db) for mode, db in dbs.items()}
    times: dict[str, list[float]] = {mode: [] for mode in dbs}
    texts = {mode: f"Benchmark note, {mode}:" for mode in dbs}
    try:
        for n in range(saves + 1):
            for mode, note in notes.items():  # take turns: the same file, the same disk
                texts[mode] += f" word{n}"
                note.body.setPlainText(texts[mode])  # typed: a value is pending
                began = time.perf_counter()
                note.flush()  # what the autosave timer does 300 ms after the last key
                if n:  # the first save creates the note
                    times[mode].append(time.perf_counter() - began)
    finally:
        for mode, note in notes.items():
            note.close()
            note.deleteLater()
            dbs[mode].close()
    full = sorted(times["FULL"])
    return Figure(
        "autosave of a quick note (one commit on the GUI thread), synchronous=FULL",
        statistics.median(full),
        floor=statistics.median(times["NORMAL"]),
        floor_name="synchronous=NORMAL (reported: FULL is the choice)",
        note=f"median of {len(full)} saves; 90th percentile "
        f"{full[int(len(full) * 0.9)] * 1000:.1f} ms",
    )


def bomb_figure(folder: Path, runs: int) -> Figure:
    from workbench.services.exchange import packages as exchange
    from workbench.services.exchange.format import PackageError
    from workbench.store import open_database

    member: Member = zeros("records/note.json", 3 * 1024, crc=False)
    manifest = stored(
        "manifest.json",
        b'{"format": "workbench-exchange", "format_version": 1, "schema": "x", '
        b'"installation_id": "x", "exported_at": "x", "files": {}, "counts": {}}',
    )
    bomb = write_zip(folder / "bomb.zip", [manifest, member])
    db = open_database(folder / "bomb-target.sqlite")

    def refuse() -> None:
        try:
            exchange.import_package(db, bomb)
        except PackageError:
            return
        raise AssertionError("the bomb was not refused")

    try:
        seconds = median_time(refuse, runs)
    finally:
        db.close()
    size = bomb.stat().st_size / (1024 * 1024)
    return Figure(
        f"refuse a {size:.1f} MB package that unpacks to 3 GiB",
        seconds,
    )


@step("autosave")
def autosave_step(bench: Bench) -> list[Figure]:
    return [autosave_figure(bench.copy("autosave.sqlite"), bench.runs)]


@step("bomb")
def bomb_step(bench: Bench) -> list[Figure]:
    return [bomb_figure(bench.folder, bench.runs)]

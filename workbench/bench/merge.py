"""Merging a package of 10,000 changed records, against ``sqlite3`` upserting the same
rows in one transaction after reading the same files.

Another laptop (a copy of the generated file) changes 10,000 records as a user would,
through the ORM, and exports them; each run merges that package into a fresh copy.
The floor reads the same zip members, parses the same JSON and writes every record
(``UPDATE`` by id, then ``INSERT OR IGNORE``) in one transaction, on a connection set up as the
store sets up its own (WAL, ``synchronous=FULL``, foreign keys): what a merge that
decided nothing, kept no lineage, checked nothing and re-indexed by trigger would cost.
Reading and checking the package is also reported on its own.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.bench.figures import Figure
from workbench.bench.registry import Bench, step
from workbench.domain import Action, AgendaItem, Commitment, Note, Record, utcnow
from workbench.store import Database

RATIO = 3.0
#: What the other laptop changed: (model, field, how many, new value from the old one).
EDITS: tuple[tuple[type[Record], str, int, Callable[[Any], Any]], ...] = (
    (Note, "body", 4_000, lambda old: f"{old} (Checked with the NGO partners.)"),
    (Action, "notes", 3_000, lambda old: f"{old or ''} Reminder sent.".strip()),
    (AgendaItem, "outcome", 2_000, lambda old: "Agreed on the next step; see the tracker."),
    (Commitment, "evidence", 1_000, lambda old: "Confirmed in the company's annual report."),
)


def edit_on_other_laptop(db: Database) -> None:
    """Change 10,000 records as a user would (the ORM, so the store keeps lineage)."""
    with db.transaction() as session:
        for model, field, count, change in EDITS:
            table = model.__table__
            ids = list(session.scalars(sa.select(table.c.id).order_by(table.c.id).limit(count)))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                records = session.scalars(sa.select(model).where(table.c.id.in_(chunk)))
                for record in records:
                    setattr(record, field, change(getattr(record, field)))
            session.flush()


def _stored(value: Any) -> Any:
    """A package value as the table stores it (timestamps without "T" and offset)."""
    if isinstance(value, str) and len(value) == 32 and value[10] == "T" and value[26] == "+":
        return f"{value[:10]} {value[11:26]}"
    return value


def upsert_floor(package: Path, target: Path) -> int:
    """Read the package's records and upsert them with sqlite3 alone; how many."""
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    written = 0
    with zipfile.ZipFile(package) as zf:
        tables = {
            name.removeprefix("records/").removesuffix(".json"): json.loads(zf.read(name))
            for name in zf.namelist()
            if name.startswith("records/")
        }
    conn.execute("BEGIN")
    for table, rows in tables.items():
        if not rows:
            continue
        # An upsert in two statements: SQLite lets the outer statement's conflict policy
        # override the search index triggers' own, so ``ON CONFLICT DO UPDATE`` fails there.
        columns = [c for c in rows[0] if not c.startswith("_")]
        names = ", ".join(f'"{c}"' for c in columns)
        sets = ", ".join(f'"{c}" = ?' for c in columns if c != "id")
        values = [tuple(_stored(r.get(c)) for c in columns) for r in rows]
        conn.executemany(
            f'UPDATE "{table}" SET {sets} WHERE id = ?', [(*v[1:], v[0]) for v in values]
        )
        marks = ", ".join("?" * len(columns))
        conn.executemany(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', values)
        written += len(rows)
    conn.execute("COMMIT")
    conn.close()
    return written


@step("merge")
def merge_figures(bench: Bench) -> list[Figure]:
    from workbench.services.exchange.format import read_package
    from workbench.services.exchange.packages import export_package, import_package
    from workbench.store import open_database

    laptop = open_database(bench.copy("laptop.sqlite"))
    before = utcnow()
    try:
        edit_on_other_laptop(laptop)
        package = bench.folder / "changes.wbpkg"
        summary = export_package(laptop, package, since=before)
    finally:
        laptop.close()
    app_times, floor_times, read_times = [], [], []
    updated = upserted = 0
    for n in range(bench.slow_runs + 1):  # in turn, after a warm-up of each
        here = open_database(bench.copy("here.sqlite"))
        try:
            began = time.perf_counter()
            report = import_package(here, package)
            spent = time.perf_counter() - began
            updated = report.updated
        finally:
            here.close()
        target = bench.copy("floor.sqlite")
        began = time.perf_counter()
        upserted = upsert_floor(package, target)
        spent_floor = time.perf_counter() - began
        began = time.perf_counter()
        read_package(package)
        spent_read = time.perf_counter() - began
        if n:
            app_times.append(spent)
            floor_times.append(spent_floor)
            read_times.append(spent_read)
    return [
        Figure(
            "merge a package of 10,000 changed records",
            statistics.median(app_times),
            floor=statistics.median(floor_times),
            floor_name="sqlite3 reading the same files, upserting the same rows, one transaction",
            max_ratio=RATIO,
            note=f"{summary.total:,} in the package, {updated:,} taken; the floor {upserted:,}",
        ),
        Figure("… merge: reading and checking the package", statistics.median(read_times)),
    ]

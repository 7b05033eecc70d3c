"""Five busy years of a secretariat: the database the benchmark measures.

``generate`` loads the demo case (its organisations, people and the mica engagement,
through ``build_demo``), adds ten more engagements with invented companies, and fills the
database up to a ``Scale`` of totals: by default 2,000 meetings, 20,000 agenda items,
50,000 actions, 20,000 commitments and 200,000 notes, spread over the five years before
``today`` and the two months after it, with attendance and decisions besides.

The bulk is written with SQLAlchemy Core: one ``insert()`` executed with a list of dicts
per table and batch, all in one transaction. The demo's ``insert_once`` runs one query
per record, which for 300,000 records would take minutes; here the whole database is
made in well under a minute. The same seed gives the same records (ids included), so a
generated file can be cached (``cached_database``) and reused by later runs.
"""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench.bench import rows as gen
from workbench.bench.meetings import MeetingBuilder
from workbench.bench.texts import EngagementTheme, Writer
from workbench.domain import (
    Action,
    AgendaItem,
    Commitment,
    Meeting,
    Note,
    Record,
)
from workbench.domain.rules import local_today
from workbench.services.demo import build as demo
from workbench.services.demo import data
from workbench.services.demo.records import demo_id
from workbench.store import Database, migrations, open_database

log = logging.getLogger(__name__)

#: Bump when the generated data changes, so cached files are made again.
GENERATOR_VERSION = 2
YEARS = 5
#: How far ahead of ``today`` meetings are already planned.
AHEAD = timedelta(days=60)
#: Meetings generated (with everything that hangs off them) per Core batch.
BATCH_MEETINGS = 100


@dataclass(frozen=True)
class Scale:
    """How many records of each kind the database holds in all (demo case included)."""

    meetings: int = 2_000
    agenda_items: int = 20_000
    actions: int = 50_000
    commitments: int = 20_000
    notes: int = 200_000

    def times(self, factor: float) -> Scale:
        """The same proportions, ``factor`` times as many (at least one of each)."""
        return Scale(*(max(1, round(getattr(self, f.name) * factor)) for f in fields(self)))

    def key(self) -> str:
        return "-".join(str(getattr(self, f.name)) for f in fields(self))


FULL = Scale()
#: The tables ``Scale`` counts, by its field names.
SCALE_TABLES: dict[str, type[Record]] = {
    "meetings": Meeting,
    "agenda_items": AgendaItem,
    "actions": Action,
    "commitments": Commitment,
    "notes": Note,
}


@dataclass(frozen=True)
class GenerateSummary:
    """What the database holds after ``generate`` (totals per table), and how long it took."""

    counts: dict[str, int]
    seconds: float


def spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` split over ``parts`` as evenly as possible, the remainder at random."""
    if parts <= 0:
        return []
    base, extra = divmod(max(0, total), parts)
    counts = [base] * parts
    for i in rng.sample(range(parts), extra):
        counts[i] += 1
    return counts


def count_rows(conn: Connection, table: sa.Table) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _insert(conn: Connection, batch: gen.Batch) -> None:
    """Insert a batch, parents first (foreign keys are checked on every row)."""
    for model in gen.INSERT_ORDER:
        rows = batch.pop(model, None)
        if rows:
            conn.execute(sa.insert(model.__table__), rows)


def _meeting_batches(
    builder: MeetingBuilder, plan: gen.Plan, rng: random.Random
) -> Iterator[gen.Batch]:
    """The planned meetings with what hangs off them, ``BATCH_MEETINGS`` at a time."""
    n = len(plan.starts)
    items = spread(plan.add["agenda_items"], n, rng)
    commitments = spread(plan.add["commitments"], n, rng)
    actions = spread(plan.add["actions"], n, rng)
    in_meetings = plan.add["notes"] - plan.loose_notes
    notes = spread(in_meetings, n, rng)
    for start in range(0, n, BATCH_MEETINGS):
        batch: gen.Batch = {}
        for i in range(start, min(n, start + BATCH_MEETINGS)):
            builder.meeting(
                batch,
                plan.starts[i],
                plan.engagements[i],
                items=items[i],
                commitments=commitments[i],
                actions=actions[i],
                notes=notes[i],
            )
        yield batch


def generate(
    db: Database,
    *,
    scale: Scale = FULL,
    today: date | None = None,
    seed: int = 2025,
) -> GenerateSummary:
    """Fill ``db`` with five busy years up to ``scale``; return the totals it then holds."""
    began = time.perf_counter()
    today = today or local_today()
    demo.build_demo(db, today=today)
    rng = random.Random(seed)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size=-200000")  # 200 MB while writing
        paused = _pause_search_triggers(conn)
        existing = {name: count_rows(conn, model.__table__) for name, model in SCALE_TABLES.items()}
        add = {name: max(0, getattr(scale, name) - existing[name]) for name in SCALE_TABLES}
        builder = MeetingBuilder(rng, today, Writer(rng, _member_names()))
        batch: gen.Batch = {}
        themes = builder.parties(batch, _mica_theme())
        _insert(conn, batch)
        plan = gen.plan(rng, today, themes, add, YEARS, AHEAD)
        for batch in _meeting_batches(builder, plan, rng):
            _insert(conn, batch)
        for batch in builder.loose_notes(plan):
            _insert(conn, batch)
        _index_again(conn, paused)
        counts = {
            model.__table__.name: count_rows(conn, model.__table__) for model in gen.INSERT_ORDER
        }
    seconds = time.perf_counter() - began
    log.info("generated %s in %.1f s", counts, seconds)
    return GenerateSummary(counts, seconds)


def _pause_search_triggers(conn: Connection) -> bool:
    """Drop the full-text triggers for the bulk insert; True if there were any.

    Indexing row by row through the triggers more than doubles the time; one rebuild of
    the index at the end (``_index_again``) gives the same index.
    """
    names = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' "
            "ESCAPE '\\'"
        )
    ]
    for name in names:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return bool(names)


def _index_again(conn: Connection, paused: bool) -> None:
    """Rebuild the full-text index and put its triggers back (same transaction)."""
    if not paused:
        return
    from workbench.store import search_index

    search_index.rebuild(conn)
    search_index.install_triggers(conn)


def _member_names() -> tuple[str, ...]:
    return tuple(name for _slug, name, _org, _role, member, _since in data.PEOPLE if member)


def _mica_theme() -> gen.ThemeIds:
    """The demo's own engagement, so its companies get busy years too."""
    theme = EngagementTheme(
        "mica",
        data.ENGAGEMENT["title"],
        data.ENGAGEMENT["theme"],
        ("mica", "child labour", "paint and coatings", "brake linings"),
        ("India", "Madagascar", "China"),
        (("Velora Automotive", "DE"), ("Northgate Components", "US")),
    )
    contacts = {
        demo.CAR_MAKER_ID: [demo_id(f"person:{p}") for p in ("katrin", "julia", "stefan")],
        demo.SUPPLIER_ID: [demo_id(f"person:{p}") for p in ("rebecca", "brian")],
    }
    return gen.ThemeIds(
        theme=theme,
        engagement_id=demo.ENGAGEMENT_ID,
        started=datetime.combine(data.ENGAGEMENT["started_on"], datetime.min.time(), UTC),
        companies=[
            ("Velora Automotive", demo.CAR_MAKER_ID, demo.CAR_MAKER_TARGET_ID),
            ("Northgate Components", demo.SUPPLIER_ID, demo.SUPPLIER_TARGET_ID),
        ],
        contacts=contacts,
    )


# -- the cached file ---------------------------------------------------------------------
def cache_dir() -> Path:
    """Where generated databases are kept between runs (the system's temporary folder)."""
    return Path(tempfile.gettempdir()) / "workbench-bench"


def cached_database(
    scale: Scale = FULL, *, folder: Path | None = None, seed: int = 2025, fresh: bool = False
) -> tuple[Path, float | None]:
    """The path of a generated database of ``scale``, made unless a cached one fits.

    The file name holds the generator version, the schema head, the scale and the seed, so
    a change to any of them makes a new file. Returns the path and the seconds generating
    took (None when the cached file was reused; ``fresh`` makes it again). Treat the file
    as read-only: copy it (``copy_database``) before measuring anything that writes.
    """
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"bench-v{GENERATOR_VERSION}-{migrations.head_revision()}-{scale.key()}-s{seed}.sqlite"
    path = folder / name
    if path.exists() and not fresh:
        return path, None
    partial = path.with_suffix(".partial")
    _remove(partial)
    database = open_database(partial)
    try:
        summary = generate(database, scale=scale, seed=seed)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    _remove(path)
    partial.rename(path)
    return path, summary.seconds


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a (checkpointed) generated database, for measures that write."""
    _remove(target)
    shutil.copyfile(source, target)
    return target


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = [
    "FULL",
    "GenerateSummary",
    "Scale",
    "cached_database",
    "copy_database",
    "generate",
    "spread",
]

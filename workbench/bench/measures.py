"""The figures measured inside the benchmark's process: search, exports, merge (the
tracker's are in ``workbench.bench.tracker``).

Each function returns ``Figure`` rows; a feature that has not landed yet gives a "not
available" row (``ImportError`` of its module) rather than stopping the run. Times are
medians of several runs after one warm-up run, on a private copy of the generated file.
"""

from __future__ import annotations

import importlib
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.bench.figures import Figure, median_time, not_available
from workbench.domain import (
    Action,
    AgendaItem,
    Commitment,
    Engagement,
    Meeting,
    MeetingStatus,
    Note,
    Record,
    utcnow,
)
from workbench.store import Database

SEARCH_LIMIT = 0.050
MINUTES_LIMIT = 0.5
WORKBOOK_RATIO = 1.3
MERGE_LIMIT = 2.0
#: The word searched for: in the text of a few thousand records, as real words are.
SEARCH_WORD = "grievance"


def _has(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


# -- search -------------------------------------------------------------------------------
def search_figure(db: Database, runs: int) -> Figure:
    name = f"full-text search for '{SEARCH_WORD}'"
    if not _has("workbench.services.search"):
        return not_available(name, "workbench.services.search not there yet", limit=SEARCH_LIMIT)
    from workbench.services.search import search

    found: list[int] = []

    def run() -> None:
        with db.session() as session:
            found.append(search(session, SEARCH_WORD).total)

    seconds = median_time(run, runs)
    return Figure(name, seconds, limit=SEARCH_LIMIT, note=f"{found[-1]:,} records match")


# -- exports ------------------------------------------------------------------------------
def _busiest_engagement(db: Database) -> tuple[str, str]:
    with db.session() as session:
        a, e = Action.__table__, Engagement.__table__
        return tuple(
            session.execute(
                sa.select(e.c.id, e.c.title)
                .join(a, a.c.engagement_id == e.c.id)
                .group_by(e.c.id)
                .order_by(sa.func.count().desc())
                .limit(1)
            ).one()
        )


def _latest_held_meeting(db: Database, engagement_id: str) -> tuple[str, str]:
    """The last meeting held in the engagement: the minutes one writes next."""
    with db.session() as session:
        m, i = Meeting.__table__, AgendaItem.__table__
        return tuple(
            session.execute(
                sa.select(m.c.id, m.c.title)
                .where(
                    m.c.engagement_id == engagement_id,
                    m.c.status.in_([MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED]),
                    sa.exists().where(i.c.meeting_id == m.c.id),
                )
                .order_by(m.c.starts_at.desc())
                .limit(1)
            ).one()
        )


def minutes_figure(db: Database, runs: int, folder: Path) -> Figure:
    name = "minutes of one meeting to PDF"
    if not _has("workbench.exports.runner") or not _has("workbench.exports.pdf.minutes"):
        return not_available(name, "the minutes export is not there yet", limit=MINUTES_LIMIT)
    from workbench.domain import Audience
    from workbench.exports.runner import ExportKind, ExportRequest, run_export

    engagement_id, _title = _busiest_engagement(db)
    meeting_id, title = _latest_held_meeting(db, engagement_id)
    path = folder / "minutes.pdf"
    request = ExportRequest(ExportKind.MINUTES, meeting_id, path, audience=Audience.GROUP)
    seconds = median_time(lambda: run_export(db, request), runs)
    pages = path.read_bytes().count(b"/Type /Page") - path.read_bytes().count(b"/Type /Pages")
    return Figure(name, seconds, limit=MINUTES_LIMIT, note=f"{title}, {pages} pages")


def _workbook_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """The values of every sheet of a workbook, read back (outside any timing)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in wb]
    wb.close()
    return sheets


def _write_plain(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    """openpyxl's write-only mode writing the same cells, with nothing else."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def _alternating_medians(
    run: Callable[[], object], baseline: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median wall times of ``run`` and ``baseline``, timed in turn after a warm-up each.

    Taking turns gives both the same share of whatever else the machine is doing: two
    medians taken one after the other (several seconds each) drift apart with the load
    of a shared machine, and the ratio with them.
    """
    run()
    baseline()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, spent in zip((run, baseline), times, strict=True):
            began = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - began)
    return statistics.median(times[0]), statistics.median(times[1])


def workbook_figure(db: Database, runs: int, folder: Path) -> Figure:
    name = "tracker workbook of the busiest engagement"
    if not _has("workbench.exports.xlsx.tracker"):
        return not_available(
            name, "the tracker workbook is not there yet", max_ratio=WORKBOOK_RATIO
        )
    from workbench.domain import Audience
    from workbench.exports.runner import ExportKind, ExportRequest, run_export

    engagement_id, title = _busiest_engagement(db)
    path = folder / "tracker.xlsx"
    request = ExportRequest(ExportKind.TRACKER, engagement_id, path, audience=Audience.GROUP)
    run_export(db, request)
    sheets = _workbook_cells(path)
    cells = sum(len(r) for _t, rows in sheets for r in rows)
    plain = folder / "plain.xlsx"
    seconds, baseline = _alternating_medians(
        lambda: run_export(db, request), lambda: _write_plain(sheets, plain), runs
    )
    return Figure(
        name,
        seconds,
        baseline=baseline,
        baseline_name="openpyxl write-only, same cells",
        max_ratio=WORKBOOK_RATIO,
        note=f"{title}: {cells:,} cells, group version",
    )


# -- merge --------------------------------------------------------------------------------
#: What the other laptop changed: (model, field, how many, new value from the old one).
EDITS: tuple[tuple[type[Record], str, int, Callable[[Any], Any]], ...] = (
    (Note, "body", 4_000, lambda old: f"{old} (Checked with the NGO partners.)"),
    (Action, "notes", 3_000, lambda old: f"{old or ''} Reminder sent.".strip()),
    (AgendaItem, "outcome", 2_000, lambda old: "Agreed on the next step; see the tracker."),
    (Commitment, "evidence", 1_000, lambda old: "Confirmed in the company's annual report."),
)


def _edit_on_other_laptop(db: Database) -> None:
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


def merge_figure(source: Path, runs: int, folder: Path) -> Figure:
    name = "merge a package of 10,000 changed records"
    if not _has("workbench.services.exchange.packages"):
        return not_available(
            name, "workbench.services.exchange.packages not there yet", limit=MERGE_LIMIT
        )
    from workbench.bench.generate import copy_database
    from workbench.services.exchange.packages import export_package, import_package
    from workbench.store import open_database

    laptop = open_database(copy_database(source, folder / "laptop.sqlite"))
    before = utcnow()
    try:
        _edit_on_other_laptop(laptop)
        package = folder / "changes.wbpkg"
        summary = export_package(laptop, package, since=before)
    finally:
        laptop.close()
    times, updated = [], 0
    for _ in range(runs):
        here = open_database(copy_database(source, folder / "here.sqlite"))
        try:
            began = time.perf_counter()
            report = import_package(here, package)
            times.append(time.perf_counter() - began)
            updated = report.updated
        finally:
            here.close()
    return Figure(
        name,
        statistics.median(times),
        limit=MERGE_LIMIT,
        note=f"{summary.total:,} records in the package, {updated:,} taken",
        runs=runs,
    )


def work_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="workbench-bench-"))


def stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")

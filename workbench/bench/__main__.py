"""``python -m workbench.bench`` (``make bench``): every figure, its baseline, one table.

Generates (or reuses) the five-busy-years database, then measures in this order:
start-up against a bare PySide6 window and peak memory with the tracker open (both in
fresh processes), the tracker with all actions, full-text search, minutes to PDF, the
tracker workbook against openpyxl write-only, the merge of 10,000 changed records, the
autosave's commit with ``synchronous=FULL`` against NORMAL, refusing a zip bomb, and the
exchange folder's syncs (with an autosave's longest wait while one merges). The
table is Markdown, ready for the README's "Performance" section; figures whose feature
has not landed print "not available" and the run goes on.

This is a command-line tool: it prints its table and its progress (on stderr).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench.bench import measures, safety, sealing, startup, sync, tracker
from workbench.bench.figures import Figure, machine, table
from workbench.bench.generate import FULL, cached_database, copy_database
from workbench.bench.home import home_figures

STEPS = (
    "startup",
    "memory",
    "tracker",
    "search",
    "minutes",
    "workbook",
    "merge",
    "autosave",
    "bomb",
    "home",
    "sync",
    "sealing",
)
GENERATE_LIMIT = 60.0
STARTUP_RATIO = 1.5


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _guard(name: str, step: Callable[[], list[Figure]]) -> list[Figure]:
    """Run one step; a failure becomes a row saying so, not the end of the run."""
    _say(f"… {name}")
    try:
        return step()
    except Exception as exc:  # a benchmark reports every figure it can
        logging.getLogger(__name__).debug("step %s failed", name, exc_info=True)
        _say(traceback.format_exc())
        return [Figure(name, note=f"failed: {type(exc).__name__}: {exc}"[:160])]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m workbench.bench", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--slow-runs", type=int, default=3, help="runs of the slow figures")
    parser.add_argument("--only", default=",".join(STEPS), help="comma-separated steps")
    parser.add_argument("--cache", type=Path, default=None, help="folder of generated files")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--fresh", action="store_true", help="generate the database again (and time it)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    scale = FULL.times(args.scale) if args.scale != 1 else FULL
    _say(f"… the database of five busy years ({scale})")
    source, generated = cached_database(scale, folder=args.cache, fresh=args.fresh)
    folder = measures.work_folder()
    home = folder / "home"
    home.mkdir()
    work = copy_database(source, folder / "bench.sqlite")
    figures: list[Figure] = [
        Figure("generate the database", generated, limit=GENERATE_LIMIT)
        if generated is not None
        else Figure("generate the database", note=f"reused {source.name}", limit=GENERATE_LIMIT)
    ]

    runs, slow = max(1, args.runs), max(1, args.slow_runs)

    def start() -> list[Figure]:
        app, bare, floor = startup.compare_startup(work, home, runs)
        return [
            Figure(
                "start to an interactive main window",
                app,
                baseline=bare,
                baseline_name="bare PySide6 window",
                max_ratio=STARTUP_RATIO,
            ),
            Figure(
                "… bare window after importing SQLAlchemy, SQLModel and the domain",
                floor,
                baseline=bare,
                baseline_name="bare PySide6 window",
            ),
        ]

    def memory() -> list[Figure]:
        app, bare = startup.peak_memory(work, home, "tracker|actions")
        return [
            Figure(
                "peak memory, tracker open",
                app,
                unit="MB",
                baseline=bare,
                baseline_name="bare window",
                note="VmHWM",
            )
        ]

    # The probes run first, while this process is still small: starting a child copies
    # the parent's page tables, which would slow the bare window and the app alike.
    figures += _guard("startup", start) if "startup" in only else []
    last = _guard("memory", memory) if "memory" in only else []  # the table's last row

    from workbench.app import create_application
    from workbench.store import open_database

    create_application()
    db = open_database(work)
    try:
        steps: dict[str, Callable[[], list[Figure]]] = {
            "tracker": lambda: tracker.tracker_figures(db, runs),
            "search": lambda: [measures.search_figure(db, runs)],
            "minutes": lambda: [measures.minutes_figure(db, runs, folder)],
            "workbook": lambda: [measures.workbook_figure(db, slow, folder)],
            "merge": lambda: [measures.merge_figure(source, slow, folder)],
            "autosave": lambda: [
                safety.autosave_figure(copy_database(source, folder / "autosave.sqlite"), runs)
            ],
            "bomb": lambda: [safety.bomb_figure(folder, runs)],
            "home": lambda: home_figures(db, runs),
            "sync": lambda: sync.sync_figures(source, folder),
            "sealing": lambda: sealing.sealing_figure(source, folder),
        }
        for name in steps:
            if name in only:
                figures += _guard(name, steps[name])
    finally:
        db.close()
        figures += last
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"Machine: {machine()}")
    print(
        f"Database: {scale.meetings:,} meetings, {scale.agenda_items:,} agenda items, "
        f"{scale.actions:,} actions, {scale.commitments:,} commitments, "
        f"{scale.notes:,} notes; median of {runs} runs ({slow} for workbook and merge)"
    )
    print()
    print(table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m workbench.bench`` (``make bench``): every figure against its floor, one table.

Generates (or reuses) the five-busy-years database, then runs every registered step
(``registry.step``): first those measured in fresh processes — start-up and memory
against a bare PySide6 window, the built program against a bare window built the same
way — then, in this process, the tracker, search, the minutes, the workbook, the merge,
the autosave, refusing a zip bomb, Home on screen and the exchange folder's syncs (with
an autosave's longest wait while one merges). Prints the table (Markdown, for the README's
"Performance" section) with the machine and its load, and exits 1 when a goal is not
met (or could not be measured), 0 when every goal is.

This is a command-line tool: it prints its table and its progress (on stderr).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from workbench.bench import (  # noqa: F401  (importing a module registers its steps)
    bundle,
    documents,
    home,
    merge,
    safety,
    sealing,
    search,
    startup,
    sync,
    tracker,
)
from workbench.bench.figures import Figure, failed, load, machine, table
from workbench.bench.generate import FULL, cached_database
from workbench.bench.registry import STEPS, Bench, Step

#: The order of the table (a step registered elsewhere comes after these).
ORDER = (
    "startup",
    "bundle",
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


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _run(item: Step, bench: Bench) -> list[Figure]:
    """Run one step; a failure becomes a row saying so (a goal counts as not met)."""
    _say(f"… {item.name}")
    try:
        return item.measure(bench)
    except Exception as exc:  # a benchmark reports every figure it can
        logging.getLogger(__name__).debug("step %s failed", item.name, exc_info=True)
        _say(traceback.format_exc())
        why = f"failed: {type(exc).__name__}: {exc}"[:160].replace("|", "/")
        return [failed(f"{item.name} (every figure of the step)", why, broken=True)]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    names = [s.name for s in STEPS]
    parser = argparse.ArgumentParser(prog="python -m workbench.bench", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--slow-runs", type=int, default=3, help="runs of the slow figures")
    parser.add_argument("--only", default=",".join(names), help=f"of {', '.join(names)}")
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
    began, load_before = time.perf_counter(), load()
    _say(f"… the database of five busy years ({scale})")
    source, generated = cached_database(scale, folder=args.cache, fresh=args.fresh)
    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    bench = Bench(source, folder, max(1, args.runs), max(1, args.slow_runs))
    figures: list[Figure] = []
    chosen = [s for s in STEPS if s.name in only]
    rank = {name: n for n, name in enumerate(ORDER)}
    try:  # steps in fresh processes first, while this process is still small
        for item in sorted(chosen, key=lambda s: (not s.processes, rank.get(s.name, 99))):
            figures += _run(item, bench)
    finally:
        bench.close()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    made = f"generated in {generated:.1f} s" if generated is not None else "reused from cache"
    print(f"Machine: {machine()}")
    print(f"Load average before and after: {load_before}; {load()}")
    print(
        f"Database: {scale.meetings:,} meetings, {scale.agenda_items:,} agenda items, "
        f"{scale.actions:,} actions, {scale.commitments:,} commitments, "
        f"{scale.notes:,} notes ({made}); median of {bench.runs} runs "
        f"({bench.slow_runs} for the workbook and the merge); the whole run took "
        f"{time.perf_counter() - began:.0f} s"
    )
    print()
    print(table(figures))
    missed = [f for f in figures if f.met is False]
    print()
    if missed:
        print(f"{len(missed)} goal(s) not met: " + "; ".join(f.name for f in missed))
        return 1
    print("Every goal met.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

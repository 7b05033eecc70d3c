"""A measured figure, its goal and baseline, and the table the benchmark prints.

A goal is either a limit (``limit_s``: the figure must stay under it), a ratio to a
baseline measured in the same run (``max_ratio``), or nothing (the figure is reported).
A figure that cannot be measured yet (its feature has not landed) is still a row of the
table, saying why, so a run never ends in a traceback.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float | None = None  # seconds, or MB when ``unit`` is "MB"
    unit: str = "s"
    baseline: float | None = None
    baseline_name: str = ""
    limit: float | None = None  # the value must be below this (same unit)
    max_ratio: float | None = None  # value / baseline must be at most this
    note: str = ""
    runs: int = 0

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        """True or False against the goal; None when there is no goal or no value."""
        if self.value is None:
            return None
        if self.max_ratio is not None:
            return None if self.ratio is None else self.ratio <= self.max_ratio
        if self.limit is not None:
            return self.value < self.limit
        return None

    @property
    def goal(self) -> str:
        if self.max_ratio is not None:
            return f"≤ {self.max_ratio:g}× {self.baseline_name or 'baseline'}"
        if self.limit is not None:
            return f"< {_amount(self.limit, self.unit)}"
        return "report"


def not_available(name: str, why: str, **goal: float) -> Figure:
    """A row for a figure whose feature is not there (yet)."""
    return Figure(name, note=f"not available: {why}", **goal)  # type: ignore[arg-type]


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def median_time(run: Callable[[], object], runs: int, *, warmup: int = 1) -> float:
    """The median wall time of ``run`` over ``runs`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        run()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def table(figures: list[Figure]) -> str:
    """A Markdown table: figure, measured, baseline, ratio, goal, met."""
    lines = [
        "| figure | measured | baseline | ratio | goal | met |",
        "|---|---:|---:|---:|---|:---:|",
    ]
    for f in figures:
        met = {True: "yes", False: "**no**", None: "—"}[f.met]
        if f.note and f.value is None:
            lines.append(f"| {f.name} | {f.note} | | | {f.goal} | — |")
            continue
        baseline = (
            f"{_amount(f.baseline, f.unit)} ({f.baseline_name})" if f.baseline is not None else ""
        )
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else ""
        name = f"{f.name} ({f.note})" if f.note else f.name
        lines.append(
            f"| {name} | {_amount(f.value, f.unit)} | {baseline} | {ratio} | {f.goal} | {met} |"
        )
    return "\n".join(lines)


def machine() -> str:
    """CPU model, cores, Python and Qt versions: the line the README shows with the table."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - Qt is a dependency
        qt = "Qt not installed"
    import sqlite3

    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {qt}; SQLite {sqlite3.sqlite_version}"
    )

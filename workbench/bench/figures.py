"""A measured figure, the floor it is compared with, and the table the benchmark prints.

Every goal is a ratio to a *floor* measured in the same run, on the same machine: the
least that doing the same thing can cost (a bare window, raw SQL, plain reportlab,
openpyxl alone). Absolute times change from one machine to the next, and on a shared
machine from one minute to the next; a ratio to a floor measured alongside does not, so
the *met* column is decided by ratios only. The absolute times stay in the table for
reading. A figure with no floor is reported, with no goal. A figure that could not be
measured is still a row, saying why; when it has a goal, the goal counts as not met.
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
    floor: float | None = None  # the same thing done the least costly way, same unit
    floor_name: str = ""
    max_ratio: float | None = None  # value / floor must be at most this
    note: str = ""
    broken: bool = False  # a step that failed: its goals (unknown here) are not met

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool | None:
        """True or False against the goal; None when there is no goal. A goal whose
        figure could not be measured is not met."""
        if self.broken:
            return False
        if self.max_ratio is None:
            return None
        return self.ratio is not None and self.ratio <= self.max_ratio

    @property
    def goal(self) -> str:
        if self.broken:
            return "—"
        return f"≤ {self.max_ratio:g}×" if self.max_ratio is not None else "report"


def failed(name: str, why: str, max_ratio: float | None = None, *, broken: bool = False) -> Figure:
    """A row for a figure that could not be measured: its goal, if any, is not met (a
    ``broken`` step's figures are all unknown, so counted as not met)."""
    return Figure(name, note=why, max_ratio=max_ratio, broken=broken)


def amount(value: float | None, unit: str) -> str:
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


def in_turn(
    run: Callable[[], object],
    floor: Callable[[], object],
    runs: int,
    *,
    prepare: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Median wall times of ``run`` and ``floor``, timed in turn after a warm-up each
    (``prepare``, untimed, before every call of either).

    Taking turns gives both the same share of whatever else the machine is doing: two
    medians taken one after the other drift apart with the load of a shared machine,
    and the ratio with them.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for n in range(runs + 1):
        for fn, spent in zip((run, floor), times, strict=True):
            if prepare is not None:
                prepare()
            began = time.perf_counter()
            fn()
            if n:
                spent.append(time.perf_counter() - began)
    return statistics.median(times[0]), statistics.median(times[1])


def table(figures: list[Figure]) -> str:
    """A Markdown table: figure, measured, floor, ratio, goal, met."""
    lines = [
        "| figure | measured | floor (same run) | ratio | goal | met |",
        "|---|---:|---|---:|:---:|:---:|",
    ]
    for f in figures:
        met = {True: "yes", False: "**no**", None: "—"}[f.met]
        if f.value is None:
            lines.append(f"| {f.name} | {f.note} | | | {f.goal} | {met} |")
            continue
        floor = f"{amount(f.floor, f.unit)}: {f.floor_name}" if f.floor is not None else ""
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else ""
        name = f"{f.name} ({f.note})" if f.note else f.name
        lines.append(
            f"| {name} | {amount(f.value, f.unit)} | {floor} | {ratio} | {f.goal} | {met} |"
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


def load() -> str:
    """The load averages (1, 5, 15 minutes), to say how busy the machine was."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:  # pragma: no cover - not on every system
        return "unknown"
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"

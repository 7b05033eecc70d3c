"""The steps of ``make bench``, registered where they are written, and what they share.

A step is a function ``(Bench) -> list[Figure]`` registered with ``@step("name")`` in
its module; ``__main__`` imports the modules in order and runs every step (or those
named by ``--only``). Steps measured in fresh processes (``processes=True``: start-up,
the built program) run before the benchmark's own process opens the database and grows.
A new figure is one registration: a step, or for start-up a page (``startup.page``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.bench.figures import Figure

if TYPE_CHECKING:
    from workbench.store import Database


@dataclass
class Bench:
    """What a step gets: the generated file, a scratch folder, how many runs."""

    source: Path  # the generated database; read-only, copy it to write
    folder: Path  # this run's scratch folder, removed at the end
    runs: int  # runs of a quick figure (the median is taken)
    slow_runs: int  # runs of a figure of several seconds
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        """A private copy of the generated database, opened once for the steps that read
        (the QApplication is made first: the tracker's figures need it)."""
        if self._db is None:
            from workbench.app import create_application
            from workbench.store import open_database

            create_application()
            self._db = open_database(self.copy("bench.sqlite"))
        return self._db

    def copy(self, name: str) -> Path:
        """A fresh copy of the generated database in the scratch folder."""
        target = self.folder / name
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.source, target)
        return target

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@dataclass(frozen=True)
class Step:
    name: str
    measure: Callable[[Bench], list[Figure]]
    processes: bool  # measured in fresh processes: run before the database is opened


STEPS: list[Step] = []

Measure = Callable[[Bench], list[Figure]]


def step(name: str, *, processes: bool = False) -> Callable[[Measure], Measure]:
    """Register a step of the benchmark under ``name`` (what ``--only`` takes)."""

    def register(measure: Measure) -> Measure:
        STEPS.append(Step(name, measure, processes))
        return measure

    return register

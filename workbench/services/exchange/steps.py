"""Merging a big package in steps, so the window's saves are never kept waiting long.

A merge is one write transaction, and while it runs every other write waits for it: the
window's autosave (a commit on the GUI thread) included. A package of a working day
merges in a few milliseconds, but a newcomer's snapshot or ten thousand changes take
seconds, and an autosave stuck that long freezes the window (past SQLite's busy
timeout it would even fail). So the exchange folder merges a package in steps of
``STEP`` records, each its own short transaction, in the package's order (parents
before children, so every step's foreign keys find their parents in the database), with
a pause after each step that wrote, long enough for a waiting save to get the lock
(SQLite's busy handler looks again at least every 100 ms). A step that changes nothing
(most of a newcomer's snapshot) writes nothing and takes no write lock; a step that
meets a save committed while it read runs again, then holding the lock from its start.

This is safe because of how merges decide (``merge``): a step that ran is, on a second
run, "the same version" or "ours descends from it" for every record in it. If a step
fails, the steps before it stay and the whole package is tried again at the next sync;
only the last step records, in its own transaction, that the package was merged
(``also``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench.services.exchange.format import CODECS, Package
from workbench.services.exchange.merge import MergeReport, TableCounts, merge_package
from workbench.store.database import Database

#: Records per step: a step of a day's package is the whole package.
STEP = 1000


def _steps(package: Package, step: int) -> Iterator[Package]:
    """The package cut into packages of at most ``step`` records, in table order. Each
    part keeps the package's documents' contents (``blobs``, ``path``): the step that
    holds a document stores its bytes in the same transaction."""

    def part(records: dict[str, list[dict[str, Any]]]) -> Package:
        return Package(package.manifest, records, package.blobs, package.path)

    current: dict[str, list[dict[str, Any]]] = {}
    size = 0
    for name in CODECS:
        rows = package.records.get(name) or []
        start = 0
        while start < len(rows):
            take = rows[start : start + step - size]
            current.setdefault(name, []).extend(take)
            size += len(take)
            start += len(take)
            if size >= step:
                yield part(current)
                current, size = {}, 0
    if size or not package.total:
        yield part(current)


def _add(total: MergeReport, part: MergeReport) -> None:
    for table, counts in part.tables.items():
        into = total.tables.setdefault(table, TableCounts())
        for f in fields(TableCounts):
            setattr(into, f.name, getattr(into, f.name) + getattr(counts, f.name))
    total.conflicts.extend(part.conflicts)
    for table, ids in part.written.items():
        total.written.setdefault(table, []).extend(ids)


def merge_in_steps(
    db: Database,
    package: Package,
    local_installation: str,
    *,
    step: int = STEP,
    pause: Callable[[], None] | None = None,
    also: Callable[[Connection, MergeReport], None] | None = None,
) -> MergeReport:
    """Merge ``package`` in steps of ``step`` records; ``pause`` runs between steps."""
    parts = list(_steps(package, step))
    total = MergeReport(package.installation_id, str(package.manifest.get("exported_at")))
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        try:
            report = merge_package(
                db, part, local_installation, also=also if last else None, remember=last
            )
        except sa.exc.OperationalError:
            # A save was committed while this step read, so it may not write on what it
            # read (SQLite's "busy snapshot"): run it again holding the write lock from
            # its first statement (noting the import is that statement; the last step
            # notes it again).
            if pause is not None:
                pause()
            report = merge_package(
                db, part, local_installation, also=also if last else None, remember=True
            )
        _add(total, report)
        if not last and pause is not None and (report.written or report.conflicts):
            pause()
    return total

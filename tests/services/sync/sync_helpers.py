"""Laptops for the exchange-folder tests: a database each, one shared folder, a clock."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.domain import RECORD_TYPES, Commitment, Engagement, Organisation
from workbench.services.sync import SyncOptions, SyncReport, sync_once
from workbench.store import Database, open_database


class Clock:
    """A clock the test moves by hand (no test waits for time to pass)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


class Laptop:
    """One member's laptop: its own database file, syncing with the shared folder."""

    def __init__(self, name: str, path: Path, folder: Path, clock: Clock, **options: Any):
        self.name, self.path, self.folder, self.clock = name, path, folder, clock
        self.db: Database = open_database(path)
        self.options = SyncOptions(**options)

    def sync(self, **options: Any) -> SyncReport:
        chosen = SyncOptions(**{**self.options.__dict__, **options})
        return sync_once(self.db, self.folder, now=self.clock, options=chosen)

    def sync_texts(self) -> list[str]:
        """Sync, then the texts (what a user sees after pressing Sync now)."""
        report = self.sync()
        assert not [p for p in report.problems if p.code != "database_in_folder"]
        return self.texts()

    def texts(self) -> list[str]:
        """The commitments' texts (live ones), as a list would show them."""
        with self.db.session() as s:
            rows = s.execute(
                sa.select(Commitment.text).where(Commitment.deleted_at.is_(None))
            ).scalars()
            return sorted(rows)

    def add_commitment(self, text: str) -> str:
        with self.db.transaction() as s:
            engagement = s.execute(sa.select(Engagement)).scalars().first()
            org = s.execute(sa.select(Organisation)).scalars().first()
            c = Commitment(engagement_id=engagement.id, party_id=org.id, text=text)
            s.add(c)
            s.flush()
            return c.id

    def set_text(self, record_id: str, text: str, delete: bool = False) -> None:
        with self.db.transaction() as s:
            c = s.get(Commitment, record_id)
            c.text = text
            if delete:
                c.deleted_at = datetime.now(UTC)

    def close(self) -> None:
        self.db.close()


def make_case(path: Path) -> list[str]:
    """A database with an engagement, a company and three commitments; their ids."""
    db = open_database(path)
    with db.transaction() as s:
        org = Organisation(name="Velora Motors")
        eng = Engagement(title="Mica")
        s.add_all([org, eng])
        s.flush()
        rows = [Commitment(engagement_id=eng.id, party_id=org.id, text=f"P{i}") for i in range(3)]
        s.add_all(rows)
        s.flush()
        ids = [c.id for c in rows]
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return ids


def copy_case(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


def laptops_on_one_case(
    tmp_path: Path, names: str = "AB"
) -> tuple[list[Laptop], list[str], Path, Clock]:
    """A laptop per letter of ``names``, each on a copy of one case (``make_case``), one
    exchange folder and one clock between them: the laptops, the case's ids, the folder,
    the clock. The caller closes the laptops."""
    template = tmp_path / "case.sqlite"
    ids = make_case(template)
    folder = tmp_path / "Exchange"
    folder.mkdir()
    clock = Clock()
    laptops = [
        Laptop(name, copy_case(template, tmp_path / f"{name}.sqlite"), folder, clock)
        for name in names
    ]
    return laptops, ids, folder, clock


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every synchronised record as stored: what must end equal on every laptop."""
    out = {}
    with db.engine.connect() as conn:
        for cls in RECORD_TYPES:
            table = cls.__table__
            out[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(table)))
    return out


def settle(laptops: list[Laptop], rounds: int = 8) -> int:
    """Sync every laptop in turn until a whole round changes nothing; the rounds it took."""
    for n in range(1, rounds + 1):
        busy = False
        for laptop in laptops:
            report = laptop.sync()
            assert report.reached and not report.problems, report.problems
            busy |= bool(report.received and report.changed) or report.published is not None
        if not busy:
            return n
    raise AssertionError(f"still changing after {rounds} rounds")

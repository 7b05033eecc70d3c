"""Offline exchange between laptops: export a package, import (merge) one.

Members work on their own laptops without a network; packages (zip files, see
``format``) carry records between them, in any direction and any order.

*Which version wins.* Every record carries ``updated_at``, kept unchanged when a record
travels, so ``(id, updated_at)`` names one version everywhere. The question a merge must
answer, "did this record change here, there, or on both sides since we last exchanged?",
is answered per record, not per peer: each record remembers the versions it descends from
that may be known elsewhere (its lineage, ``workbench.store.lineage``), and a package
sends that lineage with each record. If our version is an ancestor of theirs, only they
changed it; if theirs is an ancestor of ours, only we did; otherwise both did, and the
newer wins while the other is saved as a ``Conflict`` (rules in ``merge``).
This needs no trust in either laptop's clock for deciding *whether* there is a conflict
(clocks only pick the winner of a real conflict), works with any number of laptops
exchanging in any pattern, and makes a second import of the same package a no-op.

Per-peer state is kept in ``Meta`` for the user's information
(``peer:<installation id>:last_import``: when, what package, how many records), and
``exchange:last_export`` remembers the last export (the GUI proposes its date as the
next ``--since``). A package is refused, with nothing changed, if it is damaged, from a
newer schema, or made by this same installation.

*Installation ID.* A ``Meta`` row ``installation_id``, created on first use. A copy of the
database file (the usual way to set up a laptop) would carry the same ID, so the ID is
bound to the host and path where it was made; a file found elsewhere gets a new ID.

``--since DATE`` exports the records with ``updated_at >= since``. Records received from
another laptop keep that laptop's ``updated_at``, so a laptop that relays packages between
others should send full exports (the default); a full export is always safe.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench import __version__
from workbench.domain import new_id, utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange import blobs
from workbench.services.exchange.format import (
    CODECS,
    LINEAGE_KEY,
    NewerPackageError,
    Package,
    PackageError,
    TableCodec,
    stored_stamp,
)
from workbench.services.exchange.merge import ConflictInfo, MergeReport, merge_package
from workbench.store import lineage, migrations
from workbench.store.database import Database
from workbench.store.sqlite_file import is_database_file

if TYPE_CHECKING:
    from workbench.services.exchange.sealing import Seal

# The envelope (its sealing brings cryptography) and the group (the keyring) are
# imported by ``export_package`` and ``import_package``: the window's start asks this
# module only for the installation ID.
log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
INSTALLATION_KEY = "installation_id"
INSTALLATION_HOME_KEY = "installation_home"
LAST_EXPORT_INFO_KEY = "exchange:last_export"


def sealing_for(db: Database, laptop: str) -> Seal | None:
    """``group.sealing_for``, imported when a package is written (tests swap it)."""
    from workbench.services.group import sealing_for as group_sealing

    return group_sealing(db, laptop)


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    installation_id: str
    exported_at: str
    since: str | None
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _home(db_path: Path) -> str:
    return f"{socket.gethostname()}:{Path(db_path).resolve()}"


def installation_home(db_path: Path) -> tuple[str, str]:
    """The ``Meta`` key and value that bind an installation ID to this host and path (a
    database moved on purpose is given its new home, and so keeps its ID)."""
    return INSTALLATION_HOME_KEY, _home(db_path)


def installation_id_in(conn: Connection, db_path: Path) -> str:
    """This database's installation ID, created (or renewed after a copy) on first use."""
    current = lineage.get_value(conn, INSTALLATION_KEY)
    home = _home(db_path)
    if current is None or lineage.get_value(conn, INSTALLATION_HOME_KEY) != home:
        if current is not None:
            log.info("database %s was copied or moved: new installation ID", db_path)
        current = new_id()
        lineage.set_value(conn, INSTALLATION_KEY, current)
        lineage.set_value(conn, INSTALLATION_HOME_KEY, home)
    return current


def existing_installation_id(db: Database) -> str | None:
    """The ID ``installation_id`` would return without writing (None: it would make one)."""
    with db.engine.connect() as conn:
        current = lineage.get_value(conn, INSTALLATION_KEY)
        home = lineage.get_value(conn, INSTALLATION_HOME_KEY)
    return current if home == _home(db.path) else None


def installation_id(db: Database) -> str:
    """This database's installation ID (created on first use); from then on the history
    names it as the laptop of every change made through ``db``."""
    current = existing_installation_id(db)
    if current is None:
        with db.transaction(merging=True) as session:
            current = installation_id_in(session.connection(), db.path)
    db.laptop_id = current
    return current


def last_export(db: Database) -> dict[str, Any] | None:
    """When this database last exported a package, and with which ``since``."""
    with db.engine.connect() as conn:
        value = lineage.get_value(conn, LAST_EXPORT_INFO_KEY)
    return json.loads(value) if value else None


def peers(db: Database) -> dict[str, dict[str, Any]]:
    """The installations packages were imported from, with the last import of each."""
    meta = lineage.meta_table
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.select(meta.c.key, meta.c.value).where(meta.c.key.like("peer:%:last_import"))
        ).all()
    return {key.split(":")[1]: json.loads(value) for key, value in rows}


def with_lineage(conn: Connection, codec: TableCodec, raw: Any) -> list[dict[str, Any]]:
    """Stored rows of one table as package records, each with its lineage."""
    rows = [codec.from_db(r) for r in raw]
    known = lineage.load(conn, [r["id"] for r in rows])
    for row in rows:
        row[LINEAGE_KEY] = lineage.merge(known.get(row["id"], []), [row["updated_at"]])
    return rows


def _read_records(
    db: Database, since: datetime | None, progress: ProgressFn | None
) -> dict[str, list[dict[str, Any]]]:
    """Every record (changed since ``since``) with its lineage, from one snapshot, so a
    package never holds a child without the parent it was written with."""
    records: dict[str, list[dict[str, Any]]] = {}
    since_raw = stored_stamp(since) if since is not None else None
    with db.engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")  # one read transaction: one consistent snapshot
        try:
            for index, (name, codec) in enumerate(CODECS.items()):
                if progress:
                    progress(index, len(CODECS), name)
                if since_raw is None:
                    raw = conn.exec_driver_sql(codec.select_sql("ORDER BY id"))
                else:
                    raw = conn.exec_driver_sql(
                        codec.select_sql("WHERE updated_at >= ? ORDER BY id"), (since_raw,)
                    )
                records[name] = with_lineage(conn, codec, raw)
        finally:
            conn.exec_driver_sql("ROLLBACK")
    return records


def export_package(
    db: Database,
    path: Path | str,
    *,
    since: datetime | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> ExportSummary:
    """Write every record changed since ``since`` (all if None) into a package at ``path``.

    The file is complete or absent. The versions exported are remembered (see
    ``workbench.store.lineage``) so later edits here are known to descend from them.
    """
    path = Path(path)
    _refuse_the_database(db, path)
    source = installation_id(db)
    exported_at = lineage.stamp(now or utcnow())
    records = _read_records(db, since, progress)
    manifest = {
        "schema": migrations.head_revision(),
        "app_version": __version__,
        "installation_id": source,
        "exported_at": exported_at,
        "since": lineage.stamp(since) if since is not None else None,
    }
    from workbench.services.exchange.envelope import write_package_file

    write_package_file(
        path,
        manifest,
        records,
        blobs.read_blobs(db, blobs.needed(records)),
        seal=sealing_for(db, source),
    )
    # after the file is written, a short write: the app may have been editing meanwhile
    with db.transaction(merging=True) as session:
        conn = session.connection()
        lineage.set_value(conn, lineage.LAST_EXPORT_KEY, exported_at)
        lineage.set_value(
            conn,
            LAST_EXPORT_INFO_KEY,
            json.dumps({"exported_at": exported_at, "since": manifest["since"], "path": str(path)}),
        )
    counts = {name: len(rows) for name, rows in records.items()}
    log.info("exported %d records to %s", sum(counts.values()), path)
    return ExportSummary(path, source, exported_at, manifest["since"], counts)


def _refuse_the_database(db: Database, path: Path) -> None:
    """A package is never the database file: reading or replacing it would break the
    store's locks or the file itself (see ``workbench.store``)."""
    if is_database_file(path, db.path):
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is the workbench database itself, not a package."
            ),
            path=path,
        )


def check_package(db: Database, package: Package, local_installation: str | None) -> None:
    """Refuse packages this database must not merge (message for the user); None: this
    database has no installation ID yet, so no package can be its own."""
    if package.installation_id == local_installation:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This package was made by this same installation; importing it would change "
                "nothing. Import packages made on other laptops.",
            )
        )
    if package.schema not in migrations.known_revisions():
        raise NewerPackageError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This package was made by a newer version of the workbench (schema {schema}). "
                "Update the workbench on this laptop to import it.",
            ),
            schema=package.schema,
        )


def import_package(
    db: Database,
    path: Path | str,
    *,
    progress: ProgressFn | None = None,
    now: datetime | None = None,
    allow_plain: bool = False,
) -> MergeReport:
    """Read, check and merge the package at ``path``; nothing is changed on any error.

    When this database shares in a group, a package must be sealed by a member; a plain
    one (from before sealing) is read only with ``allow_plain`` (the user confirmed)."""
    _refuse_the_database(db, Path(path))
    from workbench.services.exchange.envelope import read_package_file, release
    from workbench.services.group import opening_for

    existing = existing_installation_id(db)  # nothing is written before the package passes
    package = read_package_file(
        Path(path),
        lambda found: check_package(db, found, existing),
        opener=opening_for(db),
        allow_plain=allow_plain,
    )
    local = installation_id(db)
    try:
        report = merge_package(db, package, local, progress=progress, now=now)
    finally:
        release(package)  # the decrypted copy, if it was sealed
    log.info(
        "imported %s: %d added, %d updated, %d deleted, %d conflicts",
        path,
        report.added,
        report.updated,
        report.deleted,
        len(report.conflicts),
    )
    return report


__all__ = [
    "ConflictInfo",
    "ExportSummary",
    "MergeReport",
    "NewerPackageError",
    "PackageError",
    "export_package",
    "import_package",
    "installation_id",
    "last_export",
    "peers",
]

"""Merging a package into this database: the rules, applied in one transaction.

For each incoming record (``I``) and the local one with the same id (``L``), using the
lineage of each (``workbench.store.lineage``: the versions a record descends from):

1. no ``L``: the record is new here, it is added;
2. ``L`` and ``I`` are the same in every field: nothing to do;
3. ``L``'s version is among ``I``'s ancestors: only the other side changed it since, we
   take ``I`` (an edit, or a tombstone: deletions propagate like any change);
4. ``I``'s version is among ``L``'s ancestors: only this side changed it since (or the
   package is older than what we have), we keep ``L``;
5. otherwise both sides changed it: the newer version (``updated_at``; a tie is broken by
   the installation id, then by the content) is kept and the other is saved in a
   ``Conflict`` row for the user to see and resolve. The conflict's id and timestamps are
   derived from the two versions, so both laptops record the very same row.

Either way the record then remembers ``I``'s ancestors too, so importing the same package
again falls under rule 2 or 4 and changes nothing, and the other laptop, receiving our
version later, takes it under rule 3: both end equal. History rows (``Change``) and
conflicts are records and travel like the rest.

Writes are bulk Core statements in ``RECORD_TYPES`` order (parents first), with
``session.info["merging"]`` set so the store neither restamps nor writes history. Foreign
keys are checked once before the commit (``PRAGMA foreign_key_check``); a record whose
parent is neither here nor in the package fails the whole merge with a clear message and
nothing is changed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench.domain import utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange import blobs
from workbench.services.exchange import reindex as exchange_search
from workbench.services.exchange.format import (
    CODECS,
    LINEAGE_KEY,
    Package,
    PackageError,
    TableCodec,
    canonical_json,
)
from workbench.store import journal, lineage
from workbench.store.database import Database

ProgressFn = Callable[[int, int, str], None]
CONFLICT_NAMESPACE = uuid.UUID("5b8f2c4e-7d1a-4f3b-9e6c-2a0d8b1c3e57")
_CHUNK = 500
_LABEL_FIELDS = ("title", "name", "text", "body", "field")


@dataclass
class TableCounts:
    """What a merge did to the records of one table."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    kept_ours: int = 0
    conflicts: int = 0


@dataclass
class ConflictInfo:
    """One record changed on both sides, as the merge report shows it."""

    conflict_id: str
    entity: str
    entity_id: str
    label: str
    kept_from: str  # "here" or "package"
    differences: list[tuple[str, Any, Any]]  # field, kept value, other value


@dataclass
class MergeReport:
    """The result of importing one package."""

    source: str
    exported_at: str
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    #: The ids written per table (so a window re-reads those rows only).
    written: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def _total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.tables.values())

    @property
    def added(self) -> int:
        return self._total("added")

    @property
    def updated(self) -> int:
        return self._total("updated")

    @property
    def deleted(self) -> int:
        return self._total("deleted")

    @property
    def unchanged(self) -> int:
        return self._total("unchanged")

    @property
    def kept_ours(self) -> int:
        return self._total("kept_ours")

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.conflicts)

    def to_dict(self) -> dict[str, Any]:
        totals = {
            n: self._total(n)
            for n in ("added", "updated", "deleted", "unchanged", "kept_ours", "conflicts")
        }
        return {
            "source": self.source,
            "exported_at": self.exported_at,
            "totals": totals,
            "tables": {k: asdict(v) for k, v in self.tables.items()},
            "conflicts": [asdict(c) for c in self.conflicts],
        }


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def label_of(record: dict[str, Any]) -> str:
    """A short human name for a record (its title, name or text)."""
    for name in _LABEL_FIELDS:
        value = record.get(name)
        if value:
            text = " ".join(str(value).split())
            return text if len(text) <= 80 else text[:77] + "…"
    return str(record.get("id", ""))[:8]


def differences(kept: dict[str, Any], other: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The fields (other than timestamps) in which two versions differ."""
    skip = {"updated_at", "created_at", LINEAGE_KEY}
    return [
        (name, kept.get(name), other.get(name))
        for name in kept
        if name not in skip and kept.get(name) != other.get(name)
    ]


def _same_conflict(mine: dict[str, Any], enc: dict[str, Any]) -> bool:
    """Two versions of one conflict row that differ in nothing but ``source``."""
    return all(mine.get(k) == v for k, v in enc.items() if k != "source")


def _load_local(conn: Connection, codec: TableCodec, ids: list[str]) -> dict[str, dict[str, Any]]:
    found = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for raw in conn.exec_driver_sql(codec.select_sql(f"WHERE id IN ({marks})"), tuple(chunk)):
            found[raw[0]] = codec.from_db(raw)
    return found


class _Merger:
    def __init__(self, conn: Connection, package: Package, local_installation: str) -> None:
        self.conn = conn
        self.package = package
        self.here = local_installation
        self.there = package.installation_id
        self.report = MergeReport(self.there, str(package.manifest.get("exported_at")))
        self.new_conflicts: list[dict[str, Any]] = []
        self.lineage_updates: dict[str, list[str]] = {}
        self.written = self.report.written  # table -> ids inserted or updated

    def run(self, progress: ProgressFn | None) -> MergeReport:
        names = [n for n in CODECS if self.package.records.get(n)]
        for index, name in enumerate(names):
            if progress:
                progress(index, len(names) + 1, name)
            self._merge_table(CODECS[name], self.package.records[name])
        if self.new_conflicts:
            codec = CODECS["conflict"]
            self.written.setdefault("conflict", []).extend(c["id"] for c in self.new_conflicts)
            self.conn.exec_driver_sql(
                codec.insert_sql().replace("INSERT", "INSERT OR IGNORE", 1),
                [codec.to_db(c) for c in self.new_conflicts],
            )
        lineage.save(self.conn, self.lineage_updates)
        try:
            blobs.merge_blobs(self.conn, self.package)  # documents' contents, same transaction
        except blobs.BlobError as exc:
            raise PackageError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
        journal.note(self.conn, self.written)  # what this laptop passes on to the folder
        if progress:
            progress(len(names), len(names) + 1, "foreign keys")
        self._check_foreign_keys()
        return self.report

    def _merge_table(self, codec: TableCodec, rows: list[Any]) -> None:
        counts = self.report.tables.setdefault(codec.name, TableCounts())
        incoming = []
        for position, data in enumerate(rows):
            if not isinstance(data, dict):
                raise PackageError(
                    QT_TRANSLATE_NOOP("DomainError", "Record {number} of {name} is not a record."),
                    number=position + 1,
                    name=codec.name,
                )
            try:
                enc = codec.canonical(data)
            except ValueError as exc:
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Record {id} of {name} is not valid: {reason}"
                    ),
                    id=data.get("id", position + 1),
                    name=codec.name,
                    reason=exc,
                ) from exc
            ancestors = data.get(LINEAGE_KEY) or []
            if not isinstance(ancestors, list) or not all(isinstance(a, str) for a in ancestors):
                raise PackageError(
                    QT_TRANSLATE_NOOP("DomainError", "Record {id} of {name} has a bad lineage."),
                    id=enc["id"],
                    name=codec.name,
                )
            incoming.append((enc, ancestors))
        ids = [e["id"] for e, _a in incoming]
        local = _load_local(self.conn, codec, ids)
        known = lineage.load(self.conn, ids)
        inserts: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}  # by the columns that change
        for enc, ancestors in incoming:
            record_id = enc["id"]
            mine = local.get(record_id)
            ancestry = set(ancestors) | {enc["updated_at"]}
            if mine is None:
                inserts.append(enc)
                counts.deleted += enc["deleted_at"] is not None
                counts.added += enc["deleted_at"] is None
                self.lineage_updates[record_id] = lineage.merge(ancestry)
                continue
            my_lineage = known.get(record_id, [])
            if mine == enc:
                counts.unchanged += 1
            elif mine["updated_at"] != enc["updated_at"] and mine["updated_at"] in ancestry:
                self._add_update(updates, mine, enc)
                self._count_taken(counts, mine, enc)
            elif mine["updated_at"] != enc["updated_at"] and enc["updated_at"] in my_lineage:
                counts.kept_ours += 1
            elif codec.name == "conflict" and _same_conflict(mine, enc):
                # Two laptops found the same conflict (its id is derived from the two
                # versions) and differ only in which laptop they name as its source: not
                # a conflict of conflicts. Both keep the smaller name, so they end equal.
                counts.unchanged += 1
                if (enc["source"] or "") < (mine["source"] or ""):
                    self._add_update(updates, mine, enc)
            else:
                counts.conflicts += 1
                if self._resolve(codec, mine, enc):
                    self._add_update(updates, mine, enc)
            merged = lineage.merge(my_lineage, ancestry)
            if merged != my_lineage:
                self.lineage_updates[record_id] = merged
        written = self.written.setdefault(codec.name, [])
        written.extend(r["id"] for r in inserts)
        written.extend(r["id"] for rows in updates.values() for r in rows)
        if inserts:
            self.conn.exec_driver_sql(codec.insert_sql(), [codec.to_db(r) for r in inserts])
        watched = exchange_search.watched_columns(codec.name) or set()
        reindex = [r["id"] for cols, rows in updates.items() if watched & set(cols) for r in rows]
        with exchange_search.bulk_updates(self.conn, codec.name, reindex):
            for columns, rows in updates.items():
                self.conn.exec_driver_sql(
                    codec.update_sql(columns), [codec.to_db_update(r, columns) for r in rows]
                )

    @staticmethod
    def _add_update(
        updates: dict[tuple[str, ...], list[dict[str, Any]]],
        mine: dict[str, Any],
        enc: dict[str, Any],
    ) -> None:
        """Only the columns that change are written: fewer index entries, foreign-key
        lookups and search-index triggers (a note whose status changed keeps its text)."""
        columns = tuple(name for name, value in enc.items() if mine.get(name) != value)
        updates.setdefault(columns, []).append(enc)

    @staticmethod
    def _count_taken(counts: TableCounts, mine: dict[str, Any], enc: dict[str, Any]) -> None:
        if enc["deleted_at"] is not None and mine["deleted_at"] is None:
            counts.deleted += 1
        else:
            counts.updated += 1

    def _resolve(self, codec: TableCodec, mine: dict[str, Any], enc: dict[str, Any]) -> bool:
        """Both sides changed a record: keep the newer, save the other; True = take ``enc``."""
        mine_json, enc_json = canonical_json(mine), canonical_json(enc)
        mine_key = (mine["updated_at"], self.here, _sha(mine_json))
        enc_key = (enc["updated_at"], self.there, _sha(enc_json))
        take = enc_key > mine_key
        kept, other = (enc, mine) if take else (mine, enc)
        kept_json, other_json = (enc_json, mine_json) if take else (mine_json, enc_json)
        source = self.here if take else self.there
        conflict_id = str(
            uuid.uuid5(
                CONFLICT_NAMESPACE,
                f"{codec.name}:{kept['id']}:{_sha(kept_json)}:{_sha(other_json)}",
            )
        )
        self.new_conflicts.append(
            {
                "id": conflict_id,
                "created_at": kept["updated_at"],
                "updated_at": kept["updated_at"],
                "deleted_at": None,
                "entity": codec.name,
                "entity_id": kept["id"],
                "kept": kept_json,
                "other": other_json,
                "source": source,
                "resolved_at": None,
                "resolution": None,
            }
        )
        self.report.conflicts.append(
            ConflictInfo(
                conflict_id,
                codec.name,
                kept["id"],
                label_of(kept),
                "package" if take else "here",
                differences(kept, other),
            )
        )
        return take

    def _check_foreign_keys(self) -> None:
        """Every row this merge wrote must find its parents (the merge adds no parent that
        could go missing, and never deletes a row, so the rows written are all there is
        to check; checking them, not the whole file, keeps big databases fast)."""
        for codec in CODECS.values():
            ids = self.written.get(codec.name)
            if not ids:
                continue
            for fk in codec.table.foreign_keys:
                child, parent = fk.parent.name, fk.column.table.name
                for start in range(0, len(ids), _CHUNK):
                    chunk = ids[start : start + _CHUNK]
                    marks = ", ".join("?" for _ in chunk)
                    bad = self.conn.exec_driver_sql(
                        f'SELECT c.id FROM "{codec.name}" AS c WHERE c.id IN ({marks}) '
                        f'AND c."{child}" IS NOT NULL AND NOT EXISTS '
                        f'(SELECT 1 FROM "{parent}" AS p WHERE p.id = c."{child}")',
                        tuple(chunk),
                    ).all()
                    if bad:
                        raise PackageError(
                            QT_TRANSLATE_NOOP(
                                "DomainError",
                                "The package cannot be merged: {name} {id} refers to a {parent} "
                                "that is neither in this database nor in the package (records "
                                "like it: {count}). Nothing was changed.",
                            ),
                            name=codec.name,
                            id=bad[0][0],
                            parent=parent,
                            count=len(bad),
                        )


def merge_package(
    db: Database,
    package: Package,
    local_installation: str,
    *,
    progress: ProgressFn | None = None,
    now: datetime | None = None,
    also: Callable[[Connection, MergeReport], None] | None = None,
    remember: bool = True,
) -> MergeReport:
    """Merge a checked package in one transaction; on any error nothing is changed.

    ``also`` writes more in the same transaction (the exchange folder remembers there
    which package of a laptop it merged: both happen, or neither). Without ``remember``
    the import is not noted in ``Meta``, so a merge that changes nothing writes nothing
    and never takes the write lock (``steps``, for the steps before the last).
    """
    try:
        with db.transaction(merging=True) as session:
            conn = session.connection()
            conn.exec_driver_sql("BEGIN")  # reads and writes in one transaction
            if remember:
                lineage.set_value(
                    conn,
                    f"peer:{package.installation_id}:last_import",
                    json.dumps(
                        {
                            "exported_at": package.manifest.get("exported_at"),
                            "since": package.manifest.get("since"),
                            "imported_at": lineage.stamp(now or utcnow()),
                            "records": package.total,
                        }
                    ),
                )
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # kept inside a transaction
            report = _Merger(conn, package, local_installation).run(progress)
            if also is not None:
                also(conn, report)
    except sa.exc.IntegrityError as exc:  # a constraint the checks above did not name
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The package cannot be merged: {reason}. Nothing was changed."
            ),
            reason=exc.orig,
        ) from exc
    return report

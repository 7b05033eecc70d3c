"""Keeping the search index in step with a merge's updates, in bulk.

The index's update trigger (``workbench.store.search_index``) deletes and re-inserts a
record's text one row at a time. FTS5 writes its pending terms to disk whenever a rowid
comes that is not larger than the previous one, so a merge updating thousands of records
in id order (random document order) pays a flush per record: about 0.15 ms each, most of
a 10,000-record merge. Here the update trigger of a table is set aside for the merge's
updates (inside the merge's transaction, so an error restores it with everything else),
and the index is then brought up to date in document order: every old text removed,
then every new text added, with the same title/body expressions the triggers use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection

from workbench.store.search_index import SOURCES, Source

SOURCES_BY_KIND: dict[str, Source] = {s.kind: s for s in SOURCES}
_CHUNK = 500


def watched_columns(kind: str) -> set[str] | None:
    """The columns whose change re-indexes a record of ``kind`` (None: not indexed)."""
    source = SOURCES_BY_KIND.get(kind)
    return None if source is None else {*source.columns, "deleted_at"}


def _trigger_sql(conn: Connection, name: str) -> str | None:
    row = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    return None if row is None else str(row[0])


@contextmanager
def bulk_updates(conn: Connection, kind: str, ids: list[str]) -> Iterator[None]:
    """Run the block's updates of ``kind`` without the per-row index trigger, then
    re-index ``ids`` (the records whose indexed text may have changed) in bulk."""
    source = SOURCES_BY_KIND.get(kind)
    name = f"search_{kind}_update"
    trigger = _trigger_sql(conn, name) if source is not None and ids else None
    if trigger is None or source is None:
        yield
        return
    conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    _reindex(conn, source, ids)
    conn.exec_driver_sql(trigger)


def _in_chunks(items: list[Any], run: Callable[[list[Any]], None]) -> None:
    for start in range(0, len(items), _CHUNK):
        run(items[start : start + _CHUNK])


def _reindex(conn: Connection, source: Source, ids: list[str]) -> None:
    kind = source.kind
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO search_doc (docid, kind, record_id) VALUES "
        f"(((((SELECT coalesce(max(docid), 0) FROM search_doc) >> 3) + 1) << 3) | "
        f"{source.code}, '{kind}', ?)",
        [(i,) for i in ids],
    )
    pairs: list[tuple[int, str]] = []

    def find(chunk: list[str]) -> None:
        marks = ", ".join("?" for _ in chunk)
        pairs.extend(
            (int(docid), str(record_id))
            for docid, record_id in conn.exec_driver_sql(
                f"SELECT docid, record_id FROM search_doc WHERE kind = '{kind}' "
                f"AND record_id IN ({marks})",
                tuple(chunk),
            )
        )

    _in_chunks(ids, find)
    pairs.sort()
    conn.exec_driver_sql(
        "DELETE FROM search_index WHERE rowid = ?", [(docid,) for docid, _id in pairs]
    )

    def add(chunk: list[tuple[int, str]]) -> None:
        marks = ", ".join("?" for _ in chunk)
        conn.exec_driver_sql(
            f"INSERT INTO search_index (rowid, title, body) "
            f"SELECT d.docid, {source.title}, {source.body} "
            f'FROM search_doc AS d JOIN "{kind}" AS new ON new.id = d.record_id '
            f"WHERE d.docid IN ({marks}) AND new.deleted_at IS NULL ORDER BY d.docid",
            tuple(docid for docid, _id in chunk),
        )

    _in_chunks(pairs, add)

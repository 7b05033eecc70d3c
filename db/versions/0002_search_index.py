"""search index: FTS5 over notes, agenda items, decisions, commitments, actions, lessons

The index is kept in step by SQLite triggers, so every writer (the app, a merge, a
script) updates it without knowing it exists. A tombstoned record leaves the index; a
record restored from its tombstone comes back.

Two tables, both named ``search_*`` so that ``alembic check`` ignores them:

- ``search_doc`` maps each indexed record to a stable integer (the FTS rowid). The low
  three bits of that integer name the kind of record, so results can be counted and
  limited per kind without reading any stored text.
- ``search_index`` is the FTS5 table (columns ``title`` and ``body``) with the
  ``unicode61 remove_diacritics 2`` tokenizer: case and accents do not matter.

This file is a frozen copy of the definitions in ``workbench.store.search_index``; a test
checks that the triggers it creates are the ones that module would create. A later
migration that rebuilds one of the indexed tables (Alembic batch mode copies the table
and drops the old one, and its triggers with it) must create the triggers again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (kind = table name, code in the low three bits, title SQL, body SQL, columns indexed)
#: The SQL expressions read the row as ``new``.
SOURCES: tuple[tuple[str, int, str, str, tuple[str, ...]], ...] = (
    ("note", 1, "coalesce(new.place, '')", "new.body", ("body", "place")),
    (
        "agendaitem",
        2,
        "new.title",
        "coalesce(new.notes, '') || ' ' || coalesce(new.outcome, '')",
        ("title", "notes", "outcome"),
    ),
    ("decision", 3, "''", "new.text", ("text",)),
    (
        "commitment",
        4,
        "''",
        "new.text || ' ' || coalesce(new.evidence, '')",
        ("text", "evidence"),
    ),
    ("action", 5, "new.title", "coalesce(new.notes, '')", ("title", "notes")),
    ("lesson", 6, "coalesce(new.category, '')", "new.text", ("category", "text")),
)

CREATE_TABLES = (
    "CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "record_id TEXT NOT NULL)",
    "CREATE UNIQUE INDEX search_doc_record ON search_doc (record_id, kind)",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, "
    "tokenize='unicode61 remove_diacritics 2')",
)


def trigger_statements(kind: str, code: int, title: str, body: str, columns: tuple[str, ...]):
    """The three triggers that keep the index in step with one table."""
    find = f"(SELECT docid FROM search_doc WHERE record_id = old.id AND kind = '{kind}')"
    add_doc = (
        f"INSERT OR IGNORE INTO search_doc (docid, kind, record_id) VALUES "
        f"(((((SELECT coalesce(max(docid), 0) FROM search_doc) >> 3) + 1) << 3) | {code}, "
        f"'{kind}', new.id);"
    )
    add_text = (
        f"INSERT INTO search_index (rowid, title, body) SELECT docid, {title}, {body} "
        f"FROM search_doc WHERE record_id = new.id AND kind = '{kind}' "
        f"AND new.deleted_at IS NULL;"
    )
    watched = ", ".join([*columns, "deleted_at"])
    return (
        f'CREATE TRIGGER search_{kind}_insert AFTER INSERT ON "{kind}" BEGIN '
        f"{add_doc} {add_text} END",
        f'CREATE TRIGGER search_{kind}_update AFTER UPDATE OF {watched} ON "{kind}" BEGIN '
        f"DELETE FROM search_index WHERE rowid = {find}; {add_doc} {add_text} END",
        f'CREATE TRIGGER search_{kind}_delete AFTER DELETE ON "{kind}" BEGIN '
        f"DELETE FROM search_index WHERE rowid = {find}; "
        f"DELETE FROM search_doc WHERE record_id = old.id AND kind = '{kind}'; END",
    )


def fill(kind: str, code: int, title: str, body: str) -> tuple[str, str]:
    """Index the rows already in a table (the upgrade of a database in use)."""
    return (
        f"INSERT INTO search_doc (docid, kind, record_id) "
        f"SELECT ((((SELECT coalesce(max(docid), 0) FROM search_doc) >> 3) "
        f"+ row_number() OVER (ORDER BY new.rowid)) << 3) | {code}, '{kind}', new.id "
        f'FROM "{kind}" AS new',
        f"INSERT INTO search_index (rowid, title, body) SELECT d.docid, {title}, {body} "
        f'FROM "{kind}" AS new JOIN search_doc AS d ON d.record_id = new.id '
        f"AND d.kind = '{kind}' WHERE new.deleted_at IS NULL",
    )


def upgrade() -> None:
    conn = op.get_bind()
    for statement in CREATE_TABLES:
        conn.exec_driver_sql(statement)
    for kind, code, title, body, columns in SOURCES:
        for statement in fill(kind, code, title, body):
            conn.exec_driver_sql(statement)
        for statement in trigger_statements(kind, code, title, body, columns):
            conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    for kind, *_rest in SOURCES:
        for event in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{kind}_{event}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_index")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_doc")

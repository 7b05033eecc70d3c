"""The full-text index (SQLite FTS5) over what people write: its definition and queries.

The index is created by migration ``0002`` and kept in step by triggers on the indexed
tables, so inserts, edits, tombstones and merges reach it whoever writes them. Each
indexed record has a stable integer in ``search_doc`` (the FTS rowid) whose low three
bits name its kind: counting and limiting per kind reads only the FTS doclists, which
keeps a search over 200,000 notes well under the 50 ms budget.

The tokenizer is ``unicode61 remove_diacritics 2``: ``e`` finds ``é``, ``MICA`` finds
``mica``. Queries are built from the user's words by ``match_expression``, never passed
through raw, so FTS syntax in a note (``NEAR``, quotes, ``*``) is just text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy.engine import Connection

#: The marks ``snippet()`` puts around matched words (control characters: never typed).
HIT_START, HIT_END = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
#: Hits are ranked within this many of the newest matches of a kind (see ``best_hits``).
RANK_WINDOW = 2000


@dataclass(frozen=True)
class Source:
    """One indexed table: how its title and body are made from a row (``new``)."""

    kind: str  # the table name; also the entity name used by ``show_record``
    code: int  # 1-7, the low three bits of the rowid
    title: str  # SQL over ``new``
    body: str  # SQL over ``new``
    columns: tuple[str, ...]  # the columns whose change re-indexes the row


SOURCES: tuple[Source, ...] = (
    Source("note", 1, "coalesce(new.place, '')", "new.body", ("body", "place")),
    Source(
        "agendaitem",
        2,
        "new.title",
        "coalesce(new.notes, '') || ' ' || coalesce(new.outcome, '')",
        ("title", "notes", "outcome"),
    ),
    Source("decision", 3, "''", "new.text", ("text",)),
    Source(
        "commitment",
        4,
        "''",
        "new.text || ' ' || coalesce(new.evidence, '')",
        ("text", "evidence"),
    ),
    Source("action", 5, "new.title", "coalesce(new.notes, '')", ("title", "notes")),
    Source("lesson", 6, "coalesce(new.category, '')", "new.text", ("category", "text")),
)
KINDS: tuple[str, ...] = tuple(s.kind for s in SOURCES)
_BY_CODE = {s.code: s.kind for s in SOURCES}
_BY_KIND = {s.kind: s for s in SOURCES}


def trigger_statements(source: Source) -> tuple[str, str, str]:
    """The insert, update and delete triggers that keep ``source``'s rows indexed.

    Must stay identical to what migration 0002 created (a test compares them); a change
    here needs a migration that drops and re-creates the triggers.
    """
    kind, code = source.kind, source.code
    find = f"(SELECT docid FROM search_doc WHERE record_id = old.id AND kind = '{kind}')"
    add_doc = (
        f"INSERT OR IGNORE INTO search_doc (docid, kind, record_id) VALUES "
        f"(((((SELECT coalesce(max(docid), 0) FROM search_doc) >> 3) + 1) << 3) | {code}, "
        f"'{kind}', new.id);"
    )
    add_text = (
        f"INSERT INTO search_index (rowid, title, body) SELECT docid, {source.title}, "
        f"{source.body} FROM search_doc WHERE record_id = new.id AND kind = '{kind}' "
        f"AND new.deleted_at IS NULL;"
    )
    watched = ", ".join([*source.columns, "deleted_at"])
    return (
        f'CREATE TRIGGER search_{kind}_insert AFTER INSERT ON "{kind}" BEGIN '
        f"{add_doc} {add_text} END",
        f'CREATE TRIGGER search_{kind}_update AFTER UPDATE OF {watched} ON "{kind}" BEGIN '
        f"DELETE FROM search_index WHERE rowid = {find}; {add_doc} {add_text} END",
        f'CREATE TRIGGER search_{kind}_delete AFTER DELETE ON "{kind}" BEGIN '
        f"DELETE FROM search_index WHERE rowid = {find}; "
        f"DELETE FROM search_doc WHERE record_id = old.id AND kind = '{kind}'; END",
    )


def install_triggers(conn: Connection) -> None:
    """(Re)create every trigger: for a migration that rebuilt an indexed table."""
    for source in SOURCES:
        for event in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{source.kind}_{event}")
        for statement in trigger_statements(source):
            conn.exec_driver_sql(statement)


def rebuild(conn: Connection) -> int:
    """Empty the index and fill it again from the tables; return the records indexed."""
    conn.exec_driver_sql("DELETE FROM search_index")
    conn.exec_driver_sql("DELETE FROM search_doc")
    for s in SOURCES:
        conn.exec_driver_sql(
            "INSERT INTO search_doc (docid, kind, record_id) "
            "SELECT ((((SELECT coalesce(max(docid), 0) FROM search_doc) >> 3) "
            f"+ row_number() OVER (ORDER BY new.rowid)) << 3) | {s.code}, '{s.kind}', new.id "
            f'FROM "{s.kind}" AS new'
        )
        conn.exec_driver_sql(
            f"INSERT INTO search_index (rowid, title, body) SELECT d.docid, {s.title}, {s.body} "
            f'FROM "{s.kind}" AS new JOIN search_doc AS d ON d.record_id = new.id '
            f"AND d.kind = '{s.kind}' WHERE new.deleted_at IS NULL"
        )
    return int(conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one())


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of a search text, as the tokenizer will see them (letters and digits)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def match_expression(text: str) -> str | None:
    """An FTS5 query finding records that hold every word (each as a prefix); None if
    the text has no word. User text never reaches FTS5 syntax unquoted."""
    found = words(text)
    if not found:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in found)


@dataclass(frozen=True, slots=True)
class IndexHit:
    """One matching record: its kind, id, and the matched text with marks around hits."""

    kind: str
    record_id: str
    title: str
    snippet: str


def count_by_kind(conn: Connection, match: str) -> dict[str, int]:
    """How many live records of each kind match (kinds without any are left out)."""
    rows = conn.exec_driver_sql(
        "SELECT rowid & 7, count(*) FROM search_index WHERE search_index MATCH ? GROUP BY 1",
        (match,),
    )
    return {_BY_CODE[code]: n for code, n in rows if code in _BY_CODE}


def best_hits(
    conn: Connection, match: str, kind: str, limit: int, *, text: str = ""
) -> list[IndexHit]:
    """The ``limit`` best matches of one kind, best first (bm25; the title weighs double).

    Ranking is done within the newest ``RANK_WINDOW`` matches of the kind: for a common
    word, computing bm25 over tens of thousands of records costs more than the whole
    search may; recent records are what a group looks for, and another word narrows the
    search. The marks around the words found are put in here, in Python, on the few
    texts kept (FTS5's ``snippet()`` re-evaluates a prefix query per row: 2 ms each).
    ``text`` is what the user typed (for the marks); by default the words of ``match``.
    """
    code = _BY_KIND[kind].code
    top = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT rowid FROM (SELECT rowid, bm25(search_index, 2.0, 1.0) AS score "
            "FROM search_index WHERE search_index MATCH ? AND (rowid & 7) = ? "
            "ORDER BY rowid DESC LIMIT ?) ORDER BY score, rowid DESC LIMIT ?",
            (match, code, RANK_WINDOW, limit),
        )
    ]
    if not top:
        return []
    placeholders = ", ".join("?" * len(top))
    rows = conn.exec_driver_sql(
        f"SELECT s.rowid, d.record_id, s.title, s.body FROM search_index AS s "
        f"JOIN search_doc AS d ON d.docid = s.rowid WHERE s.rowid IN ({placeholders})",
        tuple(top),
    )
    wanted = [fold(w) for w in words(text or match)]
    found = {
        rowid: IndexHit(kind, record_id, mark(title or "", wanted), snippet(body or "", wanted))
        for rowid, record_id, title, body in rows
    }
    return [found[r] for r in top if r in found]


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: what the tokenizer compares."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_hit(token: str, wanted: list[str]) -> bool:
    folded = fold(token)
    return any(folded.startswith(w) for w in wanted)


def mark(text: str, wanted: list[str]) -> str:
    """``text`` with ``HIT_START``/``HIT_END`` around each word starting with a wanted one."""
    out, last = [], 0
    for m in _TOKEN.finditer(text):
        if _is_hit(m.group(), wanted):
            out += [text[last : m.start()], HIT_START, m.group(), HIT_END]
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def snippet(text: str, wanted: list[str], tokens: int = SNIPPET_TOKENS) -> str:
    """About ``tokens`` words of ``text`` around the first word found, marked, with
    ``…`` where text was left out."""
    spans = list(_TOKEN.finditer(text))
    if not spans:
        return text.strip()
    first = next((i for i, m in enumerate(spans) if _is_hit(m.group(), wanted)), 0)
    begin = max(0, min(first - 3, len(spans) - tokens))
    end = min(len(spans), begin + tokens)
    start_at = spans[begin].start() if begin else 0
    stop_at = spans[end - 1].end() if end < len(spans) else len(text)
    piece = mark(text[start_at:stop_at], wanted).strip()
    return (ELLIPSIS if begin else "") + piece + (ELLIPSIS if end < len(spans) else "")


def indexed_ids(conn: Connection, kind: str) -> set[str]:
    """The ids of the live records of ``kind`` in the index (for checks and tests)."""
    code = _BY_KIND[kind].code
    rows = conn.exec_driver_sql(
        "SELECT d.record_id FROM search_index JOIN search_doc AS d "
        "ON d.docid = search_index.rowid WHERE (search_index.rowid & 7) = ?",
        (code,),
    )
    return {r[0] for r in rows}

"""Full-text search for one word, against the raw FTS5 queries returning the same ids.

The app's ``services.search.search`` counts the matches of each kind and returns the best
of each with its title, snippet and meeting. The floor asks SQLite, through ``sqlite3``
alone, the same questions of the same index — the count per kind, then per kind the ids
of the best matches in the same order — and gets the same ids (checked), without
titles, snippets or meetings.
"""

from __future__ import annotations

import sqlite3

from workbench.bench.figures import Figure, in_turn
from workbench.bench.registry import Bench, step

RATIO = 1.5
#: The word searched for: in the text of tens of thousands of records, as real words are.
SEARCH_WORD = "grievance"
COUNTS = "SELECT rowid & 7, count(*) FROM search_index WHERE search_index MATCH ? GROUP BY 1"
BEST = (
    "SELECT d.record_id FROM (SELECT rowid, bm25(search_index, 2.0, 1.0) AS score "
    "FROM search_index WHERE search_index MATCH ? AND (rowid & 7) = ? "
    "ORDER BY rowid DESC LIMIT ?) AS best JOIN search_doc AS d ON d.docid = best.rowid "
    "ORDER BY best.score, best.rowid DESC LIMIT ?"
)


def raw_search(conn: sqlite3.Connection, match: str, limit: int, window: int) -> list[str]:
    """The ids ``search`` returns, by the same FTS5 queries and nothing else."""
    found: list[str] = []
    for code, _count in conn.execute(COUNTS, (match,)).fetchall():
        found += [r[0] for r in conn.execute(BEST, (match, code, window, limit))]
    return found


@step("search")
def search_figure(bench: Bench) -> list[Figure]:
    from workbench.services.search import DEFAULT_LIMIT, search
    from workbench.store.search_index import RANK_WINDOW, match_expression

    db = bench.db
    match = match_expression(SEARCH_WORD)
    assert match is not None
    conn = sqlite3.connect(db.path)
    shown: list[set[str]] = []
    raw: list[set[str]] = []
    total: list[int] = []

    def app() -> None:
        with db.session() as session:
            results = search(session, SEARCH_WORD)
        shown.append({h.record_id for h in results.hits()})
        total.append(results.total)

    def floor() -> None:
        raw.append(set(raw_search(conn, match, DEFAULT_LIMIT, RANK_WINDOW)))

    seconds, floor_seconds = in_turn(app, floor, bench.runs)
    conn.close()
    same = "the same ids" if shown[-1] == raw[-1] else "**other ids than the floor**"
    return [
        Figure(
            f"full-text search for '{SEARCH_WORD}'",
            seconds,
            floor=floor_seconds,
            floor_name="the raw FTS5 MATCH queries, sqlite3 alone",
            max_ratio=RATIO,
            note=f"{total[-1]:,} records match; {len(shown[-1])} shown, {same}",
        )
    ]

"""Full-text search: kept in step by the store, accent- and case-blind, grouped by kind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from workbench.domain import (
    Action,
    AgendaItem,
    Decision,
    Engagement,
    Lesson,
    Meeting,
    Note,
)
from workbench.services import search
from workbench.services.records import tombstone, update_record
from workbench.store import open_database, search_index
from workbench.store.migrations import alembic_config


def ids(db, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {h.record_id for h in search.search(s, text).hits()}


def add(db, obj):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        s.add(obj)
    return obj.id


def test_insert_update_and_tombstone_keep_the_index_in_step(db) -> None:
    note = add(db, Note(body="Met the RMI secretariat at the Brussels conference"))
    assert ids(db, "brussels") == {note}
    with db.transaction() as s:
        update_record(s, Note, note, body="Met them in Geneva instead")
    assert ids(db, "brussels") == set()
    assert ids(db, "geneva") == {note}
    with db.transaction() as s:
        tombstone(s, Note, note)
    assert ids(db, "geneva") == set()
    # A tombstone brought back (a merge can do that) is found again.
    with db.transaction() as s:
        s.get(Note, note).deleted_at = None
    assert ids(db, "geneva") == {note}
    with db.transaction() as s:
        s.delete(s.get(Note, note))
    assert ids(db, "geneva") == set()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar() == 0


def test_accents_and_case_do_not_matter(db) -> None:
    note = add(db, Note(body="Réunion avec l'équipe à Genève: CAFÉ et déjà-vu"))
    for query in ("reunion", "REUNION", "Réunion", "equipe", "geneve", "cafe", "Café", "deja"):
        assert ids(db, query) == {note}, query
    other = add(db, Note(body="Plain english meeting"))
    # An unaccented word in a note is found by an accented query too.
    assert ids(db, "méeting") == {other}
    # ``e`` finds the word ``é``.
    single = add(db, Note(body="é"))
    assert single in ids(db, "e")


def test_every_word_must_occur_as_a_word_start(db) -> None:
    a = add(db, Note(body="child labour in mica mines"))
    b = add(db, Note(body="mica in paint"))
    assert ids(db, "mica") == {a, b}
    assert ids(db, "mica lab") == {a}
    assert ids(db, "ica") == set()  # not in the middle of a word
    assert ids(db, "  ") == set() and ids(db, '"*()') == set()
    # FTS syntax typed by the user is plain text, never an error.
    assert ids(db, 'mica NEAR "paint') == set()
    assert ids(db, "mica AND paint") == set()  # "and" is a word like any other


def test_results_are_grouped_by_kind_and_say_where_they_were_said(db) -> None:
    engagement = add(db, Engagement(title="Mica"))
    meeting = add(db, Meeting(title="Call with Velora", engagement_id=engagement))
    item = add(db, AgendaItem(meeting_id=meeting, title="Grievance mechanism", notes="x"))
    add(db, Decision(meeting_id=meeting, agenda_item_id=item, text="Ask for a grievance report"))
    add(db, Action(title="Draft grievance letter", meeting_id=meeting, engagement_id=engagement))
    add(db, Lesson(engagement_id=engagement, category="Influence", text="Grievance matters"))
    add(db, Note(body="A grievance was filed", engagement_id=engagement))
    with db.session() as s:
        results = search.search(s, "grievance")
    assert [g.kind for g in results.groups] == [
        "note",
        "agendaitem",
        "decision",
        "action",
        "lesson",
    ]
    assert results.total == 5
    decision = results.groups[2].hits[0]
    assert decision.meeting == "Call with Velora" and decision.meeting_id == meeting
    assert decision.engagement_id == engagement
    assert search.plain(decision.snippet) == "Ask for a grievance report"
    assert search_index.HIT_START + "grievance" in decision.snippet
    item_hit = results.groups[1].hits[0]
    assert item_hit.title == "Grievance mechanism"
    assert search_index.HIT_START in item_hit.snippet  # the title matched: shown marked


def test_totals_count_all_and_hits_keep_the_best(db) -> None:
    for n in range(30):
        add(db, Note(body=f"mica note number {n}" + (" mica mica mica" if n == 7 else "")))
    with db.session() as s:
        (group,) = search.search(s, "mica", limit_per_kind=5).groups
    assert group.total == 30 and len(group.hits) == 5
    assert group.hits[0].title.startswith("mica note number 7")


def test_the_triggers_are_those_the_module_defines(db) -> None:
    with db.engine.connect() as conn:
        stored = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger'").all()
        )
    for source in search_index.SOURCES:
        for event, statement in zip(
            ("insert", "update", "delete"), search_index.trigger_statements(source), strict=True
        ):
            assert stored[f"search_{source.kind}_{event}"] == statement


def test_upgrading_a_database_in_use_indexes_what_is_there(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
        # rows as schema 0001 holds them (today's models have columns added since)
        at = "2024-01-01 00:00:00.000000"
        conn.exec_driver_sql(
            "INSERT INTO engagement (id, created_at, updated_at, title, status) "
            "VALUES ('e1', ?, ?, 'Mica', 'active')",
            (at, at),
        )
        for nid, body, deleted in (("n1", "Über mica", None), ("n2", "gone", at)):
            conn.exec_driver_sql(
                "INSERT INTO note (id, created_at, updated_at, deleted_at, audience, body, "
                "captured_at, triaged) VALUES (?, ?, ?, ?, 'group', ?, ?, 0)",
                (nid, at, at, deleted, body, at),
            )
        conn.exec_driver_sql(
            "INSERT INTO lesson (id, created_at, updated_at, audience, engagement_id, text) "
            "VALUES ('l1', ?, ?, 'group', 'e1', 'Start monitoring early')",
            (at, at),
        )
    db.close()
    db = open_database(path)  # upgrades to head again, copying the file first
    try:
        assert len(ids(db, "uber")) == 1
        assert len(ids(db, "monitoring")) == 1
        assert ids(db, "gone") == set()
        with db.engine.begin() as conn:
            assert search_index.rebuild(conn) == 2
        assert len(ids(db, "uber")) == 1
        note = add(db, Note(body="a new one after the upgrade"))
        assert ids(db, "upgrade") == {note}
    finally:
        db.close()
    assert list(tmp_path.glob("*before-upgrade*"))


def test_install_triggers_restores_them_after_a_table_rebuild(db) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER search_note_insert")
        search_index.install_triggers(conn)
    note = add(db, Note(body="still indexed"))
    assert ids(db, "indexed") == {note}


@pytest.mark.parametrize("text", ["mica", "Mica paint", "mica*", "x" * 200])
def test_match_expression_quotes_every_word(text: str) -> None:
    expression = search_index.match_expression(text)
    assert expression is not None
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_demo_note_is_found_by_a_word_in_it(demo_db) -> None:
    with demo_db.session() as s:
        results = search.search(s, "debrief")
    notes = next(g for g in results.groups if g.kind == "note")
    assert notes.total >= 1
    assert any("debrief" in search.plain(h.snippet).lower() for h in notes.hits)


def test_snippets_mark_the_words_found_whatever_their_accents() -> None:
    wanted = [search_index.fold(w) for w in search_index.words("reunion GENE")]
    marked = search_index.mark("Réunion à Genève, réunions", wanted)
    assert search.plain(marked) == "Réunion à Genève, réunions"
    assert marked.count(search_index.HIT_START) == 3
    long = (
        " ".join(f"word{n}" for n in range(40))
        + " Réunion "
        + " ".join(f"tail{n}" for n in range(40))
    )
    cut = search_index.snippet(long, wanted)
    assert cut.startswith("…") and cut.endswith("…")
    assert search_index.HIT_START + "Réunion" + search_index.HIT_END in cut
    assert len(search_index.words(search.plain(cut))) == search_index.SNIPPET_TOKENS
    assert search_index.snippet("no hit here", wanted) == "no hit here"

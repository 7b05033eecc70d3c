"""The floors do the same work as the app: the same ids, the same rows, the same text."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from workbench.bench.floor_table import ALL_IDS, BY_OWNER, BY_WORD, IdsModel
from workbench.bench.merge import upsert_floor
from workbench.bench.search import raw_search
from workbench.domain import Action, Audience, Meeting, Note, utcnow
from workbench.services import records
from workbench.services.followup import actions
from workbench.services.followup.tracker import TrackerFilter
from workbench.store import open_database


def test_the_tracker_floor_holds_the_trackers_ids_in_its_order(qtbot, demo_db) -> None:
    conn = sqlite3.connect(demo_db.path)
    model = IdsModel(conn)
    model.show(ALL_IDS)
    with demo_db.session() as s:
        assert model.ids == actions.ordered_action_ids(s, "due")
        owner = s.execute(sa.select(Action.owner_id).where(Action.owner_id.is_not(None))).first()[0]  # type: ignore[union-attr]
        mine = actions.filtered_action_ids(
            s, TrackerFilter(owner_ids=frozenset({owner})), today=utcnow().date()
        )
        worded = actions.filtered_action_ids(s, TrackerFilter(), today=utcnow().date(), text="mica")
    model.show(BY_OWNER, owner)
    assert set(model.ids) == mine
    model.show(BY_WORD, "%mica%")
    assert set(model.ids) == worded and worded
    first = model.index(0, 0).data()
    assert first and first == next(r.title for r in _rows(demo_db) if r.id == model.ids[0])
    conn.close()


def _rows(db):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return actions.read_actions(s)


def test_the_search_floor_finds_the_ids_search_shows(demo_db) -> None:
    from workbench.services.search import DEFAULT_LIMIT, search
    from workbench.store.search_index import RANK_WINDOW, match_expression

    with demo_db.session() as s:
        shown = {h.record_id for h in search(s, "mica").hits()}
    conn = sqlite3.connect(demo_db.path)
    raw = raw_search(conn, match_expression("mica") or "", DEFAULT_LIMIT, RANK_WINDOW)
    conn.close()
    assert shown and set(raw) == shown


def test_the_merge_floor_writes_the_rows_the_merge_takes(demo_db_path: Path, tmp_path) -> None:
    from workbench.services.exchange.packages import export_package, import_package

    laptop_path, here_path, floor_path = (tmp_path / f"{n}.sqlite" for n in ("a", "b", "c"))
    for path in (laptop_path, here_path, floor_path):
        shutil.copyfile(demo_db_path, path)
    laptop = open_database(laptop_path)
    since = utcnow()
    with laptop.transaction() as s:
        note = s.scalars(sa.select(Note).limit(1)).one()
        records.update_record(s, Note, note.id, body=note.body + " (checked)")
        meeting = s.scalars(sa.select(Meeting).limit(1)).one()
        records.update_record(s, Meeting, meeting.id, audience=Audience.PARTNERS)
    package = export_package(laptop, tmp_path / "p.wbpkg", since=since)
    laptop.close()
    here = open_database(here_path)
    import_package(here, tmp_path / "p.wbpkg")
    here.close()
    assert upsert_floor(tmp_path / "p.wbpkg", floor_path) == package.total

    def table(path: Path, name: str) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(path)
        rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY id').fetchall()
        conn.close()
        return rows

    for name in ("note", "meeting", "change"):
        assert table(floor_path, name) == table(here_path, name), name
    assert table(floor_path, "note") != table(demo_db_path, "note")


def test_the_minutes_floor_lays_out_the_minutes_text(demo_db, tmp_path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from workbench.bench.documents import plain_story
    from workbench.exports.pdf.fonts import FONT, register_fonts
    from workbench.exports.pdf.minutes import minutes_story
    from workbench.exports.pdf.styles import make_styles
    from workbench.services.reporting.minutes import load_meeting

    with demo_db.session() as s:
        meeting_id = s.scalars(sa.select(Meeting.id).order_by(Meeting.starts_at)).first()
        doc = load_meeting(s, meeting_id, Audience.GROUP)
    register_fonts()
    story = minutes_story(doc, "en", make_styles())
    plain = plain_story(story, ParagraphStyle("plain", fontName=FONT))
    texts = [p.getPlainText() for p in plain if isinstance(p, Paragraph)]
    assert doc.meeting.title in texts and len(texts) >= 5
    SimpleDocTemplate(str(tmp_path / "plain.pdf")).build(plain)
    assert (tmp_path / "plain.pdf").read_bytes().startswith(b"%PDF")

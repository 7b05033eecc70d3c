"""Rows read through the driver (``fetch_rows``) are exactly what SQLAlchemy returns."""

from __future__ import annotations

from datetime import UTC

import pytest
import sqlalchemy as sa

from workbench.domain import Action, Audience, Commitment, Meeting
from workbench.services import visible
from workbench.services.reporting.engagement import load_engagement
from workbench.services.reporting.minutes import load_meeting


def _through_sqlalchemy(session, query):
    return [tuple(row) for row in session.execute(query)]


@pytest.mark.parametrize("audience", list(Audience))
def test_exports_read_the_same_records_either_way(demo_db, monkeypatch, audience) -> None:
    from workbench.services.demo.build import ENGAGEMENT_ID

    with demo_db.session() as s:
        meeting_ids = list(s.execute(sa.select(Meeting.__table__.c.id)).scalars())
        fast = load_engagement(s, ENGAGEMENT_ID, audience)
        fast_meetings = [_meeting_or_none(s, m, audience) for m in meeting_ids]
        monkeypatch.setattr(visible, "fetch_rows", _through_sqlalchemy)
        slow = load_engagement(s, ENGAGEMENT_ID, audience)
        slow_meetings = [_meeting_or_none(s, m, audience) for m in meeting_ids]
    assert fast.actions and fast.meetings and fast.commitments and fast.decisions
    assert bool(fast.notes) == (audience == Audience.GROUP)
    assert fast == slow
    assert fast_meetings == slow_meetings
    assert all(m.starts_at is None or m.starts_at.tzinfo == UTC for m in fast.meetings)
    assert all(type(a.status) is type(slow.actions[0].status) for a in fast.actions)


def _meeting_or_none(session, meeting_id, audience):
    try:
        return load_meeting(session, meeting_id, audience)
    except visible.AudienceError:  # a group-only meeting has no partners version
        return None


def test_a_query_with_an_expanded_list_goes_through_sqlalchemy(demo_db) -> None:
    a = Action.__table__
    with demo_db.session() as s:
        ids = list(s.execute(sa.select(a.c.id).limit(3)).scalars())
        query = sa.select(a.c.id, a.c.status, a.c.due_on).where(a.c.id.in_(ids))
        assert sorted(visible.fetch_rows(s, query)) == sorted(_through_sqlalchemy(s, query))
        empty = sa.select(a.c.id, a.c.created_at).where(a.c.id == "none")
        assert visible.fetch_rows(s, empty) == []


def test_the_collector_is_paused_only_while_reading_or_writing(demo_db) -> None:
    import gc
    import io

    from workbench.exports.xlsx import tracker
    from workbench.services.demo.build import ENGAGEMENT_ID

    seen = []
    assert gc.isenabled()
    with demo_db.session() as s:
        doc = load_engagement(s, ENGAGEMENT_ID, Audience.GROUP)
    assert gc.isenabled()

    def progress(done: int, total: int, _text: str) -> None:
        seen.append(gc.isenabled())

    tracker.write_tracker(doc, io.BytesIO(), lang="en", progress=progress)
    assert seen and not any(seen) and gc.isenabled()
    with pytest.raises(RuntimeError), visible.collector_paused():
        with visible.collector_paused():  # nested: the outer one restores
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with visible.collector_paused():
            pass
        assert not gc.isenabled()  # left as found
    finally:
        gc.enable()


def test_a_kept_reader_takes_each_querys_own_values(demo_db) -> None:
    """Queries equal but for their values share one compiled reader; each reads its own."""
    from datetime import date

    from workbench.services.followup.commitments import _query

    c = Commitment.__table__
    with demo_db.session() as s:
        engagements = list(s.execute(sa.select(c.c.engagement_id).distinct()).scalars())
        for engagement_id in engagements:
            for today in (date(2000, 1, 1), date(2100, 1, 1)):
                query = _query(Audience.GROUP, True).where(c.c.engagement_id == engagement_id)
                query = query.params(today=today)
                assert visible.fetch_rows(s, query) == _through_sqlalchemy(s, query)
        late = _query(Audience.GROUP, True).params(today=date(2100, 1, 1))
        assert any(row[-1] for row in visible.fetch_rows(s, late))  # overdue by then
        assert not any(row[-1] for row in visible.fetch_rows(s, late.params(today=date.min)))

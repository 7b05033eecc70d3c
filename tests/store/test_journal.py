"""The store's journal of written records: what the next exchange-folder package sends.

It is kept only once publishing started; a local edit and a merge both enter it; and
forgetting what a package carried never forgets a record written again meanwhile.
"""

from __future__ import annotations

from workbench.domain import Engagement
from workbench.store import Database, journal


def _entries(db: Database) -> dict[str, tuple[str, str]]:
    with db.engine.connect() as conn:
        return journal.read(conn)


def test_nothing_is_kept_before_publishing_starts(db: Database) -> None:
    with db.transaction() as s:
        s.add(Engagement(title="Mica"))
    assert _entries(db) == {}


def test_new_and_changed_records_enter_the_journal(db: Database) -> None:
    with db.transaction() as s:
        journal.start(s.connection())
    with db.transaction() as s:
        e = Engagement(title="Mica")
        s.add(e)
    assert {k: v[0] for k, v in _entries(db).items()} == {e.id: "engagement"}
    with db.engine.connect() as conn:
        assert journal.pending(conn) == 1


def test_forgetting_keeps_a_record_written_again_meanwhile(db: Database) -> None:
    with db.transaction() as s:
        journal.start(s.connection())
        e = Engagement(title="Mica")
        other = Engagement(title="Cobalt")
        s.add_all([e, other])
    read = _entries(db)  # what a package carried
    with db.transaction() as s:  # an edit while the package was being written
        s.get(Engagement, e.id).title = "Mica, renamed"
    with db.transaction() as s:
        journal.forget(s.connection(), read)
    assert set(_entries(db)) == {e.id}


def test_a_merge_notes_what_it_wrote(db: Database) -> None:
    with db.transaction(merging=True) as s:
        journal.start(s.connection())
        journal.note(s.connection(), {"engagement": ["x1", "x2"]})
    assert set(_entries(db)) == {"x1", "x2"}

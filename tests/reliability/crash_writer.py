"""The child of the crash test: writes through the real store until it is killed.

Each transaction adds a meeting with three agenda items and a note; once it has been
committed, the meeting's id is written to the parent (a pipe, one message per commit, in
one atomic write), so the parent knows exactly what must survive the kill. Children are
forked from the test process, so each starts in milliseconds instead of re-importing
SQLAlchemy.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from workbench.domain import AgendaItem, Meeting, Note
from workbench.store.database import Database, create_sqlite_engine


def write_until_killed(path: str, out: Connection) -> None:
    db = Database(Path(path), create_sqlite_engine(Path(path)))  # migrated by the parent
    n = 0
    while True:
        n += 1
        with db.transaction() as s:
            meeting = Meeting(title=f"Meeting {n}")
            s.add(meeting)
            s.flush()
            for position in range(3):
                s.add(AgendaItem(meeting_id=meeting.id, position=position, title=f"Item {n}"))
            s.add(Note(meeting_id=meeting.id, body=f"Notes of meeting {n}. " * 60))
        out.send_bytes(meeting.id.encode())

"""Backups taken while another thread keeps writing are sound, consistent snapshots, and a
restore from one loses nothing of the file it replaces."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from workbench.domain import AgendaItem, Meeting
from workbench.store import Database, open_database
from workbench.store.backup import backup_file, restore

BACKUPS = 6


def write_meetings(db: Database, stop: threading.Event, counter: list[int]) -> None:
    """Each transaction: one meeting and three agenda items (a backup must never hold
    a meeting without its items)."""
    while not stop.is_set():
        with db.transaction() as s:
            meeting = Meeting(title=f"Meeting {counter[0]}")
            s.add(meeting)
            s.flush()
            for position in range(3):
                s.add(AgendaItem(meeting_id=meeting.id, position=position, title="Item"))
        counter[0] += 1


def snapshot(path: Path) -> tuple[int, int, list]:
    conn = sqlite3.connect(path)
    try:
        meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
        items = conn.execute("SELECT count(*) FROM agendaitem").fetchone()[0]
        return meetings, items, conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def test_backups_while_writing_are_consistent(db: Database, tmp_path: Path) -> None:
    stop, counter = threading.Event(), [0]
    writer = threading.Thread(target=write_meetings, args=(db, stop, counter))
    writer.start()
    taken = []
    try:
        for n in range(BACKUPS):
            start = counter[0]
            while counter[0] < start + 5:  # let the writer get ahead (poll, no sleep)
                if not writer.is_alive():
                    break
                threading.Event().wait(0.001)
            taken.append(backup_file(db.path, tmp_path / f"backup-{n}.sqlite"))
    finally:
        stop.set()
        writer.join()
    previous = 0
    for path in taken:
        meetings, items, check = snapshot(path)
        assert check == [("ok",)]
        assert items == 3 * meetings  # never half a transaction
        assert meetings >= previous and meetings > 0
        previous = meetings
    assert previous <= counter[0]

    db.close()
    aside = restore(taken[0], db.path)
    assert snapshot(db.path)[0] == snapshot(taken[0])[0]
    assert snapshot(aside)[0] == counter[0]  # the replaced file kept every meeting
    reopened = open_database(db.path)
    reopened.close()

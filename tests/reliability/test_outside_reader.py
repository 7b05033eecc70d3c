"""The reproduction of issue 11, kept as a test: both rows survive.

Connection A (the app's store, in a child process) commits a note; the same process
then looks at the file; another process opens a connection, reads and closes; A commits
a second note; A is killed with SIGKILL. With a plain ``open()`` as the look, SQLite's
POSIX locks are gone, the reader deletes the WAL on close, and the second note is lost
(the control case shows the test can see that). Every look the app itself takes (the
checks on open and in the background, a backup, a second open) keeps both.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workbench.services.capture import notes as capture
from workbench.store import integrity, open_database
from workbench.store.backup import back_up_now
from workbench.store.sqlite_file import inspect_file

WAIT_S = 120  # bound on each step of the child (a loaded machine); never a sleep

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX locks, fork, SIGKILL")

READER = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "print(c.execute('SELECT count(*) FROM note').fetchone()[0]); c.close()"
)


def _plain_open(path: Path, _db: Any) -> None:
    with open(path, "rb") as fh:  # what the app must never do (the control case)
        fh.read(100)


def _the_checks(path: Path, _db: Any) -> None:
    integrity.check_on_open(path)
    assert not integrity.needs_background_check(path)
    integrity.quick_check(path)
    assert inspect_file(path)


def _a_backup(path: Path, _db: Any) -> None:
    back_up_now(path)


def _a_second_open(path: Path, _db: Any) -> None:
    open_database(path).close()


LOOKS: dict[str, Callable[[Path, Any], None]] = {
    "plain open()": _plain_open,
    "checks": _the_checks,
    "backup": _a_backup,
    "second open": _a_second_open,
}


def connection_a(path: str, look: str, pipe: Any) -> None:
    """The child: the app's store writing, looking at its file, writing again."""
    db = open_database(path)
    with db.transaction() as s:
        capture.create_note(s, "first")
    LOOKS[look](Path(path), db)
    pipe.send("looked")
    pipe.recv()
    with db.transaction() as s:
        capture.create_note(s, "second")
    pipe.send("saved")
    pipe.recv()  # until killed


def _expect(pipe: Any, what: str) -> None:
    if not pipe.poll(WAIT_S):
        pytest.fail(f"the child did not say {what!r} in {WAIT_S} s")
    assert pipe.recv() == what


@pytest.mark.parametrize("look", list(LOOKS))
def test_a_reader_in_another_process_cannot_make_a_saved_note_vanish(
    tmp_path: Path, look: str
) -> None:
    path = tmp_path / "workbench.sqlite"
    open_database(path).close()  # migrated here; this process holds no connection now
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(target=connection_a, args=(str(path), look, theirs), daemon=True)
    child.start()
    try:
        _expect(ours, "looked")
        seen = subprocess.run(
            [sys.executable, "-c", READER, str(path)],
            capture_output=True,
            text=True,
            timeout=WAIT_S,
            check=True,
        )
        assert seen.stdout.strip() == "1"
        ours.send("go")
        _expect(ours, "saved")
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    assert child.exitcode == -signal.SIGKILL

    conn = sqlite3.connect(path)
    try:
        bodies = sorted(r[0] for r in conn.execute("SELECT body FROM note"))
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    if look == "plain open()":
        assert bodies == ["first"], "the control case: a plain open() must lose the note"
    else:
        assert bodies == ["first", "second"]

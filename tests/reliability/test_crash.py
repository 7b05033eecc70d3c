"""Kill a writing process (SIGKILL) at many random moments: every time the file passes
``PRAGMA integrity_check`` and holds every write that was committed before the kill."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from workbench.store import open_database

ROUNDS = 20
WAIT_S = 60  # bound on waiting for a child's first commits (a loaded machine)

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL and fork")


def kill_after(ctx, path: Path, commits: int) -> list[str]:
    """Start a writer, let it commit ``commits`` times, SIGKILL it; return every id it
    reported as committed (including those still in the pipe when it died)."""
    from crash_writer import write_until_killed

    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=write_until_killed, args=(str(path), send), daemon=True)
    child.start()
    send.close()
    committed: list[str] = []
    deadline = time.monotonic() + WAIT_S
    try:
        while len(committed) < commits:
            if not receive.poll(max(0.0, deadline - time.monotonic())):
                pytest.fail(f"the writer reported only {len(committed)} commits in {WAIT_S} s")
            committed.append(receive.recv_bytes().decode())
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    assert child.exitcode == -signal.SIGKILL
    while True:  # what it committed and reported between our last read and its death
        try:
            committed.append(receive.recv_bytes().decode())
        except EOFError:
            break
    receive.close()
    return committed


def test_killed_writers_never_lose_a_commit(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    open_database(path).close()  # migrated once; the children only write
    # fork: the child starts writing at once, with the imports already done (the test
    # process holds no database connection at that moment)
    ctx = multiprocessing.get_context("fork")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    expected: set[str] = set()
    for round_ in range(ROUNDS):
        expected.update(kill_after(ctx, path, rng.randint(1, 60)))
        conn = sqlite3.connect(path)  # what the next start of the app would find
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], (
                f"round {round_}, seed {seed}"
            )
            stored = {r[0] for r in conn.execute("SELECT id FROM meeting")}
            missing = expected - stored
            assert not missing, f"round {round_}, seed {seed}: lost {len(missing)} commits"
            partial = conn.execute(
                "SELECT count(*) FROM meeting m WHERE (SELECT count(*) FROM agendaitem a "
                "WHERE a.meeting_id = m.id) != 3 OR NOT EXISTS "
                "(SELECT 1 FROM note n WHERE n.meeting_id = m.id)"
            ).fetchone()[0]
            assert partial == 0, f"round {round_}, seed {seed}: a half-written transaction"
        finally:
            conn.close()
    db = open_database(path)  # and the store itself opens it (quick check included)
    try:
        assert db.integrity_problems() == []
    finally:
        db.close()

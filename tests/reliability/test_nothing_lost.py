"""Nothing lost: text typed in the agenda, chair mode and a quick note survives SIGKILL.

A child process runs the app offscreen and types; it reports each save from its own
event loop (the debounce fires there, no flush is called). The parent kills it with
SIGKILL as soon as it has reported, then reopens the database and finds every word.
The parent only waits on the child's output, never on the wall clock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.domain import Engagement, Note
from workbench.services.meetings import agenda
from workbench.store import open_database

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import typist  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_text_survives_sigkill(tmp_path: Path) -> None:
    db_path = tmp_path / "workbench.sqlite"
    db = open_database(db_path)
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        s.add(eng)
        s.flush()
        meeting = agenda.create_meeting(s, title="Call with Velora", engagement_id=eng.id)
        agenda.add_item(s, meeting.id, title="Progress")
    db.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBENCH_HOME=str(tmp_path / "home"))
    child = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "typist.py"),
            str(db_path),
            meeting.id,
            str(tmp_path / "s.ini"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines: list[str] = []
    # A safety net only: a child stuck for two minutes is killed so the suite cannot hang.
    guard = threading.Timer(120, lambda: child.kill())
    guard.start()
    try:
        assert child.stdout is not None
        for line in child.stdout:  # ends when the child exits: a crash cannot hang us
            lines.append(line.strip())
            if line.strip() == "READY":
                break
    finally:
        guard.cancel()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert lines == ["SAVED agenda", "SAVED chair", "SAVED quick", "READY"]
    assert child.returncode == -signal.SIGKILL

    reopened = open_database(db_path)
    try:
        with reopened.session() as s:
            items = agenda.list_items(s, meeting.id)
            notes = s.exec(select(Note)).all()
        assert items[1].notes == typist.AGENDA_TEXT
        assert items[0].notes == typist.CHAIR_TEXT
        assert [n.body for n in notes] == [typist.QUICK_TEXT]
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()

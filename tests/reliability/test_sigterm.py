"""SIGTERM (a logout, a shutdown) keeps what was typed a moment before, and the program
closes cleanly: exit code 0, the database whole, the one-writer lock released.

A child process starts the program the way a user does (``run_gui``), types into a
quick note, chair mode's notes and an engagement's form with the debounce set to ten
minutes, and says ``PENDING``; the parent sends SIGTERM at once. Only the flush on
SIGTERM (``ui/shell/signals.py``) can have written the text. Once more with a modal
dialog open, whose event loop must end too. The parent waits on the child's output and
its exit, never on the wall clock (a guard kills a child stuck for two minutes).
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

from workbench import config
from workbench.domain import Engagement, Note
from workbench.services.demo.build import ENGAGEMENT_ID, UPCOMING_MEETING_ID
from workbench.services.meetings import agenda
from workbench.store import open_database
from workbench.ui.shell.single_instance import acquire

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import sigterm_app  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")


@pytest.mark.parametrize("mode", ["window", "dialog"])
def test_sigterm_keeps_what_was_typed(demo_db_path: Path, tmp_path: Path, mode: str) -> None:
    with open_database(demo_db_path).session() as s:
        description = s.get(Engagement, ENGAGEMENT_ID).description or ""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    child = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "sigterm_app.py"),
            str(demo_db_path),
            UPCOMING_MEETING_ID,
            mode,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    guard = threading.Timer(120, child.kill)  # a safety net, not a wait
    guard.start()
    try:
        assert child.stdout is not None
        said = child.stdout.readline().strip()
        if said.startswith("PENDING"):
            child.send_signal(signal.SIGTERM)
        _out, err = child.communicate()
    finally:
        guard.cancel()
        if child.poll() is None:
            child.kill()
    assert said == ("PENDING in about_dialog" if mode == "dialog" else "PENDING"), err
    assert child.returncode == 0, err
    log = (config.log_dir() / "workbench.log").read_text(encoding="utf-8")
    assert "SIGTERM: writing pending edits and closing" in log

    reopened = open_database(demo_db_path)
    try:
        with reopened.session() as s:
            notes = [n.body for n in s.exec(select(Note)).all()]
            items = agenda.list_items(s, UPCOMING_MEETING_ID)
            engagement = s.get(Engagement, ENGAGEMENT_ID)
        assert sigterm_app.QUICK_TEXT in notes
        assert items[0].notes.endswith(sigterm_app.CHAIR_TEXT)  # typed after its notes
        assert engagement.description == description + sigterm_app.FORM_TEXT
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()
    lock = acquire(demo_db_path)  # the closed program let go of the file
    assert lock is not None
    lock.release()

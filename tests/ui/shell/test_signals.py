"""The quit handlers in-process: the session manager's request writes what is pending,
and a signal becomes one quit from the event loop (the whole way, with a real SIGTERM to
a real start-up, is ``tests/reliability/test_sigterm.py``)."""

from __future__ import annotations

import signal
import sys

import pytest

from workbench.ui.shell.signals import install_quit_handlers
from workbench.ui.widgets.autosave import DebouncedSaver


@pytest.fixture
def handlers(qapp):
    installed = install_quit_handlers(qapp)
    yield installed
    installed.uninstall()
    installed.deleteLater()


def test_the_session_managers_request_writes_pending_edits(handlers) -> None:
    written: list[str] = []
    saver = DebouncedSaver(written.append, delay_ms=600_000)
    saver.edited("typed before the logout")
    handlers._commit_data(None)  # what QGuiApplication.commitDataRequest calls
    assert written == ["typed before the logout"] and not saver.pending


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_signal_asks_for_one_quit_from_the_event_loop(qtbot, handlers, monkeypatch) -> None:
    quits: list[int | None] = []
    monkeypatch.setattr(handlers, "quit", lambda: quits.append(handlers.received))
    signal.raise_signal(signal.SIGTERM)
    assert quits == []  # not from inside the handler
    qtbot.waitUntil(lambda: quits == [signal.SIGTERM], timeout=2000)

"""One writer per database: the second start is refused and the first window raised."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from workbench.store.instance import held_by_running_app, lock_path
from workbench.ui.shell.single_instance import acquire, bind_window


def test_a_second_start_is_refused_and_the_first_window_raised(qtbot, tmp_path: Path) -> None:
    db_path = tmp_path / "workbench.sqlite"
    first = acquire(db_path)
    assert first is not None
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.showMinimized()
        bind_window(first, window)
        assert held_by_running_app(db_path)
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert acquire(db_path) is None
        assert not window.isMinimized()
    finally:
        first.release()
    again = acquire(db_path)  # released: free again
    assert again is not None
    again.release()


def test_another_database_is_not_blocked(qapp, tmp_path: Path) -> None:
    one = acquire(tmp_path / "one.sqlite")
    other = acquire(tmp_path / "other.sqlite")
    try:
        assert one is not None and other is not None
    finally:
        one.release()
        other.release()


def test_a_lock_left_by_a_crashed_app_is_taken_over(qapp, tmp_path: Path) -> None:
    db_path = tmp_path / "workbench.sqlite"
    code = (
        "import sys, os\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(lock_path(db_path))!r}); assert lock.tryLock(0)\n"
        "os._exit(0)  # dies holding the lock\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    assert lock_path(db_path).exists()
    assert not held_by_running_app(db_path)
    lock = acquire(db_path)
    assert lock is not None
    lock.release()

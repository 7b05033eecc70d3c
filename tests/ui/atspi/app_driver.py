"""The program under a screen reader: the real start-up (``run_gui``), then the states a
test asks for on stdin, one command a line, each answered ``OK <command>`` on stdout.

Usage: ``python app_driver.py DB_PATH MEETING_ID`` with ``QT_QPA_PLATFORM=xcb`` and
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` under Xvfb and a D-Bus session. Commands:

- ``page KEY``: show a page of the main window (``engagements``, ``actions`` ...);
- ``filter TEXT``: type TEXT into the shown page's filter (its clear button appears);
- ``chair``: chair MEETING_ID (F5's action) and start the meeting;
- ``near``: move chair mode's clock to 62 seconds before the end of the item's box, so
  the countdown crosses one minute left two seconds later;
- ``action NAME``: trigger the main window's action of that object name
  (``action_open_agenda``, ``action_open_quick_note``, ``export_action`` ...);
- ``quit``: close as File → Quit does.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from workbench.app import create_application, run_gui
from workbench.services.chair.session import system_clock


def main() -> None:
    db_path, meeting_id = sys.argv[1], sys.argv[2]
    app = create_application()
    state: dict[str, object] = {}

    def window():  # the main window once it is up, else None
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"]
        return found[0] if found and found[0].isVisible() else None

    def run(line: str) -> None:
        command, _, argument = line.partition(" ")
        main_window = window()
        if command == "page":
            main_window.show_page(argument)
        elif command == "filter":
            page = main_window.stack.currentWidget()
            page.filter_edit.setFocus()
            page.filter_edit.setText(argument)
        elif command == "chair":
            main_window.show_record("meeting", meeting_id)
            chair = main_window.meeting_feature.open_chair()
            chair.start()
            state["chair"] = chair
        elif command == "near":
            chair = state["chair"]
            shift = timedelta(seconds=chair.session.remaining_seconds() - 62)
            chair.session.clock = lambda: system_clock() + shift
        elif command == "action":
            main_window.findChild(QAction, argument).trigger()
        elif command == "quit":
            main_window.close()
        print(f"OK {line}", flush=True)

    pending = bytearray()

    def read_commands() -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:  # the test went away: do not outlive it
            notifier.setEnabled(False)
            app.quit()
            return
        pending.extend(chunk)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            run(line.decode().strip())

    def ready() -> None:
        if window() is None:
            return
        poll.stop()
        print("READY", flush=True)
        notifier.setEnabled(True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.setEnabled(False)
    notifier.activated.connect(read_commands)
    poll = QTimer(interval=50)
    poll.timeout.connect(ready)
    poll.start()
    sys.exit(run_gui(db_path))


if __name__ == "__main__":
    main()

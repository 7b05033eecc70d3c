"""A child process for the SIGTERM test: the real start-up (``run_gui``), then typing.

Usage: ``python sigterm_app.py DB_PATH MEETING_ID MODE``. The debounce of every saver is
ten minutes here, so nothing typed reaches the database on its own: only the flush on
SIGTERM can write it. Once the main window is ready it types a quick note, chair mode's
notes and an engagement's description, checks that all three are still pending, prints
``PENDING`` and waits. With MODE ``dialog`` it waits inside a modal dialog (its own
event loop), as a user who left the About box open would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.app import create_application, run_gui
from workbench.ui.widgets import autosave, forms

QUICK_TEXT = "Quick note typed a moment before the logout"
CHAIR_TEXT = "Chair note: Velora agrees to publish its smelter list"
FORM_TEXT = " Typed just before SIGTERM."
TEN_MINUTES = 600_000


def main() -> None:
    db_path, meeting_id, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    autosave.SAVE_DELAY_MS = forms.SAVE_DELAY_MS = TEN_MINUTES
    create_application()
    poll = QTimer(interval=20)

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"]
        if not windows or not windows[0].isVisible() or not windows[0].is_ready():
            return  # still starting (the window is shown before its pages are built)
        poll.stop()
        window = windows[0]
        feature = window.meeting_feature
        note = feature.open_quick_note()
        QTest.keyClicks(note.body, QUICK_TEXT)
        window.show_record("meeting", meeting_id)
        chair = feature.open_chair()
        chair.start()
        QTest.keyClicks(chair.notes, CHAIR_TEXT)
        window.show_page("engagements")
        page = window.pages["engagements"]
        page.view.selectRow(0)
        editor = page.form._editors["description"]
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(editor, FORM_TEXT)
        pending = [note.saver.pending, chair.notes_saver.pending, bool(page.form._pending)]

        def report() -> None:
            modal = QApplication.activeModalWidget()
            where = f" in {modal.objectName() or type(modal).__name__}" if modal else ""
            print("PENDING" + where if all(pending) else f"NOT PENDING {pending}", flush=True)

        if mode == "dialog":  # a modal dialog runs its own event loop; report from in there
            QTimer.singleShot(0, window.show_about)
        QTimer.singleShot(0, report)

    poll.timeout.connect(drive)
    poll.start()
    sys.exit(run_gui(db_path))


if __name__ == "__main__":
    main()

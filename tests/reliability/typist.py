"""A child process for the nothing-lost test: it runs the app offscreen and types.

Usage: ``python typist.py DB_PATH MEETING_ID``. It opens the main window, types into
the agenda editor's item notes, chair mode's notes and a quick note, waits in its own
event loop until each debounced save has happened, prints ``SAVED <what>`` lines and
then ``READY``, and keeps running until it is killed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest

from workbench.app import create_application
from workbench.store import open_database
from workbench.ui.settings import Settings
from workbench.ui.shell.main_window import MainWindow

AGENDA_TEXT = "Agenda note typed just before the crash"
CHAIR_TEXT = "Chair note: Velora commits to a mica audit"
QUICK_TEXT = "Quick note from the OECD forum"


def main() -> None:
    db_path, meeting_id, settings_path = sys.argv[1], sys.argv[2], sys.argv[3]
    app = create_application()
    db = open_database(db_path)
    window = MainWindow(db, Settings(QSettings(settings_path, QSettings.Format.IniFormat)))
    window.show()
    feature = window.meeting_feature
    steps: list = []

    def say(line: str) -> None:
        print(line, flush=True)

    def agenda() -> None:
        editor = feature.open_agenda(meeting_id)
        editor.view.setCurrentIndex(editor.model.index(1, 1))
        editor.notes_saver.saved.connect(lambda: step_done("agenda"))
        QTest.keyClicks(editor.notes, AGENDA_TEXT)

    def chair() -> None:
        window.pages["meetings"].select_id(meeting_id)
        chair_window = feature.open_chair()
        chair_window.start()
        chair_window.notes_saver.saved.connect(lambda: step_done("chair"))
        QTest.keyClicks(chair_window.notes, CHAIR_TEXT)

    def quick() -> None:
        note = feature.open_quick_note()
        note.note_saved.connect(lambda _id: step_done("quick"))
        QTest.keyClicks(note.body, QUICK_TEXT)

    steps.extend([agenda, chair, quick])
    done: set[str] = set()

    def step_done(name: str) -> None:
        if name in done:
            return
        done.add(name)
        say(f"SAVED {name}")
        if steps:
            QTimer.singleShot(0, steps.pop(0))
        else:
            say("READY")

    QTimer.singleShot(0, steps.pop(0))
    app.exec()


if __name__ == "__main__":
    main()

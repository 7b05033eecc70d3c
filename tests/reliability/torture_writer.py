"""The writer of the torture test: the app's own autosave, committing numbered notes
until it is killed.

Usage: ``python torture_writer.py DB SIDE_FILE FIRST``. It opens the database as the app
does (the check on open; then the background check and daily backup off the GUI thread),
opens the quick note window and, note after note, types ``Torture note N`` into it and
lets the autosave write it: ``flush()`` is what the 300 ms timer calls when typing
pauses, and the same ``DebouncedSaver`` and transaction the chair notes use. When the
saver says ``saved`` (the commit has returned and the window says "Saved"), it appends
N to SIDE_FILE and prints ``SAVED N``. Every 20 notes it runs the app's background
integrity check in this process too. It prints ``STARTED`` once it is ready.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from workbench.app import create_application
from workbench.store import integrity, open_database
from workbench.ui.capture.quick_note import QuickNoteWindow
from workbench.ui.share.backup_dialogs import start_background_checks

CHECK_EVERY = 20


def main() -> None:
    db_path, side_path, first = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = create_application()
    db = open_database(db_path)
    start_background_checks(SimpleNamespace(db=db))
    note = QuickNoteWindow(db)
    note.show()
    side = side_path.open("a", encoding="ascii", buffering=1)  # the side file, never the db
    number = first

    def acknowledged() -> None:
        if note.status.text() != "Saved":
            raise SystemExit(f"the saver said saved but the window says {note.status.text()!r}")
        side.write(f"{number}\n")  # one write(2): a kill cannot leave half a number
        print(f"SAVED {number}", flush=True)

    def type_one() -> None:
        nonlocal number
        note.new_note()
        QTest.keyClicks(note.body, f"Torture note {number}")
        note.flush()  # what the autosave timer does when typing pauses
        number += 1
        if number % CHECK_EVERY == 0:
            integrity.quick_check(db_path)  # the app's own look at its open file
        QTimer.singleShot(0, type_one)

    note.saver.saved.connect(acknowledged)
    print("STARTED", flush=True)
    QTimer.singleShot(0, type_one)
    app.exec()


if __name__ == "__main__":
    main()

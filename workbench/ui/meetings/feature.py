"""The meeting feature: the Meeting menu, quick notes and the inbox of notes to file.

``install(window)`` adds a "Meeting" menu acting on the meeting selected on the Meetings
page (agenda, attendance, chair mode, templates), File → Quick note, and the inbox page
("Notes to file"). The shipped agenda templates are made sure
of on install, so they are there on a fresh database.

The meeting shortcuts work where the user is, not only in the main window: F5 (chair),
Ctrl+Shift+G (agenda) and Ctrl+Shift+N (quick note) are application-wide shortcuts
(``Qt.ApplicationShortcut``: Qt's shortcut map finds them from any window that a modal
dialog does not block), and they act on the meeting of the window in front: the agenda
editor's or chair mode's own meeting, else the meeting being chaired, else the one
selected on the Meetings page. Ctrl+E ends the meeting being chaired from the agenda and
the quick note windows (a window shortcut added to them: in the main window Ctrl+E is
Export, and chair mode has its own). Each window the feature opens is a secondary window
(``widgets.secondary``): Esc and Ctrl+W close it, and focus goes back to its opener.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from workbench.services.meetings import templates
from workbench.ui.capture.notes_inbox import NotesInbox
from workbench.ui.capture.quick_note import QuickNoteWindow
from workbench.ui.meetings.agenda_editor import AgendaEditor
from workbench.ui.widgets.secondary import make_secondary

if TYPE_CHECKING:
    from workbench.ui.chair.window import ChairWindow
    from workbench.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class MeetingFeature(QObject):
    """Owns the feature's windows (one agenda editor and one chair window per meeting)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.agenda_editors: dict[str, AgendaEditor] = {}
        self.chair_windows: dict[str, ChairWindow] = {}
        self.quick_note: QuickNoteWindow | None = None
        self.inbox = NotesInbox(window.db, window.events)
        window.add_page("inbox", self.tr("Notes to file"), self.inbox)
        self.menu = self._build_menu()
        self.quick_note_action = self._action(
            self.tr("Quick no&te…"), "Ctrl+Shift+N", self.open_quick_note
        )
        self.quick_note_action.setObjectName("action_open_quick_note")
        window.add_file_action(self.quick_note_action)
        for action in (self.agenda_action, self.chair_action, self.quick_note_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.end_action = self._action(
            self.tr("End the meeting being chaired"), "Ctrl+E", self.end_meeting
        )
        self.end_action.setObjectName("action_end_meeting")
        window.events.database_reloaded.connect(self._ensure_templates)
        self._ensure_templates()

    def _action(self, text: str, key: str | None, slot: Any) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    def _build_menu(self) -> QMenu:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Meeting"), self.window)
        menu.setObjectName("meeting_menu")
        bar.insertMenu(self.window.menu("tools").menuAction(), menu)
        self.agenda_action = self._action(
            self.tr("&Agenda…"), "Ctrl+Shift+G", lambda: self.open_agenda()
        )
        self.agenda_action.setObjectName("action_open_agenda")
        self.attendance_action = self._action(
            self.tr("A&ttendance…"), "Ctrl+Shift+E", self.open_attendance
        )
        self.chair_action = self._action(self.tr("&Chair meeting"), "F5", self.open_chair)
        self.chair_action.setObjectName("action_chair_meeting")
        self.new_action = self._action(
            self.tr("&New meeting from template…"), "Ctrl+Shift+M", self.new_from_template
        )
        self.save_template_action = self._action(
            self.tr("&Save agenda as template…"), None, self.save_as_template
        )
        for action in (self.agenda_action, self.attendance_action, self.chair_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.save_template_action)
        return menu

    def _ensure_templates(self) -> None:
        try:
            with self.window.db.transaction() as s:
                templates.ensure_default_templates(s)
        except Exception:  # a read-only or damaged file must not stop the window
            log.exception("could not create the default agenda templates")

    # -- acting on the meeting where the user is ------------------------------------
    def chaired_meeting_id(self) -> str | None:
        """The meeting of the one chair window whose meeting runs (or is shown)."""
        running = [m for m, w in self.chair_windows.items() if w.session.running]
        shown = [m for m, w in self.chair_windows.items() if w.isVisible()]
        for found in (running, shown):
            if len(found) == 1:
                return found[0]
        return None

    def context_meeting_id(self) -> str | None:
        """The meeting of the window in front: an agenda's or chair mode's own, else the
        one being chaired, else the one selected on the Meetings page."""
        active = QApplication.activeWindow()
        for windows in (self.agenda_editors, self.chair_windows):
            for meeting_id, widget in windows.items():
                if widget is active:
                    return meeting_id
        if active is not self.window:
            chaired = self.chaired_meeting_id()
            if chaired is not None:
                return chaired
        return self.window.current_meeting_id()

    def _meeting(self) -> str | None:
        meeting_id = self.context_meeting_id()
        if meeting_id is None:
            self.window.statusBar().showMessage(
                self.tr("Select a meeting on the Meetings page first."), 5000
            )
        return meeting_id

    def open_agenda(self, meeting_id: str | None = None) -> AgendaEditor | None:
        meeting_id = meeting_id or self._meeting()
        if meeting_id is None:
            return None
        opener = QApplication.activeWindow()
        editor = self.agenda_editors.get(meeting_id)
        if editor is None:
            editor = AgendaEditor(self.window.db, meeting_id, self.window.events, self.window)
            editor.setWindowFlag(Qt.WindowType.Window, True)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.destroyed.connect(lambda: self.agenda_editors.pop(meeting_id, None))
            editor.addAction(self.end_action)
            editor.resize(1100, 700)
            self.agenda_editors[meeting_id] = editor
        if opener is not editor:
            make_secondary(editor, opener)
        fresh = not editor.isVisible()
        editor.show()
        editor.raise_()
        editor.activateWindow()
        if fresh:
            editor.view.setFocus()  # the keyboard starts in the agenda, not the duration
        return editor

    def open_attendance(self) -> None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        from workbench.ui.meetings.attendance_dialog import AttendanceDialog

        AttendanceDialog(self.window.db, meeting_id, self.window).exec()
        self.window.events.records_changed.emit("meeting", [meeting_id])

    def open_chair(self) -> ChairWindow | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.chair.window import ChairWindow

        opener = QApplication.activeWindow()
        chair = self.chair_windows.get(meeting_id)
        if chair is None:
            chair = ChairWindow(
                self.window.db, meeting_id, events=self.window.events, parent=self.window
            )
            chair.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            chair.destroyed.connect(lambda: self.chair_windows.pop(meeting_id, None))
            self.chair_windows[meeting_id] = chair
        if opener is not chair:
            make_secondary(chair, opener)
        chair.show()
        chair.raise_()
        chair.activateWindow()
        return chair

    def new_from_template(self) -> str | None:
        from workbench.ui.meetings.template_dialogs import NewFromTemplateDialog

        dialog = NewFromTemplateDialog(
            self.window.db, self.window.current_engagement_id(), self.window
        )
        if not dialog.exec() or dialog.meeting_id is None:
            return None
        self.window.events.records_changed.emit("meeting", [dialog.meeting_id])
        self.window.show_record("meeting", dialog.meeting_id)
        self.open_agenda(dialog.meeting_id)
        return dialog.meeting_id

    def save_as_template(self) -> None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        from workbench.ui.meetings.template_dialogs import SaveTemplateDialog

        if SaveTemplateDialog(self.window.db, meeting_id, self.window).exec():
            self.window.statusBar().showMessage(self.tr("Template saved."), 5000)

    def end_meeting(self) -> bool:
        """Ctrl+E outside chair mode: end the meeting being chaired and show its summary."""
        meeting_id = self.context_meeting_id()
        chair = self.chair_windows.get(meeting_id or "")
        if chair is None or not chair.session.running:
            meeting_id = self.chaired_meeting_id()
            chair = self.chair_windows.get(meeting_id or "")
        if chair is None or not chair.session.running:
            self._tell(self.tr("No meeting is being chaired."))
            return False
        chair.end()
        chair.show()
        chair.raise_()
        chair.activateWindow()
        return True

    def _tell(self, text: str) -> None:
        """A message in the window in front when it has a message line, else the status
        bar."""
        active = QApplication.activeWindow()
        show = getattr(active, "show_message", None)
        if callable(show):
            show(text)
        self.window.statusBar().showMessage(text, 5000)

    # -- quick notes ----------------------------------------------------------------
    def open_quick_note(self) -> QuickNoteWindow:
        opener = QApplication.activeWindow()
        if self.quick_note is None:
            self.quick_note = QuickNoteWindow(
                self.window.db,
                events=self.window.events,
                engagement_id=self.window.current_engagement_id,
                parent=self.window,
            )
            self.quick_note.addAction(self.end_action)
        elif self.quick_note.note_id is not None or not self.quick_note.isVisible():
            self.quick_note.new_note()
        if opener is not self.quick_note:
            make_secondary(self.quick_note, opener)
        self.quick_note.show()
        self.quick_note.raise_()
        self.quick_note.activateWindow()
        self.quick_note.body.setFocus()
        return self.quick_note


def install(window: MainWindow) -> None:
    """Add the meeting feature to the main window (``window.meeting_feature``)."""
    window.meeting_feature = MeetingFeature(window)  # type: ignore[attr-defined]

"""Chair mode: its own window to run a meeting by keyboard, keep time and capture.

It only shows and forwards: the rules (elapsed, overrun, statuses, links of what is
captured) live in ``services.chair.session.ChairSession``; the pieces on screen (agenda,
countdown, capture form, what was captured, the summary, the help) in their own
modules beside this one. The clock on screen is repainted
by a ``QTimer``, but the time is always read from the injected clock, so tests move time
by hand. Notes are saved as typed; captures are written on Enter and can be undone.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import listing
from workbench.services.chair.session import ChairSession, Clock, format_seconds, system_clock
from workbench.services.chair.summary import CaptureKind, ChairSummary
from workbench.services.errors import DomainError
from workbench.store import Database
from workbench.ui.chair.agenda_list import ChairAgendaList
from workbench.ui.chair.capture_form import CaptureForm
from workbench.ui.chair.captured_panel import CaptureCommand, CapturedPanel
from workbench.ui.chair.carry_over_panel import CarryOverPanel
from workbench.ui.chair.countdown import Countdown
from workbench.ui.chair.help_overlay import HelpOverlay
from workbench.ui.chair.summary_view import ChairSummaryView
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text
from workbench.ui.labels import label
from workbench.ui.palette import hint_css
from workbench.ui.widgets.autosave import DebouncedSaver
from workbench.ui.widgets.secondary import make_secondary

log = logging.getLogger(__name__)

TICK_MS = 500
CHECKPOINT_SECONDS = 30
#: How much larger than the system font the item title is drawn.
TITLE_SCALE = 2.6


ENTITY = {"decision": "decision", "commitment": "commitment", "action": "action"}


class ChairWindow(QWidget):
    """Runs one meeting: current item large, countdown, notes, captures, summary."""

    def __init__(
        self,
        db: Database,
        meeting_id: str,
        *,
        clock: Clock = system_clock,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.events = db, events
        self.session = ChairSession(db, meeting_id, clock)
        self.setObjectName("chair_window")
        self.setWindowTitle(self.tr("Chair — {title}").format(title=self.session.title))
        self.undo_stack = QUndoStack(self)
        self._last_checkpoint = clock()
        self.summary: ChairSummary | None = None

        self._build()
        self._build_shortcuts()
        make_secondary(self, escape=False)  # Ctrl+W closes; Esc closes at the end (below)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.refresh_clock)
        self.timer.start()
        self.show_item()
        self.refresh_captured()
        self.resize(1280, 800)

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        # Sizes relative to the system font, so a user's larger font makes them larger.
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * TITLE_SCALE)
        big.setBold(True)

        self.meeting_label = QLabel(f"<h3>{html.escape(self.session.title)}</h3>")
        self.meeting_label.setObjectName("chair_meeting")
        self.meeting_clock = QLabel()
        self.meeting_clock.setObjectName("chair_meeting_clock")
        self.status_label = QLabel()
        self.status_label.setObjectName("chair_status")
        self.start_button = QPushButton(self.tr("&Start meeting (Ctrl+Enter)"))
        self.start_button.setObjectName("chair_start")
        self.start_button.clicked.connect(self.start)
        top = QHBoxLayout()
        top.addWidget(self.meeting_label, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.meeting_clock)
        top.addWidget(self.start_button)

        self.agenda_list = ChairAgendaList()

        self.position_label = QLabel()
        self.position_label.setObjectName("chair_position")
        self.item_title = QLabel()
        self.item_title.setObjectName("chair_item_title")
        self.item_title.setFont(big)
        self.item_title.setWordWrap(True)
        self.item_meta = QLabel()
        self.item_meta.setObjectName("chair_item_meta")
        view = self.countdown_view = Countdown()
        self.countdown, self.countdown_caption = view.label, view.caption

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("chair_notes")
        self.notes.setAccessibleName(self.tr("Notes on this item"))
        self.notes.setPlaceholderText(
            self.tr("Notes on this item — saved as you type. F1 lists the shortcuts.")
        )
        self.notes.setTabChangesFocus(True)
        self._notes_item: str | None = None
        self.notes_saver = DebouncedSaver(self._save_notes, self)
        self.notes_saver.failed.connect(self._notes_failed)
        self.notes.textChanged.connect(self._notes_edited)

        self.capture_form = CaptureForm(self._people, self._organisations)
        self.capture_form.submitted.connect(self._captured)
        self.capture_form.closed.connect(self.focus_notes)
        self.carry_over = CarryOverPanel(self.db, self.session.meeting_id)
        self.carry_over.updated.connect(self._carried_updated)
        self.message = QLabel()
        self.message.setObjectName("chair_message")

        centre = QWidget()
        c = QVBoxLayout(centre)
        c.addWidget(self.position_label)
        c.addWidget(self.item_title)
        c.addWidget(self.item_meta)
        c.addWidget(self.countdown_view)
        c.addWidget(self.notes, 2)
        c.addWidget(self.capture_form)
        c.addWidget(self.carry_over, 1)
        c.addWidget(self.message)

        self.captured = CapturedPanel()
        self.captured_heading, self.captured_list = self.captured.heading, self.captured.list

        splitter = QSplitter()
        splitter.addWidget(self.agenda_list)
        splitter.addWidget(centre)
        splitter.addWidget(self.captured)
        splitter.setStretchFactor(1, 1)

        running = QWidget()
        r = QVBoxLayout(running)
        r.addLayout(top)
        r.addWidget(splitter, 1)
        footer = QLabel(
            self.tr(
                "F1 shortcuts · PgDn next · PgUp previous · Ctrl+D decision · "
                "Ctrl+K commitment · Ctrl+T action · Ctrl+E end · F11 full screen"
            )
        )
        footer.setObjectName("chair_footer")
        footer.setStyleSheet(hint_css(self.palette()))
        r.addWidget(footer)

        self.summary_view = ChairSummaryView()

        self.pages = QStackedWidget()
        self.pages.addWidget(running)
        self.pages.addWidget(self.summary_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.help = HelpOverlay(self)

    def _build_shortcuts(self) -> None:
        def bind(keys: list[str], slot: Any) -> None:
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)

        bind(["Ctrl+Return", "Ctrl+Enter"], self.start)
        bind(["PgDown", "Ctrl+Right"], self.next_item)
        bind(["PgUp", "Ctrl+Left"], self.previous_item)
        bind(["Ctrl+D"], lambda: self.open_capture("decision"))
        bind(["Ctrl+K"], lambda: self.open_capture("commitment"))
        bind(["Ctrl+T"], lambda: self.open_capture("action"))
        bind(["Ctrl+E"], self.end)
        bind(["Ctrl+N"], self.focus_notes)
        bind(["F1"], self.help.toggle)
        bind(["F11"], self.toggle_full_screen)
        bind(["Esc"], self._escape)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo capture"))
        # Not Ctrl+Z: the notes have the focus and Ctrl+Z there undoes the typing.
        undo.setShortcuts([QKeySequence("Ctrl+Alt+Z")])
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo capture"))
        redo.setShortcuts([QKeySequence("Ctrl+Alt+Shift+Z")])
        self.addActions([undo, redo])

    # -- choices --------------------------------------------------------------------
    def _people(self) -> list[tuple[str, str]]:
        with self.db.session() as s:
            return listing.list_people(s)

    def _organisations(self) -> list[tuple[str, str]]:
        with self.db.session() as s:
            return listing.list_organisations(s)

    # -- showing --------------------------------------------------------------------
    def show_item(self) -> None:
        """Show the current item and the agenda around it."""
        self.notes_saver.flush()
        s = self.session
        item = s.current
        self.agenda_list.show_items(s.items, s.index)
        if item is None:
            self.position_label.setText(self.tr("This meeting has no agenda items."))
            self.item_title.setText(s.title)
            self.item_meta.clear()
        else:
            self.position_label.setText(
                self.tr("Item {n} of {total}").format(n=s.index + 1, total=len(s.items))
            )
            self.item_title.setText(item.title)
            meta = [label(item.purpose), self.tr("time box {m} min").format(m=item.planned_minutes)]
            if item.presenter:
                meta.append(self.tr("presenter {name}").format(name=item.presenter))
            self.item_meta.setText(" · ".join(meta))
        self._notes_item = None
        self.notes.blockSignals(True)
        self.notes.setPlainText((item.notes or "") if item else "")
        self.notes.moveCursor(QTextCursor.MoveOperation.End)  # go on typing after the notes
        self.notes.blockSignals(False)
        self.notes.setEnabled(item is not None)
        self._notes_item = item.id if item else None
        is_carry = bool(item and item.is_carry_over)
        self.carry_over.setVisible(is_carry)
        if is_carry:
            self.carry_over.reload()
        self.refresh_clock()

    def refresh_clock(self) -> None:
        """Repaint the countdown and the meeting clock from the session's clock."""
        s = self.session
        running = s.running
        self.start_button.setVisible(s.status.value != "in_progress")
        self.status_label.setText(label(s.status))
        meeting = format_seconds(s.meeting_elapsed_seconds())
        planned = format_seconds(s.duration_minutes * 60)
        self.meeting_clock.setText(self.tr("Meeting {t} of {p}").format(t=meeting, p=planned))
        if s.current is None:
            self.countdown_view.clear()
            return
        self.countdown_view.show_time(
            s.remaining_seconds(), s.current.planned_minutes, running=running, item=s.current.id
        )
        if running and (s.clock() - self._last_checkpoint).total_seconds() >= CHECKPOINT_SECONDS:
            self._last_checkpoint = s.clock()
            self._guard(s.checkpoint)

    def refresh_captured(self) -> None:
        self.captured.set_rows(self.session.captured())

    # -- commands -------------------------------------------------------------------
    def _guard(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return None

    def start(self) -> None:
        if self.session.running:
            return
        self._guard(self.session.start)
        if self.session.running:
            self._last_checkpoint = self.session.clock()
            self.message.clear()
            self.pages.setCurrentIndex(0)
            self._meeting_changed()
        self.show_item()
        self.focus_notes()

    def next_item(self) -> None:
        if self.session.next():
            self.show_item()
        else:
            self.message.setText(self.tr("This is the last item. Ctrl+E ends the meeting."))

    def previous_item(self) -> None:
        if self.session.previous():
            self.show_item()

    def end(self) -> None:
        self.notes_saver.flush()
        summary = self._guard(self.session.end)
        if summary is None:
            return
        self.summary = summary
        self._meeting_changed()
        self.show_summary(summary)

    def show_summary(self, summary: ChairSummary) -> None:
        """What the meeting took and what it captured, each item with its time."""
        self.summary_view.set_summary(
            summary, self.session.captured(), self.session.duration_minutes * 60
        )
        self.pages.setCurrentIndex(1)
        self.refresh_clock()

    def open_capture(self, kind: CaptureKind) -> None:
        if self.pages.currentIndex() != 0:
            return
        self.notes_saver.flush()
        self.capture_form.open_for(kind)

    def _captured(self, kind: CaptureKind, fields: dict[str, Any]) -> None:
        s = self.session
        try:
            if kind == "decision":
                obj: Any = s.capture_decision(fields["text"])
            elif kind == "commitment":
                obj = s.capture_commitment(
                    fields["text"],
                    fields["direction"],
                    party_id=fields["party_id"],
                    owner_id=fields["owner_id"],
                    due_on=fields["due_on"],
                )
            else:
                obj = s.capture_action(
                    fields["text"], owner_id=fields["owner_id"], due_on=fields["due_on"]
                )
        except DomainError as exc:
            self.capture_form.show_error(error_text(exc))
            return
        self.undo_stack.push(
            CaptureCommand(self.session, kind, obj.id, self.tr("Capture"), self.captured_changed)
        )
        self.capture_form.hide()
        self.message.setText(self.tr("Saved."))
        self.captured_changed(kind, obj.id)
        self.focus_notes()

    def captured_changed(self, kind: str, record_id: str) -> None:
        self.refresh_captured()
        if self.events is not None:
            self.events.records_changed.emit(ENTITY[kind], [record_id])

    def _carried_updated(self, entity: str, record_id: str) -> None:
        if self.events is not None:
            self.events.records_changed.emit(entity, [record_id])

    def _meeting_changed(self) -> None:
        if self.events is not None:
            self.events.records_changed.emit("meeting", [self.session.meeting_id])

    def focus_notes(self) -> None:
        if self.capture_form.isVisible():
            self.capture_form.cancel()
            return
        self.notes.setFocus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _escape(self) -> None:
        """Esc dismisses what is open; with nothing open it closes chair mode, except
        while the meeting runs, where a stray Esc must not stop the clock."""
        if self.help.isVisible():
            self.help.hide()
        elif self.capture_form.isVisible():
            self.capture_form.cancel()
        elif self.session.running:
            self.message.setText(
                self.tr("The meeting is running: Ctrl+E ends it, Ctrl+W closes chair mode.")
            )
        else:
            self.close()

    # -- notes ----------------------------------------------------------------------
    def _notes_edited(self) -> None:
        if self._notes_item is not None:
            self.notes_saver.edited((self._notes_item, self.notes.toPlainText()))

    def _notes_failed(self, reason: str) -> None:
        self.message.setText(reason)

    def _save_notes(self, value: tuple[str, str]) -> None:
        item_id, text = value
        self.session.save_notes(text, item_id)

    # -- Qt -------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.help.isVisible():
            self.help.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_saver.flush()
        if self.session.running:
            self._guard(self.session.checkpoint)
        self.timer.stop()
        super().closeEvent(event)

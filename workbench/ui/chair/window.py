"""Chair mode: its own window to run a meeting by keyboard, keep time and capture.

It only shows and forwards: the rules (elapsed, overrun, statuses, links of what is
captured) live in ``services.chairing.ChairSession``. The clock on screen is repainted
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
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from workbench.ui.chair.capture_form import CaptureForm, HelpOverlay
from workbench.ui.chair.carry_over_panel import CarryOverPanel
from workbench.ui.events import AppEvents
from workbench.ui.labels import label
from workbench.ui.palette import css, hint_css, tone
from workbench.ui.widgets.autosave import DebouncedSaver

log = logging.getLogger(__name__)

TICK_MS = 500
CHECKPOINT_SECONDS = 30
#: How much larger than the system font the item title and the countdown are drawn.
TITLE_SCALE = 2.6
COUNTDOWN_SCALE = 5.4


def over_style() -> str:
    """The countdown past its time: white on red reads on any palette (and says "over")."""
    return "color: white; background: #b00020; border-radius: 6px; padding: 0 12px;"


def near_style() -> str:
    return f"color: {css('warning')};"


def ok_style() -> str:
    return f"color: {css('success')};"


ENTITY = {"decision": "decision", "commitment": "commitment", "action": "action"}


class CaptureCommand(QUndoCommand):
    """A capture already written; undo withdraws it (tombstone), redo brings it back."""

    def __init__(self, window: ChairWindow, kind: CaptureKind, record_id: str, text: str) -> None:
        super().__init__(text)
        self._window, self._kind, self._id = window, kind, record_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._window.session.withdraw(self._kind, self._id, restore=True)
        self._window.captured_changed(self._kind, self._id)

    def undo(self) -> None:
        self._window.session.withdraw(self._kind, self._id)
        self._window.captured_changed(self._kind, self._id)


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
        huge = QFont(self.font())
        huge.setPointSizeF(self.font().pointSizeF() * COUNTDOWN_SCALE)
        huge.setBold(True)

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

        self.agenda_list = QListWidget()
        self.agenda_list.setObjectName("chair_agenda")
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda_list.setMaximumWidth(320)
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.position_label = QLabel()
        self.position_label.setObjectName("chair_position")
        self.item_title = QLabel()
        self.item_title.setObjectName("chair_item_title")
        self.item_title.setFont(big)
        self.item_title.setWordWrap(True)
        self.item_meta = QLabel()
        self.item_meta.setObjectName("chair_item_meta")
        self.countdown = QLabel()
        self.countdown.setObjectName("chair_countdown")
        self.countdown.setFont(huge)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left on this item"))
        self.countdown_caption = QLabel()
        self.countdown_caption.setObjectName("chair_countdown_caption")
        self.countdown_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("chair_notes")
        self.notes.setAccessibleName(self.tr("Notes on this item"))
        self.notes.setPlaceholderText(
            self.tr("Notes on this item — saved as you type. F1 lists the shortcuts.")
        )
        self.notes.setTabChangesFocus(True)
        self._notes_item: str | None = None
        self.notes_saver = DebouncedSaver(self._save_notes, self)
        self.notes_saver.failed.connect(lambda text: self.message.setText(text))
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
        c.addWidget(self.countdown)
        c.addWidget(self.countdown_caption)
        c.addWidget(self.notes, 2)
        c.addWidget(self.capture_form)
        c.addWidget(self.carry_over, 1)
        c.addWidget(self.message)

        self.captured_heading = QLabel()
        self.captured_heading.setObjectName("chair_captured_heading")
        self.captured_list = QListWidget()
        self.captured_list.setObjectName("chair_captured")
        self.captured_list.setAccessibleName(self.tr("Captured in this meeting"))
        self.captured_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.captured_list.setWordWrap(True)
        self.captured_list.setAlternatingRowColors(True)
        self.captured_list.setSpacing(2)
        side = QWidget()
        s = QVBoxLayout(side)
        s.setContentsMargins(0, 0, 0, 0)
        s.addWidget(self.captured_heading)
        s.addWidget(self.captured_list)
        side.setMaximumWidth(380)

        splitter = QSplitter()
        splitter.addWidget(self.agenda_list)
        splitter.addWidget(centre)
        splitter.addWidget(side)
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

        self.summary_view = QLabel()
        self.summary_view.setObjectName("chair_summary")
        self.summary_view.setTextFormat(Qt.TextFormat.RichText)
        self.summary_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_view.setWordWrap(True)
        self.summary_view.setMargin(24)

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
        self.agenda_list.clear()
        for n, row in enumerate(s.items):
            spent = row.actual_seconds
            times = self.tr("{m} min").format(m=row.planned_minutes)
            if spent is not None:
                times = f"{format_seconds(spent)} / {times}"
                if spent > row.planned_minutes * 60:  # said in words, not only in red
                    over = self.tr("+{t} over").format(
                        t=format_seconds(spent - row.planned_minutes * 60)
                    )
                    times = f"{times}, {over}"
            marker = "▶ " if n == s.index else ("✓ " if spent is not None else "   ")
            entry = QListWidgetItem(f"{marker}{n + 1}. {row.title}  ({times})")
            if n == s.index:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            if spent is not None and spent > row.planned_minutes * 60:
                entry.setForeground(tone("danger", self.palette()))
            self.agenda_list.addItem(entry)
        if s.items:
            self.agenda_list.setCurrentRow(s.index)
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
            self.countdown.clear()
            self.countdown_caption.clear()
            return
        remaining = s.remaining_seconds()
        overrun = remaining < 0
        if overrun:
            text = self.tr("+{t} over").format(t=format_seconds(-remaining))
            style = over_style()
            caption = self.tr("Over time: the box was {m} min").format(m=s.current.planned_minutes)
        else:
            text = format_seconds(remaining)
            style = near_style() if remaining <= 60 else ok_style()
            caption = (
                self.tr("left of {m} min").format(m=s.current.planned_minutes)
                if running
                else self.tr("not started: press Ctrl+Enter")
            )
        self.countdown.setText(text)
        self.countdown.setStyleSheet(style)
        self.countdown.setProperty("overrun", overrun)
        self.countdown_caption.setText(caption)
        if running and (s.clock() - self._last_checkpoint).total_seconds() >= CHECKPOINT_SECONDS:
            self._last_checkpoint = s.clock()
            self._guard(s.checkpoint)

    def refresh_captured(self) -> None:
        rows = self.session.captured()
        kinds = {
            "decision": self.tr("Decision"),
            "commitment": self.tr("Commitment"),
            "action": self.tr("Action"),
        }
        self.captured_list.clear()
        for row in rows:
            detail = [kinds[row.kind]]
            if row.direction is not None:
                detail.append(label(row.direction).lower())
            who = row.party or row.owner
            if who:
                detail.append(who)
            if row.due_on:
                detail.append(self.tr("due {d}").format(d=row.due_on.isoformat()))
            item = QListWidgetItem(f"{' · '.join(detail)}\n{row.text}")
            item.setToolTip(row.item_title or "")
            self.captured_list.addItem(item)
        self.captured_list.scrollToBottom()
        counts = {k: sum(1 for r in rows if r.kind == k) for k in kinds}
        self.captured_heading.setText(
            self.tr("<b>Captured so far</b>: {d} decisions, {c} commitments, {a} actions").format(
                d=counts["decision"], c=counts["commitment"], a=counts["action"]
            )
        )

    # -- commands -------------------------------------------------------------------
    def _guard(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except DomainError as exc:
            self.message.setText(str(exc))
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
        danger = css("danger", self.palette())
        rows = []
        for n, i in enumerate(summary.items, start=1):
            over = (
                f"<span style='color:{danger}'><b>"
                + self.tr("+{t} over").format(t=format_seconds(i.over_seconds))
                + "</b></span>"
                if i.over_seconds
                else ""
            )
            rows.append(
                f"<tr><td>{n}.</td><td>{html.escape(i.title)}</td>"
                f"<td align='right'>{format_seconds(i.actual_seconds)}</td>"
                f"<td align='right'>{format_seconds(i.planned_seconds)}</td><td>{over}</td></tr>"
            )
        item, took, planned = self.tr("Item"), self.tr("Took"), self.tr("Planned")
        saved = self.tr("Everything is saved and linked to this meeting.")
        closing = self.tr("Esc closes chair mode; Ctrl+Enter resumes the meeting.")
        kinds = {
            "decision": self.tr("Decision"),
            "commitment": self.tr("Commitment"),
            "action": self.tr("Action"),
        }
        captured = "".join(
            f"<li><b>{kinds[r.kind]}</b>"
            f"{' (' + label(r.direction).lower() + ')' if r.direction else ''}: "
            f"{html.escape(r.text)} <i>— {html.escape(r.item_title or '')}</i></li>"
            for r in self.session.captured()
        )
        heading = self.tr("Meeting held: {title}").format(title=html.escape(summary.title))
        timing = self.tr(
            "Duration: <b>{took}</b> (planned {planned}) · Items over time: <b>{over}</b>"
        ).format(
            took=format_seconds(summary.total_seconds),
            planned=format_seconds(self.session.duration_minutes * 60),
            over=len(summary.items_over_time),
        )
        counts = self.tr(
            "Captured: {d} decisions, {c} commitments ({by_company} by the company, "
            "{by_group} by the working group), {a} actions"
        ).format(
            d=summary.decisions,
            c=summary.commitments,
            by_company=summary.commitments_by_company,
            by_group=summary.commitments_by_group,
            a=summary.actions,
        )
        self.summary_view.setText(
            f"<h1>{heading}</h1><p>{timing}</p>"  # i18n: ok (markup around translations)
            f"<table cellspacing='0' cellpadding='4'><tr><th></th><th align='left'>{item}"
            f"</th><th>{took}</th><th>{planned}</th><th></th></tr>"
            f"{''.join(rows)}</table>"
            f"<h2>{counts}</h2><ul>{captured}</ul><p>{saved} {closing}</p>"
        )
        self.pages.setCurrentIndex(1)
        self.refresh_clock()

    def open_capture(self, kind: CaptureKind) -> None:
        if self.pages.currentIndex() != 0:
            return
        self.notes_saver.flush()
        self.capture_form.open_for(kind)

    def _captured(self, kind: CaptureKind, fields: dict) -> None:
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
            self.capture_form.show_error(str(exc))
            return
        self.undo_stack.push(CaptureCommand(self, kind, obj.id, self.tr("Capture")))
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
        if self.help.isVisible():
            self.help.hide()
        elif self.capture_form.isVisible():
            self.capture_form.cancel()
        elif self.pages.currentIndex() == 1:
            self.close()

    # -- notes ----------------------------------------------------------------------
    def _notes_edited(self) -> None:
        if self._notes_item is not None:
            self.notes_saver.edited((self._notes_item, self.notes.toPlainText()))

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

"""The agenda editor of one meeting: a keyboard-first table, saved at once, with undo.

Every agenda edit (add, remove, move, a cell, the meeting's duration) is written when it
is made and pushed on a ``QUndoStack`` as a command that knows how to write it back, so
Ctrl+Z / Ctrl+Shift+Z undo and redo in the database, not just on screen. The item notes
are saved as you type (300 ms). The running total is shown against the duration, in
colour and in words when it does not fit.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from workbench.domain import Audience, Meeting, Purpose, new_id
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.services.meetings import agenda
from workbench.services.records import get_record, update_record
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text, format_datetime_long
from workbench.ui.labels import label
from workbench.ui.meetings.agenda_model import (
    COL_AUDIENCE,
    COL_LINK,
    COL_MINUTES,
    COL_PRESENTER,
    COL_PURPOSE,
    COL_TITLE,
    AgendaModel,
)
from workbench.ui.meetings.item_pane import ItemPane
from workbench.ui.palette import css
from workbench.ui.widgets.delegates import MinutesDelegate, PlainChoiceDelegate
from workbench.ui.widgets.undo import Write, WriteCommand

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


def over_style() -> str:
    """The running total when the agenda does not fit (words say so too)."""
    return f"color: {css('danger')}; font-weight: bold;"


def fits_style() -> str:
    return f"color: {css('success')};"


class AgendaEditor(QWidget):
    """Edits the agenda of ``meeting_id``; its own window when opened from the menu."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        meeting_id: str,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.meeting_id, self.events = db, meeting_id, events
        self.setObjectName("agenda_editor")
        self.undo_stack = QUndoStack(self)
        self.model = AgendaModel(self)
        self.model.edit_requested.connect(self.edit_item)
        self.model.move_requested.connect(self.move_item)
        self._people: list[tuple[str | None, str]] = []
        self._links: list[tuple[str | None, str]] = []
        self._link_names: dict[str, str] = {}
        self.model.link_names = self._link_names.get

        self.heading = QLabel()
        self.heading.setObjectName("agenda_heading")
        self.duration = QSpinBox()
        self.duration.setObjectName("agenda_duration")
        self.duration.setRange(5, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Meeting duration"))
        self.duration.editingFinished.connect(self._duration_edited)
        duration_label = QLabel(self.tr("&Duration:"))
        duration_label.setBuddy(self.duration)
        self.timing_label = QLabel()
        self.timing_label.setObjectName("agenda_timing")
        self.timing_label.setAccessibleName(self.tr("Running total"))

        self.view = QTableView()
        self.view.setObjectName("agenda_table")
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        purposes = [(p.value, label(p)) for p in Purpose]
        audiences = [(a.value, label(a)) for a in Audience]
        self.view.setItemDelegateForColumn(COL_PURPOSE, PlainChoiceDelegate(lambda: purposes, self))
        self.view.setItemDelegateForColumn(COL_MINUTES, MinutesDelegate(self))
        self.view.setItemDelegateForColumn(
            COL_PRESENTER, PlainChoiceDelegate(lambda: self._people, self)
        )
        self.view.setItemDelegateForColumn(
            COL_AUDIENCE, PlainChoiceDelegate(lambda: audiences, self)
        )
        self.view.setItemDelegateForColumn(COL_LINK, PlainChoiceDelegate(lambda: self._links, self))
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

        self.item_pane = ItemPane(db, meeting_id)
        self.item_pane.failed.connect(self.show_message)
        self.item_pane.notes_saved.connect(self._notes_saved)
        self.item_pane.patched.connect(lambda item_id, fields: self.model.patch(item_id, **fields))
        self.notes, self.carry_over = self.item_pane.notes, self.item_pane.carry_over
        self.notes_saver = self.item_pane.saver
        self.carry_over.updated.connect(self._carried_updated)
        self.message = QLabel()
        self.message.setObjectName("agenda_message")
        self.message.setWordWrap(True)

        self._build_actions()
        self._build_layout(duration_label)
        self.reload()
        self.view.setFocus()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_TITLE))

    # -- building -------------------------------------------------------------------
    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.add_action = self._action(
            self.tr("&Add item"), [key("Ctrl+N"), key(Qt.Key.Key_Insert)], self.add_item
        )
        self.remove_action = QAction(self.tr("&Remove item"), self.view)
        self.remove_action.setShortcut(key(Qt.Key.Key_Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_item)
        self.view.addAction(self.remove_action)
        self.up_action = self._action(self.tr("Move &up"), [key("Alt+Up")], lambda: self.shift(-1))
        self.down_action = self._action(
            self.tr("Move &down"), [key("Alt+Down")], lambda: self.shift(1)
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([key("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([key("Ctrl+Shift+Z"), key("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _build_layout(self, duration_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(duration_label)
        top.addWidget(self.duration)
        buttons = QHBoxLayout()
        for action in (
            self.add_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.undo_action,
            self.redo_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.timing_label)
        bottom = QSplitter(Qt.Orientation.Vertical)
        bottom.addWidget(self.view)
        bottom.addWidget(self.item_pane)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(bottom, 1)
        layout.addWidget(self.message)

    # -- data -----------------------------------------------------------------------
    def reload(self, focus: str | None = None) -> None:
        """Read the agenda again; keep (or move to) the ``focus`` item."""
        self.item_pane.flush()
        current = self.view.currentIndex()
        focus = focus or (self.model.row_at(current.row()).id if current.isValid() else None)
        column = current.column() if current.isValid() else COL_TITLE
        with self.db.session() as s:
            meeting = get_record(s, Meeting, self.meeting_id)
            rows = agenda.list_items(s, self.meeting_id)
            people = listing.list_people(s)
            links = agenda.link_choices(s, self.meeting_id)
        self.meeting_title, self.duration_minutes = meeting.title, meeting.duration_minutes
        self._people = [(None, "—"), *people]
        self._links = [(None, "—"), *links]
        self._link_names.clear()
        self._link_names.update(dict(links))
        when = format_datetime_long(meeting.starts_at)
        self.heading.setText(f"<h2>{html.escape(meeting.title)}</h2>{when}")
        self.setWindowTitle(self.tr("Agenda — {title}").format(title=meeting.title))
        if not self.duration.hasFocus():
            self.duration.setValue(meeting.duration_minutes)
        self.model.set_rows(rows, meeting.starts_at)
        self._update_timing()
        row = self.model.row_of(focus) if focus else None
        if row is None and rows:
            row = min(current.row(), len(rows) - 1) if current.isValid() else 0
        if row is not None:
            if self.view.currentIndex().row() != row:
                self.view.setCurrentIndex(self.model.index(row, column))
        else:
            self._on_current(QModelIndex(), QModelIndex())

    def _update_timing(self) -> None:
        fit = agenda.agenda_fit(
            [r.planned_minutes for r in self.model.rows()], self.duration.value()
        )
        if fit.fits:
            text = self.tr("Planned {total} of {duration} min: fits, {spare} min to spare").format(
                total=fit.total_minutes, duration=fit.duration_minutes, spare=fit.spare_minutes
            )
            self.timing_label.setStyleSheet(fits_style())
        else:
            text = self.tr(
                "Planned {total} of {duration} min: does not fit, {over} min over"
            ).format(total=fit.total_minutes, duration=fit.duration_minutes, over=fit.over_minutes)
            self.timing_label.setStyleSheet(over_style())
        self.timing_label.setText(text)
        self.timing_label.setProperty("fits", fit.fits)

    def current_item_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- writing --------------------------------------------------------------------
    def apply(self, write: Write, focus: str | None) -> bool:
        """Write in one transaction, then show the new agenda; False if refused."""
        self.item_pane.flush()
        try:
            with self.db.transaction(meeting_id=self.meeting_id) as s:
                write(s)
        except DomainError as exc:
            self.show_message(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return False
        self.show_message(self.tr("Saved"))
        self.reload(focus)
        if self.events is not None:
            self.events.records_changed.emit("agendaitem", [focus] if focus else [])
        self.changed.emit()
        return True

    def _push(
        self, text: str, do: Write, undo: Write, focus: str | None, redo: Write | None = None
    ) -> bool:
        if not self.apply(do, focus):
            return False
        self.undo_stack.push(WriteCommand(text, self.apply, undo, redo or do, focus))
        return True

    def add_item(self) -> None:
        """A new item after the current one, its title open for typing."""
        self.item_pane.flush()
        item_id = new_id()
        current = self.view.currentIndex()
        position = current.row() + 1 if current.isValid() else self.model.rowCount()
        title = self.tr("New item")

        def do(s: Session) -> None:
            agenda.add_item(s, self.meeting_id, title=title, position=position, item_id=item_id)

        if self._push(
            self.tr("Add item"),
            do,
            lambda s: agenda.remove_item(s, item_id),
            item_id,
            redo=lambda s: agenda.restore_item(s, item_id, position),
        ):
            index = self.model.index(self.model.row_of(item_id) or 0, COL_TITLE)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self.view.edit(index)

    def remove_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        self.item_pane.flush()
        position = self.model.row_of(item_id) or 0
        title = self.model.row_at(position).title
        self._push(
            self.tr("Remove “{title}”").format(title=title),
            lambda s: agenda.remove_item(s, item_id),
            lambda s: agenda.restore_item(s, item_id, position),
            item_id,
        )

    def edit_item(self, item_id: str, changes: dict[str, Any]) -> None:
        row = self.model.row_at(self.model.row_of(item_id) or 0)
        old = {field: _old_value(row, field) for field in changes}
        self._push(
            self.tr("Edit item"),
            lambda s: agenda.update_item(s, item_id, **changes),
            lambda s: agenda.update_item(s, item_id, **old),
            item_id,
        )

    def move_item(self, item_id: str, new_index: int) -> None:
        old_index = self.model.row_of(item_id)
        if old_index is None or new_index == old_index:
            return
        new_index = max(0, min(new_index, self.model.rowCount() - 1))
        self._push(
            self.tr("Move item"),
            lambda s: agenda.move_item(s, item_id, new_index),
            lambda s: agenda.move_item(s, item_id, old_index),
            item_id,
        )

    def shift(self, step: int) -> None:
        """Alt+Up / Alt+Down: move the current item one place."""
        item_id = self.current_item_id()
        if item_id is None:
            return
        row = self.model.row_of(item_id) or 0
        if 0 <= row + step < self.model.rowCount():
            self.move_item(item_id, row + step)

    def _duration_edited(self) -> None:
        new, old = self.duration.value(), self.duration_minutes
        if new == old:
            return
        self._push(
            self.tr("Change duration"),
            lambda s: update_record(s, Meeting, self.meeting_id, duration_minutes=new),
            lambda s: update_record(s, Meeting, self.meeting_id, duration_minutes=old),
            self.current_item_id(),
        )
        if self.events is not None:
            self.events.records_changed.emit("meeting", [self.meeting_id])

    # -- notes ----------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.item_pane.show_row(self.model.row_at(current.row()) if current.isValid() else None)

    def _notes_saved(self, item_id: str, text: str) -> None:
        self.model.patch(item_id, notes=text)
        self.show_message(self.tr("Saved"))

    def _carried_updated(self, entity: str, record_id: str) -> None:
        if self.events is not None:
            self.events.records_changed.emit(entity, [record_id])

    def flush(self) -> None:
        self.item_pane.flush()

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)


def _old_value(row: agenda.AgendaItemRow, field: str) -> Any:
    value = getattr(row, field)
    return value.value if hasattr(value, "value") else value

"""The history of the selected record, shown under its form.

Every change of status, owner, due date, stage, outcome and audience is on record
(``Change``); this panel lists them for the record being edited, newest first, with the
person's name and the meeting. ``attach_history`` puts one under a list page's form.
It is never taller than what it holds: with no changes yet it is one quiet line, and
the form above it gets the room.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.services.history import record_history
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.lists.history_model import HistoryModel
from workbench.ui.palette import hint_css
from workbench.ui.widgets.html_delegate import HtmlDelegate

#: The most of its column the history takes when it has much to show.
SHARE = 0.45
#: How wide a history beside a list is while it holds nothing.
EMPTY_WIDTH = 200
WIDE = 320  # and when it has something to show
QWIDGETSIZE_MAX = (1 << 24) - 1


class HistoryWidget(QGroupBox):
    """The changes of one record (``entity`` is its table name)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("History"))
        self.setObjectName("history")
        self.db = db
        self.entity: str | None = None
        self.record_id: str | None = None
        self.model = HistoryModel(self)
        # One entry per row in two lines: readable in a narrow panel under a form.
        self.view = QListView()
        self.view.setObjectName("history_list")
        self.view.setAccessibleName(self.tr("History of the selected record"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No changes recorded yet."))
        self.empty.setObjectName("history_empty")
        self.empty.setStyleSheet(hint_css(self.palette()))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        self.show_record(None, None)

    def show_record(self, entity: str | None, record_id: str | None) -> None:
        self.entity, self.record_id = entity, record_id or None
        self.refresh()

    def refresh(self) -> None:
        entries = []
        if self.entity and self.record_id:
            with self.db.session() as s:
                entries = record_history(s, self.entity, self.record_id)
        self.model.set_rows(entries)
        self.view.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.empty.setText(
            self.tr("No changes recorded yet.")
            if self.record_id
            else self.tr("Select a record to see its history.")
        )
        self._fit_height()

    def content_height(self) -> int:
        """The height that shows every entry (or the one line saying there is none)."""
        layout = self.layout()
        margins = layout.contentsMargins().top() * 2 if layout is not None else 0
        title = self.fontMetrics().height() + margins + 8
        if not self.model.rowCount():
            return title + self.empty.heightForWidth(max(1, self.width() - 12))
        rows = sum(self.view.sizeHintForRow(r) for r in range(self.model.rowCount()))
        return title + rows + 2 * self.view.frameWidth() + 4

    def _fit_height(self) -> None:
        """Under a form (``attach_history``): as tall as the entries need, up to
        ``SHARE`` of the column it shares with the form; the form has the rest."""
        column = self.parent()
        if isinstance(column, QSplitter) and column.orientation() == Qt.Orientation.Horizontal:
            # beside a list (Progress): narrow while it holds nothing
            empty = not self.model.rowCount()
            self.setMaximumWidth(EMPTY_WIDTH if empty else QWIDGETSIZE_MAX)
            sizes: list[int] = column.sizes()
            at, total = column.indexOf(self), sum(sizes)
            want = EMPTY_WIDTH if empty else WIDE
            too_wide = empty and sizes[at] > EMPTY_WIDTH
            if column.count() == 2 and total > 0 and (too_wide or 0 < sizes[at] < want):
                sizes[at], sizes[1 - at] = want, total - want
                column.setSizes(sizes)
            return
        if not isinstance(column, QSplitter) or column.count() != 2:
            return
        self.setMaximumHeight(max(self.minimumSizeHint().height(), self.content_height()))
        sizes, at = column.sizes(), column.indexOf(self)
        total = sum(sizes)
        if total <= 0:
            return
        want = min(self.maximumHeight(), round(total * SHARE))
        if sizes[at] != want:
            sizes[at], sizes[1 - at] = want, total - want
            column.setSizes(sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()  # wrapped entries take more or fewer lines

    def on_records_changed(self, entity: str, ids: list[str]) -> None:
        if entity == self.entity and (not ids or self.record_id in ids):
            self.refresh()


def attach_history(page: Any, db: Database, events: AppEvents) -> HistoryWidget:
    """Put a history panel under a ``ListPage``'s form, following its selection."""
    history = HistoryWidget(db)
    form = page.form
    splitter = page.splitter
    at, sizes = splitter.indexOf(form), splitter.sizes()
    column = QSplitter(Qt.Orientation.Vertical)
    column.setObjectName("form_and_history")
    column.addWidget(form)  # takes the form out of the page's splitter
    column.addWidget(history)
    splitter.insertWidget(at, column)  # the page's splitter owns the column now
    splitter.setStretchFactor(at, 2)
    if sum(sizes):
        splitter.setSizes(sizes)
    column.setStretchFactor(0, 1)
    column.setStretchFactor(1, 0)
    column.setSizes([480, 320])  # the history gives back what it does not hold
    column.setChildrenCollapsible(False)
    page.current_changed.connect(lambda record_id: history.show_record(page.entity, record_id))
    form.saved.connect(lambda _id: history.refresh())
    events.records_changed.connect(history.on_records_changed)
    history.show_record(page.entity, page.current_id())
    page.history = history
    return history

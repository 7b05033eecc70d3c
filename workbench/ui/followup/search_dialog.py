"""Search everything (Ctrl+F): one box, results grouped by kind, Enter opens the record.

Typing searches after a short pause (the search itself takes milliseconds). Results come
from ``workbench.services.search``: notes, agenda items, decisions, commitments, actions
and lessons, each group with its count, each hit with its title, when and where it was
said, and the words found in bold. A hit whose kind has no page of its own (an agenda item,
a decision) opens its meeting.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.services import search
from workbench.services.search import SearchHit, SearchResults
from workbench.store import Database, search_index
from workbench.store.search_index import HIT_END, HIT_START
from workbench.ui.a11y import name_clear_button
from workbench.ui.i18n import QT_TRANSLATE_NOOP, format_date
from workbench.ui.widgets.html_delegate import HTML_ROLE, HtmlDelegate
from workbench.ui.widgets.secondary import make_secondary

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
DELAY_MS = 150

KIND_NAMES = {
    "note": QT_TRANSLATE_NOOP("SearchDialog", "Notes"),
    "agendaitem": QT_TRANSLATE_NOOP("SearchDialog", "Agenda items"),
    "decision": QT_TRANSLATE_NOOP("SearchDialog", "Decisions"),
    "commitment": QT_TRANSLATE_NOOP("SearchDialog", "Commitments"),
    "action": QT_TRANSLATE_NOOP("SearchDialog", "Actions"),
    "lesson": QT_TRANSLATE_NOOP("SearchDialog", "Lessons"),
}


def snippet_html(marked: str) -> str:
    """A snippet with its hit marks as bold, everything else escaped."""
    text = html.escape(marked)
    return text.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class SearchDialog(QDialog):
    """The search box and its results; ``open_hit`` is called with a chosen hit."""

    #: A hit was chosen (Enter or double-click).
    hit_chosen = Signal(object)

    def __init__(
        self,
        db: Database,
        open_hit: Callable[[SearchHit], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Search"))
        self.db = db
        self.results: SearchResults | None = None
        if open_hit is not None:
            self.hit_chosen.connect(open_hit)
        self.box = QLineEdit()
        self.box.setObjectName("search_box")
        self.box.setAccessibleName(self.tr("Search text"))
        self.box.setPlaceholderText(
            self.tr("Words in notes, agenda items, decisions, commitments, actions, lessons…")
        )
        self.box.setClearButtonEnabled(True)
        name_clear_button(self.box, self.tr("Clear the search"))
        self.status = QLabel()
        self.status.setObjectName("search_status")
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setObjectName("search_results")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter_in_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.resize(720, 560)

    # -- searching ------------------------------------------------------------------
    def run_search(self) -> None:
        """Search now for the text in the box."""
        self._timer.stop()
        text = self.box.text()
        if not search_index.match_expression(text):
            self.model.clear()
            self.results = None
            self.status.setText(self.tr("Type a word to search for."))
            return
        with self.db.session() as s:
            self.results = search.search(s, text)
        self._show(self.results)

    def _show(self, results: SearchResults) -> None:
        self.model.clear()
        if not results.groups:
            self.status.setText(self.tr("Nothing found for “{text}”.").format(text=results.text))
            return
        self.status.setText(
            self.tr("{n} found. Enter or double-click opens one.").format(n=results.total)
        )
        for group in results.groups:
            name = QCoreApplication.translate(
                "SearchDialog", KIND_NAMES.get(group.kind, group.kind)
            )  # i18n: ok (NOOP-marked)
            more = (
                self.tr(" — the best {n} shown").format(n=len(group.hits))
                if len(group.hits) < group.total
                else ""
            )
            head = QStandardItem(f"{name} ({group.total}){more}")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setSelectable(False)
            head.setAccessibleText(f"{name}: {group.total}")
            for hit in group.hits:
                item = QStandardItem(f"{hit.title}: {search.plain(hit.snippet)}")
                item.setData(hit, HIT_ROLE)
                item.setData(self._hit_html(hit), HTML_ROLE)
                item.setToolTip(search.plain(hit.snippet))
                head.appendRow(item)
            self.model.appendRow(head)
        self.view.expandAll()
        self.view.setCurrentIndex(self.model.index(0, 0, self.model.index(0, 0)))

    def _hit_html(self, hit: SearchHit) -> str:
        where = " · ".join(p for p in (_day(hit.when), hit.meeting or "") if p)
        snippet = snippet_html(hit.snippet)
        title = html.escape(hit.title)
        where_html = f' <span style="color:gray">— {html.escape(where)}</span>' if where else ""
        show_snippet = search.plain(hit.snippet).strip() != hit.title.strip()
        return f"<b>{title}</b>{where_html}" + (f"<br>{snippet}" if show_snippet else "")

    # -- choosing -------------------------------------------------------------------
    def current_hit(self) -> SearchHit | None:
        index = self.view.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)

    def _enter_in_box(self) -> None:
        if self._timer.isActive() or self.results is None:
            self.run_search()
        hit = self.current_hit()
        if hit is not None:
            self.hit_chosen.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up and Down in the box move through the results.
        if self.box.hasFocus() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.view.setFocus()
            self.view.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def start(self) -> None:
        """Show (again) with the box focused and its text selected."""
        make_secondary(self, escape=False)  # Ctrl+W closes, focus goes back; Esc is Qt's
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()


def _day(value: datetime | date | None) -> str:
    return format_date(value)

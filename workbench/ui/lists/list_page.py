"""A page that lists records and edits the selected one beside the list.

The list is a ``RowsModel`` behind a ``TextFilterProxy``; the detail pane is a
``RecordForm``, a third of the page at most so the list's key columns fit a laptop
screen (``lists.columns`` sizes them by priority). Rows are loaded through a service
function; after the form saves, only the changed row is read again, so a page with
50,000 rows stays quick. A page with ``load_when_shown`` set reads nothing while it is
hidden: its rows are loaded when it is first shown or asked to select a record, so the
window opens without reading 200,000 notes; until then it has no current record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from workbench.services.errors import DomainError
from workbench.services.records import tombstone
from workbench.store import Database
from workbench.ui.a11y import name_clear_button
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text
from workbench.ui.lists.columns import ColumnFitter
from workbench.ui.lists.columns import default_split as default_split  # where it was
from workbench.ui.lists.fast_rows import FastFilterProxy
from workbench.ui.lists.rows_model import ID_ROLE, RowsModel, TextFilterProxy
from workbench.ui.widgets.forms import RecordForm

RowLoader = Callable[[Session, list[str] | None], list[Any]]


class ListPage(QWidget):
    """A filterable, sortable list with a detail form for the selected record."""

    current_changed = Signal(str)  # record id, "" when nothing is selected
    #: The filter proxy; a page over a very long list may give a faster one.
    proxy_class: type[TextFilterProxy] | type[FastFilterProxy] = TextFilterProxy
    proxy: TextFilterProxy | FastFilterProxy
    #: Defer ``reload`` while the page is hidden (set for the long lists).
    load_when_shown = False

    def __init__(
        self,
        *,
        db: Database,
        events: AppEvents,
        entity: str,
        title: str,
        model: RowsModel[Any],
        load_rows: RowLoader,
        form: RecordForm,
        create: Callable[[Session], str] | None = None,
        default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.entity = db, events, entity
        self.model, self.load_rows, self.form, self._create = model, load_rows, form, create
        self.setObjectName(f"page_{entity}")
        self._stale = False  # a reload was deferred while the page was hidden
        self._loading = False  # loading because the rows are needed, shown or not

        self.proxy = self.proxy_class(self)
        self.proxy.setSourceModel(model)

        heading = QLabel(f"<h2>{title}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter (type any words)…"))
        self.filter_edit.setAccessibleName(self.tr("Filter {title}").format(title=title))
        self.filter_edit.setClearButtonEnabled(True)
        name_clear_button(self.filter_edit, self.tr("Clear the filter"))
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName("new")
        self.new_button.setAccessibleName(self.tr("New record"))
        self.new_button.clicked.connect(self.create_record)

        self.view = QTableView()
        self.view.setObjectName("list")
        self.view.setAccessibleName(self.tr("{title} list").format(title=title))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(100)  # sample rows: fast at 50,000 rows
        self.columns = ColumnFitter(self.view)
        self._sized = False
        self._split = False  # the list and form were given their first sizes
        self.view.sortByColumn(*default_sort)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        delete = QAction(self.tr("Delete"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        form.saved.connect(self._on_saved)
        events.records_changed.connect(self._on_records_changed)
        events.database_reloaded.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # Hidden or not once it has a parent: shown while it had none, the button became
        # a window of its own for a moment, which took the focus from the main window
        # when a page was built after the window was shown (``MainWindow.attach``).
        self.new_button.setVisible(create is not None)
        self.setFocusProxy(self.view)
        # Opening the page puts the focus in the list (its focus proxy); Tab goes on to
        # the filter and New above it, then to the form beside it.
        QWidget.setTabOrder(self.view, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.new_button)

    # -- data -----------------------------------------------------------------------
    def reload(self) -> None:
        if self.load_when_shown and not self._loading and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        current = self.current_id()
        with self.db.session() as session:
            rows = self.load_rows(session, None)
        self.model.set_rows(rows)
        self.proxy.sort(
            self.view.horizontalHeader().sortIndicatorSection(),
            self.view.horizontalHeader().sortIndicatorOrder(),
        )
        if current and self.select_id(current):
            pass
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        if not self._sized and rows:
            self._size_columns()
        self._update_count()

    def _size_columns(self) -> None:
        """Measure the columns' content once the first rows are there, and fit them."""
        self._sized = True
        self.columns.measure()
        self.columns.fit()

    def ensure_loaded(self) -> None:
        """Load the rows now if loading was deferred while the page was hidden."""
        if not self._stale:
            return
        self._loading = True
        try:
            self.reload()
        finally:
            self._loading = False

    def showEvent(self, event: Any) -> None:
        self.ensure_loaded()
        super().showEvent(event)
        if not self._split:
            self._split = True
            layout = self.layout()
            margins = layout.contentsMargins().left() * 2 if layout is not None else 0
            needs = self.columns.key_width() if self.model.rowCount() else 0
            default_split(self.splitter, self.width() - margins, needs)

    def refresh_ids(self, ids: list[str]) -> None:
        if self._stale:
            return  # the whole list is read when it is next needed
        with self.db.session() as session:
            rows = self.load_rows(session, ids)
        found = {r.id for r in rows}
        self.model.replace_rows(rows)
        self.model.remove_ids([i for i in ids if i not in found])
        self._update_count()

    def _on_saved(self, record_id: str) -> None:
        self.refresh_ids([record_id])
        self.events.records_changed.emit(self.entity, [record_id])

    def _on_records_changed(self, entity: str, ids: list[str]) -> None:
        if entity != self.entity or self.sender() is self:
            return
        if ids:
            self.refresh_ids([str(i) for i in ids])
        else:
            self.reload()

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("{n} shown of {total}").format(n=shown, total=total)
            if shown != total
            else self.tr("{n} in all").format(n=total)
        )
        self.count_label.setText(text)

    # -- selection ------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.view.selectionModel().selectedRows()]

    def select_id(self, record_id: str) -> bool:
        self.ensure_loaded()
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # a record asked for must be shown, not silently missed
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        """Widen the filters beyond the text (pages with filter controls override it)."""

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        self.form.load(record_id)
        self.current_changed.emit(record_id or "")

    # -- commands -------------------------------------------------------------------
    def create_record(self) -> None:
        if self._create is None:
            return
        try:
            with self.db.transaction() as session:
                record_id = self._create(session)
        except DomainError as exc:
            QMessageBox.information(self, self.tr("Cannot create"), error_text(exc))
            return
        self.refresh_ids([record_id])
        self.events.records_changed.emit(self.entity, [record_id])
        self.filter_edit.clear()
        self.select_id(record_id)
        first = self.form.specs[0].name
        self.form.editor(first).setFocus()
        editor = self.form.editor(first)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def delete_selected(self) -> None:
        """Move the selected records to the bin (a tombstone, so merges see it)."""
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete %n selected record(s)?", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.form.load(None)
        cls = self.form.cls
        with self.db.transaction() as session:
            for record_id in ids:
                tombstone(session, cls, record_id)
        self.model.remove_ids(ids)
        self._update_count()
        self.events.records_changed.emit(self.entity, ids)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()


class FastListPage(ListPage):
    """A ``ListPage`` whose filtering and sorting stay fast at 50,000 rows.

    The rows' folded text for the filter is made on the first keystroke (about 75 ms for
    50,000 actions), not on every load and not on a worker thread, where it would only
    compete with the GUI thread for the interpreter lock.
    """

    proxy_class = FastFilterProxy

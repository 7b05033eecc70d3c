"""The Conflicts page: records changed on two laptops, and the user's choice for each.

A merge keeps the newer version and sets the other aside (``services.exchange.
conflicts``). Here the user sees, per conflict, each field that differs with *mine* (this
laptop's value) beside *theirs* (the other laptop's, named), and settles it: keep mine,
keep theirs, or edit (write the value, ``conflict_edit``). The choices are the rules of
``workbench conflicts resolve``; settling is an ordinary edit, so it reaches the other
laptops with the next sync and they see the conflict settled too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services.errors import DomainError
from workbench.services.exchange.conflicts import (
    ConflictRow,
    list_conflicts,
    local_installation,
    mine_and_theirs,
    resolve_conflict,
    take_other_to_keep,
)
from workbench.services.history import known_laptops
from workbench.store import Database
from workbench.ui.i18n import QT_TRANSLATE_NOOP, error_text
from workbench.ui.lists.history_model import field_name
from workbench.ui.lists.rows_model import RowsModel, format_datetime
from workbench.ui.share.conflicts_panel import _value, kind_label

_SETTLED = {
    "kept this": QT_TRANSLATE_NOOP("ConflictsPageModel", "settled"),
    "took the other": QT_TRANSLATE_NOOP("ConflictsPageModel", "settled"),
    "edited": QT_TRANSLATE_NOOP("ConflictsPageModel", "settled by editing"),
}


class ConflictsPageModel(RowsModel[ConflictRow]):
    """Conflicts: what record, which fields differ, the other laptop, when, settled."""

    CONTEXT = "ConflictsPageModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ConflictsPageModel", "Kind"),
        QT_TRANSLATE_NOOP("ConflictsPageModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictsPageModel", "Differs in"),
        QT_TRANSLATE_NOOP("ConflictsPageModel", "Other laptop"),
        QT_TRANSLATE_NOOP("ConflictsPageModel", "When"),
        QT_TRANSLATE_NOOP("ConflictsPageModel", "Settled"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.installation: str | None = None
        self.laptops: dict[str, str] = {}

    def other_laptop(self, row: ConflictRow) -> str:
        """The other laptop's name when the conflict says which it was."""
        if row.source and row.source != self.installation:
            return self.laptops.get(row.source, row.source[:8])
        return ""

    def display(self, row: ConflictRow, column: int) -> str:
        if column == 0:
            return kind_label(row.entity)
        if column == 1:
            return row.label
        if column == 2:
            return ", ".join(field_name(d[0]) for d in row.differences)
        if column == 3:
            return self.other_laptop(row)
        if column == 4:
            return format_datetime(row.at)
        if row.resolution:
            text = _SETTLED.get(row.resolution, "settled")
            return QCoreApplication.translate("ConflictsPageModel", text)  # i18n: ok (NOOP)
        return QCoreApplication.translate("ConflictsPageModel", "waiting")

    def sort_key(self, row: ConflictRow, column: int) -> Any:
        return row.at if column == 4 else self.display(row, column).casefold()


class ConflictsPage(QWidget):
    """The page: the list above, mine and theirs of the selected one below, the choice."""

    def __init__(
        self,
        db: Database,
        events: Any = None,
        open_record: Callable[[str, str], Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_page")
        self.db, self.events, self.open_record = db, events, open_record
        self.model = ConflictsPageModel(self)
        self.view = QTableView()
        self.view.setObjectName("conflicts_page_view")
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel(
            self.tr(
                "The same record was changed on two laptops. The newer version is shown "
                "everywhere; the other was kept here. Choose for each."
            )
        )
        self.intro.setWordWrap(True)
        self.show_settled = QCheckBox(self.tr("Show &settled ones"))
        self.show_settled.setObjectName("show_settled")
        self.show_settled.toggled.connect(lambda _on: self.reload())
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("conflict_versions")
        self.detail.setAccessibleName(self.tr("Mine and theirs"))
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        self.detail.setWordWrap(True)
        detail_header = self.detail.horizontalHeader()
        detail_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            detail_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No conflicts waiting. When a record is changed on two laptops, both "
                "versions are kept and shown here."
            )
        )
        self.empty.setObjectName("conflicts_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_mine = self._button("keep_mine", self.tr("Keep m&ine"), self._keep_mine)
        self.keep_mine.setToolTip(self.tr("Keep this laptop's version"))
        self.keep_theirs = self._button("keep_theirs", self.tr("Keep thei&rs"), self._keep_theirs)
        self.keep_theirs.setToolTip(self.tr("Keep the other laptop's version"))
        self.edit = self._button("edit_conflict", self.tr("E&dit…"), self.edit_current)
        self.edit.setToolTip(self.tr("Write the value yourself, from both versions"))
        self.open = self._button("open_conflict_record", self.tr("&Open record"), self._open)
        self._lay_out()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        if events is not None:
            events.database_reloaded.connect(self.reload)
            events.records_changed.connect(self._records_changed)
        self.reload()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.intro)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.show_settled)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open)
        buttons.addStretch(1)
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            buttons.addWidget(button)
        bottom_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- data -----------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current()
        with self.db.session() as session:
            rows = list_conflicts(session, include_resolved=self.show_settled.isChecked())
            self.model.installation = local_installation(session)
            self.model.laptops = known_laptops(session)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        row = self.model.row_of(current.id) if current is not None else None
        if row is not None:
            self.view.selectRow(row)
        elif rows:
            self.view.selectRow(0)
        self._show_current()

    def showEvent(self, event: Any) -> None:
        self.reload()  # a merge by hand or from the command line may have added some
        super().showEvent(event)

    def _records_changed(self, entity: str, _ids: list[str]) -> None:
        if entity == "conflict":
            self.reload()

    def current(self) -> ConflictRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        row = self.current()
        waiting = row is not None and row.resolved_at is None
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            button.setEnabled(waiting)
        self.open.setEnabled(row is not None)
        other = self.model.other_laptop(row) if row is not None else ""
        theirs = self.tr("Theirs ({laptop})").format(laptop=other) if other else self.tr("Theirs")
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Mine (this laptop)"), theirs]
        )
        versions = mine_and_theirs(row, self.model.installation) if row is not None else []
        self.detail.setRowCount(len(versions))
        for n, (name, mine, their) in enumerate(versions):
            for column, text in enumerate((field_name(name), _value(mine), _value(their))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail.setItem(n, column, item)
        self.detail.resizeRowsToContents()

    # -- choices --------------------------------------------------------------------
    def _keep_mine(self) -> None:
        self.settle("mine")

    def _keep_theirs(self) -> None:
        self.settle("theirs")

    def settle(self, keep: str) -> None:
        """Keep "mine" or "theirs" for the selected conflict."""
        row = self.current()
        if row is None or row.resolved_at is not None:
            return
        take_other = take_other_to_keep(row, keep, self.model.installation)
        try:
            resolve_conflict(self.db, row.id, take_other=take_other)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Conflicts"), error_text(exc))
            return
        self._settled(row)

    def edit_current(self) -> QDialog | None:
        """Open the editor for the selected conflict (returned, for tests)."""
        from workbench.ui.share.conflict_edit import ConflictEditDialog

        row = self.current()
        if row is None or row.resolved_at is not None:
            return None
        dialog = ConflictEditDialog(
            self.db,
            row,
            mine_and_theirs(row, self.model.installation),
            self.model.other_laptop(row),
            self,
        )
        dialog.accepted.connect(lambda: self._settled(row))
        dialog.open()
        return dialog

    def _settled(self, row: ConflictRow) -> None:
        position = self.view.currentIndex().row()
        if self.events is not None:
            self.events.records_changed.emit(row.entity, [row.entity_id])
            self.events.records_changed.emit("conflict", [row.id])
        else:
            self.reload()
        if self.model.rowCount():
            self.view.selectRow(min(position, self.model.rowCount() - 1))

    def _open(self) -> None:
        row = self.current()
        if row is not None and self.open_record is not None:
            self.open_record(row.entity, row.entity_id)

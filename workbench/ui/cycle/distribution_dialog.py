"""The distribution list of an engagement (Meeting → Distribution list…).

One row per person: name, organisation, e-mail address (typed here, checked), which
version they receive (none, the partners version, the working group's) and whether in
Cc, all cells of the table that the keyboard edits as any. Every change is saved at
once through ``services.cycle.distribution``; a malformed address is refused with one
line and the cell goes back to what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Engagement
from workbench.services.cycle import distribution
from workbench.services.errors import DomainError
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.widgets.delegates import PlainChoiceDelegate

COL_NAME, COL_ORG, COL_EMAIL, COL_RECEIVES, COL_CC = range(5)


class _ReceivesDelegate(PlainChoiceDelegate):
    """The version a person receives, chosen in the cell; the value lives in UserRole
    (the cell shows its label)."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.UserRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class DistributionDialog(QDialog):
    """Who receives which version of the engagement's documents."""

    def __init__(self, db: Database, engagement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.engagement_id = db, engagement_id
        self.setObjectName("distribution_dialog")
        with db.session() as s:
            engagement = s.get(Engagement, engagement_id)
            title = engagement.title if engagement else ""
        self.setWindowTitle(self.tr("Distribution list: {title}").format(title=title))
        self.resize(820, 520)
        intro = QLabel(
            self.tr("Who receives the partners version of minutes, agendas, reports and the "
                    "tracker, and who the working group's. Someone on neither list receives "
                    "nothing.")
        )  # fmt: skip
        intro.setWordWrap(True)
        keys = QLabel(self.tr("Type an address in its cell; F2 on Receives chooses the version; "
                              "Space ticks Cc."))  # fmt: skip
        keys.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("distribution_table")
        self.table.setAccessibleName(self.tr("Distribution list"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("E-mail address"),
                self.tr("Receives"),
                self.tr("Cc"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(COL_RECEIVES, _ReceivesDelegate(self._choices, self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_EMAIL, QHeaderView.ResizeMode.Stretch
        )
        self.error = QLabel()
        self.error.setObjectName("distribution_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A61B1B")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(keys)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._loading = False
        self.reload()
        self.table.itemChanged.connect(self._item_changed)

    def reload(self) -> None:
        self._loading = True
        with self.db.session() as s:
            rows = distribution.distribution_rows(s, self.engagement_id)
        self.table.setRowCount(len(rows))
        labels = dict(self._choices())
        for n, row in enumerate(rows):
            for col, text in ((COL_NAME, row.name), (COL_ORG, row.organisation or "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(n, col, item)
            email = QTableWidgetItem(row.email or "")
            email.setData(Qt.ItemDataRole.UserRole, row.person_id)
            self.table.setItem(n, COL_EMAIL, email)
            version = row.receives.value if row.receives else None
            receives = QTableWidgetItem(labels[version])
            receives.setData(Qt.ItemDataRole.UserRole, version)
            receives.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name} receives").format(name=row.name) + ": " + labels[version],
            )
            self.table.setItem(n, COL_RECEIVES, receives)
            cc = QTableWidgetItem()
            cc.setFlags(
                (cc.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
            )
            cc.setCheckState(Qt.CheckState.Checked if row.cc else Qt.CheckState.Unchecked)
            cc.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name} in Cc").format(name=row.name),
            )
            self.table.setItem(n, COL_CC, cc)
        self.table.resizeColumnsToContents()
        self._loading = False

    def _choices(self) -> list[tuple[str | None, str]]:
        return [
            (None, self.tr("Nothing")),
            ("partners", self.tr("Partners version")),
            ("group", self.tr("Working-group version")),
        ]

    def _person(self, row: int) -> str:
        cell = self.table.item(row, COL_EMAIL)
        assert cell is not None
        return str(cell.data(Qt.ItemDataRole.UserRole))

    def _save_entry(self, row: int) -> None:
        receives_item, cc_item = self.table.item(row, COL_RECEIVES), self.table.item(row, COL_CC)
        assert receives_item is not None and cc_item is not None
        receives = receives_item.data(Qt.ItemDataRole.UserRole)
        cc = cc_item.checkState() == Qt.CheckState.Checked
        with self.db.transaction() as s:
            distribution.set_distribution(
                s, self.engagement_id, self._person(row), receives, cc=cc and bool(receives)
            )
        self._loading = True
        receives_item.setText(dict(self._choices())[receives])
        self._loading = False
        self.error.clear()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() in (COL_RECEIVES, COL_CC):
            self._save_entry(item.row())
            return
        if item.column() != COL_EMAIL:
            return
        person_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            with self.db.transaction() as s:
                person = distribution.set_email(s, person_id, item.text())
                stored = person.email or ""
        except DomainError as exc:
            self.error.setText(error_text(exc))
            with self.db.session() as s:
                rows = {
                    r.person_id: r for r in distribution.distribution_rows(s, self.engagement_id)
                }
            stored = rows[person_id].email or ""
        else:
            self.error.clear()
        if item.text() != stored:
            self._loading = True
            item.setText(stored)
            self._loading = False

    def set_receives(self, person_id: str, receives: str | None) -> None:
        """Choose what one person receives (as the cell's list does; for tests)."""
        for n in range(self.table.rowCount()):
            if self._person(n) == person_id:
                item = self.table.item(n, COL_RECEIVES)
                assert item is not None
                item.setData(Qt.ItemDataRole.UserRole, receives)
                return

"""The distribution list of an engagement (Meeting → Distribution list…).

One row per person: name, organisation, e-mail address (typed here, checked), which
version they receive (none, the partners version, the working group's) and whether in
Cc. Every change is saved at once through ``services.cycle.distribution``; a malformed
address is refused with one line and the cell goes back to what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

COL_NAME, COL_ORG, COL_EMAIL, COL_RECEIVES, COL_CC = range(5)


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
        for n, row in enumerate(rows):
            for col, value in ((COL_NAME, row.name), (COL_ORG, row.organisation or "")):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(n, col, item)
            email = QTableWidgetItem(row.email or "")
            email.setData(Qt.ItemDataRole.UserRole, row.person_id)
            self.table.setItem(n, COL_EMAIL, email)
            receives = QComboBox()
            receives.setAccessibleName(self.tr("{name} receives").format(name=row.name))
            receives.addItem(self.tr("Nothing"), None)
            receives.addItem(self.tr("Partners version"), "partners")
            receives.addItem(self.tr("Working-group version"), "group")
            receives.setCurrentIndex(
                max(0, receives.findData(row.receives.value if row.receives else None))
            )
            cc = QCheckBox()
            cc.setAccessibleName(self.tr("{name} in Cc").format(name=row.name))
            cc.setChecked(row.cc)
            cc.setEnabled(row.receives is not None)
            receives.currentIndexChanged.connect(
                lambda _i, pid=row.person_id, box=receives, c=cc: self._save_entry(pid, box, c)
            )
            cc.toggled.connect(
                lambda _on, pid=row.person_id, box=receives, c=cc: self._save_entry(pid, box, c)
            )
            self.table.setCellWidget(n, COL_RECEIVES, receives)
            self.table.setCellWidget(n, COL_CC, cc)
        self.table.resizeColumnsToContents()
        self._loading = False

    def _save_entry(self, person_id: str, box: QComboBox, cc: QCheckBox) -> None:
        receives = box.currentData()
        cc.setEnabled(receives is not None)
        with self.db.transaction() as s:
            distribution.set_distribution(
                s, self.engagement_id, person_id, receives, cc=cc.isChecked() and bool(receives)
            )
        self.error.clear()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != COL_EMAIL:
            return
        person_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            with self.db.transaction() as s:
                person = distribution.set_email(s, person_id, item.text())
                stored = person.email or ""
        except DomainError as exc:
            self.error.setText(str(exc))
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
        """Choose what one person receives (as the combo box does; for tests and scripts)."""
        for n in range(self.table.rowCount()):
            cell = self.table.item(n, COL_EMAIL)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == person_id:
                box = self.table.cellWidget(n, COL_RECEIVES)
                assert isinstance(box, QComboBox)
                box.setCurrentIndex(box.findData(receives))
                return

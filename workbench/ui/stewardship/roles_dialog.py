"""Who leads the dialogue with one company, and who collaborates.

One lead per company (naming another makes the first a collaborator); each role has an
audience, for the working group only unless marked, as any content.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Audience, TargetRoleKind
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.services.stewardship import roles
from workbench.services.stewardship.roles import RoleRow
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text
from workbench.ui.labels import label


class RolesDialog(QDialog):
    """The lead and collaborating organisations of one company."""

    def __init__(
        self,
        db: Database,
        target_id: str,
        company: str,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.target_id = db, events, target_id
        self.rows: list[RoleRow] = []
        self.setObjectName("roles_dialog")
        self.setWindowTitle(self.tr("Lead and collaborators: {company}").format(company=company))
        self.setMinimumWidth(560)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("roles_list")
        self.table.setAccessibleName(self.tr("Organisations and their roles"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Role"), self.tr("Audience")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.organisation = QComboBox()
        self.organisation.setObjectName("role_organisation")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        with db.session() as s:
            for org_id, name in listing.list_organisations(s):
                self.organisation.addItem(name, org_id)
        self.role = QComboBox()
        self.role.setObjectName("role_kind")
        self.role.setAccessibleName(self.tr("Role"))
        for kind in TargetRoleKind:
            self.role.addItem(label(kind), kind.value)
        self.audience = QComboBox()
        self.audience.setObjectName("role_audience")
        self.audience.setAccessibleName(self.tr("Audience"))
        for a in Audience:
            self.audience.addItem(label(a), a.value)
        self.add_button = QPushButton(self.tr("&Add or change"))
        self.add_button.setObjectName("role_add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("role_remove")
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setObjectName("roles_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        caption = QLabel(self.tr("&Organisation:"))
        caption.setBuddy(self.organisation)
        row.addWidget(caption)
        row.addWidget(self.organisation, 1)
        row.addWidget(self.role)
        row.addWidget(self.audience)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        chain = [self.table, self.remove_button, self.organisation, self.role, self.audience]
        for before, after in zip(chain, [*chain[1:], self.add_button], strict=True):
            QWidget.setTabOrder(before, after)  # as read: the list, Remove under it, then the row
        self.reload()

    def reload(self) -> None:
        with self.db.session() as s:
            self.rows = roles.read_roles(s, target_id=self.target_id)
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            for column, text in enumerate(
                (row.organisation or "", label(row.role), label(row.audience))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(n, column, item)
        self.remove_button.setEnabled(bool(self.rows))

    def add(self) -> None:
        try:
            with self.db.transaction() as s:
                roles.set_role(
                    s,
                    self.target_id,
                    self.organisation.currentData(),
                    self.role.currentData(),
                    audience=self.audience.currentData(),
                )
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        self.message.setText(self.tr("Saved"))
        self._changed()

    def remove(self) -> None:
        items = self.table.selectedItems()
        if not items:
            self.message.setText(self.tr("Select a row to remove."))
            return
        with self.db.transaction() as s:
            roles.remove_role(s, items[0].data(Qt.ItemDataRole.UserRole))
        self.message.setText(self.tr("Removed."))
        self._changed()

    def _changed(self) -> None:
        self.reload()
        if self.events is not None:
            self.events.records_changed.emit("targetrole", [])

"""Settings → Group: the key that seals the group's packages, and its laptops.

One laptop starts the group (*Start sharing with the group*) and shows its join code;
every other member enters that code (*Join with a code…*), passed on out of band. The
members' table shows each laptop's key fingerprint, so two members can read theirs to
each other and be sure no one slipped in; a laptop can be removed (its packages are
refused here from then on).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services import group
from workbench.services.exchange.packages import existing_installation_id
from workbench.store import Database
from workbench.ui.i18n import error_text


class GroupDialog(QDialog):
    """The group, its join code and its members, with start, join and remove."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Group"))
        self.setObjectName("group_dialog")
        self.state = QLabel()
        self.state.setObjectName("group_state")
        self.state.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("join_code")
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Join code"))
        self.copy_button = QPushButton(self.tr("&Copy code"))
        self.copy_button.clicked.connect(self._copy)
        self.members = QTableWidget(0, 4)
        self.members.setObjectName("group_members")
        self.members.setAccessibleName(self.tr("The group's laptops"))
        self.members.setHorizontalHeaderLabels(
            [self.tr("Laptop"), self.tr("Key fingerprint"), self.tr("Added by"), self.tr("State")]
        )
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.verticalHeader().hide()
        self.start_button = QPushButton(self.tr("&Start sharing with the group"))
        self.start_button.clicked.connect(self.start)
        self.join_button = QPushButton(self.tr("&Join with a code…"))
        self.join_button.clicked.connect(self.ask_code)
        self.remove_button = QPushButton(self.tr("&Remove laptop"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.copy_button, self.start_button, self.join_button, self.remove_button):
            button.setAutoDefault(False)  # Enter closes the window, it starts nothing
        self.last_message: QMessageBox | None = None

        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy_button)
        actions = QHBoxLayout()
        for button in (self.start_button, self.join_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(code_row)
        layout.addWidget(self.members, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(720, 360)
        self.refresh()

    def refresh(self) -> None:
        """Show the group as the database and keystore have it now."""
        info = group.group_info(self.db)
        me = existing_installation_id(self.db)
        if info is None:
            self.state.setText(
                self.tr(
                    "This laptop shares in no group: its packages are not sealed. Start "
                    "sharing on one laptop, then join with its code on the others."
                )
            )
            self.code.clear()
        elif not info.has_key:
            self.state.setText(
                self.tr("This laptop has lost the group key: join again with the code.")
            )
            self.code.clear()
        else:
            self.state.setText(
                self.tr(
                    "Packages are sealed for group {group}. Give the join code to a new "
                    "member in person or by phone, never through the exchange folder."
                ).format(group=info.group)
            )
            self.code.setText(group.code_of(self.db))
            self.code.setCursorPosition(0)
        in_group = info is not None
        self.start_button.setEnabled(not in_group)
        self.join_button.setEnabled(info is None or not info.has_key)
        self.copy_button.setEnabled(bool(self.code.text()))
        members = info.members if info else []
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            laptop = m.laptop_id[:8] + (self.tr(" (this laptop)") if m.laptop_id == me else "")
            state = self.tr("removed") if m.removed else self.tr("member")
            for col, text in enumerate((laptop, m.fingerprint, m.added_by, state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.laptop_id)
                self.members.setItem(row, col, item)
        self.members.resizeColumnsToContents()
        self.remove_button.setEnabled(bool(members))

    def start(self) -> None:
        self._do(lambda: group.create_group(self.db))

    def ask_code(self) -> None:
        code, ok = QInputDialog.getText(
            self, self.tr("Join the group"), self.tr("The join code another member gave you:")
        )
        if ok and code.strip():
            self.join(code)

    def join(self, code: str) -> None:
        self._do(lambda: group.join_group(self.db, code))

    def remove_selected(self) -> None:
        """Ask first: a removed laptop's packages are refused here from then on."""
        item = self.members.item(self.members.currentRow(), 0)
        if item is None:
            return
        laptop = str(item.data(Qt.ItemDataRole.UserRole))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove laptop"),
            self.tr(
                "Refuse every package from laptop {laptop} from now on? The group key stays "
                "the same: to lock a lost laptop out entirely, start a new group and give "
                "its code to the members."
            ).format(laptop=laptop[:8]),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("group_confirm_remove")
        box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole:
                self._do(lambda: group.remove_member(self.db, laptop))

        box.finished.connect(answered)
        self.last_message = box
        box.open()

    def _do(self, step: Callable[[], object]) -> None:
        try:
            step()
        except group.GroupError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Group"), error_text(exc), parent=self
            )
            box.setObjectName("group_message")
            self.last_message = box
            box.open()
        self.refresh()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())

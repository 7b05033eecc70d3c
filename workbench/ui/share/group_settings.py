"""The Group window (File → Exchange → Group…, and Settings): the key that seals the
group's packages, and its laptops.

One laptop starts the group (*Start sharing with the group…*) and invites the others
(*Invite a laptop…* shows the join code); every other member enters that code (*Join…*),
passed on out of band. The members' table shows each laptop's key fingerprint, so two
members can read theirs to each other and be sure no one slipped in. Removing a laptop
replaces the group key: the window then shows the new join code, for the remaining
members.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
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
from workbench.ui.i18n import error_text, format_date


class InviteDialog(QDialog):
    """The join code to pass on, with what to do with it and a button to copy it."""

    def __init__(self, code: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_invite")
        self.setWindowTitle(self.tr("Invite a laptop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QLabel(heading)
        text.setWordWrap(True)
        self.code = QLineEdit(code)
        self.code.setObjectName("join_code")
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Join code"))
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance(code) + 24)
        self.code.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("C&opy code"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(self.sizeHint().expandedTo(QSize(640, 160)))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())


class GroupDialog(QDialog):
    """The group, this laptop's key and the members, with start, join, invite, remove."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Group"))
        self.setObjectName("group_dialog")
        self.state = QLabel()
        self.state.setObjectName("group_state")
        self.state.setWordWrap(True)
        self.mine = QLabel()
        self.mine.setObjectName("group_my_fingerprint")
        self.mine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.members = QTableWidget(0, 5)
        self.members.setObjectName("group_members")
        self.members.setAccessibleName(self.tr("The group's laptops"))
        self.members.setHorizontalHeaderLabels(
            [
                self.tr("Laptop"),
                self.tr("Key fingerprint"),
                self.tr("Added by"),
                self.tr("Added on"),
                self.tr("State"),
            ]
        )
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.verticalHeader().hide()
        self.members.itemSelectionChanged.connect(self._enable)
        self.start_button = QPushButton(self.tr("&Start sharing with the group…"))
        self.start_button.clicked.connect(self.start)
        self.join_button = QPushButton(self.tr("&Join…"))
        self.join_button.clicked.connect(self.ask_code)
        self.invite_button = QPushButton(self.tr("&Invite a laptop…"))
        self.invite_button.clicked.connect(lambda: self.invite())
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = (self.start_button, self.join_button, self.invite_button, self.remove_button)
        for button in buttons:
            button.setAutoDefault(False)  # Enter closes the window, it starts nothing
        self.last_message: QMessageBox | None = None
        self.last_input: QInputDialog | None = None
        self.last_invite: InviteDialog | None = None

        actions = QHBoxLayout()
        for button in buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.mine)
        layout.addWidget(self.members, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(760, 380)
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
        elif not info.has_key:
            self.state.setText(
                self.tr("This laptop has lost the group key: join again with the code.")
            )
        else:
            self.state.setText(
                self.tr(
                    "Packages are sealed for group {group}. Invite a laptop to see the join "
                    "code; give it to a new member in person or by phone, never through "
                    "the exchange folder."
                ).format(group=info.group)
            )
        members = info.members if info else []
        own = next((m for m in members if m.laptop_id == me), None)
        self.mine.setText(
            self.tr("This laptop's key fingerprint: {fingerprint}").format(
                fingerprint=own.fingerprint
            )
            if own is not None
            else ""
        )
        self.mine.setVisible(own is not None)
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            laptop = m.laptop_id[:8] + (self.tr(" (this laptop)") if m.laptop_id == me else "")
            state = self.tr("removed") if m.removed else self.tr("member")
            added = _date(m.added_at)
            for col, text in enumerate((laptop, m.fingerprint, m.added_by, added, state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.laptop_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, m.removed or m.laptop_id == me)
                self.members.setItem(row, col, item)
        self.members.resizeColumnsToContents()
        self.start_button.setEnabled(info is None)
        self.invite_button.setEnabled(info is not None and info.has_key)
        self._enable()

    def _enable(self) -> None:
        item = self.members.item(self.members.currentRow(), 0)
        removable = item is not None and not item.data(Qt.ItemDataRole.UserRole + 1)
        self.remove_button.setEnabled(removable and self.invite_button.isEnabled())

    def start(self) -> None:
        """Make the group key, then show its join code to pass on."""
        if self._do(lambda: group.create_group(self.db)):
            self.invite()

    def ask_code(self) -> None:
        box = QInputDialog(self)
        box.setObjectName("group_join")
        box.setWindowTitle(self.tr("Join the group"))
        box.setLabelText(
            self.tr(
                "The join code another member gave you (also a new one, after a laptop "
                "was removed):"
            )
        )
        box.textValueSelected.connect(lambda code: self.join(code) if code.strip() else None)
        self.last_input = box
        box.open()

    def join(self, code: str) -> None:
        self._do(lambda: group.join_group(self.db, code))

    def invite(self, heading: str = "") -> None:
        """The join code in a window of its own, to read out or copy."""
        try:
            code = group.code_of(self.db)
        except group.GroupError as exc:
            self._warn(error_text(exc))
            return
        dialog = InviteDialog(
            code,
            heading
            or self.tr(
                "Give this join code to the new member in person, on paper or by phone, "
                "never through the exchange folder or an e-mail: whoever has it can read "
                "the group's packages. On their laptop: File → Exchange → Group…, Join…"
            ),
            self,
        )
        self.last_invite = dialog
        dialog.open()

    def remove_selected(self) -> None:
        """Ask first: a removed laptop's packages are refused from then on, and the group
        key is replaced."""
        item = self.members.item(self.members.currentRow(), 0)
        if item is None or not self.remove_button.isEnabled():
            return
        laptop = str(item.data(Qt.ItemDataRole.UserRole))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove laptop"),
            self.tr(
                "Remove laptop {laptop} from the group? Its packages are refused from now "
                "on, and this laptop seals what it writes with a new group key that laptop "
                "never gets. You then give the new join code to each remaining member."
            ).format(laptop=laptop[:8]),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("group_confirm_remove")
        box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.DestructiveRole:
                return
            if self._do(lambda: group.remove_member(self.db, laptop)):
                self.invite(
                    self.tr(
                        "Laptop {laptop} is removed and the group key replaced. Give this "
                        "new join code to each remaining member (File → Exchange → Group…, "
                        "Join…); until they enter it, they cannot read what this laptop "
                        "writes. Older packages stay readable."
                    ).format(laptop=laptop[:8])
                )

        box.finished.connect(answered)
        self.last_message = box
        box.open()

    def _do(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except group.GroupError as exc:
            self._warn(error_text(exc))
            self.refresh()
            return False
        self.refresh()
        return True

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Group"), text, parent=self)
        box.setObjectName("group_message")
        self.last_message = box
        box.open()


def _date(stamp: str) -> str:
    try:
        return format_date(datetime.fromisoformat(stamp))
    except ValueError:
        return ""

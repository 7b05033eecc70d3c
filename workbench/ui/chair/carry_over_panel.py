"""The carry-over item's content: open actions and commitments, and updating them.

Shown by the agenda editor and chair mode when the item "Open actions and commitments"
is current. Each update (status, new due date, short note) is written at once through
``agenda.update_carried``, so it lands in the history tagged with this meeting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import ActionStatus, CommitmentStatus
from workbench.domain.rules import local_today
from workbench.services.errors import DomainError
from workbench.services.meetings import agenda
from workbench.services.meetings.agenda import CarryOverEntry
from workbench.services.records import parse_due
from workbench.store import Database
from workbench.ui.i18n import error_text, format_date, read_date
from workbench.ui.labels import label
from workbench.ui.palette import tone


class CarryOverPanel(QWidget):
    """Lists what is open from earlier meetings; records a follow-up on the selected one."""

    updated = Signal(str, str)  # entity ("action"/"commitment"), id

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.setObjectName("carry_over_panel")
        self.entries: list[CarryOverEntry] = []

        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("carry_over_list")
        self.list.setAccessibleName(self.tr("Open actions and commitments"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._on_current)

        self.status = QComboBox()
        self.status.setObjectName("carry_status")
        self.status.setAccessibleName(self.tr("New status"))
        self.due = QLineEdit()
        self.due.setObjectName("carry_due")
        self.due.setPlaceholderText(self.tr("New due date (2024-06-30, +14)"))
        self.due.setAccessibleName(self.tr("New due date"))
        hint = self.due.fontMetrics().horizontalAdvance(self.due.placeholderText())
        self.due.setMinimumWidth(hint + 16)  # the example stays readable
        self.note = QLineEdit()
        self.note.setObjectName("carry_note")
        self.note.setPlaceholderText(self.tr("Short note for the history"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.returnPressed.connect(self.record)
        self.due.returnPressed.connect(self.record)
        self.record_button = QPushButton(self.tr("&Record update"))
        self.record_button.setObjectName("carry_record")
        self.record_button.clicked.connect(self.record)
        self.message = QLabel()
        self.message.setObjectName("carry_message")
        self.message.setWordWrap(True)
        record_key = QShortcut(QKeySequence("Ctrl+Return"), self, self.record)
        record_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        form = QHBoxLayout()
        status_label = QLabel(self.tr("St&atus:"))
        status_label.setBuddy(self.status)
        form.addWidget(status_label)
        form.addWidget(self.status)
        form.addWidget(self.due, 1)
        form.addWidget(self.note, 2)
        form.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.reload()

    def reload(self, today: date | None = None) -> None:
        current = self.current_entry()
        with self.db.session() as s:
            self.entries = agenda.carry_over_entries(s, self.meeting_id, today=today)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            if entry.overdue:
                item.setForeground(tone("danger", self.palette()))
            self.list.addItem(item)
        overdue = sum(1 for e in self.entries if e.overdue)
        self.heading.setText(
            self.tr("{n} open from earlier meetings, {o} overdue").format(
                n=len(self.entries), o=overdue
            )
            if self.entries
            else self.tr("Nothing open from earlier meetings.")
        )
        ids = [e.id for e in self.entries]
        row = ids.index(current.id) if current and current.id in ids else 0
        if self.entries:
            self.list.setCurrentRow(min(row, len(ids) - 1))
        self._on_current(self.list.currentRow())

    def _describe(self, e: CarryOverEntry) -> str:
        kind = self.tr("Action") if e.kind == "action" else self.tr("Commitment")
        if e.kind == "commitment" and e.direction is not None:
            kind = f"{kind} ({label(e.direction).lower()})"
        who = e.party or e.owner
        parts = [f"{kind}: {e.text}"]
        if who:
            parts.append(who)
        if e.due_on:
            due = self.tr("due {date}").format(date=format_date(e.due_on))
            parts.append(self.tr("OVERDUE, {due}").format(due=due) if e.overdue else due)
        parts.append(label(e.status))
        return " · ".join(parts)

    def current_entry(self) -> CarryOverEntry | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _on_current(self, _row: int) -> None:
        entry = self.current_entry()
        self.status.clear()
        enabled = entry is not None
        for w in (self.status, self.due, self.note, self.record_button):
            w.setEnabled(enabled)
        if entry is None:
            return
        statuses = ActionStatus if entry.kind == "action" else CommitmentStatus
        for member in statuses:
            self.status.addItem(label(member), member.value)
        self.status.setCurrentIndex(self.status.findData(entry.status.value))

    def record(self) -> None:
        """Write the update of the selected entry; the history keeps it."""
        entry = self.current_entry()
        if entry is None:
            return
        try:
            due = parse_due(read_date(self.due.text()), local_today())
            with self.db.transaction() as s:
                agenda.update_carried(
                    s,
                    entry.kind,
                    entry.id,
                    meeting_id=self.meeting_id,
                    status=self.status.currentData(),
                    due_on=due,
                    note=self.note.text(),
                )
        except DomainError as exc:
            self.message.setText(self.tr("Not recorded: {reason}").format(reason=error_text(exc)))
            return
        self.due.clear()
        self.note.clear()
        self.message.setText(self.tr("Recorded in the history."))
        self.updated.emit(entry.kind, entry.id)
        self.reload()

"""Escalation with one company: the steps taken (date, step, reason, result, audience),
taking the next one, and editing one taken.

The steps offered are the group's ladder (Tools → Escalation ladder…), lowest first,
numbered as on the ladder; the next step up from the current one is proposed. A step
taken is for the working group only unless marked: an escalation strategy is usually
the group's own until it goes public.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Audience, Escalation
from workbench.domain.rules import local_today
from workbench.services.errors import DomainError
from workbench.services.records import tombstone
from workbench.services.stewardship import escalation, ladder
from workbench.services.stewardship.escalation import EscalationRow
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import date_entry_format, error_text, format_date
from workbench.ui.labels import label
from workbench.ui.stewardship.common import step_name
from workbench.ui.widgets.audience_toggle import AudienceToggle, with_audience


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EscalationDialog(QDialog):
    """The escalation steps taken with one company, and the form of a step."""

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
        self.rows: list[EscalationRow] = []
        self.editing: str | None = None
        self.setObjectName("escalation_dialog")
        self.setWindowTitle(self.tr("Escalation: {company}").format(company=company))
        self.setMinimumWidth(720)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("escalation_steps")
        self.table.setAccessibleName(self.tr("Escalation steps taken"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Step"), self.tr("Reason"), self.tr("Result")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 190)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.step = QComboBox()
        self.step.setObjectName("escalation_step")
        self.step.setAccessibleName(self.tr("Step"))
        self.taken_on = QDateEdit()
        self.taken_on.setObjectName("escalation_date")
        self.taken_on.setAccessibleName(self.tr("Date"))
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat(date_entry_format())
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("escalation_reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why dialogue stalled: what was asked, what came"))
        self.result_edit = QPlainTextEdit()
        self.result_edit.setObjectName("escalation_result")
        self.result_edit.setAccessibleName(self.tr("Result"))
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setPlaceholderText(self.tr("What came of it (may be added later)"))
        for box in (self.reason, self.result_edit):
            box.setFixedHeight(64)
        # Each text has its own audience (a reason may be shared while the step is not
        # named, or the other way round); group only until marked.
        self.reason_audience = AudienceToggle(self.tr("Reason"))
        self.reason_audience.setObjectName("escalation_reason_audience")
        self.result_audience = AudienceToggle(self.tr("Result"))
        self.result_audience.setObjectName("escalation_result_audience")
        self.audience = QComboBox()
        self.audience.setObjectName("escalation_audience")
        self.audience.setAccessibleName(self.tr("Audience"))
        for a in Audience:
            self.audience.addItem(label(a), a.value)
        self.message = QLabel()
        self.message.setObjectName("escalation_message")
        self.message.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New step"))
        self.new_button.setObjectName("escalation_new")
        self.new_button.clicked.connect(self.new_step)
        self.save_button = QPushButton(self.tr("&Save step"))
        self.save_button.setObjectName("escalation_save")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete step"))
        self.delete_button.setObjectName("escalation_delete")
        self.delete_button.clicked.connect(self.delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for caption, widget in (
            (self.tr("S&tep:"), self.step),
            (self.tr("D&ate:"), self.taken_on),
            (self.tr("&Reason:"), self.reason),
            (self.tr("Res&ult:"), self.result_edit),
            (self.tr("&For:"), self.audience),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            toggle = {self.reason: self.reason_audience, self.result_edit: self.result_audience}
            shown = with_audience(widget, toggle[widget]) if widget in toggle else widget
            form.addRow(buddy, shown)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()
        self.new_step()

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        with self.db.session() as s:
            self.rows = escalation.read_escalations(s, target_id=self.target_id)
            steps = ladder.ladder(s)
        self.step.clear()
        for step in steps:
            name = step_name(step.key, step.name, step.renamed)
            self.step.addItem(f"{step.rank}. {name}", step.id)
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            name = step_name(row.step_key, row.step, row.step_renamed)
            if row.audience is Audience.GROUP:
                name += f" ({label(row.audience).lower()})"
            cells = [format_date(row.taken_on), name, row.reason or "", row.result or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(n, column, item)
        self.table.resizeRowsToContents()

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        chosen = items[0].data(Qt.ItemDataRole.UserRole)
        row = next(r for r in self.rows if r.id == chosen)
        self.editing = row.id
        self.step.setCurrentIndex(max(0, self.step.findData(row.step_id)))
        self.taken_on.setDate(_qdate(row.taken_on))
        self.reason.setPlainText(row.reason or "")
        self.result_edit.setPlainText(row.result or "")
        self.audience.setCurrentIndex(self.audience.findData(row.audience.value))
        self.reason_audience.set_audience(row.reason_audience)
        self.result_audience.set_audience(row.result_audience)
        self.save_button.setText(self.tr("&Save step"))
        self.delete_button.setEnabled(True)

    def new_step(self) -> None:
        """An empty form for the next step up the ladder, dated today."""
        self.editing = None
        self.table.clearSelection()
        current = self.rows[-1] if self.rows else None
        index = self.step.findData(current.step_id) + 1 if current else 0
        self.step.setCurrentIndex(min(max(0, index), self.step.count() - 1))
        self.taken_on.setDate(_qdate(local_today()))
        self.reason.clear()
        self.result_edit.clear()
        self.audience.setCurrentIndex(self.audience.findData(Audience.GROUP.value))
        self.reason_audience.set_audience(Audience.GROUP)
        self.result_audience.set_audience(Audience.GROUP)
        self.delete_button.setEnabled(False)
        self.step.setFocus()

    def save(self) -> None:
        d = self.taken_on.date()
        fields = {
            "step_id": self.step.currentData(),
            "taken_on": date(d.year(), d.month(), d.day()),
            "reason": self.reason.toPlainText(),
            "result": self.result_edit.toPlainText(),
            "audience": self.audience.currentData(),
            "reason_audience": self.reason_audience.audience(),
            "result_audience": self.result_audience.audience(),
        }
        try:
            with self.db.transaction() as s:
                if self.editing is None:
                    made = escalation.take_step(s, self.target_id, **fields)
                    self.editing = made.id
                else:
                    escalation.update_escalation(s, self.editing, **fields)
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        self.message.setText(self.tr("Saved"))
        self._changed()

    def delete(self) -> None:
        if self.editing is None:
            return
        with self.db.transaction() as s:
            tombstone(s, Escalation, self.editing)
        self.message.setText(self.tr("Step deleted."))
        self._changed()
        self.new_step()

    def _changed(self) -> None:
        editing = self.editing
        self.reload()
        if editing is not None:
            for n, row in enumerate(self.rows):
                if row.id == editing:
                    self.table.selectRow(n)
        if self.events is not None:
            self.events.records_changed.emit("escalation", [])

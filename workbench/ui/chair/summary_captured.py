"""What the meeting captured, at its end: a list to check, and corrections in place.

The end of a meeting is when slips show (the wrong party, a due date a year off). The
summary lists every decision, commitment and action the meeting captured; "Correct…"
(or Enter, or a double-click) opens the capture form filled in, Enter saves the change
through ``services.chair.corrections``; "Withdraw" takes one back, and the chair's undo
(Ctrl+Alt+Z) brings it back again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from workbench.services.chair.corrections import captured_values, correct_capture
from workbench.services.chair.session import ChairSession
from workbench.services.chair.summary import CapturedRow, CaptureKind
from workbench.services.errors import DomainError
from workbench.ui.chair.capture_form import CaptureForm, Choices
from workbench.ui.chair.captured_panel import kind_name
from workbench.ui.i18n import QT_TRANSLATE_NOOP, error_text
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel, format_date

COL_WHAT, COL_TEXT, COL_WHO, COL_DUE, COL_ITEM = range(5)


class CapturedModel(RowsModel[CapturedRow]):
    """The captures of one meeting, oldest first."""

    CONTEXT = "CapturedModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("CapturedModel", "What"),
        QT_TRANSLATE_NOOP("CapturedModel", "Text"),
        QT_TRANSLATE_NOOP("CapturedModel", "Who"),
        QT_TRANSLATE_NOOP("CapturedModel", "Due"),
        QT_TRANSLATE_NOOP("CapturedModel", "Agenda item"),
    )
    KEY_COLUMNS = (COL_WHAT, COL_TEXT, COL_WHO, COL_DUE)
    STRETCH_COLUMN = COL_TEXT

    def display(self, row: CapturedRow, column: int) -> str:
        if column == COL_WHAT:
            what = kind_name(row.kind)
            return f"{what} ({label(row.direction).lower()})" if row.direction else what
        if column == COL_TEXT:
            return row.text
        if column == COL_WHO:
            return row.party or row.owner or ""
        if column == COL_DUE:
            return format_date(row.due_on)
        return row.item_title or ""

    def sort_key(self, row: CapturedRow, column: int) -> Any:
        if column == COL_DUE:
            return row.due_on or date.min
        return super().sort_key(row, column)

    def extra_data(self, row: CapturedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return row.text
        return None


class CorrectionForm(CaptureForm):
    """The capture form, filled in with what was captured, to put it right."""

    def open_with(self, kind: CaptureKind, values: dict[str, Any]) -> None:
        self.open_for(kind)
        titles = {
            "decision": self.tr("Correct the decision"),
            "commitment": self.tr("Correct the commitment"),
            "action": self.tr("Correct the action"),
        }
        self.title.setText(f"<b>{titles[kind]}</b>")
        self.text.setText(values.get("text") or "")
        if "direction" in values:
            self.direction.setCurrentIndex(max(0, self.direction.findData(values["direction"])))
        for combo, key in ((self.party, "party_id"), (self.owner, "owner_id")):
            if key in values:
                combo.setCurrentIndex(max(0, combo.findData(values[key])))
        due = values.get("due_on")
        self.due.setText(format_date(due) if isinstance(due, date) else "")
        self.text.selectAll()


class CorrectionDialog(QDialog):
    """One capture, corrected: Enter (or Save) writes it, Esc (or Cancel) leaves it."""

    def __init__(
        self,
        session: ChairSession,
        row: CapturedRow,
        people: Choices,
        organisations: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Correct what was captured"))
        self.session, self.row = session, row
        self.form = CorrectionForm(people, organisations)
        with session.db.session() as s:
            values = captured_values(s, row.kind, row.id, session.meeting_id)
        self.form.open_with(row.kind, values)
        self.form.submitted.connect(self._save)
        self.form.closed.connect(self.reject)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.form.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _save(self, kind: str, fields: dict[str, Any]) -> None:
        try:
            correct_capture(
                self.session.db, self.session.meeting_id, self.row.kind, self.row.id, **fields
            )
        except DomainError as exc:
            self.form.show_error(error_text(exc))
            return
        self.accept()


class WithdrawCommand(QUndoCommand):
    """A capture taken back from the summary; undo brings it back."""

    def __init__(
        self,
        session: ChairSession,
        kind: CaptureKind,
        record_id: str,
        text: str,
        changed: Callable[[str, str], None],
    ) -> None:
        super().__init__(text)
        self._session, self._kind, self._id, self._changed = session, kind, record_id, changed

    def redo(self) -> None:
        self._session.withdraw(self._kind, self._id)
        self._changed(self._kind, self._id)

    def undo(self) -> None:
        self._session.withdraw(self._kind, self._id, restore=True)
        self._changed(self._kind, self._id)

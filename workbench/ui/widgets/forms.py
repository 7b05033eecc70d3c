"""Detail panes that edit a record's main fields, saved as you type.

A form is declared as a list of ``FieldSpec``; every edit is queued and written by
``update_record`` 300 ms after the last keystroke (and at once when the form loads
another record, loses the window or closes), so there is no Save button to forget; a
quit or SIGTERM writes what is queued too (``pending``).
A value the domain refuses is shown in the form's message line and not written. A text
field that has an audience of its own (``<field>_audience``: a baseline, a place, a name)
gets the compact audience control beside it, saved the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Record
from workbench.domain.audiences import field_audiences
from workbench.services.errors import DomainError
from workbench.services.records import get_record, update_record
from workbench.store import Database
from workbench.ui.i18n import datetime_entry_format, error_text
from workbench.ui.labels import label
from workbench.ui.widgets import pending
from workbench.ui.widgets.audience_toggle import AudienceToggle, with_audience
from workbench.ui.widgets.delegates import OptionalDateEdit

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300
NO_DATE = QDate(1900, 1, 1)


@dataclass
class FieldSpec:
    """One editable field: the column, its label and the kind of editor."""

    name: str
    label: str  # already translated by the page
    kind: str  # line, text, enum, date, datetime, int, bool, choice
    enum: type[Enum] | None = None
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (id, name) for "choice"
    extra: dict[str, Any] = field(default_factory=dict)


class RecordForm(QWidget):
    """Edits one record of ``cls``; emits ``saved`` with the record id after each write."""

    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(
        self, db: Database, cls: type[Record], specs: list[FieldSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.cls, self.specs = db, cls, specs
        self.record_id: str | None = None
        self._pending: dict[str, Any] = {}
        self._editors: dict[str, QWidget] = {}
        #: The audience control of each field that has one, by the field's name.
        self.audiences: dict[str, AudienceToggle] = {}
        marks = field_audiences(cls.__table__)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        pending.track(self)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(f"field_{spec.name}")
            editor.setAccessibleName(spec.label)
            self._editors[spec.name] = editor
            caption = QLabel(spec.label + ":")
            caption.setBuddy(editor)
            if spec.name in marks:
                form.addRow(caption, with_audience(editor, self._audience(spec, marks)))
            else:
                form.addRow(caption, editor)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Form message"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setEnabled(False)

    # -- editors --------------------------------------------------------------------
    def _make_editor(self, spec: FieldSpec) -> QWidget:
        name = spec.name
        if spec.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.textChanged.connect(lambda: self._edited(name, text.toPlainText()))
            return text
        if spec.kind in ("enum", "choice"):
            combo = QComboBox()
            if spec.kind == "enum":
                assert spec.enum is not None
                for member in spec.enum:
                    combo.addItem(label(member), member.value)
            combo.currentIndexChanged.connect(lambda _i: self._edited(name, combo.currentData()))
            return combo
        if spec.kind == "date":
            day = OptionalDateEdit()
            day.dateChanged.connect(lambda d: self._edited(name, _from_qdate(d)))
            return day
        if spec.kind == "datetime":
            when = QDateTimeEdit()
            when.setCalendarPopup(True)
            when.setDisplayFormat(datetime_entry_format())
            when.dateTimeChanged.connect(lambda d: self._edited(name, _from_qdatetime(d)))
            return when
        if spec.kind == "int":
            number = QSpinBox()
            number.setRange(spec.extra.get("min", 0), spec.extra.get("max", 100000))
            number.setSuffix(spec.extra.get("suffix", ""))
            number.valueChanged.connect(lambda v: self._edited(name, v))
            return number
        if spec.kind == "bool":
            check = QCheckBox()
            check.toggled.connect(lambda v: self._edited(name, v))
            return check
        line = QLineEdit()
        line.textEdited.connect(lambda t: self._edited(name, t))
        return line

    def _audience(self, spec: FieldSpec, marks: dict[str, str]) -> AudienceToggle:
        toggle = AudienceToggle(spec.label)
        toggle.setObjectName(f"audience_{spec.name}")
        toggle.changed.connect(lambda value, mark=marks[spec.name]: self._edited(mark, value))
        self.audiences[spec.name] = toggle
        return toggle

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def _edited(self, name: str, value: Any) -> None:
        if self.record_id is None:
            return
        self._pending[name] = value
        self._timer.start()

    # -- load and save --------------------------------------------------------------
    def load(self, record_id: str | None) -> None:
        """Show a record (``None`` clears the form); pending edits are saved first."""
        self.flush()
        self.record_id = None
        self.message.clear()
        if record_id is None:
            self.setEnabled(False)
            return
        with self.db.session() as session:
            obj = get_record(session, self.cls, record_id)
            values = {spec.name: getattr(obj, spec.name) for spec in self.specs}
            marks = field_audiences(self.cls.__table__)
            audiences = {name: getattr(obj, marks[name]) for name in self.audiences}
            choices = {
                spec.name: spec.choices()
                for spec in self.specs
                if spec.kind == "choice" and spec.choices is not None
            }
        for spec in self.specs:
            self._set_value(spec, values[spec.name], choices.get(spec.name))
        for name, toggle in self.audiences.items():
            toggle.set_audience(audiences[name])
        self.record_id = record_id
        self.setEnabled(True)

    def _set_value(
        self, spec: FieldSpec, value: Any, choices: list[tuple[str, str]] | None
    ) -> None:
        w = self._editors[spec.name]
        blocker = QSignalBlocker(w)
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
            w.setCursorPosition(0)  # a long title shows its start, not its end
        elif isinstance(w, QComboBox):
            if choices is not None:
                w.clear()
                w.addItem("—", None)
                for key, text in choices:
                    w.addItem(text, key)
            data = value.value if isinstance(value, Enum) else value
            w.setCurrentIndex(max(0, w.findData(data)))
        elif isinstance(w, QDateTimeEdit) and not isinstance(w, QDateEdit):
            w.setDateTime(_to_qdatetime(value))
        elif isinstance(w, QDateEdit):
            w.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        del blocker

    def flush(self) -> None:
        """Write the queued edits now."""
        self._timer.stop()
        if not self._pending or self.record_id is None:
            self._pending.clear()
            return
        changes, self._pending = self._pending, {}
        try:
            with self.db.transaction() as session:
                update_record(session, self.cls, self.record_id, **changes)
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            self.save_failed.emit(error_text(exc))
            return
        self.message.setText(self.tr("Saved"))
        self.saved.emit(self.record_id)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)


def _from_qdate(d: QDate) -> date | None:
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def _from_qdatetime(d: QDateTime) -> datetime:
    return datetime.fromtimestamp(d.toSecsSinceEpoch(), UTC)


def _to_qdatetime(value: datetime | None) -> QDateTime:
    if value is None:
        return QDateTime(QDate.currentDate(), QTime(10, 0))
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))  # local time

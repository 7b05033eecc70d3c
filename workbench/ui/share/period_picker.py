"""A period of whole days, from one date to another: the evidence pack's.

Proposed as last calendar year, the period the covenant's yearly monitoring asks about;
"this year" and "last year" set it with one click. A period that ends before it starts
cannot be chosen: moving one end moves the other along.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from workbench.domain.rules import local_today
from workbench.ui.i18n import date_entry_format


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """From and to dates, with last year and this year one click away."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_picker")
        self.caption = QLabel(self.tr("Perio&d:"))
        self.start = QDateEdit()
        self.start.setObjectName("period_from")
        self.start.setAccessibleName(self.tr("First day of the period"))
        self.end = QDateEdit()
        self.end.setObjectName("period_to")
        self.end.setAccessibleName(self.tr("Last day of the period"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_entry_format())
        self.caption.setBuddy(self.start)
        self.last_year = QPushButton(self.tr("Last year"))
        self.last_year.setObjectName("period_last_year")
        self.last_year.clicked.connect(lambda: self.set_year(local_today().year - 1))
        self.this_year = QPushButton(self.tr("This year"))
        self.this_year.setObjectName("period_this_year")
        self.this_year.clicked.connect(lambda: self.set_year(local_today().year))
        to = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(to)
        layout.addWidget(self.end)
        layout.addWidget(self.last_year)
        layout.addWidget(self.this_year)
        layout.addStretch(1)
        self.set_year(local_today().year - 1)
        self.start.dateChanged.connect(self._start_moved)
        self.end.dateChanged.connect(self._end_moved)

    def set_year(self, year: int) -> None:
        self.set_period(date(year, 1, 1), min(date(year, 12, 31), local_today()))

    def set_period(self, start: date, end: date) -> None:
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(max(start, end)))
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        self.changed.emit()

    def value(self) -> tuple[date, date]:
        return _day(self.start.date()), _day(self.end.date())

    def _start_moved(self, value: QDate) -> None:
        if value > self.end.date():
            self.end.setDate(value)
        self.changed.emit()

    def _end_moved(self, value: QDate) -> None:
        if value < self.start.date():
            self.start.setDate(value)
        self.changed.emit()

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        self.caption.setVisible(shown)

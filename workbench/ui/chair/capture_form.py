"""Chair mode's capture form: a decision, a commitment or an action, typed in place.

The capture form is not a dialog: it opens under the notes, takes the few fields it
needs, saves on Enter, and gives the focus back to the notes (Esc cancels), so the chair
keeps listening and typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Direction
from workbench.domain.rules import local_today
from workbench.services.chair.summary import CaptureKind
from workbench.services.errors import DomainError
from workbench.services.records import parse_due
from workbench.ui.i18n import error_text, read_date
from workbench.ui.labels import label
from workbench.ui.palette import css, hint_css

Choices = Callable[[], list[tuple[str, str]]]


class CaptureForm(QFrame):
    """A small form for a decision, a commitment or an action; Enter saves, Esc cancels."""

    submitted = Signal(str, dict)  # kind, fields (text, direction, party_id, owner_id, due_on)
    closed = Signal()

    def __init__(
        self,
        people: Choices,
        organisations: Choices,
        today: Callable[[], date] = local_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capture_form")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        pal = self.palette()
        self.setStyleSheet(
            f"#capture_form {{ background: {css('callout_bg', pal)}; "
            f"border: 2px solid {css('callout_border', pal)}; }}"
        )
        self._people, self._organisations, self._today = people, organisations, today
        self.kind: CaptureKind | None = None

        self.title = QLabel()
        self.title.setObjectName("capture_title")
        self.text = QLineEdit()
        self.text.setObjectName("capture_text")
        self.direction = QComboBox()
        self.direction.setObjectName("capture_direction")
        for d in Direction:
            self.direction.addItem(label(d), d.value)
        self.party = QComboBox()
        self.party.setObjectName("capture_party")
        self.owner = QComboBox()
        self.owner.setObjectName("capture_owner")
        self.due = QLineEdit()
        self.due.setObjectName("capture_due")
        self.due.setPlaceholderText(self.tr("2024-06-30, +14 or +2w"))
        self.message = QLabel()
        self.message.setObjectName("capture_message")
        self.message.setStyleSheet(f"color: {css('danger', pal)};")
        hint = QLabel(self.tr("Enter saves · Esc cancels · Tab to the next field"))
        hint.setStyleSheet(hint_css(pal))

        grid = QGridLayout()
        self._labels: dict[QWidget, QLabel] = {}
        for row, (caption, widget) in enumerate(
            (
                (self.tr("&Text:"), self.text),
                (self.tr("&Made:"), self.direction),
                (self.tr("&Party:"), self.party),
                (self.tr("&Owner:"), self.owner),
                (self.tr("D&ue:"), self.due),
            )
        ):
            lab = QLabel(caption)
            lab.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            widget.installEventFilter(self)
            grid.addWidget(lab, row, 0)
            grid.addWidget(widget, row, 1)
            self._labels[widget] = lab
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.hide()

    def open_for(self, kind: CaptureKind) -> None:
        """Show the fields ``kind`` needs, empty, with the focus in the text."""
        self.kind = kind
        titles = {
            "decision": self.tr("New decision"),
            "commitment": self.tr("New commitment"),
            "action": self.tr("New action"),
        }
        self.title.setText(f"<b>{titles[kind]}</b>")
        self.text.clear()
        self.due.clear()
        self.message.clear()
        for combo, choices in ((self.owner, self._people), (self.party, self._organisations)):
            combo.clear()
            combo.addItem("—", None)
            for key, name in choices():
                combo.addItem(name, key)
        shown = {
            "decision": (),
            "commitment": (self.direction, self.party, self.owner, self.due),
            "action": (self.owner, self.due),
        }[kind]
        for widget in (self.direction, self.party, self.owner, self.due):
            widget.setVisible(widget in shown)
            self._labels[widget].setVisible(widget in shown)
        self.show()
        self.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(watched, event)

    def values(self) -> dict[str, Any]:
        """The fields typed, checked; raises ``DomainError`` for a bad due date."""
        fields: dict[str, Any] = {"text": self.text.text().strip()}
        if self.kind == "commitment":
            fields["direction"] = self.direction.currentData()
            fields["party_id"] = self.party.currentData()
        if self.kind in ("commitment", "action"):
            fields["owner_id"] = self.owner.currentData()
            fields["due_on"] = parse_due(read_date(self.due.text()), self._today())
        return fields

    def submit(self) -> None:
        try:
            fields = self.values()
        except DomainError as exc:
            self.show_error(error_text(exc))
            self.due.setFocus()
            return
        assert self.kind is not None
        self.submitted.emit(self.kind, fields)

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    def cancel(self) -> None:
        self.hide()
        self.kind = None
        self.closed.emit()

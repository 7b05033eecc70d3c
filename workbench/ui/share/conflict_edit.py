"""Settling a conflict by writing the value: mine and theirs side by side, per field.

A free-text field (a title, a note's text) opens with this laptop's text in an editor
and the other laptop's beneath it, with a button to start from theirs instead; a choice
(a status, a date, a person) offers the two values. OK writes the values as one edit
(``resolve_conflict_by_edit``); a value that does not fit is said and nothing changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.errors import DomainError
from workbench.services.exchange.conflicts import (
    ConflictRow,
    resolve_conflict_by_edit,
    written_as_text,
)
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.lists.history_model import field_name
from workbench.ui.share.conflicts_panel import _value


class ConflictEditDialog(QDialog):
    """One editor per field that differs; OK settles the conflict with those values."""

    def __init__(
        self,
        db: Database,
        row: ConflictRow,
        versions: list[tuple[str, Any, Any]],
        other_laptop: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_edit_dialog")
        self.setWindowTitle(self.tr("Settle “{record}”").format(record=row.label))
        self.db, self.row = db, row
        self.editors: dict[str, QPlainTextEdit | QComboBox] = {}
        theirs_name = other_laptop or self.tr("the other laptop")
        form = QFormLayout()
        for name, mine, theirs in versions:
            if written_as_text(row.entity, name):
                form.addRow(field_name(name), self._text_editor(name, mine, theirs, theirs_name))
            else:
                form.addRow(field_name(name), self._choice(name, mine, theirs, theirs_name))
        self.error = QLabel()
        self.error.setObjectName("conflict_edit_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write what the record should say; it is saved as your edit and reaches "
                "the other laptops with the next sync."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 200 + 120 * len(versions))

    def _text_editor(self, name: str, mine: Any, theirs: Any, theirs_name: str) -> QWidget:
        editor = QPlainTextEdit("" if mine is None else str(mine))
        editor.setObjectName(f"edit_{name}")
        editor.setAccessibleName(field_name(name))
        editor.setTabChangesFocus(True)
        theirs_text = "" if theirs is None else str(theirs)
        theirs_label = QLabel(
            self.tr("{laptop} has: “{text}”").format(laptop=theirs_name, text=_value(theirs))
        )
        theirs_label.setWordWrap(True)
        use_theirs = QPushButton(self.tr("Start from theirs"))
        use_theirs.clicked.connect(lambda: editor.setPlainText(theirs_text))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        below = QHBoxLayout()
        below.addWidget(theirs_label, 1)
        below.addWidget(use_theirs)
        layout.addLayout(below)
        self.editors[name] = editor
        return box

    def _choice(self, name: str, mine: Any, theirs: Any, theirs_name: str) -> QWidget:
        combo = QComboBox()
        combo.setObjectName(f"edit_{name}")
        combo.setAccessibleName(field_name(name))
        combo.addItem(self.tr("Mine: {value}").format(value=_value(mine)), mine)
        combo.addItem(
            self.tr("{laptop}: {value}").format(laptop=theirs_name, value=_value(theirs)), theirs
        )
        self.editors[name] = combo
        return combo

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            else:
                out[name] = editor.currentData()
        return out

    def accept(self) -> None:
        try:
            resolve_conflict_by_edit(self.db, self.row.id, self.values())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()

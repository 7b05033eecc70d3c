"""The compact control beside a text that has an audience of its own.

A text such as an engagement's baseline, a target's region or a person's name is for the
working group only until someone shares it with partners (``workbench.domain.audiences``).
The control sits right of the field it governs: a small button that reads "Group only"
(in the palette's danger tone) or "Partners" (success tone), toggled by a click or
Space. It says the same in words to a screen reader ("Audience of Baseline: working
group only") and in its tool tip, so colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from workbench.domain import Audience
from workbench.ui.palette import css


class AudienceToggle(QToolButton):
    """Who may read one text outside the program; ``changed`` carries the new value."""

    changed = Signal(str)

    def __init__(self, field_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_label = field_label
        self.setCheckable(True)  # checked: shared with partners
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # as wide in either state, so the fields beside the controls keep one edge
        widths = []
        for shared in (False, True):
            self.setChecked(shared)
            self._show()
            widths.append(self.sizeHint().width())
        self.setChecked(False)
        self.setFixedWidth(max(widths))
        self._show()
        self.toggled.connect(self._toggled)

    def audience(self) -> Audience:
        return Audience.PARTNERS if self.isChecked() else Audience.GROUP

    def set_audience(self, value: Audience | str | None) -> None:
        """Show ``value`` (None: group) without announcing a change."""
        self.blockSignals(True)
        self.setChecked(Audience(value or Audience.GROUP) == Audience.PARTNERS)
        self.blockSignals(False)
        self._show()

    def _toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit(self.audience().value)

    def _show(self) -> None:
        shared = self.isChecked()
        self.setText(self.tr("Partners") if shared else self.tr("Group only"))
        self.setStyleSheet(f"QToolButton {{ color: {css('success' if shared else 'danger')}; }}")
        state = self.tr("shared with partners") if shared else self.tr("working group only")
        self.setAccessibleName(self.tr("Audience of {field}").format(field=self.field_label))
        self.setAccessibleDescription(state)
        tip = (
            self.tr("{field} is shared with partners: it appears in partners exports. "
                    "Click to keep it for the working group.")
            if shared
            else self.tr("{field} is for the working group only: partners exports leave it "
                         "out. Click to share it with partners.")
        )  # fmt: skip
        self.setToolTip(tip.format(field=self.field_label))


def with_audience(editor: QWidget, toggle: AudienceToggle) -> QWidget:
    """``editor`` with its audience control on its right, top-aligned (for text boxes)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(editor, 1)
    layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
    return row

"""Chair mode's help: every shortcut, over the whole window (F1 shows it, Esc hides it).

The shortcuts are listed here once, in the order a chair needs them; their texts are
translated in the ``HelpOverlay`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workbench.ui.i18n import QT_TRANSLATE_NOOP

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("HelpOverlay", "Start (or resume) the meeting")),
    ("PgDown / Ctrl+Right", QT_TRANSLATE_NOOP("HelpOverlay", "Next item")),
    ("PgUp / Ctrl+Left", QT_TRANSLATE_NOOP("HelpOverlay", "Previous item")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("HelpOverlay", "Capture a decision")),
    (
        "Ctrl+K",
        QT_TRANSLATE_NOOP("HelpOverlay", "Capture a commitment (by the company or by the group)"),
    ),
    ("Ctrl+T", QT_TRANSLATE_NOOP("HelpOverlay", "Capture an action")),
    ("Enter / Esc", QT_TRANSLATE_NOOP("HelpOverlay", "Save / cancel the capture form")),
    (
        "Ctrl+Alt+Z / Ctrl+Alt+Shift+Z",
        QT_TRANSLATE_NOOP("HelpOverlay", "Undo / redo the last capture"),
    ),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("HelpOverlay", "Undo typing in the notes")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("HelpOverlay", "Back to the notes of this item")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("HelpOverlay", "End the meeting and show the summary")),
    ("Ctrl+Shift+G", QT_TRANSLATE_NOOP("HelpOverlay", "The agenda of this meeting")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("HelpOverlay", "A quick note")),
    ("F11", QT_TRANSLATE_NOOP("HelpOverlay", "Full screen on / off")),
    ("F1", QT_TRANSLATE_NOOP("HelpOverlay", "Show / hide this help")),
    (
        "Esc",
        QT_TRANSLATE_NOOP(
            "HelpOverlay", "Close this help; close chair mode when the meeting is not running"
        ),
    ),
    ("Ctrl+W", QT_TRANSLATE_NOOP("HelpOverlay", "Close chair mode (the notes are saved)")),
)


class HelpOverlay(QFrame):
    """Every chair-mode shortcut, over the whole window; F1 or Esc hides it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("help_overlay")
        # Light text on a dark veil reads on either palette; 1.5 × the system font size.
        size = self.font().pointSizeF() * 1.5
        self.setStyleSheet(
            "#help_overlay { background: rgba(20, 20, 20, 225); }"
            f"QLabel {{ color: white; font-size: {size:.1f}pt; }}"
        )
        # i18n: ok (the texts are marked with QT_TRANSLATE_NOOP in SHORTCUTS)
        described = [(keys, QCoreApplication.translate("HelpOverlay", t)) for keys, t in SHORTCUTS]
        rows = "".join(
            f"<tr><td style='padding:4px 24px 4px 0'><b>{keys}</b></td>"
            f"<td style='padding:4px 0'>{text}</td></tr>"
            for keys, text in described
        )
        title = self.tr("Chair mode: keyboard shortcuts")
        close = self.tr("Press F1 or Esc to close.")
        self.text = QLabel(  # i18n: ok (markup around translated texts)
            f"<h2>{title}</h2><table>{rows}</table><p>{close}</p>"
        )
        self.text.setObjectName("help_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            parent = self.parentWidget()
            assert parent is not None  # made with the chair window as its parent
            self.setGeometry(parent.rect())
            self.raise_()
            self.show()

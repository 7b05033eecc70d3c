"""A message line that takes no room while it has nothing to say.

Panels under a detail form (documents, evidence) say what happened in a line of their
own ("Attached 2 documents", "Not cited: …"). Empty, such a line still took its height,
and on a 768-pixel screen those heights together made the window taller than the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class MessageLine(QLabel):
    """A word-wrapped label shown only while it holds text."""

    def __init__(
        self, object_name: str, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")

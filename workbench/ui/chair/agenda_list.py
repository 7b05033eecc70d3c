"""The agenda at the side of chair mode: every item with its time box, the current one
marked and bold, those done ticked with the time they took, and any that ran over said
so in words as well as in red."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workbench.services.chair.session import format_seconds
from workbench.services.meetings.agenda import AgendaItemRow
from workbench.ui.palette import tone


class ChairAgendaList(QListWidget):
    """The items of the meeting; it takes no focus (the keyboard stays in the notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chair_agenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumWidth(320)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_items(self, items: Sequence[AgendaItemRow], current: int) -> None:
        """List ``items``, ``current`` being the item under discussion."""
        self.clear()
        for n, row in enumerate(items):
            spent = row.actual_seconds
            times = self.tr("{m} min").format(m=row.planned_minutes)
            if spent is not None:
                times = f"{format_seconds(spent)} / {times}"
                if spent > row.planned_minutes * 60:  # said in words, not only in red
                    over = self.tr("+{t} over").format(
                        t=format_seconds(spent - row.planned_minutes * 60)
                    )
                    times = f"{times}, {over}"
            marker = "▶ " if n == current else ("✓ " if spent is not None else "   ")
            entry = QListWidgetItem(f"{marker}{n + 1}. {row.title}  ({times})")
            if n == current:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            if spent is not None and spent > row.planned_minutes * 60:
                entry.setForeground(tone("danger", self.palette()))
            self.addItem(entry)
        if items:
            self.setCurrentRow(current)

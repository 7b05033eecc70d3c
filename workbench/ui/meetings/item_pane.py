"""Below the agenda editor's table: the notes of the current item, saved as you type
(300 ms after the last key), with who may read them outside the group (the compact
audience control beside them), and for the carry-over item, the open actions and
commitments it carries (the panel chair mode shows too)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from workbench.services.errors import DomainError
from workbench.services.meetings import agenda
from workbench.services.meetings.agenda import AgendaItemRow
from workbench.store import Database
from workbench.ui.chair.carry_over_panel import CarryOverPanel
from workbench.ui.i18n import error_text
from workbench.ui.widgets.audience_toggle import AudienceToggle
from workbench.ui.widgets.autosave import DebouncedSaver


class ItemPane(QWidget):
    """The notes of one agenda item, and the carry-over when it is that item."""

    #: The notes of an item were written: (item id, text).
    notes_saved = Signal(str, str)
    #: Saving failed; the message says why (nothing typed is lost: it is retried).
    failed = Signal(str)
    #: Who may read the notes changed: (item id, {"notes_audience": value}).
    patched = Signal(str, dict)

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("agenda_notes")
        self.notes.setAccessibleName(self.tr("Notes for this item"))
        self.notes.setPlaceholderText(self.tr("Notes for this item (saved as you type)"))
        self.notes.setTabChangesFocus(True)
        self._item: str | None = None
        self.saver = DebouncedSaver(self._save, self)
        self.saver.failed.connect(self.failed)
        self.notes.textChanged.connect(self._edited)
        self.carry_over = CarryOverPanel(db, meeting_id)
        notes_label = QLabel(self.tr("&Notes for this item:"))
        notes_label.setBuddy(self.notes)
        self.notes_audience = AudienceToggle(self.tr("Notes for this item"))
        self.notes_audience.setObjectName("agenda_notes_audience")
        self.notes_audience.setEnabled(False)
        self.notes_audience.changed.connect(self._audience_changed)
        head = QHBoxLayout()
        head.addWidget(notes_label, 1)
        head.addWidget(self.notes_audience)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.carry_over, 2)

    def show_row(self, row: AgendaItemRow | None) -> None:
        """Show the notes of ``row`` (None: no item, nothing to type in)."""
        self.saver.flush()
        self._item = None
        self.notes.blockSignals(True)
        self.notes.setPlainText(row.notes or "" if row else "")
        self.notes.moveCursor(QTextCursor.MoveOperation.End)
        self.notes.blockSignals(False)
        self.notes.setEnabled(row is not None)
        self.notes_audience.set_audience(row.notes_audience if row else None)
        self.notes_audience.setEnabled(row is not None)
        self._item = row.id if row else None
        self.carry_over.setVisible(bool(row and row.is_carry_over))

    def flush(self) -> None:
        """Write what was typed now, not in 300 ms."""
        self.saver.flush()

    def _audience_changed(self, value: str) -> None:
        if self._item is None:
            return
        try:
            with self.db.transaction(meeting_id=self.meeting_id) as s:
                agenda.update_item(s, self._item, notes_audience=value)
        except DomainError as exc:
            self.failed.emit(error_text(exc))
            return
        self.patched.emit(self._item, {"notes_audience": value})

    def _edited(self) -> None:
        if self._item is not None:
            self.saver.edited((self._item, self.notes.toPlainText()))

    def _save(self, value: tuple[str, str]) -> None:
        item_id, text = value
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            agenda.update_item(s, item_id, notes=text)
        self.notes_saved.emit(item_id, text)

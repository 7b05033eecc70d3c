"""Quick note: Ctrl+Shift+N anywhere in the app opens a small window to jot a note.

The note is created with its first character and saved as you type (300 ms), for the
working group only unless marked, so nothing typed between conference sessions is ever
lost. It lands in the Notes inbox for triage, unless it is recorded at once as an
interaction (a letter received, a phone call: "Record as interaction").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Audience
from workbench.services import listing
from workbench.services.capture import notes as capture
from workbench.services.errors import DomainError
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text
from workbench.ui.labels import label
from workbench.ui.palette import hint_css
from workbench.ui.stewardship.interaction_capture import InteractionCapture
from workbench.ui.widgets.audience_toggle import AudienceToggle, with_audience
from workbench.ui.widgets.autosave import DebouncedSaver
from workbench.ui.widgets.secondary import make_secondary

log = logging.getLogger(__name__)


class QuickNoteWindow(QWidget):
    """A small window: body, optional place, engagement and company; saved at once."""

    note_saved = Signal(str)  # note id

    def __init__(
        self,
        db: Database,
        *,
        events: AppEvents | None = None,
        engagement_id: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.events = db, events
        self._default_engagement = engagement_id or (lambda: None)
        self.note_id: str | None = None
        self.setObjectName("quick_note")
        self.setWindowTitle(self.tr("Quick note"))
        self._fields: dict[str, Any] = {}
        self.saver = DebouncedSaver(self._save, self)
        self.saver.failed.connect(self._save_failed)

        self.body = QPlainTextEdit()
        self.body.setObjectName("quick_note_body")
        self.body.setAccessibleName(self.tr("Note"))
        self.body.setPlaceholderText(self.tr("Type your note; it is saved as you type."))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(lambda: self._edited("body", self.body.toPlainText()))
        self.place = QLineEdit()
        self.place.setObjectName("quick_note_place")
        self.place.setPlaceholderText(self.tr("e.g. OECD Forum, Paris"))
        self.place.textEdited.connect(lambda text: self._edited("place", text))
        self.place_audience = AudienceToggle(self.tr("Place"))
        self.place_audience.setObjectName("quick_note_place_audience")
        self.place_audience.changed.connect(lambda value: self._edited("place_audience", value))
        self.engagement = QComboBox()
        self.engagement.setObjectName("quick_note_engagement")
        self.engagement.currentIndexChanged.connect(self._engagement_changed)
        self.target = QComboBox()
        self.target.setObjectName("quick_note_target")
        self.target.currentIndexChanged.connect(
            lambda _i: self._edited("target_id", self.target.currentData())
        )
        self.audience = QComboBox()
        self.audience.setObjectName("quick_note_audience")
        for a in Audience:
            self.audience.addItem(label(a), a.value)
        self.audience.currentIndexChanged.connect(
            lambda _i: self._edited("audience", self.audience.currentData())
        )
        self.status = QLabel()
        self.status.setObjectName("quick_note_status")

        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Note:"), self.body),
            (self.tr("&Place:"), self.place),
            (self.tr("&Engagement:"), self.engagement),
            (self.tr("&Company:"), self.target),
            (self.tr("&Audience:"), self.audience),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            if widget is self.place:  # who may read the place, beside it
                form.addRow(caption_label, with_audience(widget, self.place_audience))
                continue
            form.addRow(caption_label, widget)
        self.interaction = InteractionCapture(compact=True)
        self.interaction.button.clicked.connect(self.to_interaction)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.interaction)
        hint = QLabel(self.tr("Ctrl+N new note · Esc or Ctrl+W closes (the note is already saved)"))
        hint.setStyleSheet(hint_css(self.palette()))
        layout.addWidget(hint)
        phone = QLabel(
            self.tr(
                "Away from the laptop? Notes, photos and e-mails your phone saves into the "
                "drop folder (Tools → Settings) arrive in Notes to file."
            )
        )
        phone.setObjectName("quick_note_phone_hint")
        phone.setWordWrap(True)
        phone.setStyleSheet(hint_css(self.palette()))
        layout.addWidget(phone)
        layout.addWidget(self.status)
        make_secondary(self)  # Esc and Ctrl+W close it, the note saved first
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_note)
        self.resize(460, 430)
        self.new_note()

    # -- filling --------------------------------------------------------------------
    def new_note(self) -> None:
        """Save the current note and start an empty one."""
        self.saver.flush()
        self.note_id = None
        self._fields = {}
        with self.db.session() as s:
            engagements = [(r.id, r.title) for r in listing.list_engagements(s)]
        for w in (self.body, self.place, self.engagement, self.audience):
            w.blockSignals(True)
        self.body.clear()
        self.place.clear()
        self.engagement.clear()
        self.engagement.addItem("—", None)
        for key, title in engagements:
            self.engagement.addItem(title, key)
        self.engagement.setCurrentIndex(
            max(0, self.engagement.findData(self._default_engagement()))
        )
        self.audience.setCurrentIndex(self.audience.findData(Audience.GROUP.value))
        self.place_audience.set_audience(Audience.GROUP)
        for w in (self.body, self.place, self.engagement, self.audience):
            w.blockSignals(False)
        self._fill_targets()
        self._fields = {
            "engagement_id": self.engagement.currentData(),
            "audience": Audience.GROUP.value,
        }
        self.status.setText(self.tr("New note"))
        self.body.setFocus()

    def _fill_targets(self) -> None:
        with self.db.session() as s:
            targets = capture.target_choices(s, self.engagement.currentData())
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem("—", None)
        for key, name in targets:
            self.target.addItem(name, key)
        self.target.blockSignals(False)

    def _engagement_changed(self, _index: int) -> None:
        self._fill_targets()
        self._fields["target_id"] = None
        self._edited("engagement_id", self.engagement.currentData())

    # -- saving ---------------------------------------------------------------------
    def _edited(self, field: str, value: Any) -> None:
        self._fields[field] = value
        self.saver.edited(dict(self._fields))

    def _save_failed(self, reason: str) -> None:
        self.status.setText(reason)

    def _save(self, fields: dict[str, Any]) -> None:
        body = fields.get("body") or ""
        with self.db.transaction() as s:
            if self.note_id is None:
                if not body.strip():
                    return  # nothing typed yet: no empty note in the inbox
                note = capture.create_note(
                    s,
                    body,
                    place=fields.get("place"),
                    engagement_id=fields.get("engagement_id"),
                    target_id=fields.get("target_id"),
                    audience=fields.get("audience") or Audience.GROUP,
                    place_audience=fields.get("place_audience") or Audience.GROUP,
                )
                self.note_id = note.id
            else:
                capture.update_note(
                    s,
                    self.note_id,
                    body=body,
                    place=fields.get("place"),
                    engagement_id=fields.get("engagement_id"),
                    target_id=fields.get("target_id"),
                    audience=fields.get("audience") or Audience.GROUP,
                    place_audience=fields.get("place_audience") or Audience.GROUP,
                )
        self.status.setText(self.tr("Saved"))
        self.note_saved.emit(self.note_id)
        if self.events is not None:
            self.events.records_changed.emit("note", [self.note_id])

    def flush(self) -> None:
        self.saver.flush()

    def to_interaction(self) -> None:
        """Record the note as a letter, call, e-mail… of its engagement and company, and
        start a new note."""
        self.saver.flush()
        if self.note_id is None:
            self.status.setText(self.tr("Type the note first."))
            return
        try:
            with self.db.transaction() as s:
                made = self.interaction.record(
                    s,
                    self.note_id,
                    engagement_id=self.engagement.currentData(),
                    target_id=self.target.currentData(),
                )
        except DomainError as exc:
            self.status.setText(self.tr("Not recorded: {reason}").format(reason=error_text(exc)))
            return
        note_id = self.note_id
        if self.events is not None:
            self.events.records_changed.emit("interaction", [made.id])
            self.events.records_changed.emit("note", [note_id])
        self.new_note()
        self.status.setText(self.tr("Recorded as an interaction; a new note is ready."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.saver.flush()
        super().closeEvent(event)

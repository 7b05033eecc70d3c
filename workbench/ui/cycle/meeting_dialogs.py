"""Small dialogs of the Meeting menu: export the invitation, plan the next meeting,
finish a correction. Each says what it will do before it does it, and shows a refusal
in its own words, staying open with nothing lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import config
from workbench.domain import Meeting
from workbench.exports.meeting_files import InvitationFile, invitation_filename, write_invitation
from workbench.exports.runner import ExportError
from workbench.services.cycle import approval, series, versions
from workbench.services.errors import DomainError
from workbench.services.records import get_record
from workbench.store import Database
from workbench.ui.cycle.texts import when_text
from workbench.ui.i18n import datetime_entry_format, error_text


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #A61B1B")
    return label


class InvitationDialog(QDialog):
    """Where to write the meeting's invitation (.ics), and in which language."""

    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.made: InvitationFile | None = None
        self.setObjectName("invitation_dialog")
        self.setWindowTitle(self.tr("Export the invitation"))
        self.setMinimumWidth(560)
        self.path = QLineEdit(str(config.documents_dir() / invitation_filename(db, meeting_id)))
        self.path.setObjectName("invitation_path")
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        self.language.setObjectName("invitation_language")
        self.language.setAccessibleName(self.tr("Language of the description"))
        self.language.addItem("English", "en")  # i18n: ok (each language in its own words)
        self.language.addItem("Nederlands", "nl")  # i18n: ok
        intro = QLabel(
            self.tr("Calendars (Outlook, Thunderbird, Apple, Google) read this file; sent "
                    "again after a change of time or place, it updates the meeting there.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("invitation_status")
        self.status.setWordWrap(True)
        buttons, self.ok = _buttons(self, self.tr("&Export"))
        form = QFormLayout()
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the invitation"), self.path.text(),
            self.tr("Calendar invitation (*.ics)"),
        )  # fmt: skip
        if chosen:
            self.path.setText(chosen)

    def accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Give a file name."))
            return
        try:
            self.made = write_invitation(
                self.db, self.meeting_id, Path(text).expanduser(), lang=self.language.currentData()
            )
        except ExportError as exc:
            self.status.setText(self.tr("No invitation written: {e}").format(e=error_text(exc)))
            return
        super().accept()


class PlanNextDialog(QDialog):
    """The next meeting of the series: when (proposed at the usual interval), then made."""

    def __init__(
        self,
        db: Database,
        meeting_id: str,
        *,
        approval_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.meeting_id, self.approval_title = db, meeting_id, approval_title
        self.new_id: str | None = None
        self.setObjectName("plan_next_dialog")
        self.setWindowTitle(self.tr("Plan the next meeting"))
        with db.session() as s:
            meeting = get_record(s, Meeting, meeting_id)
            start = series.proposed_start(s, meeting_id)
            title = meeting.title
        intro = QLabel(
            self.tr("The next “{title}”, from the same template, with what is still open "
                    "carried over.").format(title=title)
        )  # fmt: skip
        intro.setWordWrap(True)
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("plan_next_starts")
        self.starts.setAccessibleName(self.tr("Starts at"))
        self.starts.setDisplayFormat(datetime_entry_format())
        self.starts.setCalendarPopup(True)
        self.error = _error_label()
        buttons, self.ok = _buttons(self, self.tr("&Plan"))
        if start is None:
            self.starts.setEnabled(False)
            self.ok.setEnabled(False)
            self.error.setText(self.tr("This meeting has no date yet: give it one first."))
        else:
            self.starts.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        form = QFormLayout()
        form.addRow(self.tr("&Starts at:"), self.starts)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        start = datetime.fromtimestamp(self.starts.dateTime().toSecsSinceEpoch(), UTC)
        try:
            with self.db.transaction() as s:
                meeting = series.plan_next_meeting(
                    s, self.meeting_id, starts_at=start, approval_title=self.approval_title
                )
                self.new_id = meeting.id
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class FinishCorrectionDialog(QDialog):
    """Freeze the corrected minutes as their new version."""

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.version: int | None = None
        self.setObjectName("finish_correction_dialog")
        self.setWindowTitle(self.tr("Finish the correction"))
        with db.session() as s:
            state = versions.minutes_state(s, meeting_id)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.error = _error_label()
        buttons, self.ok = _buttons(self, self.tr("&Freeze"))
        if state.stage == "correcting":
            self.text.setText(
                self.tr("Freeze the corrected minutes as version {n}? Reason: {reason}").format(
                    n=state.version, reason=state.reason or ""
                )
            )
        else:
            self.text.setText(
                self.tr("No correction of these minutes is open. To correct approved minutes, "
                        "choose Meeting → Correct approved minutes… first.")
            )  # fmt: skip
            self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.db.transaction() as s:
                self.version = approval.finish_correction(s, self.meeting_id).number
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


__all__ = ["FinishCorrectionDialog", "InvitationDialog", "PlanNextDialog", "when_text"]

"""Approving minutes, opening a correction (with its reason), and their history.

The rules are ``services.cycle.approval``'s: approving freezes the minutes; a
correction without a reason is refused with the service's own sentence, shown in the
dialog, which stays open with nothing lost. The history lists every version (who, when,
where approved, why corrected) with the text it was frozen with, and the send log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Meeting
from workbench.services.cycle import approval, versions
from workbench.services.cycle.sendlog import list_sent
from workbench.services.errors import DomainError
from workbench.services.records import get_record
from workbench.store import Database
from workbench.ui.cycle.texts import sent_line, when_text
from workbench.ui.i18n import error_text


class ApproveDialog(QDialog):
    """Approve a meeting's minutes, at the meeting that has the item (or another)."""

    def __init__(
        self, db: Database, meeting_id: str, *, decision: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.meeting_id, self.decision = db, meeting_id, decision
        self.setObjectName("approve_dialog")
        self.setWindowTitle(self.tr("Approve the minutes"))
        with db.session() as s:
            meeting = get_record(s, Meeting, meeting_id)
            state = versions.minutes_state(s, meeting_id)
            later = [
                (mid, f"{when_text(start)} · {title}")
                for mid, title, start in approval.later_meetings(s, meeting)
            ]
        self.at = QComboBox()
        self.at.setObjectName("approve_at")
        self.at.setAccessibleName(self.tr("Approved at"))
        self.at.addItem(self.tr("Not at a meeting (approved by e-mail)"), None)
        for mid, label in later:
            self.at.addItem(label, mid)
        if state.approval_meeting_id:
            self.at.setCurrentIndex(max(0, self.at.findData(state.approval_meeting_id)))
        elif later:
            self.at.setCurrentIndex(1)
        intro = QLabel(
            self.tr("Approve the minutes of “{title}”? Once approved they are frozen: a later "
                    "correction is a new version, with its reason.").format(title=meeting.title)
        )  # fmt: skip
        intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("approve_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A61B1B")
        form = QFormLayout()
        form.addRow(self.tr("At the &meeting:"), self.at)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.db.transaction() as s:
                approval.approve_minutes(
                    s, self.meeting_id, at_meeting_id=self.at.currentData(), decision=self.decision
                )
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class CorrectDialog(QDialog):
    """Open a correction of approved minutes: the reason first."""

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.version: int | None = None
        self.setObjectName("correct_dialog")
        self.setWindowTitle(self.tr("Correct approved minutes"))
        intro = QLabel(
            self.tr("Approved minutes are frozen. A correction becomes a new version; say "
                    "what was wrong, so the history explains it.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correct_reason")
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason.setTabChangesFocus(True)
        self.for_partners = QCheckBox(self.tr("Partners may read the reason in their version"))
        self.for_partners.setObjectName("correct_for_partners")
        self.error = QLabel()
        self.error.setObjectName("correct_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A61B1B")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start correction"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.for_partners)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.db.transaction() as s:
                version = approval.begin_correction(
                    s,
                    self.meeting_id,
                    self.reason.toPlainText(),
                    reason_for_partners=self.for_partners.isChecked(),
                )
                self.version = version.number
        except DomainError as exc:
            self.error.setText(error_text(exc))  # the reason typed so far stays in the box
            self.reason.setFocus()
            return
        super().accept()


class MinutesHistoryDialog(QDialog):
    """Every version of the minutes, the text each was frozen with, and what was sent."""

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_history")
        self.setWindowTitle(self.tr("Minutes: versions and send log"))
        self.resize(760, 560)
        with db.session() as s:
            state = versions.minutes_state(s, meeting_id)
            sent = list_sent(s, meeting_id=meeting_id)
        self.versions = QListWidget()
        self.versions.setObjectName("minutes_versions")
        self.versions.setAccessibleName(self.tr("Versions"))
        for row in state.versions:
            if row.frozen_at is None:
                what = self.tr("Version {n}: not yet frozen").format(n=row.number)
            elif row.number == 1:
                what = self.tr("Version 1: approved {when}").format(when=when_text(row.frozen_at))
                if row.approval_meeting:
                    what += " · " + row.approval_meeting
            else:
                what = self.tr("Version {n}: corrected {when}").format(
                    n=row.number, when=when_text(row.frozen_at)
                )
            if row.reason:
                what += " — " + row.reason
            if row.by:
                what += " (" + row.by + ")"
            item = QListWidgetItem(what)
            item.setData(Qt.ItemDataRole.UserRole, versions.snapshot_text(row.snapshot))
            self.versions.addItem(item)
        self.text = QPlainTextEdit()
        self.text.setObjectName("minutes_version_text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The minutes as frozen in this version"))
        self.versions.currentItemChanged.connect(
            lambda item, _old: self.text.setPlainText(
                item.data(Qt.ItemDataRole.UserRole) if item else ""
            )
        )
        self.sent = QListWidget()
        self.sent.setObjectName("minutes_sent")
        self.sent.setAccessibleName(self.tr("Send log"))
        for sent_row in sent:
            line = QListWidgetItem(sent_line(sent_row))
            line.setToolTip(self.tr("SHA-256 of the file: {sum}").format(sum=sent_row.checksum))
            self.sent.addItem(line)
        if not sent:
            self.sent.addItem(self.tr("Not sent yet."))
        if not state.versions:
            self.versions.addItem(self.tr("Not approved yet."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter()
        top.addWidget(self.versions)
        top.addWidget(self.text)
        splitter.addWidget(top)
        splitter.addWidget(self.sent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        if self.versions.count():
            self.versions.setCurrentRow(self.versions.count() - 1)

"""Send to partners (Meeting → Send minutes…, File → Send report…): an e-mail draft.

The dialog shows, before anything is written, who the draft goes to (the engagement's
distribution list for the version chosen) and who is on the list without an e-mail
address. "Write draft" makes the export and the ``.eml`` (``exports.sending``, off the
GUI thread) and hands the draft to the mail program; when no mail program takes it, the
draft stays saved and its folder is opened instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench import config
from workbench.domain import Audience, Meeting
from workbench.exports.runner import ExportKind
from workbench.exports.sending import SendRequest, SendResult, prepare_send
from workbench.services.cycle import distribution
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.tasks import TaskContext, run_task


class SendDialog(QDialog):
    """Choose the version and language, see the recipients, write and open the draft."""

    #: How a file is handed to the desktop (tests replace it).
    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)

    def __init__(
        self,
        db: Database,
        kind: ExportKind,
        record_id: str,
        *,
        approval_title: str,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.record_id = db, ExportKind(kind), record_id
        self.approval_title = approval_title
        self.folder = folder
        self.sent: SendResult | None = None
        self.setObjectName("send_dialog")
        titles = {
            ExportKind.MINUTES: self.tr("Send the minutes"),
            ExportKind.AGENDA: self.tr("Send the agenda"),
            ExportKind.REPORT: self.tr("Send the engagement report"),
            ExportKind.TRACKER: self.tr("Send the tracker"),
        }
        self.setWindowTitle(titles[self.kind])
        self.setMinimumWidth(560)
        with db.session() as s:
            if self.kind.of_meeting:
                meeting = s.get(Meeting, record_id)
                self.engagement_id = meeting.engagement_id if meeting else None
                group_only = meeting is not None and meeting.audience == Audience.GROUP
            else:
                self.engagement_id, group_only = record_id, False

        self.audience = QComboBox()
        self.audience.setObjectName("send_audience")
        self.audience.setAccessibleName(self.tr("Version"))
        if not group_only:
            self.audience.addItem(self.tr("Partners version, to the partners list"), "partners")
        self.audience.addItem(self.tr("Working-group version, to the group list"), "group")
        self.language = QComboBox()
        self.language.setObjectName("send_language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("English", "en")  # i18n: ok (each language in its own words)
        self.language.addItem("Nederlands", "nl")  # i18n: ok
        ui_lang = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(ui_lang)))
        self.recipients = QLabel()
        self.recipients.setObjectName("send_recipients")
        self.recipients.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setObjectName("send_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #A61B1B")
        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.audience)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("To:"), self.recipients)
        form.addRow("", self.missing)
        if group_only:
            note = QLabel(
                self.tr("This meeting is for the working group only: no partners version.")
            )
            note.setWordWrap(True)
            form.addRow("", note)

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("send_preview")
        self.preview.setReadOnly(True)
        self.preview.setVisible(False)
        self.preview.setAccessibleName(self.tr("The draft"))
        self.status = QLabel()
        self.status.setObjectName("send_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            self.tr("&Write draft and open it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("send_button")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.send_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.audience.currentIndexChanged.connect(self._show_recipients)
        self._show_recipients()

    def chosen_audience(self) -> Audience:
        return Audience(self.audience.currentData())

    def _show_recipients(self) -> None:
        with self.db.session() as s:
            people = distribution.recipients(s, self.engagement_id, self.chosen_audience())
        addressed = [p.display for p in people if p.email]
        self.recipients.setText(
            ", ".join(addressed)
            if addressed
            else self.tr("No one: the distribution list names no one with an address for "
                         "this version (Meeting → Distribution list…).")
        )  # fmt: skip
        without = [p.name for p in people if not p.email]
        self.missing.setText(
            self.tr("On the list without an e-mail address, not addressed: {names}").format(
                names=", ".join(without)
            )
            if without
            else ""
        )
        self.missing.setVisible(bool(without))

    def request(self) -> SendRequest:
        return SendRequest(
            self.kind,
            self.record_id,
            self.chosen_audience(),
            self.language.currentData(),
            folder=self.folder or config.drafts_dir(),
            approval_title=self.approval_title,
        )

    def start(self) -> None:
        request = self.request()
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Writing the draft…"))

        def work(ctx: TaskContext) -> SendResult:
            return prepare_send(self.db, request, ctx.progress)

        run_task(work, self._done, self._failed)

    def _done(self, result: SendResult) -> None:
        self.sent = result
        self.send_button.setEnabled(True)
        self.preview.setPlainText(result.preview)
        self.preview.setVisible(True)
        if self.open_url(QUrl.fromLocalFile(str(result.eml_path))):
            self.status.setText(
                self.tr("The draft is open in your mail program; it is logged as sent.")
            )
        else:
            self.open_url(QUrl.fromLocalFile(str(result.eml_path.parent)))
            self.status.setText(
                self.tr(
                    "No mail program opened the draft. It is saved as {path}: open it in "
                    "your mail program, or attach the file by hand."
                ).format(path=result.eml_path)
            )

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.status.setText(self.tr("The draft was not written: {e}").format(e=error_text(exc)))

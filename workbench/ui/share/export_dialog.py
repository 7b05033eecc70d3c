"""The Export dialog (File > Export…, Ctrl+E): what, format, audience, language, file
(and, for the monitoring evidence pack, its period: the PDF goes to the file, the zip of
its documents beside it).

The export itself is ``workbench.exports.runner.run_export``, run off the GUI thread by
``run_task``; a progress bar appears if it takes a while, Cancel stops it (and leaves no
half-written file), and when it is done "Open" and "Show in folder" hand the file to the
desktop. The File menu's entries are ``export_menu.py``'s (this module is imported when
one is first used).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import config
from workbench.domain import Audience
from workbench.exports.evidence_pack import documents_path
from workbench.exports.runner import (
    FORMATS,
    ExportError,
    ExportKind,
    ExportRequest,
    run_export,
    suggest_filename,
)
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.share.period_picker import PeriodPicker
from workbench.ui.tasks import TaskCancelled, TaskContext, run_task
from workbench.ui.widgets.secondary import make_secondary

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500  # progress appears only for exports that take a while


class ExportDialog(QDialog):
    """Choose and run one export of a meeting or an engagement."""

    def __init__(
        self,
        db: Database,
        *,
        meeting_id: str | None = None,
        engagement_id: str | None = None,
        kind: ExportKind | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id, self.engagement_id = meeting_id, engagement_id
        self.folder = folder or config.documents_dir()
        self.written: Path | None = None
        self._task: TaskContext | None = None
        self._path_edited = False
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.what = QComboBox()
        self.what.setObjectName("export_what")
        self.what.setAccessibleName(self.tr("What to export"))
        names = {
            ExportKind.MINUTES: self.tr("Minutes of the meeting"),
            ExportKind.AGENDA: self.tr("Agenda of the meeting"),
            ExportKind.REPORT: self.tr("Engagement report"),
            ExportKind.TRACKER: self.tr("Tracker workbook"),
            ExportKind.EVIDENCE: self.tr("Monitoring evidence pack (PDF and documents)"),
        }
        for k, name in names.items():
            if (meeting_id if k.of_meeting else engagement_id) is not None:
                self.what.addItem(name, k)
        self.format = QComboBox()
        self.format.setObjectName("export_format")
        self.format.setAccessibleName(self.tr("Format"))
        self.audience = QComboBox()
        self.audience.setObjectName("export_audience")
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.addItem(self.tr("Partners (nothing marked group-only)"), Audience.PARTNERS)
        self.audience.addItem(self.tr("Working group only (everything)"), Audience.GROUP)
        self.language = QComboBox()
        self.language.setObjectName("export_language")
        self.language.setAccessibleName(self.tr("Language of the export"))
        self.language.addItem("English", "en")  # i18n: ok (each language in its own words)
        self.language.addItem("Nederlands", "nl")  # i18n: ok
        ui_lang = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(ui_lang)))
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.setAccessibleName(self.tr("File"))
        self.path.textEdited.connect(self._mark_edited)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setObjectName("export_browse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.period = PeriodPicker(self)  # the evidence pack's; hidden for other exports
        self.period.changed.connect(self._suggest_path)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.period.caption, self.period)

        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&For:"), self.audience)
        form.addRow(self.tr("&Language:"), self.language)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path)  # a layout as the field gets no buddy by itself
        form.addRow(file_label, path_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.open_button = self.buttons.addButton(
            self.tr("O&pen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("export_open")
        self.folder_button = self.buttons.addButton(
            self.tr("&Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setObjectName("export_show_folder")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("export_close")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("export_cancel")
        for button in (self.open_button, self.folder_button, self.cancel_button):
            button.setVisible(False)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        for before, after in (  # the period (created last) read where it is shown
            (self.what, self.period.start),
            (self.period.start, self.period.end),
            (self.period.end, self.period.last_year),
            (self.period.last_year, self.period.this_year),
            (self.period.this_year, self.format),
        ):
            QWidget.setTabOrder(before, after)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        if kind is not None:
            self.what.setCurrentIndex(max(0, self.what.findData(kind)))
        self.what.currentIndexChanged.connect(self._kind_changed)
        self.audience.currentIndexChanged.connect(self._suggest_path)
        self.language.currentIndexChanged.connect(self._suggest_path)
        self.format.currentIndexChanged.connect(self._suggest_path)
        self._kind_changed()
        self.export_button.setEnabled(self.what.count() > 0)
        if self.what.count() == 0:
            self.status.setText(self.tr("Select a meeting or an engagement to export."))

    # -- choices --------------------------------------------------------------------
    def kind(self) -> ExportKind | None:
        data = self.what.currentData()  # Qt hands enums back as plain strings
        return ExportKind(data) if data else None

    def chosen_audience(self) -> Audience:
        return Audience(self.audience.currentData())

    def record_id(self) -> str | None:
        kind = self.kind()
        if kind is None:
            return None
        return self.meeting_id if kind.of_meeting else self.engagement_id

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.period.set_shown(kind is ExportKind.EVIDENCE)
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in FORMATS.get(kind, ()) if kind else ():
            self.format.addItem({"pdf": "PDF", "xlsx": self.tr("Excel workbook")}[fmt], fmt)
        self.format.blockSignals(False)
        self._suggest_path()

    def _mark_edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        """A file name that follows the choices, until the user types one."""
        kind, record_id = self.kind(), self.record_id()
        if kind is None or record_id is None:
            return
        name = suggest_filename(
            self.db,
            kind,
            record_id,
            self.chosen_audience(),
            self.language.currentData(),
            self.period.value() if kind is ExportKind.EVIDENCE else None,
        )
        if self._path_edited and self.path.text().strip():
            current = Path(self.path.text().strip())
            self.path.setText(str(current.with_suffix(Path(name).suffix)))
        else:
            self.path.setText(str(self.folder / name))

    def _browse(self) -> None:
        fmt = self.format.currentData() or "pdf"
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), filters[fmt]
        )
        if chosen:
            self.path.setText(chosen)
            self._path_edited = True

    def request(self) -> ExportRequest | None:
        kind, record_id = self.kind(), self.record_id()
        text = self.path.text().strip()
        if kind is None or record_id is None or not text:
            return None
        return ExportRequest(
            kind,
            record_id,
            Path(text).expanduser(),
            self.chosen_audience(),
            self.language.currentData(),
            self.format.currentData(),
            period=self.period.value() if kind is ExportKind.EVIDENCE else None,
        )

    # -- running --------------------------------------------------------------------
    def confirm_replace(self, path: Path) -> bool:
        """Ask before replacing an existing file (tests override this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("{name} exists. Replace it?").format(name=path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_running(self, running: bool) -> None:
        for widget in (self.what, self.format, self.audience, self.language, self.path):
            widget.setEnabled(not running)
        self.period.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        if not running:
            self.progress.setVisible(False)

    def start(self) -> None:
        request = self.request()
        if request is None:
            self.status.setText(self.tr("Choose what to export and a file name."))
            return
        if request.path.exists() and not self.confirm_replace(request.path):
            return
        self.written = None
        self.open_button.setVisible(False)
        self.folder_button.setVisible(False)
        self.status.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self._set_running(True)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        db = self.db
        self._task = run_task(
            lambda ctx: run_export(db, request, ctx.progress),
            self._done,
            self._failed,
            self._progressed,
        )

    def _show_progress(self) -> None:
        if self._task is not None:
            self.progress.setVisible(True)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _done(self, path: Any) -> None:
        self._task = None
        self._set_running(False)
        self.written = Path(path)
        self.status.setText(self.tr("Saved {path}").format(path=self.written))
        if self.kind() is ExportKind.EVIDENCE:
            zipped = documents_path(self.written)
            self.status.setText(
                self.tr("Saved {path} and its documents in {zip}").format(
                    path=self.written, zip=zipped.name
                )
            )
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_running(False)
        if isinstance(exc, TaskCancelled):
            self.status.setText(self.tr("Export cancelled; no file was written."))
        elif isinstance(exc, ExportError):
            self.status.setText(error_text(exc))
        else:
            log.error("export failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.status.setText(self.tr("The export failed: {error}").format(error=error_text(exc)))

    def open_file(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def show_in_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    def reject(self) -> None:
        if self._task is not None:  # closing while running cancels first
            self._task.cancel()
        super().reject()


def open_export_dialog(window: Any) -> ExportDialog:
    """The dialog for what the window shows: minutes on the meetings page, else the report."""
    meeting_id = window.current_meeting_id()
    engagement_id = window.current_engagement_id()
    on_meetings = getattr(window, "current_page_key", lambda: None)() == "meetings"
    kind = ExportKind.MINUTES if (on_meetings and meeting_id) else ExportKind.REPORT
    dialog = ExportDialog(
        window.db, meeting_id=meeting_id, engagement_id=engagement_id, kind=kind, parent=window
    )
    make_secondary(dialog, escape=False)  # Ctrl+W too; Esc is the dialog's own
    dialog.show()
    return dialog


def open_import_dialog(window: Any) -> QDialog:
    from workbench.ui.share.import_dialog import ImportDialog

    dialog = ImportDialog(window.db, events=getattr(window, "events", None), parent=window)
    make_secondary(dialog, escape=False)
    dialog.show()
    return dialog

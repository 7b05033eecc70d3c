"""Import tracker… : choose a workbook, see every change it would make, apply all or nothing.

Reading and applying run off the GUI thread (``run_task``). The preview lists each change
("Actions, row 7: … — Status: Open → Done"), each new action, notes on what is ignored,
and each problem with its sheet, row and column; with any problem, Apply stays disabled.
Applying re-reads the file inside one transaction and refuses if anything changed since
the preview (``workbench.exports.xlsx.importer.apply_import``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.exports.xlsx.importer import apply_import, preview_import
from workbench.exports.xlsx.plan import ImportPlan, TrackerImportError
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.palette import tone
from workbench.ui.tasks import run_task

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    """Preview and apply the import of one tracker workbook."""

    def __init__(
        self,
        db: Database,
        path: Path | None = None,
        *,
        events: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.plan: ImportPlan | None = None
        self.applied: ImportPlan | None = None
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import tracker"))
        self.resize(760, 460)

        self.path = QLineEdit(str(path) if path else "")
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(self.tr("Workbook"))
        self.path.returnPressed.connect(self.preview)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setObjectName("import_browse")
        browse.clicked.connect(self._browse)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("import_preview")
        self.preview_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        path_label = QLabel(self.tr("&Workbook:"))
        path_label.setBuddy(self.path)
        row.addWidget(path_label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.preview_button)

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("import_changes")
        self.list.setAccessibleName(self.tr("Changes the import would make"))
        self.list.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply all"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("import_apply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("import_close")
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        if path:
            self.preview()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import tracker"), self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.path.setText(chosen)
            self.preview()

    def _busy(self, busy: bool, text: str = "") -> None:
        self.preview_button.setEnabled(not busy)
        self.path.setEnabled(not busy)
        if busy:
            self.apply_button.setEnabled(False)
            self.summary.setText(text)

    # -- preview --------------------------------------------------------------------
    def preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.summary.setText(self.tr("Choose a tracker workbook (.xlsx)."))
            return
        path = Path(text).expanduser()
        self.plan = None
        self.list.clear()
        self._busy(True, self.tr("Reading {name}…").format(name=path.name))
        db = self.db
        run_task(lambda _ctx: preview_import(db, path), self._previewed, self._failed)

    def _add(self, text: str, colour: QColor | None = None) -> None:
        item = QListWidgetItem(text)
        if colour is not None:
            item.setForeground(QBrush(colour))
        self.list.addItem(item)

    def _previewed(self, plan: Any) -> None:
        self._busy(False)
        self.plan = plan
        self.list.clear()
        for problem in plan.problems:
            self._add(self.tr("Problem: {text}").format(text=problem), tone("danger"))
        for line in plan.lines():
            self._add(line)
        for notice in plan.notices:
            self._add(self.tr("Note: {text}").format(text=notice), tone("muted"))
        if plan.problems:
            self.summary.setText(
                self.tr("%n problem(s) in the workbook: nothing can be imported until they are "
                        "fixed.", "", len(plan.problems))
            )  # fmt: skip
        elif plan.count == 0:
            self.summary.setText(self.tr("The workbook matches the workbench: nothing to import."))
        else:
            self.summary.setText(
                self.tr("Tracker of “{engagement}”: {changes} and {new}. "
                        "Apply all of them, or none.").format(
                    engagement=plan.engagement,
                    changes=self.tr("%n change(s)", "", len(plan.changes)),
                    new=self.tr("%n new action(s)", "", len(plan.new_actions)),
                )
            )  # fmt: skip
        self.apply_button.setEnabled(plan.ok and plan.count > 0)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, TrackerImportError):
            self.summary.setText(error_text(exc))
            if exc.plan is not None:
                self._previewed(exc.plan)
                self.summary.setText(error_text(exc))
        else:
            log.error("import failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.summary.setText(self.tr("The import failed: {error}").format(error=exc))
        self.apply_button.setEnabled(False)

    # -- apply ----------------------------------------------------------------------
    def apply(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        plan = self.plan
        self._busy(True, self.tr("Importing…"))
        db = self.db
        run_task(lambda _ctx: apply_import(db, plan.path, plan), self._applied, self._failed)

    def _applied(self, plan: Any) -> None:
        self._busy(False)
        self.applied = plan
        self.plan = None
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Imported %n change(s).", "", plan.count))
        if self.events is not None:
            for entity in ("action", "commitment", "objective"):
                self.events.records_changed.emit(entity, [])

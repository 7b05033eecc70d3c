"""File → Exchange: export a package, import one (with its merge report), conflicts.

The work runs through ``run_task``; the merge report lists what was added, updated and
deleted, and the records changed on both laptops, each of which the user can settle:
"Keep this" (the version the merge kept) or "Take the other" (the one set aside).
``install(window)`` adds the Exchange submenu and File → Backups… (``backup_dialogs``).
"""

from __future__ import annotations

import logging
from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QObject,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench import config
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.conflicts import ConflictRow, list_conflicts, resolve_conflict
from workbench.services.exchange.merge import MergeReport
from workbench.store import Database
from workbench.ui.labels import label
from workbench.ui.lists.history_model import field_name
from workbench.ui.lists.rows_model import RowsModel
from workbench.ui.tasks import TaskContext, run_task

log = logging.getLogger(__name__)


_KINDS = {
    "organisation": QT_TRANSLATE_NOOP("ConflictsModel", "Organisation"),
    "person": QT_TRANSLATE_NOOP("ConflictsModel", "Person"),
    "engagement": QT_TRANSLATE_NOOP("ConflictsModel", "Engagement"),
    "target": QT_TRANSLATE_NOOP("ConflictsModel", "Target"),
    "objective": QT_TRANSLATE_NOOP("ConflictsModel", "Objective"),
    "meeting": QT_TRANSLATE_NOOP("ConflictsModel", "Meeting"),
    "attendance": QT_TRANSLATE_NOOP("ConflictsModel", "Attendance"),
    "agendaitem": QT_TRANSLATE_NOOP("ConflictsModel", "Agenda item"),
    "decision": QT_TRANSLATE_NOOP("ConflictsModel", "Decision"),
    "lesson": QT_TRANSLATE_NOOP("ConflictsModel", "Lesson"),
    "commitment": QT_TRANSLATE_NOOP("ConflictsModel", "Commitment"),
    "action": QT_TRANSLATE_NOOP("ConflictsModel", "Action"),
    "note": QT_TRANSLATE_NOOP("ConflictsModel", "Note"),
    "agendatemplate": QT_TRANSLATE_NOOP("ConflictsModel", "Agenda template"),
    "templateitem": QT_TRANSLATE_NOOP("ConflictsModel", "Template item"),
    "change": QT_TRANSLATE_NOOP("ConflictsModel", "History"),
    "conflict": QT_TRANSLATE_NOOP("ConflictsModel", "Conflict"),
}
# the resolutions stored by ``exchange_conflicts``, shown translated
_RESOLUTIONS = (
    QT_TRANSLATE_NOOP("ConflictsModel", "kept this"),
    QT_TRANSLATE_NOOP("ConflictsModel", "took the other"),
)


def kind_label(entity: str) -> str:
    return QCoreApplication.translate(
        "ConflictsModel", _KINDS.get(entity, entity)
    )  # i18n: ok (NOOP-marked)


def _value(value: Any) -> str:
    if value in (None, ""):
        return "—"
    text = label(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 120 else text[:117] + "…"


class ConflictsModel(RowsModel[ConflictRow]):
    """Conflicts: what record, which fields differ, whether it is settled."""

    CONTEXT = "ConflictsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ConflictsModel", "Kind"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Differs in"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Settled"),
    )

    def display(self, row: ConflictRow, column: int) -> str:
        if column == 0:
            return kind_label(row.entity)
        if column == 1:
            return row.label
        if column == 2:
            return ", ".join(field_name(d[0]) for d in row.differences)
        if row.resolution:
            return QCoreApplication.translate(
                "ConflictsModel", row.resolution
            )  # i18n: ok (NOOP-marked)
        return QCoreApplication.translate("ConflictsModel", "not yet")

    def sort_key(self, row: ConflictRow, column: int) -> Any:
        return self.display(row, column)

    def haystack(self, row: ConflictRow) -> str:
        return f"{row.entity} {row.label}"


class ConflictsPanel(QWidget):
    """A list of conflicts with the two versions of the selected one, and the choice."""

    resolved = Signal(str)

    def __init__(self, db: Database, ids: list[str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._ids = ids  # None: every unresolved conflict
        self.model = ConflictsModel(self)
        self.view = QTableView()
        self.view.setObjectName("conflicts_view")
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.detail = QLabel()
        self.detail.setObjectName("conflict_detail")
        self.detail.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep this"))
        self.keep_button.setObjectName("keep_this")
        self.keep_button.setToolTip(self.tr("Keep the version the merge kept"))
        self.take_button = QPushButton(self.tr("&Take the other"))
        self.take_button.setObjectName("take_other")
        self.take_button.setToolTip(self.tr("Put back the version the merge set aside"))
        self.keep_button.clicked.connect(lambda: self.resolve(take_other=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_other=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            rows = list_conflicts(session, include_resolved=self._ids is not None)
        if self._ids is not None:
            wanted = set(self._ids)
            rows = [r for r in rows if r.id in wanted]
        else:
            self._ids = [r.id for r in rows]  # settled ones stay in view, marked
        self.model.set_rows(rows)
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._show_current()

    def current(self) -> ConflictRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        row = self.current()
        open_ = row is not None and row.resolved_at is None
        self.keep_button.setEnabled(open_)
        self.take_button.setEnabled(open_)
        if row is None:
            self.detail.setText(self.tr("No conflicts."))
            return
        lines = [
            self.tr("{field}: kept “{kept}”, set aside “{other}”").format(
                field=field_name(field), kept=_value(kept), other=_value(other)
            )
            for field, kept, other in row.differences
        ]
        self.detail.setText("\n".join(lines) or self.tr("Only the timestamps differ."))

    def resolve(self, *, take_other: bool) -> None:
        row = self.current()
        if row is None or row.resolved_at is not None:
            return
        resolve_conflict(self.db, row.id, take_other=take_other)
        position = self.view.currentIndex().row()
        self.reload()
        self.view.selectRow(position)
        self.resolved.emit(row.entity)


class MergeReportDialog(QDialog):
    """What an import did, and the conflicts it left to settle."""

    def __init__(self, db: Database, report: MergeReport, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_report")
        self.setWindowTitle(self.tr("Merge report"))
        self.report = report
        self.summary = QLabel(
            self.tr(
                "Added: {added}   Updated: {updated}   Deleted: {deleted}\n"
                "Unchanged: {unchanged}   Newer on this laptop: {kept}   Conflicts: {conflicts}"
            ).format(
                added=report.added,
                updated=report.updated,
                deleted=report.deleted,
                unchanged=report.unchanged,
                kept=report.kept_ours,
                conflicts=len(report.conflicts),
            )
        )
        self.summary.setObjectName("merge_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.conflicts: ConflictsPanel | None = None
        if report.conflicts:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Changed on both laptops: the newer version was kept and the other "
                        "set aside. Choose for each:"
                    )
                )
            )
            self.conflicts = ConflictsPanel(db, [c.conflict_id for c in report.conflicts], self)
            layout.addWidget(self.conflicts)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(720, 420 if report.conflicts else 160)


class ExportPackageDialog(QDialog):
    """Where to write the package, and whether only recent changes go in it."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_package_dialog")
        self.setWindowTitle(self.tr("Export package"))
        self.path_edit = QLineEdit(str(self._default_path()))
        self.path_edit.setObjectName("package_path")
        self.path_edit.setAccessibleName(self.tr("Package file"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.since_check = QCheckBox(self.tr("Only changes &since"))
        self.since_date = QDateEdit()
        self.since_date.setAccessibleName(self.tr("Changes since"))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        last = exchange.last_export(db)
        start = (
            datetime.fromisoformat(last["exported_at"]).astimezone().date()
            if last
            else datetime.now().date()
        )
        self.since_date.setDate(QDate(start.year, start.month, start.day))
        self.since_date.setEnabled(False)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_date)
        since_row.addStretch(1)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(since_row)
        hint = QLabel(
            self.tr(
                "A full package is always safe. Send it to the other laptop (USB stick, "
                "e-mail); there, use File → Exchange → Import package."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @staticmethod
    def _default_path() -> Path:
        return config.documents_dir() / f"workbench-package-{datetime.now():%Y-%m-%d}.zip"

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export package"), self.path_edit.text(), self.tr("Packages (*.zip)")
        )
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def since(self) -> datetime | None:
        if not self.since_check.isChecked():
            return None
        day = self.since_date.date().toPython()
        return datetime.combine(day, time()).astimezone()


class ExchangeActions(QObject):
    """The Exchange menu's actions for one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database = window.db
        self.last_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None

    def _events(self) -> Any:
        return getattr(self.window, "events", None)

    def _status(self, text: str) -> None:
        if hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(text, 8000)

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setObjectName("exchange_message")
        self.last_message = box
        box.open()

    # -- export ---------------------------------------------------------------------
    def export_package(self) -> None:
        dialog = ExportPackageDialog(self.db, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run_export(dialog.path(), dialog.since())

    def run_export(self, path: Path, since: datetime | None = None) -> None:
        def work(ctx: TaskContext) -> exchange.ExportSummary:
            return exchange.export_package(self.db, path, since=since, progress=ctx.progress)

        def done(summary: exchange.ExportSummary) -> None:
            self._status(
                self.tr("Wrote {n} records to {path}.").format(n=summary.total, path=summary.path)
            )

        def failed(exc: BaseException) -> None:
            self._warn(self.tr("Export package"), self.tr("Not exported: {e}").format(e=exc))

        run_task(work, done, failed)

    # -- import ---------------------------------------------------------------------
    def import_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import package"), "", self.tr("Packages (*.zip)")
        )
        if path:
            self.run_import(Path(path))

    def run_import(self, path: Path) -> None:
        def work(ctx: TaskContext) -> MergeReport:
            return exchange.import_package(self.db, path, progress=ctx.progress)

        def done(report: MergeReport) -> None:
            events = self._events()
            if events is not None and report.changed:
                events.database_reloaded.emit()
            dialog = MergeReportDialog(self.db, report, self.window)
            if dialog.conflicts is not None and events is not None:
                dialog.conflicts.resolved.connect(lambda _e: events.database_reloaded.emit())
            self.last_dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            message = str(exc) if isinstance(exc, exchange.PackageError) else repr(exc)
            self._warn(
                self.tr("Import package"),
                self.tr("The package was not imported; nothing was changed.\n\n{e}").format(
                    e=message
                ),
            )

        run_task(work, done, failed)

    # -- conflicts ------------------------------------------------------------------
    def show_conflicts(self) -> None:
        dialog = QDialog(self.window)
        dialog.setObjectName("conflicts_dialog")
        dialog.setWindowTitle(self.tr("Conflicts"))
        panel = ConflictsPanel(self.db, None, dialog)
        events = self._events()
        if events is not None:
            panel.resolved.connect(lambda _e: events.database_reloaded.emit())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        layout.addWidget(close)
        dialog.resize(720, 420)
        self.last_dialog = dialog
        dialog.open()


def install(window: Any) -> None:
    """Add File → Exchange (export, import, conflicts) and File → Backups… to ``window``."""
    from workbench.ui.share.backup_dialogs import BackupActions

    actions = ExchangeActions(window)
    window.exchange_actions = actions
    translate = QCoreApplication.translate
    submenu = window.menu("file").addMenu(translate("FileMenu", "E&xchange"))
    submenu.setObjectName("exchange_menu")
    for name, text, slot in (
        ("export_package", translate("FileMenu", "&Export package…"), actions.export_package),
        ("import_package", translate("FileMenu", "&Import package…"), actions.import_package),
        ("show_conflicts", translate("FileMenu", "&Conflicts…"), actions.show_conflicts),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        submenu.addAction(action)
    backups = BackupActions(window)
    window.backup_actions = backups
    backup_action = QAction(translate("FileMenu", "&Backups…"), window)
    backup_action.setObjectName("backups")
    backup_action.triggered.connect(backups.show_backups)
    menu_action = submenu.menuAction()
    if hasattr(window, "add_file_action"):  # above Quit
        window.menu("file").removeAction(menu_action)
        window.add_file_action(menu_action)
        window.add_file_action(backup_action)
    else:
        window.menu("file").addAction(backup_action)

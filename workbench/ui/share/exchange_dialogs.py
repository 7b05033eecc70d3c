"""File → Exchange: export a package, import one (with its merge report), conflicts.

The work runs through ``run_task``; the merge report lists what was added, updated and
deleted, and the records changed on both laptops, each of which the user can settle in
the conflicts panel (``conflicts_panel``). ``install(window)`` adds the Exchange submenu
and File → Backups… (``backup_dialogs``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from workbench import config
from workbench.store import Database
from workbench.ui.i18n import date_entry_format, error_text
from workbench.ui.share.conflicts_panel import ConflictsPanel
from workbench.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:  # imported when used: sealing brings cryptography, the group keyring
    from workbench.services.exchange.merge import MergeReport
    from workbench.ui.share.group_settings import GroupDialog

log = logging.getLogger(__name__)


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
        self.since_date.setDisplayFormat(date_entry_format())
        from workbench.services.exchange import packages as exchange

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
        day = self.since_date.date()
        return datetime(day.year(), day.month(), day.day()).astimezone()


class ExchangeActions(QObject):
    """The Exchange menu's actions for one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database = window.db
        self.last_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None
        self.group_dialog: GroupDialog | None = None

    def _events(self) -> Any:
        return getattr(self.window, "events", None)

    def _status(self, text: str) -> None:
        if hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(text, 8000)

    def _confirm_plain(self, path: Path) -> None:
        """A package that is not sealed (from before the group shared a key, or from
        outside the group): imported only if the user says so."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import package"),
            self.tr(
                "{name} is not sealed by the group: it was written before the group shared "
                "a key, or by someone outside the group.\n\nImport it only if you know "
                "where it comes from."
            ).format(name=path.name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("exchange_confirm_plain")
        box.addButton(self.tr("Import anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(result: int) -> None:
            if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
                self.run_import(path, allow_plain=True)

        box.finished.connect(answered)
        self.last_message = box
        box.open()

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
        from workbench.services.exchange import packages as exchange

        def work(ctx: TaskContext) -> exchange.ExportSummary:
            return exchange.export_package(self.db, path, since=since, progress=ctx.progress)

        def done(summary: exchange.ExportSummary) -> None:
            self._status(
                self.tr("Wrote %n record(s) to {path}.", "", summary.total).format(
                    path=summary.path
                )
            )

        def failed(exc: BaseException) -> None:
            self._warn(
                self.tr("Export package"), self.tr("Not exported: {e}").format(e=error_text(exc))
            )

        run_task(work, done, failed)

    # -- import ---------------------------------------------------------------------
    def import_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import package"), "", self.tr("Packages (*.zip)")
        )
        if path:
            self.run_import(Path(path))

    def run_import(self, path: Path, allow_plain: bool = False) -> None:
        from workbench.services.exchange import packages as exchange
        from workbench.services.exchange.envelope import PlainPackageError

        def work(ctx: TaskContext) -> MergeReport:
            return exchange.import_package(
                self.db, path, progress=ctx.progress, allow_plain=allow_plain
            )

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
            if isinstance(exc, PlainPackageError) and not allow_plain:
                self._confirm_plain(path)
                return
            message = error_text(exc) if isinstance(exc, exchange.PackageError) else repr(exc)
            self._warn(
                self.tr("Import package"),
                self.tr("The package was not imported; nothing was changed.\n\n{e}").format(
                    e=message
                ),
            )

        run_task(work, done, failed)

    # -- conflicts ------------------------------------------------------------------
    def show_conflicts(self) -> None:
        if getattr(self.window, "has_page", lambda _key: False)("conflicts"):
            self.window.show_page("conflicts")  # the Conflicts page (``sync_feature``)
            return
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

    # -- the group ------------------------------------------------------------------
    def open_group(self) -> None:
        """The Group window: one at a time, brought forward if already open."""
        dialog = self.group_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            from workbench.ui.share.group_settings import GroupDialog  # the group's keys

            dialog = GroupDialog(self.db, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.group_dialog = dialog
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()


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
        ("show_conflicts", translate("FileMenu", "&Conflicts"), actions.show_conflicts),
        ("action_open_group", translate("FileMenu", "&Group…"), actions.open_group),
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

"""File → Backups: the list of backups, "Back up now" and "Restore"; and the dialog shown
when the database fails its check on open, which offers the latest backup.

A restore never overwrites: the current file is renamed aside first (the message says
where). In a running window the database's connections are closed, the file swapped,
and every page reloads (``events.database_reloaded``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench import config
from workbench.store.backup import BackupInfo, back_up_now, list_backups, restore
from workbench.store.integrity import DamagedDatabaseError
from workbench.ui.i18n import QT_TRANSLATE_NOOP, error_text
from workbench.ui.lists.rows_model import RowsModel, format_datetime
from workbench.ui.tasks import run_task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupRow:
    """One backup as the list shows it (``id`` is its path, as the list models key on)."""

    id: str
    path: Path
    taken_at: datetime
    size: int

    @classmethod
    def of(cls, info: BackupInfo) -> BackupRow:
        return cls(str(info.path), info.path, info.taken_at, info.size)


class BackupsModel(RowsModel[BackupRow]):
    """Backups of the open database, newest first."""

    CONTEXT = "BackupsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
    )

    def display(self, row: BackupRow, column: int) -> str:
        if column == 0:
            return format_datetime(row.taken_at)
        if column == 1:
            kilobytes = QLocale().toString(round(row.size / 1024))
            return QCoreApplication.translate("BackupsModel", "{n} KB").format(n=kilobytes)
        return row.path.name

    def sort_key(self, row: BackupRow, column: int) -> Any:
        return (row.taken_at, row.size, row.path.name)[column]

    def haystack(self, row: BackupRow) -> str:
        return row.path.name


def restore_into_open_database(window: Any, backup: Path) -> Path | None:
    """Swap the window's database file for ``backup``; returns where the old file went."""
    for page in getattr(window, "pages", {}).values():
        form = getattr(page, "form", None)
        if form is not None and hasattr(form, "flush"):
            form.flush()  # pending edits reach the file that is about to be kept aside
    window.db.engine.dispose()  # close the pooled connections before the file moves
    from workbench.services.group.backups import unseal_backup  # (not before the first paint)

    aside = restore(backup, window.db.path, unseal=unseal_backup)
    events = getattr(window, "events", None)
    if events is not None:
        events.database_reloaded.emit()
    return aside


class BackupsDialog(QDialog):
    """List the backups; back up now; restore the selected one."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.window_ = window
        self.db_path = Path(window.db.path)
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setObjectName("backups_view")
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.verticalHeader().hide()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(
            self.tr(
                "A backup is taken automatically once a day; the last ten are kept in {f}."
            ).format(f=config.backups_dir())
        )
        self.status.setObjectName("backups_status")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("back_up_now")
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restore")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows([BackupRow.of(b) for b in list_backups(self.db_path)])
        if self.model.rowCount():
            self.view.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> Path | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()).path if index.isValid() else None

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.status.setText(self.tr("Backed up to {p}.").format(p=path))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.status.setText(self.tr("The backup failed: {e}").format(e=error_text(exc)))

        from workbench.services.group.backups import seal_backup

        run_task(lambda _ctx: back_up_now(self.db_path, seal=seal_backup), done, failed)

    def restore_selected(self, *, confirm: bool = True) -> Path | None:
        backup = self.selected()
        if backup is None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore backup"),
                self.tr(
                    "Replace the database with the backup {b}?\n\nThe current file is not "
                    "deleted: it is kept beside it, renamed."
                ).format(b=backup.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            aside = restore_into_open_database(self.window_, backup)
        except Exception as exc:  # a clear message; the current file is still in place
            log.exception("restore failed")
            self.status.setText(self.tr("Not restored: {e}").format(e=error_text(exc)))
            return None
        self.status.setText(
            self.tr("Restored from {b}. The previous file was kept as {a}.").format(
                b=backup.name, a=aside
            )
        )
        return aside


class BackupActions(QObject):
    """File → Backups… for one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: BackupsDialog | None = None

    def show_backups(self) -> None:
        self.dialog = BackupsDialog(self.window)
        self.dialog.open()


def offer_restore(
    error: DamagedDatabaseError,
    parent: QWidget | None = None,
    restore_fn: Callable[[Path], Any] | None = None,
) -> bool:
    """Tell the user the database is damaged; offer the latest backup. True = restored
    (by ``restore_fn``, or in place of the closed file); False = nothing changed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Damaged database"))
    box.setText(error_text(error))
    restore_button = None
    if error.latest_backup is not None:
        restore_button = box.addButton(
            QCoreApplication.translate("BackupDialogs", "Restore the &latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    assert error.latest_backup is not None  # the button is offered only when there is one
    backup = error.latest_backup.path
    from workbench.services.group.backups import unseal_backup

    aside = restore_fn(backup) if restore_fn else restore(backup, error.path, unseal=unseal_backup)
    log.info("restored %s after damage; the damaged file is %s", error.path, aside)
    return True


def open_database_or_offer_backup(path: Path, parent: QWidget | None = None) -> Any:
    """Open the database for the GUI: a damaged file gets ``offer_restore`` (and is opened
    again once restored), any other refusal a message. None = nothing to open (quit)."""
    from workbench import APP_NAME
    from workbench.store import StoreError, open_database

    try:
        return open_database(path)
    except DamagedDatabaseError as exc:
        log.error("cannot open %s: %s", path, exc)
        if not offer_restore(exc, parent):
            return None
        return open_database_or_offer_backup(path, parent)
    except StoreError as exc:
        log.error("cannot open %s: %s", path, exc)
        QMessageBox.critical(parent, APP_NAME, error_text(exc))
        return None


def start_background_checks(window: Any) -> None:
    """Once the window shows, off the GUI thread: the full integrity check of a file too
    big to check before opening, then the daily backup (one a day, ten kept). A damaged
    file gets the dialog offering the latest backup, restored into the open window."""
    from workbench.store import integrity
    from workbench.store.backup import auto_backup_if_due

    path = Path(window.db.path)

    def work(_ctx: Any) -> Path | None:
        if integrity.needs_background_check(path):
            integrity.quick_check(path)
        from workbench.services.group.backups import seal_backup

        return auto_backup_if_due(path, seal=seal_backup)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DamagedDatabaseError):
            offer_restore(exc, window, lambda backup: restore_into_open_database(window, backup))
        else:
            log.error("the daily backup of %s failed: %s", path, exc)

    run_task(work, lambda _p: None, failed)

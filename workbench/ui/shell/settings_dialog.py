"""Settings: language, who I am, where data, backups, the exchange and the phone's drop
folder live, export defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from workbench.services import listing
from workbench.store import Database
from workbench.ui import settings as app_settings


class SettingsDialog(QDialog):
    """Changes take effect on OK; language and folders after a restart."""

    def __init__(
        self, db: Database, settings: app_settings.Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")  # i18n: ok (each language in its own words)
        self.language.addItem("Nederlands", "nl")  # i18n: ok

        self.me = QComboBox()
        self.me.setObjectName("me")
        self.me.setAccessibleName(self.tr("I am"))
        self.me.addItem(self.tr("(nobody chosen)"), "")
        with db.session() as session:
            for person_id, name in listing.list_people(session, members_only=True):
                self.me.addItem(name, person_id)

        self.data_dir = self._folder_row("data_dir", self.tr("Data folder"))
        self.backup_dir = self._folder_row("backup_dir", self.tr("Backup folder"))
        self.sync_dir = self._folder_row("sync_folder", self.tr("Exchange folder"))
        self.sync_dir[0].setToolTip(
            self.tr(
                "A folder your sync engine (OneDrive, Nextcloud, Syncthing, a network drive) "
                "shares with the group's laptops. Leave empty not to sync."
            )
        )
        if config.sync_folder_fixed():  # --sync-folder or WORKBENCH_SYNC_FOLDER wins
            self.sync_dir[0].setPlaceholderText(str(config.sync_folder()))
            self.sync_dir[1].setEnabled(False)

        self.drop_dir = self._folder_row("drop_folder", self.tr("Phone drop folder"))
        self.drop_dir[0].setToolTip(
            self.tr(
                "Notes, e-mails, photos and PDFs your phone saves here (through OneDrive, "
                "Nextcloud or Syncthing) arrive in Notes to file. Empty: Inbox in the "
                "exchange folder."
            )
        )
        self.sync_dir[0].textChanged.connect(self._drop_default)

        self.export_language = QComboBox()
        self.export_language.setObjectName("export_language")
        self.export_language.setAccessibleName(self.tr("Default export language"))
        self.export_language.addItem("English", "en")  # i18n: ok
        self.export_language.addItem("Nederlands", "nl")  # i18n: ok

        self.export_audience = QComboBox()
        self.export_audience.setObjectName("export_audience")
        self.export_audience.setAccessibleName(self.tr("Default export audience"))
        self.export_audience.addItem(
            self.tr("Partners (leaves out group-only content)"), "partners"
        )
        self.export_audience.addItem(self.tr("Working group only (everything)"), "group")

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        form.addRow(self._label(self.tr("&I am:"), self.me), self.me)
        form.addRow(self._label(self.tr("&Data folder:"), self.data_dir[0]), self.data_dir[1])
        form.addRow(self._label(self.tr("&Backup folder:"), self.backup_dir[0]), self.backup_dir[1])
        form.addRow(self._label(self.tr("E&xchange folder:"), self.sync_dir[0]), self.sync_dir[1])
        form.addRow(self._label(self.tr("&Phone drop folder:"), self.drop_dir[0]), self.drop_dir[1])
        self.db = db
        self.group_state = QLabel(self._group_summary())
        self.group_state.setObjectName("group_summary")
        self.group_button = QPushButton(self.tr("G&roup and its laptops…"))
        self.group_button.setObjectName("group_button")
        self.group_button.setAutoDefault(False)  # Enter still means OK
        self.group_button.clicked.connect(self.show_group)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_state, 1)
        group_row.addWidget(self.group_button)
        form.addRow(self._label(self.tr("Sealed exchange:"), self.group_button), group_row)
        form.addRow(
            self._label(self.tr("Export lan&guage:"), self.export_language), self.export_language
        )
        form.addRow(
            self._label(self.tr("Export &audience:"), self.export_audience), self.export_audience
        )
        note = QLabel(
            self.tr(
                "Language, data and backup folders take effect when the program starts "
                "again; the exchange and phone drop folders at once."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._load()

    def _group_summary(self) -> str:
        from workbench.services import group

        info = group.group_info(self.db)
        if info is None:
            return self.tr("No group: packages are not sealed.")
        laptops = sum(not m.removed for m in info.members)
        return self.tr("Group {group}, %n laptop(s)", "", laptops).format(group=info.group)

    def show_group(self) -> None:
        """The Group window, over Settings (it closes with Settings)."""
        from workbench.ui.share.group_settings import GroupDialog

        self.group_dialog = GroupDialog(self.db, self)
        self.group_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.group_dialog.finished.connect(
            lambda _r: self.group_state.setText(self._group_summary())
        )
        self.group_dialog.open()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _folder_row(self, name: str, title: str) -> tuple[QLineEdit, QWidget]:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(title)
        edit.setPlaceholderText(self.tr("(default)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose {what}").format(what=title))
        browse.clicked.connect(lambda: self._choose(edit, title))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(browse)
        return edit, row

    def _choose(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title, edit.text())
        if folder:
            edit.setText(folder)

    def _load(self) -> None:
        s = self.settings
        for combo, setting in (
            (self.language, app_settings.LANGUAGE),
            (self.me, app_settings.ME),
            (self.export_language, app_settings.EXPORT_LANGUAGE),
            (self.export_audience, app_settings.EXPORT_AUDIENCE),
        ):
            combo.setCurrentIndex(max(0, combo.findData(s.get(setting))))
        self.data_dir[0].setText(s.get(app_settings.DATA_DIR))
        self.backup_dir[0].setText(s.get(app_settings.BACKUP_DIR))
        self.sync_dir[0].setText(s.get(app_settings.SYNC_FOLDER))
        self.drop_dir[0].setText(s.get(app_settings.DROP_FOLDER))
        self._drop_default()

    def _drop_default(self, *_args: object) -> None:
        """The drop folder's placeholder: Inbox in the exchange folder, when there is one."""
        text = self.sync_dir[0].text().strip()
        exchange = (
            config.sync_folder()
            if config.sync_folder_fixed()
            else (Path(text).expanduser() if text else None)
        )
        default = config.default_drop_folder(exchange)
        self.drop_dir[0].setPlaceholderText(
            str(default) if default else self.tr("(none: choose an exchange folder first)")
        )

    def accept(self) -> None:
        s = self.settings
        s.set(app_settings.LANGUAGE, self.language.currentData())
        s.set(app_settings.ME, self.me.currentData())
        s.set(app_settings.EXPORT_LANGUAGE, self.export_language.currentData())
        s.set(app_settings.EXPORT_AUDIENCE, self.export_audience.currentData())
        s.set(app_settings.DATA_DIR, self.data_dir[0].text().strip())
        s.set(app_settings.BACKUP_DIR, self.backup_dir[0].text().strip())
        s.set(app_settings.SYNC_FOLDER, self.sync_dir[0].text().strip())
        s.set(app_settings.DROP_FOLDER, self.drop_dir[0].text().strip())
        s.sync()
        super().accept()

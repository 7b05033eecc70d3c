"""Settings, declared in one place (key, type, default), stored with QSettings (INI)."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from workbench import config


class Setting(NamedTuple):  # not a dataclass: ``dataclasses`` waits, the first paint reads these
    key: str
    type: type
    default: Any
    #: Where an earlier version kept it (read when ``key`` is not there yet).
    legacy: str = ""


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
LAST_PAGE = Setting("window/page", int, 0)
# Not in a group named "general": Qt's INI format writes a group of that name (in any
# case) as [%General] and reads it back as "General/…", so "general/me" was written on
# every change and never found again. The legacy key is how Qt reads those back.
LANGUAGE = Setting("workbench/language", str, "", legacy="General/language")  # "": the system's
ME = Setting("workbench/me", str, "", legacy="General/me")  # the person id of "I am ..."
DATA_DIR = Setting("paths/data_dir", str, "")  # read by workbench.config too
BACKUP_DIR = Setting("paths/backup_dir", str, "")
SYNC_FOLDER = Setting("paths/sync_folder", str, "")  # the exchange folder; read by config too
DROP_FOLDER = Setting("paths/drop_folder", str, "")  # the phone's drop folder; config too
EXPORT_LANGUAGE = Setting("export/language", str, "en")
EXPORT_AUDIENCE = Setting("export/audience", str, "partners")
#: The sidebar's pages when the window closed ("key<TAB>title" a line): the first paint
#: shows them before the features that add them are installed (``ui/shell/frame.py``).
SIDEBAR_PAGES = Setting("window/pages", str, "")


def page_layout(page: str, part: str) -> Setting:
    """The sizes the user left on one part of a page (a splitter, a list's columns)."""
    return Setting(f"pages/{page}/{part}", QByteArray, QByteArray())


class Settings:
    """Typed access to the settings file (``config.settings_file()``)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(str(config.settings_file()), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        key = setting.key
        if setting.legacy and not self._q.contains(key) and self._q.contains(setting.legacy):
            key = setting.legacy
        value = self._q.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.type is int:
            try:
                return int(str(value))  # QSettings hands back text from the INI file
            except (TypeError, ValueError):
                return setting.default
        if setting.type is bool:
            return value in (True, "true", "1", 1)
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()

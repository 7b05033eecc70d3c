"""Where files live. Nothing else in the program decides a path.

The bundle (PyInstaller) unpacks resources under ``sys._MEIPASS``; a source checkout
finds them beside the package. Tests and power users move the data with environment
variables: ``WORKBENCH_DB`` (the database file) and ``WORKBENCH_HOME`` (a folder that
replaces every user folder: data, config, logs, backups). The exchange folder the
laptops share comes from ``--sync-folder``, ``WORKBENCH_SYNC_FOLDER`` or the settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from workbench import APP_ID

DB_FILENAME = "workbench.sqlite"


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the bundle or the source checkout."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def migrations_dir() -> Path:
    """The Alembic environment (``db/``)."""
    return bundle_root() / "db"


def _home_override() -> Path | None:
    home = os.environ.get("WORKBENCH_HOME")
    return Path(home) if home else None


def _setting(section: str, key: str, *older: str) -> str:
    """A value of the settings file (``[section]`` ``key``, else the first of the ``older``
    sections that has it), read without Qt; "" if none."""
    ini = settings_file()
    if not ini.exists():
        return ""
    import configparser  # here: a start with ``--db`` reads no folder from the settings

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(ini, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return ""
    for name in (section, *older):
        if parser.has_option(name, key):
            return parser.get(name, key).strip().strip('"')
    return ""


def _chosen_folder(key: str) -> Path | None:
    """A folder the user chose in the settings (``[paths]`` of the settings file)."""
    value = _setting("paths", key)
    return Path(value).expanduser() if value else None


def language_setting() -> str:
    """The interface language chosen in the settings ("" follows the system), so the
    command line speaks the language of the window."""
    # ``ui/settings.py`` writes it under [workbench]; earlier versions under [%General]
    # (how Qt writes a group named "general"), or a hand-written [general]
    return _setting("workbench", "language", "%General", "general")


def data_dir() -> Path:
    """Where the database lives: chosen in the settings, else the user data folder."""
    home = _home_override()
    chosen = _chosen_folder("data_dir")
    if chosen:
        path = chosen
    elif home:
        path = home / "data"
    else:
        path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home_override()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home_override()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Where backups go: chosen in the settings, else ``backups`` in the data folder."""
    path = _chosen_folder("backup_dir") or data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """Where exports and packages are offered first: the user's documents, else home."""
    home = _home_override()
    if home:
        return home
    docs = Path(platformdirs.user_documents_dir())
    return docs if docs.is_dir() else Path.home()


def settings_file() -> Path:
    """The INI file behind ``QSettings``."""
    return config_dir() / "settings.ini"


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: ``--db`` first, then ``WORKBENCH_DB``, then the data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("WORKBENCH_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def drafts_dir() -> Path:
    """Where e-mail drafts (.eml) are kept for the mail program: ``drafts`` in the data
    folder, so a draft the mail program could not open is still there to attach by hand."""
    path = data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


_sync_folder_override: Path | None = None


def use_sync_folder(path: str | os.PathLike[str] | None) -> None:
    """The exchange folder given on the command line (``workbench --sync-folder DIR``)."""
    global _sync_folder_override
    _sync_folder_override = Path(path).expanduser() if path else None


def sync_folder(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The exchange folder: ``--sync-folder``, then ``WORKBENCH_SYNC_FOLDER``, then the one
    chosen in the settings; None when none is chosen (the laptop does not sync)."""
    if explicit:
        return Path(explicit).expanduser()
    if _sync_folder_override is not None:
        return _sync_folder_override
    env = os.environ.get("WORKBENCH_SYNC_FOLDER")
    if env:
        return Path(env).expanduser()
    return _chosen_folder("sync_folder")


def sync_folder_fixed() -> bool:
    """The exchange folder was given on the command line or in the environment (the
    settings' choice does not apply while it is)."""
    return _sync_folder_override is not None or bool(os.environ.get("WORKBENCH_SYNC_FOLDER"))


#: The drop folder's name when none is chosen: beside the laptops' folders in the
#: exchange folder (the workbench's own folder, so it holds nothing else of the user's).
DROP_FOLDER_NAME = "Inbox"


def default_drop_folder(exchange: Path | None) -> Path | None:
    """``Inbox`` in the exchange folder, beside the laptops' own folders (never inside
    one of them); None when this laptop has no exchange folder."""
    return exchange / DROP_FOLDER_NAME if exchange is not None else None


def drop_folder(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder a phone drops notes into: ``--folder``, then ``WORKBENCH_DROP_FOLDER``,
    then the one chosen in the settings, then ``Inbox`` in the exchange folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("WORKBENCH_DROP_FOLDER")
    if env:
        return Path(env).expanduser()
    return _chosen_folder("drop_folder") or default_drop_folder(sync_folder())

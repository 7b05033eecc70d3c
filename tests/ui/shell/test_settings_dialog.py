"""The settings dialog writes what it shows, and config.py honours the folders."""

from __future__ import annotations

from pathlib import Path

from workbench import config
from workbench.ui import settings as app_settings
from workbench.ui.shell.settings_dialog import SettingsDialog


def test_settings_are_saved_and_read_back(qtbot, demo_db, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = app_settings.Settings(
        QSettings(str(config.settings_file()), QSettings.Format.IniFormat)
    )
    dialog = SettingsDialog(demo_db, settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.me.setCurrentIndex(1)
    chosen_me = dialog.me.currentData()
    dialog.export_audience.setCurrentIndex(dialog.export_audience.findData("group"))
    dialog.data_dir[0].setText(str(tmp_path / "elsewhere"))
    dialog.accept()

    assert settings.get(app_settings.LANGUAGE) == "nl"
    assert settings.get(app_settings.ME) == chosen_me
    assert settings.get(app_settings.EXPORT_AUDIENCE) == "group"
    assert config.data_dir() == tmp_path / "elsewhere"
    assert config.default_db_path() == tmp_path / "elsewhere" / config.DB_FILENAME

    again = SettingsDialog(demo_db, settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "nl"
    assert again.me.currentData() == chosen_me

    # as the next start reads the file: the language without Qt, "I am" from the file
    settings.sync()
    import configparser

    assert config.language_setting() == "nl"
    written = configparser.ConfigParser(interpolation=None)
    written.read(config.settings_file(), encoding="utf-8")
    assert written.get("workbench", "me") == chosen_me


def test_language_and_me_kept_by_an_earlier_version_are_found(tmp_path: Path) -> None:
    """Earlier versions kept them in a group Qt writes as [%General]: they are read back."""
    from PySide6.QtCore import QSettings

    ini = tmp_path / "earlier.ini"
    ini.write_text("[%General]\nlanguage=nl\nme=p-1\n", encoding="utf-8")
    settings = app_settings.Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert settings.get(app_settings.ME) == "p-1"
    assert settings.get(app_settings.LANGUAGE) == "nl"
    settings.set(app_settings.ME, "p-2")  # chosen again: the new place wins from now on
    assert settings.get(app_settings.ME) == "p-2"


def test_only_members_can_be_me(qtbot, demo_db, settings) -> None:
    from workbench.domain import Person
    from workbench.services.records import live

    dialog = SettingsDialog(demo_db, settings)
    qtbot.addWidget(dialog)
    with demo_db.session() as s:
        members = {p.id for p in s.exec(live(Person)).all() if p.is_member}
    ids = {dialog.me.itemData(i) for i in range(1, dialog.me.count())}
    assert ids == members

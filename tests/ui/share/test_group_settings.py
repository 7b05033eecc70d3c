"""The Group window: start sharing, invite (the join code), join, members and their
fingerprints, removal (which replaces the key); reached from File → Exchange and
Settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.services import group
from workbench.services.exchange import packages as exchange
from workbench.store import open_database
from workbench.ui.share.group_settings import GroupDialog


@pytest.fixture
def second(demo_db_path: Path, tmp_path: Path):
    path = tmp_path / "second.sqlite"
    shutil.copyfile(demo_db_path, path)
    db = open_database(path)
    yield db
    db.close()


def _column(dialog: GroupDialog, col: int) -> list[str]:
    return [dialog.members.item(r, col).text() for r in range(dialog.members.rowCount())]


def test_start_invite_join_and_remove(qtbot, demo_db, second, tmp_path: Path) -> None:
    dialog = GroupDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "shares in no group" in dialog.state.text()
    assert not dialog.invite_button.isEnabled() and not dialog.mine.isVisible()
    dialog.start_button.click()
    invite = dialog.last_invite
    code = invite.code.text()
    assert invite.isVisible() and code.startswith("WB1-")
    assert "never through the exchange folder" in invite.findChild(type(dialog.state)).text()
    invite.copy_button.click()
    assert QApplication.clipboard().text() == code
    invite.close()
    assert "Packages are sealed" in dialog.state.text()
    assert not dialog.start_button.isEnabled() and dialog.invite_button.isEnabled()
    mine = group.members(demo_db)[0].fingerprint
    assert _column(dialog, 0)[0].endswith("(this laptop)") and _column(dialog, 1)[0] == mine
    assert dialog.mine.text().endswith(mine) and dialog.mine.isVisible()
    assert _column(dialog, 3)[0]  # added on: a date
    dialog.members.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # not this laptop itself

    other = GroupDialog(second)
    qtbot.addWidget(other)
    other.join_button.click()
    other.last_input.setTextValue("WB1-WRONG")
    other.last_input.accept()
    assert "join code" in other.last_message.text() and other.start_button.isEnabled()
    other.last_message.close()
    other.join_button.click()
    other.last_input.setTextValue(code)
    other.last_input.accept()
    assert "Packages are sealed" in other.state.text() and other.members.rowCount() == 1

    # a package from the first laptop makes it known to the second, then it is removed
    exchange.import_package(second, exchange.export_package(demo_db, tmp_path / "p.zip").path)
    other.refresh()
    assert other.members.rowCount() == 2
    row = next(r for r in range(2) if "(this laptop)" not in _column(other, 0)[r])
    other.members.selectRow(row)
    assert other.remove_button.isEnabled()
    other.remove_button.click()
    box = other.last_message
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _column(other, 4)[row] == "member"
    other.remove_button.click()
    assert "new group key" in other.last_message.text()
    [remove] = [b for b in other.last_message.buttons() if b.text() == "Remove"]
    remove.click()
    assert _column(other, 4)[row] == "removed"
    new_code = other.last_invite.code.text()
    assert new_code.startswith("WB2-") and new_code == group.code_of(second)
    assert "key replaced" in other.last_invite.findChild(type(other.state)).text()


def test_file_exchange_and_settings_open_the_group(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    action = window.findChild(QAction, "action_open_group")
    assert action is not None and action.text() == "&Group…"
    action.trigger()
    first = window.exchange_actions.group_dialog
    assert first.isVisible() and "no group" in first.state.text()
    action.trigger()  # one window, brought forward
    assert window.exchange_actions.group_dialog is first
    first.close()

    from workbench.ui import settings as app_settings
    from workbench.ui.shell.settings_dialog import SettingsDialog

    settings = SettingsDialog(demo_db, app_settings.Settings())
    qtbot.addWidget(settings)
    assert "No group" in settings.group_state.text()
    settings.group_button.click()
    assert settings.group_dialog.isVisible()
    settings.group_dialog.start_button.click()
    settings.group_dialog.last_invite.close()
    settings.group_dialog.close()
    assert "1 laptop" in settings.group_state.text()

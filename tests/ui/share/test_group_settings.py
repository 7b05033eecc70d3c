"""Settings → Group: start sharing, the join code, joining, members and removal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
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


def test_start_show_code_join_and_remove(qtbot, demo_db, second, tmp_path: Path) -> None:
    dialog = GroupDialog(demo_db)
    qtbot.addWidget(dialog)
    assert "shares in no group" in dialog.state.text()
    assert not dialog.code.text() and not dialog.copy_button.isEnabled()
    dialog.start_button.click()
    code = dialog.code.text()
    assert code.startswith("WB1-") and "Packages are sealed" in dialog.state.text()
    assert not dialog.start_button.isEnabled() and not dialog.join_button.isEnabled()
    assert _column(dialog, 0)[0].endswith("(this laptop)")
    assert _column(dialog, 1)[0] == group.members(demo_db)[0].fingerprint
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == code

    other = GroupDialog(second)
    qtbot.addWidget(other)
    other.join("WB1-WRONG")
    assert "join code" in other.last_message.text() and other.start_button.isEnabled()
    other.last_message.close()
    other.join(code)
    assert other.code.text() == code and other.members.rowCount() == 1

    # a package from the first laptop makes it known to the second, then it is removed
    exchange.import_package(second, exchange.export_package(demo_db, tmp_path / "p.zip").path)
    other.refresh()
    assert other.members.rowCount() == 2
    row = next(r for r in range(2) if "(this laptop)" not in _column(other, 0)[r])
    other.members.selectRow(row)
    other.remove_button.click()
    box = other.last_message
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _column(other, 3)[row] == "member"
    other.remove_button.click()
    [remove] = [b for b in other.last_message.buttons() if b.text() == "Remove"]
    remove.click()
    assert _column(other, 3)[row] == "removed"

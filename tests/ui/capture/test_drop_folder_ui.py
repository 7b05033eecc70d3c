"""The phone's drop folder in the window: the Notes inbox shows what the phone saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from drop_case import fill, grow
from PySide6.QtWidgets import QLabel, QPushButton

from workbench.ui import settings as app_settings


@pytest.fixture
def window(make_window, db, settings, tmp_path: Path):
    exchange = tmp_path / "Exchange"
    exchange.mkdir()
    settings.set(app_settings.SYNC_FOLDER, str(exchange))
    win = make_window(db)
    win.drop_feature.controller._settle = lambda: grow(exchange / "Inbox")
    return win


def _shown(window) -> list[str]:
    inbox = window.page_widget("inbox")
    model = inbox.view.model()
    return sorted(model.index(r, 1).data() for r in range(model.rowCount()))


def test_the_inbox_shows_the_phones_files_once_after_a_scan(window, tmp_path: Path) -> None:
    folder = tmp_path / "Exchange" / "Inbox"
    window.show_page("inbox")
    inbox = window.page_widget("inbox")
    assert _shown(window) == []
    fill(folder)
    button = inbox.findChild(QPushButton, "inbox_scan_drop")
    button.click()
    assert _shown(window) == [
        "Follow-up: mica sourcing panel…",
        "IMG 2041",
        "Oude notitie…",
        "Panel on mica…",
        "Scan 14 May",
        "Talk with Elan Mining…",
        "Voice memo: café talk…",
    ]
    status = inbox.findChild(QLabel, "inbox_drop_status").text()
    assert "7 new notes" in status and "3 files still arriving" in status
    assert "3 files in Problems" in status and "Exchange/Inbox" in status
    assert "1 other file left alone" in status
    assert inbox.findChild(QLabel, "inbox_count").text() == "7 to triage"
    # the e-mail's attachment is named with the note
    inbox.select_id(_id_of(inbox, "Follow-up: mica sourcing panel…"))
    assert inbox.documents.text().startswith("Attached: whiteboard.jpg (")
    assert inbox.body.toPlainText().startswith("Follow-up: mica sourcing panel\n\nFrom: Anna")

    window.drop_feature.controller._settle = lambda: None
    window.drop_feature.controller.period_timer.timeout.emit()  # a few minutes later
    assert len(_shown(window)) == 8 and "Half written…" in _shown(window)
    window.drop_feature.controller.period_timer.timeout.emit()
    assert len(_shown(window)) == 8
    assert (folder / "Done" / "IMG_2041.jpg").exists()


def _id_of(inbox, preview: str) -> str:
    model = inbox.model
    for row in range(model.rowCount()):
        if model.row_at(row).preview == preview:
            return model.row_at(row).id
    raise AssertionError(preview)


def test_without_any_folder_the_inbox_says_where_to_choose_one(make_window, db) -> None:
    window = make_window(db)
    status = window.page_widget("inbox").findChild(QLabel, "inbox_drop_status")
    window.drop_feature.controller.scan_now()
    assert "Tools → Settings" in status.text()


def test_the_timers_scan_after_start_and_every_few_minutes(window) -> None:
    controller = window.drop_feature.controller
    controller.start()
    assert controller.start_timer.isActive() and controller.period_timer.isActive()
    assert controller.period_timer.interval() <= 5 * 60_000


def test_the_settings_choose_the_drop_folder(window, settings, tmp_path: Path) -> None:
    from workbench.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.db, settings, window)
    edit = dialog.drop_dir[0]
    assert edit.placeholderText() == str(tmp_path / "Exchange" / "Inbox")
    chosen = tmp_path / "Phone"
    chosen.mkdir()
    (chosen / "idea.txt").write_text("From the phone\n", encoding="utf-8")
    edit.setText(str(chosen))
    dialog.accept()
    assert settings.get(app_settings.DROP_FOLDER) == str(chosen)
    window.show_page("inbox")
    window.drop_feature.controller._settle = lambda: None
    window.settings_changed.emit()
    assert window.drop_feature.controller.folder() == chosen
    assert "From the phone" in _shown(window)

"""The main window as a user meets it: pages, filters, edits that stay saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlmodel import select

from workbench.domain import Action, ActionStatus
from workbench.store import open_database
from workbench.ui.lists.rows_model import ID_ROLE


def test_empty_database_offers_the_demo_and_loads_it(qtbot, db, make_window) -> None:
    window = make_window(db)
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isVisible()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home  # what needs doing now
    assert window.current_page_key() == "home"
    assert window.pages["engagements"].model.rowCount() == 1
    assert "Mica" in window.windowTitle()


def test_new_engagement_from_the_welcome_page(qtbot, db, make_window) -> None:
    window = make_window(db)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    page = window.pages["engagements"]
    assert window.stack.currentWidget() is page
    title = page.form.editor("title")
    assert title.hasFocus() or title.text() == "New engagement"
    title.selectAll()
    qtbot.keyClicks(title, "Cobalt in batteries")
    page.form.flush()
    assert page.model.row_at(0).title == "Cobalt in batteries"


def test_every_page_shows_the_demo(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    for key in ("engagements", "meetings", "commitments", "actions", "notes"):
        row = window.sidebar.row_of(key)
        if row >= 9:
            window.show_page(key)
        else:
            qtbot.keyClick(
                window.focusWidget() or window,
                Qt.Key(Qt.Key.Key_1 + row),
                Qt.KeyboardModifier.ControlModifier,
            )
        page = window.pages[key]
        assert window.stack.currentWidget() is page
        assert page.proxy.rowCount() > 0, key
        assert page.view.model().headerData(0, Qt.Orientation.Horizontal)


def test_filter_narrows_and_ignores_case_and_accents(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("commitments")
    page = window.pages["commitments"]
    total = page.proxy.rowCount()
    page.filter_edit.setText("MICA")
    shown = page.proxy.rowCount()
    assert 0 < shown < total
    page.filter_edit.setText("rmi")
    assert page.proxy.rowCount() >= 1
    assert page.count_label.text().endswith(f"of {total}")


def test_edit_an_action_status_and_find_it_after_reopening(
    qtbot, demo_db_path, make_window
) -> None:
    db = open_database(demo_db_path)
    window = make_window(db)
    window.show_page("actions")
    page = window.pages["actions"]
    with db.session() as s:
        open_action = next(a for a in s.exec(select(Action)).all() if a.status is ActionStatus.OPEN)
    assert page.select_id(open_action.id)
    status = page.form.editor("status")
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("done"))
    qtbot.waitUntil(lambda: page.form.message.text() == "Saved", timeout=2000)
    row = page.model.row_of(open_action.id)
    assert page.model.row_at(row).status is ActionStatus.DONE
    window.close()
    db.close()

    reopened = open_database(demo_db_path)
    with reopened.session() as s:
        assert s.get(Action, open_action.id).status is ActionStatus.DONE
    reopened.close()


def test_a_bad_value_is_explained_not_saved(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("actions")
    page = window.pages["actions"]
    page.view.selectRow(0)
    record_id = page.view.currentIndex().data(ID_ROLE)
    title = page.form.editor("title")
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    page.form.flush()
    assert "cannot be empty" in page.form.message.text()
    with demo_db.session() as s:
        assert s.get(Action, record_id).title


def test_status_bar_names_the_database(demo_db, make_window) -> None:
    window = make_window(demo_db)
    assert str(demo_db.path) in window.db_label.text()


def test_geometry_is_remembered_and_the_window_opens_on_home(qtbot, demo_db, settings) -> None:
    from workbench.ui.shell.main_window import MainWindow

    first = MainWindow(demo_db, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width() + 40, first.minimumSizeHint().height() + 30)
    first.show_page("notes")
    size = first.size()
    first.close()
    second = MainWindow(demo_db, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.current_page_key() == "home"  # what needs doing now, whatever was open
    assert second.stack.currentWidget() is second.home


def test_delete_key_tombstones_the_selected_note(qtbot, demo_db, make_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.domain import Note

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page("notes")
    page = window.pages["notes"]
    before = page.model.rowCount()
    page.view.selectRow(0)
    record_id = page.current_id()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.rowCount() == before - 1
    with demo_db.session() as s:
        assert s.get(Note, record_id).deleted_at is not None

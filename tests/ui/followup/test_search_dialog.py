"""Ctrl+F: one box, results grouped by kind, Enter opens the record; and "I am"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from workbench.domain import Action, ActionStatus, Note
from workbench.services.records import update_record
from workbench.ui.followup.search_dialog import HIT_ROLE, SearchDialog, snippet_html
from workbench.ui.widgets.html_delegate import HTML_ROLE


def groups(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    return [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]


def test_ctrl_f_finds_a_note_by_a_word_and_enter_opens_it(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.followup.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.box, "DEBRIEF")
    dialog.run_search()  # rather than waiting for the typing pause
    assert groups(dialog)[0].startswith("Notes (")
    hit = dialog.current_hit()
    assert hit is not None and hit.kind == "note"
    assert "<b>" in dialog.view.currentIndex().data(HTML_ROLE)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.current_page_key() == "notes"
    assert window.pages["notes"].current_id() == hit.record_id
    assert not dialog.isVisible()


def test_results_grouped_by_kind_and_agenda_items_open_their_meeting(
    qtbot, demo_db, make_window
) -> None:
    window = make_window(demo_db)
    window.followup.open_search()
    dialog = window.followup.search_dialog
    dialog.box.setText("whistle")
    dialog.run_search()
    names = [g.split(" (")[0] for g in groups(dialog)]
    assert names[:2] == ["Notes", "Agenda items"] or "Agenda items" in names
    assert "Commitments" in names
    item_group = dialog.model.item(names.index("Agenda items"))
    child = item_group.child(0)
    hit = child.data(HIT_ROLE)
    dialog.view.activated.emit(child.index())
    assert window.current_page_key() == "meetings"
    assert window.pages["meetings"].current_id() == hit.meeting_id


def test_search_follows_edits_and_ignores_accents(qtbot, db) -> None:
    with db.transaction() as s:
        note = Note(body="Rencontre à Genève avec l'équipe")
        s.add(note)
    dialog = SearchDialog(db)
    qtbot.addWidget(dialog)
    dialog.box.setText("geneve EQUIPE")
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=2000)
    assert dialog.results.total == 1
    with db.transaction() as s:
        update_record(s, Note, note.id, body="Nothing left")
    dialog.run_search()
    assert "Nothing found" in dialog.status.text()
    dialog.box.setText("  ")
    dialog.run_search()
    assert dialog.model.rowCount() == 0 and "Type a word" in dialog.status.text()


def test_snippet_marks_become_bold_and_text_is_escaped() -> None:
    assert snippet_html("a <b> \x02mica\x03 & co") == "a &lt;b&gt; <b>mica</b> &amp; co"


def test_i_am_sets_who_the_history_names(qtbot, demo_db, make_window, settings) -> None:
    from workbench.ui import settings as app_settings

    window = make_window(demo_db)
    with demo_db.session() as s:
        action = next(a for a in s.exec(select(Action)).all() if a.status is ActionStatus.OPEN)
        from workbench.services.listing import list_people

        person_id, name = list_people(s, members_only=True)[0]
    window.followup.set_me(person_id)
    assert settings.get(app_settings.ME) == person_id
    assert demo_db.actor_id == person_id
    assert window.pages["actions"].me == person_id
    with demo_db.transaction() as s:
        update_record(s, Action, action.id, status="cancelled")
    page = window.pages["commitments"]
    assert page.history is not None
    window.show_record("action", action.id)
    history = window.pages["actions"].history
    history.refresh()
    assert history.model.rowCount() >= 1
    assert history.model.index(0, 3).data() == name

"""The audience of single texts, as a user sets it: the compact control beside the field.

Every form shows it beside each text that has an audience of its own, reads "Group only"
until shared, is reached by Tab and toggled with Space, saves like the field, and the
history names the change ("Audience of Baseline").
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from workbench.domain import AgendaItem, Audience, Engagement, Organisation, Person, Target
from workbench.services.demo.build import CAR_MAKER_ID, CAR_MAKER_TARGET_ID, ENGAGEMENT_ID
from workbench.services.history import record_history
from workbench.services.meetings import agenda
from workbench.services.records import get_record
from workbench.ui.followup.target_dialog import TargetDialog
from workbench.ui.lists.history_model import field_name
from workbench.ui.meetings.agenda_editor import AgendaEditor


def test_the_engagement_form_shows_and_saves_the_audience_of_each_text(
    qtbot, demo_db, make_window
) -> None:
    window = make_window(demo_db)
    page = window.pages["engagements"]
    page.select_id(ENGAGEMENT_ID)
    form = page.form
    assert set(form.audiences) == {"title", "theme", "description", "baseline"}
    baseline = form.audiences["baseline"]
    assert baseline.text() == "Group only"  # the demo keeps its baseline for the group
    assert form.audiences["theme"].text() == "Partners"
    assert baseline.accessibleName() == "Audience of Baseline"
    assert "partners exports leave it out" in baseline.toolTip()

    baseline.setFocus()
    qtbot.keyClick(baseline, Qt.Key.Key_Space)
    assert baseline.text() == "Partners"
    form.flush()
    with demo_db.session() as s:
        assert get_record(s, Engagement, ENGAGEMENT_ID).baseline_audience == Audience.PARTNERS
        changes = record_history(s, "engagement", ENGAGEMENT_ID)
    assert next((c.field, c.old, c.new) for c in changes) == (
        "baseline_audience",
        "group",
        "partners",
    )
    assert field_name("baseline_audience") == "Audience of Baseline"


def test_every_form_has_the_control_beside_its_own_audience_texts(
    qtbot, demo_db, make_window
) -> None:
    window = make_window(demo_db)
    expected = {
        "meetings": {"place"},
        "commitments": {"evidence"},
        "actions": {"notes"},
        "notes": {"place"},
        "lessons": {"category"},
        "people": {"name"},
        "organisations": {"name"},
    }
    for key, fields in expected.items():
        assert set(window.pages[key].form.audiences) == fields, key
    # the title of a meeting is the meeting: its audience is the meeting's own field
    assert "title" not in window.pages["meetings"].form.audiences


def test_the_notes_of_an_agenda_item_have_their_audience(qtbot, db) -> None:
    with db.transaction() as s:
        meeting = agenda.create_meeting(
            s,
            title="Call",
            engagement_id=None,
            duration_minutes=30,
            starts_at=datetime(2024, 3, 5, tzinfo=UTC),
        )
        item = agenda.add_item(s, meeting.id, title="Mapping")
    editor = AgendaEditor(db, meeting.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.view.selectRow(0)
    toggle = editor.item_pane.notes_audience
    assert toggle.isEnabled() and toggle.text() == "Group only"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert get_record(s, AgendaItem, item.id).notes_audience == Audience.PARTNERS
    assert editor.model.row_at(0).notes_audience == Audience.PARTNERS  # shown again so


def test_a_companys_details_and_their_audiences(qtbot, demo_db, make_window, monkeypatch) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    page = window.followup.overview
    changed: list[tuple[str, list[str]]] = []
    window.events.records_changed.connect(lambda entity, ids: changed.append((entity, ids)))

    def use(dialog: TargetDialog) -> int:
        assert dialog.company.editor("name").text() == "Velora Automotive"
        assert set(dialog.target.audiences) == {"hq_region", "why_selected"}
        assert dialog.target.audiences["why_selected"].text() == "Group only"
        dialog.target.audiences["why_selected"].click()
        dialog.company.audiences["name"].click()  # the car maker is no longer named
        dialog.done(0)
        return 0

    monkeypatch.setattr(TargetDialog, "exec", use)
    section = next(s for s in page.sections if s.key == CAR_MAKER_TARGET_ID)
    qtbot.mouseClick(section.details, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert get_record(s, Target, CAR_MAKER_TARGET_ID).why_selected_audience == "partners"
        assert get_record(s, Organisation, CAR_MAKER_ID).name_audience == "group"
    assert ("target", [CAR_MAKER_TARGET_ID]) in changed


def test_people_are_added_and_their_names_kept_for_the_group(qtbot, demo_db, make_window):
    window = make_window(demo_db)
    go = [a.text() for a in window.menu("go").actions() if isinstance(a, QAction)]
    assert "&People" in go and "&Organisations" in go
    window.show_page("people")
    page = window.pages["people"]
    assert page.model.rowCount() >= 18
    page.create_record()
    person_id = page.current_id()
    name = page.form.editor("name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Priya Kumari")
    page.form.flush()
    with demo_db.session() as s:
        person = get_record(s, Person, person_id)
    assert person.name == "Priya Kumari" and person.name_audience == Audience.GROUP
    assert page.form.audiences["name"].text() == "Group only"


def test_a_quick_notes_place_has_its_audience(qtbot, db) -> None:
    from workbench.domain import Note
    from workbench.ui.capture.quick_note import QuickNoteWindow

    window = QuickNoteWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.body, "Met the buyer")
    qtbot.keyClicks(window.place, "Jharkhand field visit")
    assert window.place_audience.text() == "Group only"
    window.place_audience.click()
    window.flush()
    with db.session() as s:
        note = get_record(s, Note, window.note_id)
    assert (note.place, note.place_audience) == ("Jharkhand field visit", Audience.PARTNERS)
    window.new_note()  # a fresh note starts for the group again
    assert window.place_audience.text() == "Group only"

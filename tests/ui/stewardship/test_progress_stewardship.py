"""The Progress page shows each company's lead, current escalation step and documents;
the escalation, roles and ladder dialogs change them; the timeline draws interactions
and escalation steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from workbench.services.demo.build import CAR_MAKER_TARGET_ID, SUPPLIER_TARGET_ID
from workbench.services.followup.progress import EventKind
from workbench.services.stewardship import escalation, ladder, roles
from workbench.ui.stewardship.ladder_dialog import LadderDialog


def bars(window):  # type: ignore[no-untyped-def]
    window.show_page("progress")
    page = window.followup.overview
    return {s.bar.target_id: s.bar for s in page.sections if s.bar is not None}


def test_each_company_shows_its_lead_and_escalation(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    found = bars(window)
    supplier = found[SUPPLIER_TARGET_ID].text()
    assert "Lead: Pensioenfonds Zorg en Welzijn" in supplier
    assert "Escalation: step 2 of 7, Collaborative escalation, since 11/22/2022" in supplier
    car = found[CAR_MAKER_TARGET_ID].text()
    assert "Lead: PME pensioenfonds" in car and "No escalation" in car


def test_the_timeline_holds_interactions_and_the_escalation_step(
    qtbot, demo_db, make_window
) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    events = window.followup.overview.timeline.events
    kinds = [e.kind for e in events]
    assert kinds.count(EventKind.INTERACTION) == 8
    [step] = [e for e in events if e.kind is EventKind.ESCALATION]
    assert step.stage == 2 and step.detail == "collaborative"
    text = window.followup.overview.timeline.describe(step)
    assert text.startswith("11/22/2022 · Escalation step 2")


def test_a_step_taken_in_the_dialog_shows_on_the_page(
    qtbot, demo_db, make_window, monkeypatch
) -> None:
    window = make_window(demo_db)
    bar = bars(window)[SUPPLIER_TARGET_ID]
    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", lambda self: self.show() or 0)
    dialog = bar.open_escalation()
    assert dialog.table.rowCount() == 1
    dialog.new_step()  # proposes the next step up: a public statement
    assert dialog.step.currentData() == ladder.shipped_id("public_statement")
    dialog.taken_on.setDate(QDate(2023, 3, 1))
    dialog.reason.setPlainText("No reply to the letter to the board")
    dialog.save()
    assert dialog.message.text() == "Saved" and dialog.table.rowCount() == 2
    dialog.close()
    with demo_db.session() as s:
        current = escalation.current_steps(s, dialog.rows[0].engagement_id)[SUPPLIER_TARGET_ID]
    assert (current.step_key, current.taken_on) == ("public_statement", date(2023, 3, 1))
    assert "step 3 of 7, Public statement, since 3/1/2023" in bar.text()


def test_roles_are_set_in_their_dialog(qtbot, demo_db, make_window, monkeypatch) -> None:
    window = make_window(demo_db)
    bar = bars(window)[CAR_MAKER_TARGET_ID]
    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", lambda self: self.show() or 0)
    dialog = bar.open_roles()
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("MN"))
    dialog.role.setCurrentIndex(dialog.role.findData("lead"))
    dialog.add()
    dialog.close()
    with demo_db.session() as s:
        leads = [r.organisation for r in roles.read_roles(s, target_id=CAR_MAKER_TARGET_ID)
                 if r.role.value == "lead"]  # fmt: skip
    assert leads == ["MN"]
    assert "Lead: MN" in bar.text()


def test_the_ladder_is_edited_from_the_tools_menu(qtbot, demo_db, make_window, monkeypatch) -> None:
    from PySide6.QtGui import QAction

    window = make_window(demo_db)
    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", lambda self: self.show() or 0)
    action = window.findChild(QAction, "action_edit_escalation_ladder")
    action.trigger()
    dialog = next(w for w in window.findChildren(LadderDialog) if w.isVisible())
    assert dialog.list.count() == 7 and dialog.list.item(0).text() == "1. Letter to the board"
    dialog.list.setCurrentRow(6)
    dialog.toggle_retired()
    assert dialog.list.item(6).text() == "Recommendation to divest (retired)"
    dialog.list.setCurrentRow(0)
    dialog.name.setText("Letter to the chair of the board")
    dialog.save()
    dialog.add()
    dialog.name.setText("Report to the regulator")
    dialog.save()
    with demo_db.session() as s:
        names = [step.name for step in ladder.ladder(s)]
    assert names[0] == "Letter to the chair of the board"
    assert names[-1] == "Report to the regulator" and "Recommendation to divest" not in names
    dialog.close()


def test_a_steps_reason_and_result_have_their_own_audience(
    qtbot, demo_db, make_window, monkeypatch
) -> None:
    """The reason may go to partners while the result stays with the group: each has its
    toggle beside it, group only until marked, and the partners' reader follows them."""
    from workbench.domain import Audience

    window = make_window(demo_db)
    bar = bars(window)[SUPPLIER_TARGET_ID]
    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", lambda self: self.show() or 0)
    dialog = bar.open_escalation()
    dialog.new_step()
    assert dialog.reason_audience.audience() is Audience.GROUP
    assert dialog.result_audience.audience() is Audience.GROUP
    dialog.reason.setPlainText("No reply to the letter to the board")
    dialog.result_edit.setPlainText("Our members discuss divesting")
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.PARTNERS.value))
    qtbot.mouseClick(dialog.reason_audience, Qt.MouseButton.LeftButton)  # → Partners
    assert dialog.reason_audience.text() == "Partners"
    dialog.save()
    made = dialog.editing
    dialog.close()
    with demo_db.session() as s:
        (row,) = [
            r
            for r in escalation.read_escalations(
                s, target_id=SUPPLIER_TARGET_ID, audience="partners"
            )
            if r.id == made
        ]
    assert row.reason == "No reply to the letter to the board"
    assert row.result is None  # still the group's
    dialog = bar.open_escalation()  # opened again: the toggles show what was saved
    dialog.table.selectRow([r.id for r in dialog.rows].index(made))
    assert dialog.reason_audience.audience() is Audience.PARTNERS
    assert dialog.result_audience.audience() is Audience.GROUP
    dialog.close()

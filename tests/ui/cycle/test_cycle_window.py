"""The meeting cycle from the window: the Meeting menu's actions by name, the send
dialog and its draft, the panel under the form, approval and correction, the brief,
the invitation, the distribution list and planning the next meeting."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from pathlib import Path

import pytest
from cycle_case import build_cycle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from workbench.domain import Meeting
from workbench.services.cycle import versions
from workbench.services.meetings import agenda
from workbench.ui.cycle.send_dialog import SendDialog

NAMES = (
    "action_send_minutes",
    "action_send_agenda",
    "action_export_invitation",
    "action_chair_brief",
    "action_plan_next_meeting",
    "action_approve_minutes",
    "action_correct_minutes",
    "action_finish_correction",
    "action_minutes_history",
    "action_edit_distribution",
    "action_send_report",
    "action_send_tracker",
)


@pytest.fixture
def window_on_call(db, make_window):
    ids = build_cycle(db)
    window = make_window(db)
    window.show_page("meetings")
    assert window.pages["meetings"].select_id(ids.call)
    return window, ids


def test_every_action_has_its_object_name_and_sits_in_a_menu(window_on_call) -> None:
    window, _ = window_on_call
    meeting_menu = window.meeting_feature.menu
    for name in NAMES:
        action = window.findChild(QAction, name)
        assert action is not None, name
    in_meeting_menu = {a.objectName() for a in meeting_menu.actions()}
    assert {n for n in NAMES if "report" not in n and "tracker" not in n} <= in_meeting_menu
    in_file_menu = {a.objectName() for a in window.menu("file").actions()}
    assert {"action_send_report", "action_send_tracker"} <= in_file_menu


def test_send_minutes_writes_a_draft_and_the_panel_shows_it(
    window_on_call, tmp_path: Path, monkeypatch
) -> None:
    window, _ = window_on_call
    opened: list[str] = []

    def no_mail_program(url) -> bool:
        opened.append(url.toLocalFile())
        return url.toLocalFile() == str(tmp_path)  # the folder opens, the draft does not

    monkeypatch.setattr(SendDialog, "open_url", staticmethod(no_mail_program))
    monkeypatch.setattr("workbench.config.drafts_dir", lambda: tmp_path)
    window.findChild(QAction, "action_send_minutes").trigger()
    dialog = window.cycle_feature.dialogs[-1]
    assert dialog.recipients.text() == "Priya <priya@mica.example>"
    assert "Ms Official" in dialog.missing.text() and dialog.missing.isVisibleTo(dialog)
    dialog.send_button.click()
    assert "No mail program opened the draft" in dialog.status.text()
    eml = dialog.sent.eml_path
    assert opened == [str(eml), str(tmp_path)]
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"] == "Priya <priya@mica.example>"
    assert "Ms Official" in dialog.preview.toPlainText()
    dialog.close()
    panel = window.cycle_feature.meeting_panel
    assert panel.sent.count() == 1
    line = panel.sent.item(0).text()
    assert "Minutes · Partners · en" in line and "to Ms Official, Priya" in line
    assert "to be approved at Call with Mica Corp (4/7/2026)" in panel.state.text()


def test_approve_then_a_correction_needs_a_reason(window_on_call) -> None:
    window, ids = window_on_call
    feature = window.cycle_feature
    dialog = feature.approve_minutes()
    assert dialog.at.currentData() == ids.next_call  # the next call of the series
    dialog.accept()
    assert not dialog.isVisible()
    with window.db.session() as s:
        assert versions.minutes_state(s, ids.call).frozen
    panel = feature.meeting_panel
    assert "version 1; frozen" in panel.state.text()

    # the form refuses to change frozen minutes, with one line
    form = window.pages["meetings"].form
    form.editor("title").setText("Another title")
    form._edited("title", "Another title")
    form.flush()
    assert "are frozen" in form.message.text()
    with window.db.session() as s:
        assert s.get(Meeting, ids.call).title == "Call with Mica Corp"

    correct = feature.correct()
    correct.accept()  # no reason
    assert correct.isVisible() and "needs a reason" in correct.error.text()
    correct.reason.setPlainText("The map covers 70%.")
    correct.accept()
    assert not correct.isVisible()
    assert "correction to version 2 open" in panel.state.text()
    finish = feature.finish_correction()
    assert "The map covers 70%." in finish.text.text()
    finish.accept()
    assert "version 2; frozen" in panel.state.text()
    history = feature.minutes_history()
    assert history.versions.count() == 2
    assert "The map covers 70%." in history.versions.item(1).text()
    assert "Progress on the supply-chain map" in history.text.toPlainText()


def test_brief_on_screen_and_as_pdf(window_on_call, tmp_path: Path, monkeypatch) -> None:
    window, ids = window_on_call
    window.pages["meetings"].select_id(ids.next_call)
    dialog = window.cycle_feature.chair_brief()
    monkeypatch.setattr(type(dialog), "open_url", staticmethod(lambda _url: True))
    text = dialog.view.toPlainText()
    for words in ("Agenda: who asks what", "Objectives and stages", "At the last call"):
        assert words in text
    assert "Grievance mechanism at the mines" in text and "working group only" in text
    assert "Escalation" not in text
    saved = dialog.save_pdf(tmp_path / "brief.pdf")
    assert saved is not None and len(PdfReader(saved).pages) <= 2


def test_invitation_and_plan_next_meeting(window_on_call, tmp_path: Path) -> None:
    window, _ = window_on_call
    dialog = window.cycle_feature.export_invitation(tmp_path / "call.ics")
    assert dialog.made is not None and not dialog.isVisible()
    assert dialog.made.path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "Invitation written to" in window.statusBar().currentMessage()
    plan = window.cycle_feature.plan_next()
    # the calls were four weeks apart: the next is on that grid, after today
    proposed = plan.starts.dateTime().date().toPython()
    assert proposed > date.today() and (proposed - date(2026, 4, 7)).days % 28 == 0
    plan.accept()
    new_id = plan.new_id
    assert new_id is not None and window.current_meeting_id() == new_id
    assert new_id in window.meeting_feature.agenda_editors
    with window.db.session() as s:
        titles = [i.title for i in agenda.list_items(s, new_id)]
    assert titles[0] == "Open actions and commitments"


def test_distribution_list_takes_addresses_and_versions(window_on_call) -> None:
    window, ids = window_on_call
    dialog = window.cycle_feature.distribution()
    table = dialog.table
    row = next(n for n in range(table.rowCount()) if table.item(n, 0).text() == "Ms Official")
    cell = table.item(row, 2)
    cell.setText("not an address")
    assert "is not an e-mail address" in dialog.error.text() and cell.text() == ""
    cell.setText("official@ministry.example")
    assert dialog.error.text() == ""
    dialog.set_receives(ids.ministry, None)
    from workbench.services.cycle.distribution import recipients

    with window.db.session() as s:
        names = [r.name for r in recipients(s, ids.engagement, "partners")]
    assert names == ["Priya"]
    assert table.item(row, 0).flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag(0)


def test_an_action_acts_on_the_meeting_it_carries(window_on_call) -> None:
    """The end-of-meeting summary triggers actions by name for the meeting it ended."""
    window, ids = window_on_call
    action = window.findChild(QAction, "action_chair_brief")
    action.setData(ids.next_call)  # the Meetings page has the earlier call selected
    action.trigger()
    dialog = window.cycle_feature.dialogs[-1]
    assert dialog.meeting_id == ids.next_call
    assert action.data() is None  # once
    action.trigger()
    assert window.cycle_feature.dialogs[-1].meeting_id == ids.call

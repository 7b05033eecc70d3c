"""The end of a meeting leads on: the draft minutes, the minutes for partners, sending
them, the next meeting; and what was captured is listed and can be put right there."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from workbench.domain import Change, Commitment, Direction
from workbench.services.demo.build import CAR_MAKER_ID, ENGAGEMENT_ID, SUPPLIER_ID
from workbench.services.meetings import templates
from workbench.ui.chair.summary_captured import COL_WHO
from workbench.ui.lists.rows_model import ROW_ROLE

T0 = datetime(2030, 1, 8, 10, tzinfo=UTC)


@pytest.fixture
def ended(qtbot, demo_db, make_window):
    """A company call from a template, chaired and ended, with three captures."""
    window = make_window(demo_db)
    with demo_db.transaction() as s:
        template = templates.list_templates(s)[0]
        meeting = templates.create_meeting_from_template(
            s, template.id, engagement_id=ENGAGEMENT_ID, starts_at=T0
        )
    window.events.records_changed.emit("meeting", [meeting.id])
    assert window.pages["meetings"].select_id(meeting.id)
    chair = window.meeting_feature.open_chair()
    now = [T0]
    chair.session.clock = lambda: now[0]
    chair.start()
    session = chair.session
    session.capture_decision("Velora presents at the Drive Sustainability event")
    session.capture_commitment(
        "Share the supplier list", Direction.BY_COMPANY, party_id=CAR_MAKER_ID,
        due_on=date(2030, 3, 1),
    )  # fmt: skip
    session.capture_action("Send Velora the RMI membership terms")
    now[0] += timedelta(minutes=20)
    chair.end()
    chair.summary_view.next_steps.open_files = False
    yield window, chair, meeting.id
    chair.close()


def rows(chair) -> list:
    view = chair.summary_view.list
    return [view.model().index(r, 0).data(ROW_ROLE) for r in range(view.model().rowCount())]


def pick(chair, kind: str) -> None:
    view = chair.summary_view.list
    view.selectRow(next(n for n, r in enumerate(rows(chair)) if r.kind == kind))


def test_the_summary_lists_what_was_captured_and_offers_the_next_steps(ended) -> None:
    _window, chair, _meeting = ended
    summary = chair.summary_view
    assert chair.pages.currentWidget() is summary
    assert "Meeting held" in summary.heading.text()
    assert [r.kind for r in rows(chair)] == ["decision", "commitment", "action"]
    assert "1 decision" in summary.counts.text() and "1 commitment" in summary.counts.text()
    steps = summary.next_steps
    assert steps.draft_button.isVisible() and steps.export_button.isVisible()
    assert steps.plan_button.isVisible()
    assert steps.send_button.isVisible()  # the meeting cycle installs "Send minutes…"


def test_the_draft_minutes_are_written_and_opened(ended, qtbot) -> None:
    _window, chair, _meeting = ended
    steps = chair.summary_view.next_steps
    with qtbot.waitSignal(steps.draft_written, timeout=20000) as written:
        qtbot.mouseClick(steps.draft_button, Qt.MouseButton.LeftButton)
    path = written.args[0]
    assert path.suffix == ".pdf" and path.name.startswith("draft-")
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "Share the supplier list" in text and "RMI membership terms" in text
    assert "working group only" in steps.status.text().lower()


def test_export_for_partners_opens_on_these_minutes(ended) -> None:
    from workbench.domain import Audience
    from workbench.exports.runner import ExportKind

    _window, chair, meeting = ended
    dialog = chair.summary_view.next_steps.export()
    assert dialog.kind() == ExportKind.MINUTES and dialog.meeting_id == meeting
    assert dialog.chosen_audience() == Audience.PARTNERS
    dialog.close()


def test_send_and_plan_use_the_meeting_menu_when_it_has_them(ended) -> None:
    """The buttons trigger the meeting cycle's own actions, on the meeting just held."""
    window, chair, meeting = ended
    triggered: list[str] = []
    for name in ("action_send_minutes", "action_plan_next_meeting"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        action.triggered.connect(lambda _c=False, n=name: triggered.append(n))
    window.show_page("home")
    window.pages["meetings"].select_id(window.pages["meetings"].model.row_at(0).id)
    chair.show_summary(chair.summary)  # again, now that the window shows another page
    steps = chair.summary_view.next_steps
    assert steps.send_button.isVisibleTo(chair) and steps.plan_button.isVisibleTo(chair)
    before = set(map(id, QApplication.topLevelWidgets()))
    steps.send_button.click()
    assert triggered == ["action_send_minutes"]
    assert window.current_meeting_id() == meeting  # the menu acts on this meeting
    for widget in QApplication.topLevelWidgets():
        if id(widget) not in before and widget.isVisible() and widget is not chair:
            widget.close()  # the send dialog
    steps.plan_button.click()
    assert triggered == ["action_send_minutes", "action_plan_next_meeting"]


def test_a_capture_is_corrected_from_the_summary(ended, demo_db, qtbot) -> None:
    _window, chair, meeting = ended
    pick(chair, "commitment")
    dialog = chair.summary_view.correct()
    form = dialog.form
    assert form.text.text() == "Share the supplier list"
    assert form.party.currentData() == CAR_MAKER_ID  # filled in as captured
    form.party.setCurrentIndex(form.party.findData(SUPPLIER_ID))  # it was Northgate
    form.due.setText("2030-04-15")
    form.text.setFocus()
    qtbot.keyClick(form.text, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert not dialog.isVisible()
    with demo_db.session() as s:
        promise = s.exec(select(Commitment).where(Commitment.meeting_id == meeting)).one()
        changes = s.exec(select(Change).where(Change.entity_id == promise.id)).all()
    assert (promise.party_id, promise.due_on) == (SUPPLIER_ID, date(2030, 4, 15))
    assert any(c.field == "due_on" and c.meeting_id == meeting for c in changes)
    shown = chair.summary_view.list.model()
    row = next(n for n, r in enumerate(rows(chair)) if r.kind == "commitment")
    assert shown.index(row, COL_WHO).data() == "Northgate Components"


def test_an_empty_text_is_explained_and_not_saved(ended, demo_db, qtbot) -> None:
    _window, chair, _meeting = ended
    pick(chair, "decision")
    dialog = chair.summary_view.correct()
    dialog.form.text.clear()
    dialog.form.submit()
    assert dialog.isVisible() and "cannot be empty" in dialog.form.message.text()
    dialog.reject()
    assert rows(chair)[0].text == "Velora presents at the Drive Sustainability event"


def test_withdraw_and_undo_from_the_summary(ended) -> None:
    _window, chair, _meeting = ended
    summary = chair.summary_view
    pick(chair, "action")
    summary.withdraw()
    assert [r.kind for r in rows(chair)] == ["decision", "commitment"]
    assert "0 action" in summary.counts.text()
    chair.undo_stack.undo()
    assert [r.kind for r in rows(chair)] == ["decision", "commitment", "action"]

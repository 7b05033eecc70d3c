"""The overview: objectives at their stages, a stage change recorded with its meeting,
the timeline drawn in the window, and history shown on the record."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPointF, Qt
from sqlmodel import select

from workbench.domain import Change, Objective
from workbench.services.demo.build import CAR_MAKER_TARGET_ID
from workbench.services.followup.progress import EventKind
from workbench.ui.followup.objectives_model import COL_OUTCOME, COL_STAGE
from workbench.ui.i18n import format_date


def rows(model) -> list:  # type: ignore[no-untyped-def]
    return [model.row_at(r) for r in range(model.rowCount())]


def car_section(page):  # type: ignore[no-untyped-def]
    return next(
        s for s in page.sections if any(o.target_id == CAR_MAKER_TARGET_ID for o in rows(s.model))
    )


def test_car_makers_objectives_at_their_stages(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    page = window.followup.overview
    names = [s.heading.text() for s in page.sections]
    assert any("Velora Automotive" in n for n in names)
    assert any("Northgate Components" in n for n in names)
    section = car_section(page)
    stages = [section.model.index(r, COL_STAGE).data() for r in range(section.model.rowCount())]
    assert "4 · Implemented / achieved" in stages and "3 · Credible plan" in stages
    assert section.view.height() >= section.view.rowHeight(0) * section.model.rowCount()


def test_stage_change_is_recorded_with_the_chosen_meeting(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.followup.set_me(None)
    window.show_page("progress")
    page = window.followup.overview
    section = car_section(page)
    objective = next(o for o in rows(section.model) if o.stage == 3)
    meeting = page.meeting_box.itemData(2)
    page.meeting_box.setCurrentIndex(2)
    row = section.model.row_of(objective.id)
    with demo_db.session() as s:
        before = len(s.exec(select(Change).where(Change.entity_id == objective.id)).all())
    assert section.model.setData(section.model.index(row, COL_STAGE), 4, Qt.ItemDataRole.EditRole)
    with demo_db.session() as s:
        assert s.get(Objective, objective.id).stage == 4
        changes = s.exec(select(Change).where(Change.entity_id == objective.id)).all()
    assert len(changes) == before + 1  # the demo's own history of this objective stays
    change = max(changes, key=lambda c: c.at)
    assert (change.field, change.old, change.new, change.meeting_id) == ("stage", "3", "4", meeting)
    # The page shows it: the new stage, the history of the selected objective, the timeline.
    section = car_section(page)
    row = section.model.row_of(objective.id)
    assert section.model.index(row, COL_STAGE).data().startswith("4 ·")
    assert page.history.record_id == objective.id
    assert page.history.model.rowCount() == before + 1
    shown = [page.history.model.index(r, 2).data() for r in range(before + 1)]
    assert "3 · Credible plan → 4 · Implemented / achieved" in shown
    recorded = [e for e in page.timeline.events if e.kind is EventKind.STAGE_CHANGE and e.recorded]
    assert (3, 4) in [(e.old_stage, e.stage) for e in recorded]


def test_outcome_edit_and_a_bad_value_is_explained(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    page = window.followup.overview
    section = car_section(page)
    objective = section.model.row_at(0)
    section.model.setData(section.model.index(0, COL_OUTCOME), "stopped", Qt.ItemDataRole.EditRole)
    with demo_db.session() as s:
        assert s.get(Objective, objective.id).outcome.value == "stopped"
    section = car_section(page)
    section.model.setData(section.model.index(0, COL_STAGE), 9, Qt.ItemDataRole.EditRole)
    assert "0 to 4" in page.message.text()


def test_timeline_is_drawn_and_answers_the_mouse(qtbot, demo_db, make_window, tmp_path) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    page = window.followup.overview
    timeline = page.timeline
    timeline.resize(1200, 320)
    kinds = {e.kind for e in timeline.events}
    assert {EventKind.MEETING, EventKind.COMMITMENT_MADE, EventKind.COMMITMENT_FULFILLED} <= kinds
    image = timeline.grab()
    assert image.save(str(tmp_path / "timeline.png"))
    # The axis leaves out the empty years between the case and the meeting ahead.
    assert any(gap for _s, _e, gap in timeline.segments)
    meeting = next(e for e in timeline.events if e.kind is EventKind.MEETING)
    point = QPointF(timeline.x_of(meeting.at.astimezone().date()), timeline.lane_y(0))
    timeline.repaint()
    found = timeline.event_at(point)
    assert found is not None and found.kind is EventKind.MEETING
    assert format_date(found.at) in timeline.describe(found)  # the locale's date
    opened = []
    timeline.event_activated.connect(opened.append)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert opened and opened[0].kind is EventKind.MEETING
    assert window.current_page_key() == "meetings"
    assert window.pages["meetings"].current_id() == opened[0].record_id


def test_present_shows_the_timeline_full_screen(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    page = window.followup.overview
    page.present()
    screen = page.presenting
    assert screen is not None and screen.isWindow() and screen.isVisible()
    assert screen.events == page.timeline.events
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()


def test_latest_meeting_is_the_default_for_changes(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("progress")
    page = window.followup.overview
    chosen = page.meeting_box.currentText()
    assert chosen.startswith("11/22/2022")  # the last meeting held, not the one ahead
    assert page.now() <= datetime.now(UTC)

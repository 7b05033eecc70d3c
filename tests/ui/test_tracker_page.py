"""The action tracker: proxy models without a widget, then the page as a user meets it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor

from workbench.domain import (
    Action,
    ActionStatus,
    Audience,
    Change,
    Engagement,
    Organisation,
    OrganisationKind,
    Person,
)
from workbench.services.listing import ActionRow
from workbench.services.tracker import TrackerFilter
from workbench.ui.models.actions_model import (
    COL_DUE,
    COL_OWNER,
    COL_STATUS,
    COL_TITLE,
    OVERDUE_COLOUR,
    ActionsModel,
)
from workbench.ui.models.base import ID_ROLE
from workbench.ui.models.fast_rows import FastFilterProxy

TODAY = date(2024, 3, 15)


def row(i: int, title: str, due: date | None, status=ActionStatus.OPEN, owner="Anna"):  # type: ignore[no-untyped-def]
    return ActionRow(
        id=f"id{i}",
        title=title,
        engagement_id="e1",
        engagement="Mica",
        meeting_id=None,
        meeting=None,
        owner_id=f"p-{owner}",
        owner=owner,
        organisation="Terre des Hommes",
        due_on=due,
        status=status,
        done_on=None,
        audience=Audience.GROUP,
        overdue=due is not None and due < TODAY and status.is_open,
    )


def shown(proxy, column: int = COL_TITLE) -> list[str]:  # type: ignore[no-untyped-def]
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


@pytest.fixture
def proxy():  # type: ignore[no-untyped-def]
    model = ActionsModel()
    proxy = FastFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(
        [
            row(1, "Call Velora", date(2024, 3, 20)),
            row(2, "Brief the Ministry", None, owner="Émile"),
            row(3, "Agenda", date(2024, 3, 1)),
            row(4, "Réunion notes", date(2024, 3, 14), ActionStatus.DONE, owner="Émile"),
        ]
    )
    return proxy


def test_sorting_by_any_column(proxy) -> None:  # type: ignore[no-untyped-def]
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["Brief the Ministry", "Agenda", "Réunion notes", "Call Velora"]
    proxy.sort(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[0] == "Call Velora" and shown(proxy)[-1] == "Brief the Ministry"
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["Agenda", "Brief the Ministry", "Call Velora", "Réunion notes"]
    proxy.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[0] == "Réunion notes"
    proxy.sort(COL_OWNER, Qt.SortOrder.AscendingOrder)
    assert shown(proxy, COL_OWNER) == ["Anna", "Anna", "Émile", "Émile"]


def test_text_filter_ignores_case_and_accents_and_keeps_the_sort(proxy) -> None:  # type: ignore[no-untyped-def]
    proxy.sort(COL_DUE, Qt.SortOrder.DescendingOrder)
    proxy.set_text("EMILE")
    assert shown(proxy) == ["Réunion notes", "Brief the Ministry"]
    proxy.set_text("reunion")
    assert shown(proxy) == ["Réunion notes"]
    proxy.set_text("overdue")  # the word shown in the due column is found too
    assert shown(proxy) == ["Agenda"]
    proxy.set_text("")
    assert proxy.rowCount() == 4


def test_tracker_filter_as_predicate(proxy) -> None:  # type: ignore[no-untyped-def]
    members = {"org": {"p-Émile"}}.get

    def use(**kwargs) -> list[str]:  # type: ignore[no-untyped-def]
        proxy.set_predicate(TrackerFilter(**kwargs).predicate(lambda o: members(o, set()), TODAY))
        proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
        return shown(proxy)

    assert use(overdue=True) == ["Agenda"]
    assert use(due_soon=True) == ["Call Velora"]
    assert use(open_only=True) == ["Agenda", "Brief the Ministry", "Call Velora"]
    assert use(organisation_id="org") == ["Brief the Ministry", "Réunion notes"]
    assert use(statuses=frozenset({"done"})) == ["Réunion notes"]
    proxy.set_text("call")
    assert use(open_only=True) == ["Call Velora"]


def test_rows_added_and_removed_under_a_filter(proxy) -> None:  # type: ignore[no-untyped-def]
    model = proxy.sourceModel()
    proxy.set_text("call")
    model.replace_rows([row(5, "Call Northgate", None), row(6, "Write", None)])
    assert shown(proxy) == ["Call Velora", "Call Northgate"]
    model.remove_ids(["id1", "id6"])
    assert shown(proxy) == ["Call Northgate"]
    proxy.set_text("")
    assert proxy.rowCount() == 4
    index = proxy.mapFromSource(model.index(model.row_of("id5"), 0))
    assert index.data(ID_ROLE) == "id5"
    # The header stays when nothing passes the filter.
    proxy.set_text("nothing matches this")
    assert proxy.rowCount() == 0
    assert proxy.headerData(COL_DUE, Qt.Orientation.Horizontal) == "Due"


def test_selection_follows_the_record_through_sort_and_filter(qtbot, proxy) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    view.selectionModel().setCurrentIndex(
        proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.currentIndex().data() == "Call Velora"
    proxy.sort(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().data() == "Call Velora"
    proxy.set_text("velora")
    assert view.currentIndex().data() == "Call Velora"
    proxy.set_text("agenda")
    assert not view.currentIndex().isValid()


def test_overdue_is_an_icon_a_word_and_a_colour(proxy) -> None:  # type: ignore[no-untyped-def]
    model = proxy.sourceModel()
    i = model.index(model.row_of("id3"), COL_DUE)
    assert i.data() == "2024-03-01 (overdue)"
    assert i.data(Qt.ItemDataRole.DecorationRole) is not None
    assert i.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE_COLOUR)
    done = model.index(model.row_of("id4"), COL_DUE)
    assert "overdue" not in done.data() and done.data(Qt.ItemDataRole.DecorationRole) is None


# -- the page -------------------------------------------------------------------------
@pytest.fixture
def tracked(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        org = Organisation(name="Northgate", kind=OrganisationKind.COMPANY)
        s.add_all([eng, org])
        s.flush()
        anna = Person(name="Anna", is_member=True)
        carla = Person(name="Carla", organisation_id=org.id)
        s.add_all([anna, carla])
        s.flush()
        actions = {
            "late": Action(title="Late one", owner_id=anna.id, due_on=date(2024, 3, 1)),
            "soon": Action(title="Soon one", owner_id=carla.id, due_on=date(2024, 3, 18)),
            "done": Action(title="Done one", status=ActionStatus.DONE, due_on=date(2024, 1, 1)),
        }
        for a in actions.values():
            a.engagement_id = eng.id
        s.add_all(actions.values())
    return {"anna": anna.id, "carla": carla.id, "org": org.id} | {
        k: a.id for k, a in actions.items()
    }


@pytest.fixture
def page(qtbot, db, tracked):  # type: ignore[no-untyped-def]
    from workbench.ui.events import AppEvents
    from workbench.ui.pages.main_pages import build_pages

    pages = build_pages(db, AppEvents(), lambda: None)
    tracker = pages["actions"]
    tracker.today = lambda: TODAY
    qtbot.addWidget(tracker)
    tracker.show()
    tracker.reload()
    return tracker


def titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(page.proxy.index(r, COL_TITLE).data() for r in range(page.proxy.rowCount()))


def test_page_filters_from_the_bar(page, tracked) -> None:  # type: ignore[no-untyped-def]
    assert titles(page) == ["Late one", "Soon one"]  # still open, by default
    assert "1 overdue" in page.summary_label.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    assert titles(page) == ["Done one", "Late one", "Soon one"]
    page.overdue_check.setChecked(True)
    assert titles(page) == ["Late one"]
    page.overdue_check.setChecked(False)
    page.due_soon_check.setChecked(True)
    assert titles(page) == ["Soon one"]
    page.due_soon_check.setChecked(False)
    page.organisation_filter.setCurrentIndex(page.organisation_filter.findData(tracked["org"]))
    assert titles(page) == ["Soon one"]
    page.clear_filters()
    assert len(titles(page)) == 3


def test_my_actions_needs_and_uses_the_i_am_person(page, tracked) -> None:  # type: ignore[no-untyped-def]
    asked = []
    page.me_needed.connect(lambda: asked.append(True))
    page.mine_check.setChecked(True)
    assert asked and not page.mine_check.isChecked()  # nobody chosen: stays off
    page.set_me(tracked["anna"])
    page.mine_check.setChecked(True)
    assert titles(page) == ["Late one"]


def test_edit_status_owner_and_due_in_place(page, db, tracked) -> None:  # type: ignore[no-untyped-def]
    def cell(key: str, column: int):  # type: ignore[no-untyped-def]
        source = page.model.index(page.model.row_of(tracked[key]), column)
        return page.proxy.mapFromSource(source)

    assert page.proxy.flags(cell("late", COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not page.proxy.flags(cell("late", COL_TITLE)) & Qt.ItemFlag.ItemIsEditable
    db.actor_id = tracked["anna"]
    assert page.proxy.setData(cell("late", COL_STATUS), "done", Qt.ItemDataRole.EditRole)
    assert page.proxy.setData(cell("soon", COL_OWNER), tracked["anna"], Qt.ItemDataRole.EditRole)
    assert page.proxy.setData(cell("soon", COL_DUE), None, Qt.ItemDataRole.EditRole)
    with db.session() as s:
        late, soon = s.get(Action, tracked["late"]), s.get(Action, tracked["soon"])
        assert late.status is ActionStatus.DONE and late.done_on == TODAY
        assert soon.owner_id == tracked["anna"] and soon.due_on is None
        changes = s.exec(__import__("sqlmodel").select(Change)).all()
    assert {(c.field, c.by_id) for c in changes} == {
        ("status", tracked["anna"]),
        ("owner_id", tracked["anna"]),
        ("due_on", tracked["anna"]),
    }
    # The row shows the new values at once (and is not filtered away under the cursor).
    assert cell("late", COL_STATUS).data() == "Done"
    assert cell("soon", COL_OWNER).data() == "Anna"


def test_bulk_status_change_of_the_selection(page, db, tracked) -> None:  # type: ignore[no-untyped-def]
    page.view.clearSelection()
    assert not page.bulk_button.isEnabled()
    page.view.selectAll()
    assert page.bulk_button.isEnabled()
    page.bulk_actions[ActionStatus.CANCELLED].trigger()
    with db.session() as s:
        statuses = {s.get(Action, tracked[k]).status for k in ("late", "soon")}
    assert statuses == {ActionStatus.CANCELLED}
    assert "2 action(s)" in page.message.text()


def test_in_place_editors_are_delegates(page, qtbot, tracked) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    index = page.proxy.mapFromSource(
        page.model.index(page.model.row_of(tracked["late"]), COL_STATUS)
    )
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index) or page.view.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    assert editor.currentData() == "open"
    editor.setCurrentIndex(editor.findData("in_progress"))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: index.data() == "In progress", timeout=2000)

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
from workbench.services.followup.actions import ActionRow
from workbench.services.followup.tracker import TrackerFilter
from workbench.ui.followup.actions_model import (
    COL_DUE,
    COL_OWNER,
    COL_STATUS,
    COL_TITLE,
    OVERDUE_COLOUR,
    ActionsModel,
)
from workbench.ui.lists.fast_rows import FastFilterProxy
from workbench.ui.lists.lazy_rows import LazyFilterProxy
from workbench.ui.lists.rows_model import ID_ROLE

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
    assert i.data() == "3/1/2024 (overdue)"  # the locale's date (en_US)
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
    from workbench.ui.shell.pages import build_pages

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
    assert "2 actions set to" in page.message.text()


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


# -- the lazy list: ids held, rows read when shown ---------------------------------------
class ListSource:
    """A ``RowSource`` over rows in memory, recording what it was asked to read."""

    def __init__(self, rows: list[ActionRow]) -> None:
        self.rows = {r.id: r for r in rows}
        self.fetched: list[list[str]] = []

    def order(self, column: int, order: Qt.SortOrder) -> list[str]:
        key = ActionsModel().column_key(column)
        rows = sorted(self.rows.values(), key=lambda r: (key(r) is not None, key(r)))
        if order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return [r.id for r in rows]

    def fetch(self, ids):  # type: ignore[no-untyped-def]
        self.fetched.append(list(ids))
        return [self.rows[i] for i in ids if i in self.rows]


@pytest.fixture
def lazy():  # type: ignore[no-untyped-def]
    rows = [row(i, f"Action {i:03}", date(2024, 1, 1 + i % 28)) for i in range(500)]
    source = ListSource(rows)
    model = ActionsModel()
    proxy = LazyFilterProxy()
    proxy.setSourceModel(model)
    model.set_source(source)
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    model.load()
    return proxy, model, source


def test_lazy_model_holds_ids_and_reads_a_block_when_a_row_is_shown(lazy) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.lists.lazy_rows import LazyRowsModel

    proxy, model, source = lazy
    assert proxy.rowCount() == model.rowCount() == 500
    assert source.fetched == []  # nothing read to show the count and the scroll range
    assert proxy.index(0, COL_TITLE).data() == "Action 000"
    assert proxy.index(5, COL_TITLE).data(ID_ROLE) == "id5"
    assert source.fetched == [[f"id{i}" for i in range(LazyRowsModel.BLOCK)]]
    assert proxy.index(499, COL_TITLE).data() == "Action 499"
    assert len(source.fetched) == 2 and "id499" in source.fetched[1]
    assert not model.is_read(250)
    # Ids alone need no read (a selection of thousands of rows).
    before = len(source.fetched)
    ids = [proxy.index(r, 0).data(ID_ROLE) for r in range(200, 300)]
    assert ids[0] == "id200" and len(set(ids)) == 100
    assert len(source.fetched) == before


def test_lazy_model_reads_the_rows_the_filter_shows_together(lazy) -> None:  # type: ignore[no-untyped-def]
    proxy, model, source = lazy
    wanted = {f"id{i}" for i in range(0, 500, 7)}
    proxy.set_id_filter(wanted)
    assert proxy.rowCount() == len(wanted)
    assert source.fetched == []
    assert proxy.index(0, COL_TITLE).data() == "Action 000"
    # One read: the rows shown next to each other, not the hidden ones around them.
    assert source.fetched == [sorted(wanted, key=lambda i: int(i[2:]))]
    proxy.allow_ids(["id1"])
    model.replace_rows([row(900, "Added later", None)])  # not let through: hidden
    assert proxy.rowCount() == len(wanted)
    proxy.allow_ids(["id901"])
    model.replace_rows([row(901, "Added and shown", None)])
    assert shown(proxy)[-1] == "Added and shown"
    proxy.set_id_filter(None)
    assert proxy.rowCount() == 502


def test_lazy_sort_asks_the_source_and_keeps_the_selection(qtbot, lazy) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    proxy, model, _source = lazy
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.selectionModel().setCurrentIndex(
        proxy.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    proxy.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[:2] == ["Action 499", "Action 498"]
    assert view.currentIndex().data() == "Action 003"
    assert view.currentIndex().row() == 496
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [proxy.index(r, COL_DUE).data(Qt.ItemDataRole.EditRole) for r in range(500)]
    assert dues == sorted(dues)
    model.remove_ids(["id3", "id4"])
    assert model.rowCount() == 498 and model.row_of("id3") is None
    assert view.currentIndex().data(ID_ROLE) not in ("id3", "id4")


def test_a_row_deleted_since_its_id_was_read_is_taken_out(qtbot, lazy) -> None:  # type: ignore[no-untyped-def]
    proxy, model, source = lazy
    del source.rows["id1"]
    assert proxy.index(1, COL_TITLE).data() == ""  # shown blank for a moment
    qtbot.waitUntil(lambda: model.rowCount() == 499, timeout=2000)
    assert model.row_of("id1") is None and shown(proxy)[1] == "Action 002"


def test_without_a_source_the_model_holds_rows_again(lazy) -> None:  # type: ignore[no-untyped-def]
    proxy, model, _source = lazy
    model.set_rows([row(1, "Only one", None)])
    assert not model.lazy and shown(proxy) == ["Only one"]


# -- the page over the lazy list ---------------------------------------------------------
def test_page_reads_only_the_rows_it_shows(qtbot, db, tracked) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.events import AppEvents
    from workbench.ui.shell.pages import build_pages

    with db.transaction() as s:
        s.add_all(
            Action(title=f"Bulk {n:03}", owner_id=tracked["anna"], due_on=date(2024, 5, 1))
            for n in range(400)
        )
    page = build_pages(db, AppEvents(), lambda: None)["actions"]
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.reload()  # hidden: read when shown
    assert page.model.rowCount() == 0
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 403
    assert page.count_label.text() == "402 shown of 403"  # still open, by default
    read = sum(page.model.is_read(r) for r in range(403))
    assert 0 < read < 403
    last = page.proxy.mapToSource(page.proxy.index(page.proxy.rowCount() - 1, 0)).row()
    assert not page.model.is_read(last)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.is_read(last))  # read when drawn


def test_page_text_filter_is_answered_by_sql(page, tracked) -> None:  # type: ignore[no-untyped-def]
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    page.filter_edit.setText("LATE")
    assert titles(page) == ["Late one"]
    assert page.count_label.text() == "1 shown of 3"
    page.filter_edit.setText("northgate")  # Carla's organisation
    assert titles(page) == ["Soon one"]
    page.filter_edit.setText("overdue")  # the word the due column shows
    assert titles(page) == ["Late one"]
    page.filter_edit.setText("one anna")
    assert titles(page) == ["Late one"]
    page.filter_edit.setText("done")  # the status shown
    assert titles(page) == ["Done one"]
    page.overdue_check.setChecked(True)
    assert titles(page) == []
    page.filter_edit.clear()
    assert titles(page) == ["Late one"]


def test_page_sorts_by_any_column_through_sql(page, tracked) -> None:  # type: ignore[no-untyped-def]
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    assert page.select_id(tracked["soon"])
    page.view.sortByColumn(COL_OWNER, Qt.SortOrder.AscendingOrder)
    owners = [page.proxy.index(r, COL_OWNER).data() for r in range(3)]
    assert owners == ["", "Anna", "Carla"]
    assert page.current_id() == tracked["soon"]
    page.view.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert [page.proxy.index(r, COL_TITLE).data() for r in range(3)] == [
        "Soon one",
        "Late one",
        "Done one",
    ]
    assert page.current_id() == tracked["soon"]


def test_page_shows_a_new_action_that_passes_the_filters(page, db, tracked) -> None:  # type: ignore[no-untyped-def]
    page.create_record()
    new_id = page.current_id()
    assert new_id not in tracked.values()
    assert page.model.row_at(page.model.row_of(new_id)).title == "New action"
    assert "New action" in titles(page)  # open, so the "still open" list shows it
    assert page.count_label.text() == "3 shown of 4"
    assert "3 open" in page.summary_label.text()


def test_a_hidden_record_asked_for_clears_the_filters(page, tracked) -> None:  # type: ignore[no-untyped-def]
    page.overdue_check.setChecked(True)
    page.filter_edit.setText("late")
    assert titles(page) == ["Late one"]
    assert page.select_id(tracked["done"])  # as from a search result
    assert page.current_id() == tracked["done"]
    assert not page.overdue_check.isChecked() and page.filter_edit.text() == ""
    assert len(titles(page)) == 3

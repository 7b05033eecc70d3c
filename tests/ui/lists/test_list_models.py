"""The list models without a widget: rows, sorting, folding filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from workbench.domain import ActionStatus, Audience
from workbench.services.followup.actions import ActionRow
from workbench.ui.followup.actions_model import COL_DUE, COL_TITLE, ActionsModel
from workbench.ui.lists.rows_model import SORT_ROLE, TextFilterProxy, fold


def _action(i: int, title: str, due: date | None, overdue: bool = False) -> ActionRow:
    return ActionRow(
        id=f"id{i}",
        title=title,
        engagement_id=None,
        engagement="Mica",
        meeting_id=None,
        meeting=None,
        owner_id=None,
        owner="Émile Jansen",
        organisation=None,
        due_on=due,
        status=ActionStatus.OPEN,
        done_on=None,
        audience=Audience.GROUP,
        overdue=overdue,
    )


def test_fold_removes_case_and_accents() -> None:
    assert fold("Émile Ça") == "emile ca"


def test_model_shows_rows_and_marks_overdue_in_text() -> None:
    model = ActionsModel()
    model.set_rows([_action(1, "Write", date(2022, 1, 5), overdue=True)])
    assert model.rowCount() == 1
    assert model.index(0, COL_TITLE).data() == "Write"
    assert "overdue" in model.index(0, COL_DUE).data()
    assert model.index(0, COL_DUE).data(Qt.ItemDataRole.DecorationRole) is not None


def test_proxy_sorts_by_date_and_filters_without_accents() -> None:
    model = ActionsModel()
    model.set_rows(
        [
            _action(1, "Call", date(2022, 3, 1)),
            _action(2, "Brief", None),
            _action(3, "Agenda", date(2021, 1, 1)),
        ]
    )
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]
    assert titles == ["Brief", "Agenda", "Call"]
    proxy.set_text("emile call")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_predicate(lambda row: row.due_on is not None)
    assert proxy.rowCount() == 2
    assert model.index(0, COL_DUE).data(SORT_ROLE) == date(2022, 3, 1)


def test_replace_rows_updates_in_place() -> None:
    model = ActionsModel()
    model.set_rows([_action(1, "Call", None)])
    model.replace_rows([_action(1, "Call the supplier", None), _action(2, "New", None)])
    assert model.rowCount() == 2
    assert model.index(0, COL_TITLE).data() == "Call the supplier"
    model.remove_ids(["id1"])
    assert model.rowCount() == 1 and model.row_of("id2") == 0


def test_the_filter_proxy_shows_every_role_and_flag_the_model_gives() -> None:
    """The proxy answers roles the model never answers without asking it, and flags
    per column: what a cell shows, how it is coloured and whether it can be edited are
    still the model's, row by row."""
    from PySide6.QtGui import QBrush, QIcon

    from workbench.ui.lists.fast_rows import FastFilterProxy
    from workbench.ui.lists.rows_model import ID_ROLE, ROW_ROLE

    model = ActionsModel(editable=True)
    done = _action(3, "Filed", date(2022, 1, 1))._replace(status=ActionStatus.DONE)
    model.set_rows(
        [_action(1, "Write", date(2022, 1, 5), overdue=True), _action(2, "Call", None), done]
    )
    proxy = FastFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    roles = [*range(16), SORT_ROLE, ID_ROLE, ROW_ROLE]

    def same(value):  # type: ignore[no-untyped-def]
        if isinstance(value, QBrush):
            return value.color().name()
        if isinstance(value, QIcon):
            return value.cacheKey() if value.isNull() else "an icon"
        return value

    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            shown = proxy.index(row, column)
            source = proxy.mapToSource(shown)
            assert proxy.flags(shown) == model.flags(source)
            for role in roles:
                assert same(shown.data(role)) == same(source.data(role)), (row, column, role)
    due = proxy.index(2, COL_DUE)
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None  # "Write" is overdue
    assert proxy.flags(due) & Qt.ItemFlag.ItemIsEditable
    assert not proxy.flags(proxy.index(0, COL_TITLE)) & Qt.ItemFlag.ItemIsEditable

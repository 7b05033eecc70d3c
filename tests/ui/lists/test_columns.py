"""The tracker's columns as the user sees them after the page measured them itself."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from workbench.domain import Action, ActionStatus, Organisation, OrganisationKind, Person
from workbench.ui.followup.actions_model import COL_DUE, COL_OWNER, COL_STATUS
from workbench.ui.lists.columns import KEY_CAP, content_widths, key_columns

TODAY = date(2024, 3, 15)


def test_key_columns_show_whole_with_the_overdue_icon(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.events import AppEvents
    from workbench.ui.shell.pages import build_pages

    with db.transaction() as s:
        org = Organisation(name="Northgate Mineral Processing", kind=OrganisationKind.COMPANY)
        s.add(org)
        s.flush()
        owner = Person(name="Wilhelmina van der Zwaluwenburg", organisation_id=org.id)
        s.add(owner)
        s.flush()
        s.add_all(
            [
                Action(title="Write the letter", owner_id=owner.id, due_on=date(2024, 3, 1)),
                Action(title="Done", status=ActionStatus.IN_PROGRESS, due_on=date(2024, 12, 30)),
            ]
        )
    page = build_pages(db, AppEvents(), lambda: None)["actions"]
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.clear_filters()  # every action, whatever its status
    page.reload()  # hidden: read when shown, as in the window
    page.show()
    qtbot.waitExposed(page)

    view, proxy = page.view, page.proxy
    due = proxy.index(0, COL_DUE)
    assert "overdue" in due.data() and due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert proxy.index(0, COL_OWNER).data() == "Wilhelmina van der Zwaluwenburg"
    assert proxy.index(1, COL_STATUS).data() == "In progress"
    # Each key column is as wide as Qt's delegate asks to draw its text and icon whole.
    for column in key_columns(view):
        needed = min(view.sizeHintForColumn(column), KEY_CAP)
        assert not view.isColumnHidden(column)
        assert view.columnWidth(column) >= needed, column
    # The page's own measure leaves a little room beyond the delegate's, never less.
    widths = content_widths(view, proxy.cell, proxy.rowCount(), proxy.columnCount())
    for column in range(proxy.columnCount()):
        assert widths[column] >= view.sizeHintForColumn(column), column

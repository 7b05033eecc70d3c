"""What the tracker's first rows show for one action: the tracker's own words."""

from __future__ import annotations

from workbench.store.first_read import ShownAction
from workbench.ui.shell.first_rows import FirstRowsModel


def action(due: str | None, *, overdue: bool = False) -> ShownAction:
    return ShownAction(
        "a1", "Write to the board", "Mica", None, "Noor", "PGGM", due, "in_progress",
        "partners", overdue,
    )  # fmt: skip


def test_a_row_shows_the_trackers_words(qapp) -> None:  # type: ignore[no-untyped-def]
    shown = [FirstRowsModel.display(action("2026-03-02", overdue=True), c) for c in range(8)]
    assert shown == [
        "Write to the board",
        "Noor",
        "PGGM",
        shown[3],
        "In progress",
        "Mica",
        "",
        "Partners",
    ]
    assert shown[3].endswith("(overdue)") and "2026" in shown[3]


def test_a_due_date_that_is_not_a_date_is_shown_as_stored(qapp) -> None:  # type: ignore[no-untyped-def]
    assert FirstRowsModel.display(action("soon"), 3) == "soon"
    assert FirstRowsModel.display(action(None), 3) == ""


def test_the_page_takes_over_with_the_first_rows_column_widths(qtbot, db, db_path) -> None:  # type: ignore[no-untyped-def]
    """The first rows and the page measure the same text the same way, so the columns
    do not move when the page takes the list's place."""
    from datetime import date

    from workbench.domain import Action, Person
    from workbench.ui.events import AppEvents
    from workbench.ui.shell.first_rows import read_first_actions
    from workbench.ui.shell.pages import build_pages

    with db.transaction() as s:
        owner = Person(name="Wilhelmina van der Zwaluwenburg")
        s.add(owner)
        s.flush()
        s.add_all(
            [
                Action(title="Write the letter", owner_id=owner.id, due_on=date(2020, 3, 1)),
                Action(title="Call", due_on=date(2099, 1, 2)),
            ]
        )
    first = read_first_actions(db_path)
    assert first is not None
    qtbot.addWidget(first)
    first.fit_columns()
    page = build_pages(db, AppEvents(), lambda: None)["actions"]
    qtbot.addWidget(page)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown == ["Write the letter", "Call"]
    assert first.columns._widths == page.columns._widths

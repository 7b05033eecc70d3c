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

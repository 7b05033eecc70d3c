"""The tracker on 50,000 actions: shown, filtered by owner and by a word, each against
a bare ``QTableView`` over the least model (``floor_table``) doing the same.

The tracker holds the ids of the actions and reads the rows it shows (see
``workbench.ui.lists.lazy_rows``), so "shown" is measured as the user meets it: from
showing the page to the end of the events that draw it, the list holding every action
(its count, its scroll bar) and the first screen's rows read and drawn. The floor does
the same: one query for the ids, the rows of the screen read as drawn. A filter is
timed choosing it and clearing it again (the figure is half of that pair), in the page
and in the floor alike; the other figures (scrolling to the end, sorting by another
column, reading the ids) are reported. Everything runs on the GUI thread, as in the app.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from workbench.bench.figures import Figure, median_time
from workbench.bench.floor_table import ALL_IDS, BY_OWNER, BY_WORD, IdsModel, floor_view
from workbench.bench.registry import Bench, step
from workbench.domain import Action, Person
from workbench.store import Database

if TYPE_CHECKING:
    from workbench.ui.followup.tracker_page import TrackerPage

RATIO = 1.5
FLOOR = "a bare QTableView over a model of ids from one sqlite3 query, rows read as drawn"
#: The word the tracker is filtered by (in some action titles and notes).
FILTER_WORD = "letter"
#: The size of the page, as in a window on a laptop screen.
SIZE = (1200, 760)
#: What a measured page needs alive besides itself (its events, the other pages' forms).
_KEEP: list[object] = []


def _tracker_page(db: Database) -> tuple[TrackerPage, Callable[[str | None], None]]:
    """The tracker page as the main window builds it, set to show every action whatever
    its status, not yet shown; and a function choosing its owner filter."""
    from workbench.ui.events import AppEvents
    from workbench.ui.followup.tracker_page import TrackerPage
    from workbench.ui.shell.pages import build_pages

    events = AppEvents()
    pages = build_pages(db, events, lambda: None)
    page = pages["actions"]
    assert isinstance(page, TrackerPage)
    _KEEP.append((events, pages))  # keep the other pages (their forms) alive
    page.clear_filters()  # "any status": all actions
    page.resize(*SIZE)
    page.reload()  # hidden: read when first shown, as in the window

    def choose_owner(person_id: str | None) -> None:
        page.owner_filter.setCurrentIndex(max(0, page.owner_filter.findData(person_id)))

    return page, choose_owner


def _busiest_owner(db: Database) -> tuple[str, str]:
    with db.session() as session:
        p, a = Person.__table__, Action.__table__
        return tuple(
            session.execute(
                sa.select(p.c.id, p.c.name)
                .join(a, a.c.owner_id == p.c.id)
                .group_by(p.c.id)
                .order_by(sa.func.count().desc())
                .limit(1)
            ).one()
        )


def _pairs(
    app: tuple[Callable[[], object], Callable[[], object]],
    floor: tuple[Callable[[], object], Callable[[], object]],
    runs: int,
) -> tuple[float, float]:
    """Median times of the app's and the floor's ``(prepare, run)``, in turn, each run
    after its untimed prepare; one warm-up of each."""
    times: tuple[list[float], list[float]] = ([], [])
    for n in range(runs + 1):
        for (prepare, run), spent in zip((app, floor), times, strict=True):
            prepare()
            began = time.perf_counter()
            run()
            if n:
                spent.append(time.perf_counter() - began)
    return statistics.median(times[0]), statistics.median(times[1])


def _nothing() -> None:
    pass


@step("tracker")
def tracker_figures(bench: Bench) -> list[Figure]:
    """Open the tracker on every action, filter it by one owner and by a word, against
    the floor; read it again, scroll to its end and sort it by owner (reported)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workbench.ui.followup.actions_model import COL_DUE, COL_OWNER

    db, runs = bench.db, bench.runs
    app = QApplication.instance()
    assert app is not None, "the benchmark creates the QApplication first"
    owner = _busiest_owner(db)
    conn = sqlite3.connect(db.path)
    pages: list[Any] = []
    floors: list[tuple[Any, IdsModel]] = []

    def new_page() -> None:
        while pages:
            old, _choose = pages.pop()
            old.close()
            old.deleteLater()
        app.processEvents()
        pages.append(_tracker_page(db))

    def show_page() -> None:
        pages[0][0].show()
        app.processEvents()

    def new_floor() -> None:
        while floors:
            old, _model = floors.pop()
            old.close()
            old.deleteLater()
        app.processEvents()
        floors.append(floor_view(conn, SIZE))

    def show_floor() -> None:
        view, model = floors[0]
        model.show(ALL_IDS)
        view.show()
        app.processEvents()

    opened, opened_floor = _pairs((new_page, show_page), (new_floor, show_floor), runs)
    page, set_owner = pages[0]
    view, model = floors[0]
    total, counted = page.proxy.rowCount(), page.model.rowCount()
    assert total == counted == len(model.ids), (total, counted, len(model.ids))

    def filtered(choose: Callable[[], None], clear: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            choose()
            app.processEvents()
            clear()
            app.processEvents()

        return run

    by_owner = filtered(lambda: set_owner(owner[0]), lambda: set_owner(None))
    floor_owner = filtered(lambda: model.show(BY_OWNER, owner[0]), lambda: model.show(ALL_IDS))
    owner_time, owner_floor = _pairs((_nothing, by_owner), (_nothing, floor_owner), runs)
    set_owner(owner[0])
    model.show(BY_OWNER, owner[0])
    owner_rows, owner_floor_rows = page.proxy.rowCount(), len(model.ids)
    set_owner(None)

    by_text = filtered(
        lambda: page.filter_edit.setText(FILTER_WORD), lambda: page.filter_edit.setText("")
    )
    floor_text = filtered(
        lambda: model.show(BY_WORD, f"%{FILTER_WORD}%"), lambda: model.show(ALL_IDS)
    )
    text_time, text_floor = _pairs((_nothing, by_text), (_nothing, floor_text), runs)
    page.filter_edit.setText(FILTER_WORD)
    model.show(BY_WORD, f"%{FILTER_WORD}%")
    text_rows, text_floor_rows = page.proxy.rowCount(), len(model.ids)
    page.filter_edit.setText("")
    view.close()
    conn.close()

    def read_ids() -> None:
        page.source.order(COL_DUE, Qt.SortOrder.AscendingOrder)

    def to_top() -> None:
        page.reload()  # rows read so far are forgotten: the last screen is read anew
        page.view.scrollToTop()
        app.processEvents()

    def to_end() -> None:
        page.view.scrollToBottom()
        app.processEvents()

    def by_due() -> None:
        page.view.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    def by_owner_column() -> None:
        page.view.sortByColumn(COL_OWNER, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    ids_time = median_time(read_ids, runs)
    end_time = _pairs((to_top, to_end), (_nothing, _nothing), runs)[0]
    sort_time = _pairs((by_due, by_owner_column), (_nothing, _nothing), runs)[0]
    by_due()
    page.close()

    def rows(app_rows: int, floor_rows: int) -> str:
        same = "the same" if app_rows == floor_rows else f"the floor {floor_rows:,}"
        return f"{app_rows:,} rows, {same}"

    return [
        Figure(
            f"tracker: all {total:,} actions shown (page opened, first screen drawn)",
            opened,
            floor=opened_floor,
            floor_name=FLOOR,
            max_ratio=RATIO,
        ),
        Figure(
            "tracker: filter by owner and clear it (half of the pair)",
            owner_time / 2,
            floor=owner_floor / 2,
            floor_name="the same view, the ids again from raw SQL",
            max_ratio=RATIO,
            note=f"{owner[1]}: {rows(owner_rows, owner_floor_rows)}",
        ),
        Figure(
            f"tracker: filter by the word '{FILTER_WORD}' and clear it (half of the pair)",
            text_time / 2,
            floor=text_floor / 2,
            floor_name="the same view, the ids again from raw SQL (LIKE over title and names)",
            max_ratio=RATIO,
            note=rows(text_rows, text_floor_rows),
        ),
        Figure("… tracker: reading the ids in order (SQL)", ids_time),
        Figure("… tracker: scroll to the last screen (its rows read then)", end_time),
        Figure(f"… tracker: sort all {total:,} by owner", sort_time),
    ]

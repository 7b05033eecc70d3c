"""The tracker's figures: open it on 50,000 actions, scroll, sort, filter, as a user does.

The tracker holds the ids of the actions and reads the rows it shows (see
``workbench.ui.lists.lazy_rows``), so "shown" is measured as the user meets it: from
showing the page to the end of the events that draw it, the list holding every action
(its count, its scroll bar) and the first screen's rows read and drawn. Rows further down
are read when they are scrolled to; that is measured too (the last screen), as is a sort
by a column other than the due date. Everything here runs on the GUI thread, as in the
app: nothing is left to finish in the background.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from workbench.bench.figures import Figure, median_time
from workbench.domain import Action, Person
from workbench.store import Database

if TYPE_CHECKING:
    from workbench.ui.followup.tracker_page import TrackerPage

TRACKER_LIMIT = 0.100
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


def _median_after(prepare: Callable[[], object], run: Callable[[], object], runs: int) -> float:
    """The median time of ``run``, each run after an untimed ``prepare``; one warm-up."""
    times = []
    for n in range(runs + 1):
        prepare()
        began = time.perf_counter()
        run()
        if n:
            times.append(time.perf_counter() - began)
    return statistics.median(times)


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


def tracker_figures(db: Database, runs: int) -> list[Figure]:
    """Open the tracker on every action, read it again, scroll to its end, sort it by
    owner, and filter it by one owner and by a word."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workbench.ui.followup.actions_model import COL_DUE, COL_OWNER

    app = QApplication.instance()
    assert app is not None, "the benchmark creates the QApplication first"
    owner = _busiest_owner(db)
    pages: list[Any] = []

    def new_page() -> None:
        while pages:
            old, _choose = pages.pop()
            old.close()
            old.deleteLater()
        app.processEvents()
        pages.append(_tracker_page(db))

    def show() -> None:
        pages[0][0].show()
        app.processEvents()

    opened = _median_after(new_page, show, runs)
    page, set_owner = pages[0]
    total, counted = page.proxy.rowCount(), page.count_label.text()
    read = len(page.model._cache)

    def read_ids() -> None:
        page.source.order(COL_DUE, Qt.SortOrder.AscendingOrder)

    ids_time = median_time(read_ids, runs)

    def again() -> None:
        page.reload()
        app.processEvents()

    again_time = median_time(again, runs)

    def to_top() -> None:
        page.reload()  # rows read so far are forgotten: the last screen is read anew
        page.view.scrollToTop()
        app.processEvents()

    def to_end() -> None:
        page.view.scrollToBottom()
        app.processEvents()

    end_time = _median_after(to_top, to_end, runs)

    def by_due() -> None:
        page.view.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    def by_owner_column() -> None:
        page.view.sortByColumn(COL_OWNER, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    sort_time = _median_after(by_due, by_owner_column, runs)
    by_due()

    def by_owner() -> None:
        set_owner(owner[0])
        app.processEvents()
        set_owner(None)
        app.processEvents()

    def by_text() -> None:
        page.filter_edit.setText(FILTER_WORD)
        app.processEvents()
        page.filter_edit.setText("")
        app.processEvents()

    # Each run filters and clears again: the figure is half of that pair.
    owner_time = median_time(by_owner, runs) / 2
    set_owner(owner[0])
    owner_rows = page.proxy.rowCount()
    set_owner(None)
    text_time = median_time(by_text, runs) / 2
    page.filter_edit.setText(FILTER_WORD)
    text_rows = page.proxy.rowCount()
    page.filter_edit.setText("")
    page.close()
    return [
        Figure(
            f"tracker: show all {total:,} actions (open the page; first screen drawn)",
            opened,
            limit=TRACKER_LIMIT,
            note=f"'{counted}', {read} rows read",
        ),
        Figure("… of which reading the ids in order (SQL)", ids_time),
        Figure("… show all again (read again after a change)", again_time, limit=TRACKER_LIMIT),
        Figure("tracker: scroll to the last screen (its rows read then)", end_time),
        Figure(f"tracker: sort all {total:,} by owner", sort_time),
        Figure(
            f"tracker: filter by owner ({owner_rows:,} rows)",
            owner_time,
            limit=TRACKER_LIMIT,
            note=f"{owner[1]}",
        ),
        Figure(
            f"tracker: filter by text ({text_rows:,} rows)",
            text_time,
            limit=TRACKER_LIMIT,
            note=f"'{FILTER_WORD}'",
        ),
    ]

"""Where the tracker's lazy list gets its ids, rows, filter and counts: the database.

``ActionSource`` is the ``RowSource`` of an ``ActionsModel`` on the tracker page. It
turns the list's columns and the words it shows (translated labels, the overdue mark)
into the arguments of ``services.tracker_queries``, one short session per question.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

from PySide6.QtCore import Qt

from workbench.domain import ActionStatus, Audience
from workbench.services.followup import actions as tracker_queries
from workbench.services.followup.tracker import TrackedAction, TrackerFilter
from workbench.store import Database
from workbench.ui.followup.actions_model import (
    COL_AUDIENCE,
    COL_DUE,
    COL_ENGAGEMENT,
    COL_MEETING,
    COL_ORGANISATION,
    COL_OWNER,
    COL_STATUS,
    COL_TITLE,
    overdue_text,
)
from workbench.ui.labels import label

#: The field ``tracker_queries.ordered_action_ids`` sorts by, per column of the list.
SORT_BY = {
    COL_TITLE: "title",
    COL_OWNER: "owner",
    COL_ORGANISATION: "organisation",
    COL_DUE: "due",
    COL_STATUS: "status",
    COL_ENGAGEMENT: "engagement",
    COL_MEETING: "meeting",
    COL_AUDIENCE: "audience",
}


class ActionSource:
    """The tracker's actions as SQLite answers for them (see ``tracker_queries``)."""

    def __init__(self, db: Database, today: Callable[[], date]) -> None:
        self.db, self.today = db, today

    def order(self, column: int, order: Qt.SortOrder) -> list[str]:
        labels = {a.value: label(a) for a in Audience}
        with self.db.session() as s:
            return tracker_queries.ordered_action_ids(
                s,
                SORT_BY.get(column, "due"),
                descending=order == Qt.SortOrder.DescendingOrder,
                labels=labels,
            )

    def fetch(self, ids: Sequence[str]) -> list[TrackedAction]:
        with self.db.session() as s:
            return tracker_queries.fetch_actions(s, ids, today=self.today())

    def passing(
        self, flt: TrackerFilter, text: str, among: Collection[str] | None = None
    ) -> set[str]:
        """The ids the filter bar and the typed words let through."""
        shown = tracker_queries.ShownWords(
            statuses={s.value: label(s) for s in ActionStatus}, overdue=overdue_text("")
        )
        with self.db.session() as s:
            return tracker_queries.filtered_action_ids(
                s, flt, today=self.today(), text=text, shown=shown, among=among
            )

    def summary(self) -> dict[str, int]:
        """Open, overdue and due-soon counts of every action."""
        with self.db.session() as s:
            return tracker_queries.action_summary(s, self.today())

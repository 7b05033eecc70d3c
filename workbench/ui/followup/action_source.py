"""Where the tracker's lazy list gets its ids, rows, filter and counts: the database.

``ActionSource`` is the ``RowSource`` of an ``ActionsModel`` on the tracker page. It
turns the list's columns and the words it shows (translated labels, the overdue mark)
into the arguments of ``services.followup.actions``, one short session per question.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

from PySide6.QtCore import Qt

from workbench.domain import ActionStatus, Audience
from workbench.services.followup import actions
from workbench.services.followup.actions import ActionRow
from workbench.services.followup.tracker import TrackerFilter
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

#: The field ``actions.ordered_action_ids`` sorts by, per column of the list.
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
    """The tracker's actions as SQLite answers for them (see ``services.followup.actions``)."""

    def __init__(self, db: Database, today: Callable[[], date]) -> None:
        self.db, self.today = db, today

    def order(self, column: int, order: Qt.SortOrder) -> Sequence[str]:
        labels = {a.value: label(a) for a in Audience}
        with self.db.session() as s:
            return actions.ordered_action_ids(
                s,
                SORT_BY.get(column, "due"),
                descending=order == Qt.SortOrder.DescendingOrder,
                labels=labels,
            )

    def fetch(self, ids: Sequence[str]) -> list[ActionRow]:
        with self.db.session() as s:
            return actions.read_actions(s, today=self.today(), ids=ids, ordered=False)

    def passing(
        self, flt: TrackerFilter, text: str, among: Collection[str] | None = None
    ) -> set[str]:
        """The ids the filter bar and the typed words let through."""
        shown = actions.ShownWords(
            statuses={s.value: label(s) for s in ActionStatus}, overdue=overdue_text("")
        )
        with self.db.session() as s:
            return actions.filtered_action_ids(
                s, flt, today=self.today(), text=text, shown=shown, among=among
            )

    def summary(self) -> dict[str, int]:
        """Open, overdue and due-soon counts of every action."""
        with self.db.session() as s:
            return actions.action_summary(s, self.today())

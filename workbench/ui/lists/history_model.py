"""The history of one record: what changed, from what to what, when, by whom, where."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from workbench.services.history import PERSON_FIELDS, HistoryEntry
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label, stage_label
from workbench.ui.lists.rows_model import RowsModel, format_datetime
from workbench.ui.widgets.html_delegate import HTML_ROLE

COL_WHEN, COL_WHAT, COL_CHANGE, COL_BY, COL_MEETING = range(5)

FIELD_NAMES: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    "owner_id": QT_TRANSLATE_NOOP("HistoryModel", "Owner"),
    "due_on": QT_TRANSLATE_NOOP("HistoryModel", "Due date"),
    "stage": QT_TRANSLATE_NOOP("HistoryModel", "Milestone stage"),
    "outcome": QT_TRANSLATE_NOOP("HistoryModel", "Outcome"),
    "audience": QT_TRANSLATE_NOOP("HistoryModel", "Audience"),
    "starts_at": QT_TRANSLATE_NOOP("HistoryModel", "Starts at"),
    # the rest: fields a merge conflict can be about
    "title": QT_TRANSLATE_NOOP("HistoryModel", "Title"),
    "text": QT_TRANSLATE_NOOP("HistoryModel", "Text"),
    "body": QT_TRANSLATE_NOOP("HistoryModel", "Note"),
    "notes": QT_TRANSLATE_NOOP("HistoryModel", "Notes"),
    "name": QT_TRANSLATE_NOOP("HistoryModel", "Name"),
    "email": QT_TRANSLATE_NOOP("HistoryModel", "E-mail"),
    "role": QT_TRANSLATE_NOOP("HistoryModel", "Role"),
    "country": QT_TRANSLATE_NOOP("HistoryModel", "Country"),
    "kind": QT_TRANSLATE_NOOP("HistoryModel", "Kind"),
    "theme": QT_TRANSLATE_NOOP("HistoryModel", "Theme"),
    "description": QT_TRANSLATE_NOOP("HistoryModel", "Description"),
    "baseline": QT_TRANSLATE_NOOP("HistoryModel", "Baseline"),
    "place": QT_TRANSLATE_NOOP("HistoryModel", "Place"),
    "evidence": QT_TRANSLATE_NOOP("HistoryModel", "Evidence"),
    "category": QT_TRANSLATE_NOOP("HistoryModel", "Category"),
    "direction": QT_TRANSLATE_NOOP("HistoryModel", "Made"),
    "party_id": QT_TRANSLATE_NOOP("HistoryModel", "Party"),
    "chair_id": QT_TRANSLATE_NOOP("HistoryModel", "Chair"),
    "minute_taker_id": QT_TRANSLATE_NOOP("HistoryModel", "Minute-taker"),
    "presenter_id": QT_TRANSLATE_NOOP("HistoryModel", "Presenter"),
    "purpose": QT_TRANSLATE_NOOP("HistoryModel", "Purpose"),
    "planned_minutes": QT_TRANSLATE_NOOP("HistoryModel", "Planned minutes"),
    "duration_minutes": QT_TRANSLATE_NOOP("HistoryModel", "Duration"),
    "position": QT_TRANSLATE_NOOP("HistoryModel", "Position"),
    "presence": QT_TRANSLATE_NOOP("HistoryModel", "Presence"),
    "done_on": QT_TRANSLATE_NOOP("HistoryModel", "Done on"),
    "started_on": QT_TRANSLATE_NOOP("HistoryModel", "Started on"),
    "triaged": QT_TRANSLATE_NOOP("HistoryModel", "Triaged"),
    "engagement_id": QT_TRANSLATE_NOOP("HistoryModel", "Engagement"),
    "meeting_id": QT_TRANSLATE_NOOP("HistoryModel", "Meeting"),
    "target_id": QT_TRANSLATE_NOOP("HistoryModel", "Company"),
    "objective_id": QT_TRANSLATE_NOOP("HistoryModel", "Objective"),
    "chain_position": QT_TRANSLATE_NOOP("HistoryModel", "Chain position"),
    "hq_region": QT_TRANSLATE_NOOP("HistoryModel", "Headquarters region"),
    "why_selected": QT_TRANSLATE_NOOP("HistoryModel", "Why selected"),
    "is_member": QT_TRANSLATE_NOOP("HistoryModel", "Member of the group"),
}


def field_name(field: str) -> str:
    """A record field as the user knows it (history, merge conflicts)."""
    if field.endswith("_audience"):  # who may read one text: "Audience of Baseline"
        of = field_name(field.removesuffix("_audience"))
        return QCoreApplication.translate("HistoryModel", "Audience of {field}").format(field=of)
    name = FIELD_NAMES.get(field)
    if name:  # i18n: ok (marked with QT_TRANSLATE_NOOP above)
        return QCoreApplication.translate("HistoryModel", name)
    return field.replace("_", " ").capitalize()


def value_text(field: str, value: str | None, name: str | None = None) -> str:
    """A stored history value as the user knows it (names, labels, local times)."""
    if value is None or value == "":
        return "—"
    if field in PERSON_FIELDS:
        return name or QCoreApplication.translate("HistoryModel", "(someone removed)")
    if field == "stage":
        try:
            return stage_label(int(value))
        except ValueError:
            return value
    if field.endswith("_at"):
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_datetime(instant if instant.tzinfo else instant.replace(tzinfo=UTC))
    return label(value)


class HistoryModel(RowsModel[HistoryEntry]):
    CONTEXT = "HistoryModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("HistoryModel", "When"),
        QT_TRANSLATE_NOOP("HistoryModel", "What"),
        QT_TRANSLATE_NOOP("HistoryModel", "Change"),
        QT_TRANSLATE_NOOP("HistoryModel", "By"),
        QT_TRANSLATE_NOOP("HistoryModel", "Meeting"),
    )

    def display(self, row: HistoryEntry, column: int) -> str:
        if column == COL_WHEN:
            return format_datetime(row.at)
        if column == COL_WHAT:
            return field_name(row.field)
        if column == COL_CHANGE:
            old = value_text(row.field, row.old, row.old_name)
            new = value_text(row.field, row.new, row.new_name)
            return f"{old} → {new}"
        if column == COL_BY:
            who = row.by or QCoreApplication.translate("HistoryModel", "(not set)")
            if row.laptop_id and not row.laptop_here:  # made on another laptop of the group
                laptop = row.laptop or QCoreApplication.translate("HistoryModel", "another laptop")
                return QCoreApplication.translate("HistoryModel", "{who}, on {laptop}").format(
                    who=who, laptop=laptop
                )
            return who
        return row.meeting or ""

    def sort_key(self, row: HistoryEntry, column: int) -> Any:
        return row.at if column == COL_WHEN else super().sort_key(row, column)

    def rich_text(self, row: HistoryEntry) -> str:
        """One entry in two lines, for a narrow panel: what changed, then when, who, where."""
        what = html.escape(self.display(row, COL_WHAT))
        change = html.escape(self.display(row, COL_CHANGE))
        context = " · ".join(
            html.escape(p)
            for p in (self.display(row, COL_WHEN), self.display(row, COL_BY), row.meeting or "")
            if p
        )
        note = f"<br><i>{html.escape(row.note)}</i>" if row.note else ""
        return f'<b>{what}</b>: {change}<br><span style="color:gray">{context}</span>{note}'

    def extra_data(self, row: HistoryEntry, column: int, role: int) -> Any:
        if role == HTML_ROLE:
            return self.rich_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_BY and not row.by:
            return QCoreApplication.translate(
                "HistoryModel", "Nobody was set in Tools → I am… when this changed"
            )
        return None

"""One side of the commitment ledger: promises with status, due date, meeting, evidence."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from workbench.domain import CommitmentStatus
from workbench.services.followup.ledger import STATUS_ORDER, LedgerEntry
from workbench.ui.followup.actions_model import overdue_text
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel, format_date
from workbench.ui.palette import tone
from workbench.ui.widgets.html_delegate import HTML_ROLE

COL_TEXT, COL_STATUS, COL_DUE, COL_MEETING, COL_EVIDENCE, COL_WHO = range(6)

#: The tone of each settled status (``workbench.ui.palette``: light or dark palette).
STATUS_TONES: dict[CommitmentStatus, str] = {
    CommitmentStatus.FULFILLED: "success",
    CommitmentStatus.NOT_FULFILLED: "overdue",
    CommitmentStatus.WITHDRAWN: "muted",
}
#: A mark beside the status word, so that status is never told by colour alone.
STATUS_MARKS: dict[CommitmentStatus, str] = {
    CommitmentStatus.OPEN: "○",
    CommitmentStatus.IN_PROGRESS: "◐",
    CommitmentStatus.FULFILLED: "✔",
    CommitmentStatus.NOT_FULFILLED: "✘",
    CommitmentStatus.WITHDRAWN: "–",
}


def status_text(status: CommitmentStatus) -> str:
    return f"{STATUS_MARKS[status]} {label(status)}"


class LedgerModel(RowsModel[LedgerEntry]):
    CONTEXT = "LedgerModel"
    KEY_COLUMNS = (COL_TEXT, COL_STATUS, COL_DUE)
    STRETCH_COLUMN = COL_TEXT
    COLUMNS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Commitment"),
        QT_TRANSLATE_NOOP("LedgerModel", "Status"),
        QT_TRANSLATE_NOOP("LedgerModel", "Due"),
        QT_TRANSLATE_NOOP("LedgerModel", "Made in"),
        QT_TRANSLATE_NOOP("LedgerModel", "Evidence"),
        QT_TRANSLATE_NOOP("LedgerModel", "Party / owner"),
    )

    def display(self, row: LedgerEntry, column: int) -> str:
        if column == COL_TEXT:
            return row.text
        if column == COL_STATUS:
            return status_text(row.status)
        if column == COL_DUE:
            due = format_date(row.due_on)
            return overdue_text(due) if row.overdue else due
        if column == COL_MEETING:
            day = format_date(row.meeting_starts_at) if row.meeting_starts_at else ""
            return " · ".join(p for p in (day, row.meeting or "") if p)
        if column == COL_EVIDENCE:
            return row.evidence or ""
        return " / ".join(p for p in (row.party, row.owner) if p)

    def sort_key(self, row: LedgerEntry, column: int) -> Any:
        if column == COL_STATUS:
            return STATUS_ORDER.index(row.status)
        if column == COL_DUE:
            return row.due_on
        if column == COL_MEETING:
            return row.meeting_starts_at
        return super().sort_key(row, column)

    def rich_text(self, row: LedgerEntry) -> str:
        """The commitment, where it was made, by whom and its evidence, in one cell."""
        made = self.display(row, COL_MEETING)
        who = self.display(row, COL_WHO)
        parts = [f"<b>{html.escape(row.text)}</b>"]
        details = []
        if made:
            made_in = QCoreApplication.translate("LedgerModel", "made in {meeting}")
            details.append(made_in.format(meeting=html.escape(made)))
        if who:
            details.append(html.escape(who))
        if details:
            parts.append(f'<span style="color:gray">{" · ".join(details)}</span>')
        if row.evidence:
            evidence = QCoreApplication.translate("LedgerModel", "Evidence:")
            parts.append(f"<i>{evidence} {html.escape(row.evidence)}</i>")
        return "<br>".join(parts)

    def extra_data(self, row: LedgerEntry, column: int, role: int) -> Any:
        if role == HTML_ROLE and column == COL_TEXT:
            return self.rich_text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DUE and row.overdue:
                return QBrush(tone("overdue"))
            if column == COL_STATUS and row.status in STATUS_TONES:
                return QBrush(tone(STATUS_TONES[row.status]))
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DUE and row.overdue:
            from workbench.ui.icons import icon

            return icon("overdue")
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TEXT, COL_EVIDENCE):
            text = row.text if column == COL_TEXT else row.evidence
            return text or None
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return QCoreApplication.translate("LedgerModel", "Overdue: past its due date")
        return None

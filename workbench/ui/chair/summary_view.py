"""The end of a meeting in chair mode: what it took, what it decided, and what comes next.

At the top, how long the meeting took against its plan and which items ran over (over
time is said in words as well as in red). Then the next steps (``summary_next``): the
draft minutes as a PDF, the minutes for partners, sending them, the next meeting. Then
everything the meeting captured, counted ("2 decisions, 1 commitment…", in Qt's plural
forms) and listed, each correctable in place (``summary_captured``); beside it, each
item against its time box.

The view belongs to a ``ChairWindow`` (its top-level window): it reaches the chair's
session, undo stack and pickers through it, and the main window (which opened chair
mode) for the Meeting-menu actions that lead on.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.services.chair.session import format_seconds
from workbench.services.chair.summary import CapturedRow, ChairSummary
from workbench.ui.chair.summary_captured import (
    CapturedModel,
    CorrectionDialog,
    WithdrawCommand,
)
from workbench.ui.chair.summary_next import NextSteps
from workbench.ui.lists.columns import ColumnFitter
from workbench.ui.lists.rows_model import ROW_ROLE
from workbench.ui.palette import css, hint_css


class ChairSummaryView(QWidget):
    """The summary page of chair mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chair_summary")
        self.summary: ChairSummary | None = None
        self.heading = QLabel()
        self.heading.setObjectName("summary_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.next_steps = NextSteps()

        self.counts = QLabel()
        self.counts.setObjectName("summary_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.model = CapturedModel(self)
        self.list = QTableView()
        self.list.setObjectName("summary_captured")
        self.list.setAccessibleName(self.tr("What the meeting captured"))
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().setVisible(False)
        self.list.doubleClicked.connect(lambda _i: self.correct())
        self.list.activated.connect(lambda _i: self.correct())
        self.columns = ColumnFitter(self.list)
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.setObjectName("summary_correct")
        self.correct_button.setAccessibleName(self.tr("Correct the selected capture"))
        self.correct_button.clicked.connect(self.correct)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setObjectName("summary_withdraw")
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected capture"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.list.selectionModel().currentRowChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.withdraw).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.empty = QLabel(self.tr("Nothing was captured in this meeting."))
        self.empty.setObjectName("summary_nothing")
        self.empty.setStyleSheet(hint_css(self.palette()))

        self.timing = QLabel()
        self.timing.setObjectName("summary_timing")
        self.timing.setTextFormat(Qt.TextFormat.RichText)
        self.timing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.timing.setWordWrap(True)
        self.footer = QLabel()
        self.footer.setObjectName("summary_footer")
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet(hint_css(self.palette()))
        self._layout()

    def _layout(self) -> None:
        captured = QWidget()
        c = QVBoxLayout(captured)
        c.setContentsMargins(0, 0, 0, 0)
        c.addWidget(self.counts)
        c.addWidget(self.empty)
        c.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        c.addLayout(buttons)
        times = QGroupBox(self.tr("Time per item"))
        times.setObjectName("summary_times")
        t = QVBoxLayout(times)
        t.addWidget(self.timing)
        t.addStretch(1)
        split = self.split = QSplitter()
        split.setObjectName("summary_split")
        split.addWidget(captured)
        split.addWidget(times)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        steps = QGroupBox(self.tr("Next steps"))
        steps.setObjectName("summary_steps")
        s = QVBoxLayout(steps)
        s.addWidget(self.next_steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(steps)
        layout.addWidget(split, 1)
        layout.addWidget(self.footer)
        self.setFocusProxy(self.next_steps.draft_button)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        total = sum(self.split.sizes())
        if total:  # the list three fifths, the times two: item titles read on one line
            self.split.setSizes([total * 3 // 5, total - total * 3 // 5])
        self.next_steps.draft_button.setFocus()  # the keyboard starts at the next steps

    # -- the chair window it belongs to ---------------------------------------------
    def _chair(self) -> Any:
        chair = self.window()
        return chair if hasattr(chair, "session") else None

    # -- showing --------------------------------------------------------------------
    def set_summary(
        self, summary: ChairSummary, captured: Sequence[CapturedRow], planned_seconds: int
    ) -> None:
        """Show ``summary``; ``captured`` lists what the meeting captured, with its item."""
        self.summary = summary
        chair = self._chair()
        if chair is not None:
            self.next_steps.set_meeting(chair.db, summary.meeting_id, chair.parentWidget())
        over = len(summary.items_over_time)
        heading = self.tr("Meeting held: {title}").format(title=html.escape(summary.title))
        timing = self.tr("Duration: <b>{took}</b> (planned {planned})").format(
            took=format_seconds(summary.total_seconds),
            planned=format_seconds(planned_seconds),
        )
        over_text = html.escape(self.tr("%n item(s) over time", "", over))
        if over:
            over_text = f"<b style='color:{css('danger', self.palette())}'>{over_text}</b>"
        self.heading.setText(
            f"<h1 style='margin-bottom:4px'>{heading}</h1>"  # i18n: ok (markup)
            f"<p>{timing} · {over_text}</p>"
        )
        self.timing.setText(self._times(summary))
        counted = html.escape(self._counted(summary))
        self.counts.setText(f"<h3 style='margin:0'>{counted}</h3>")  # i18n: ok (markup)
        current = self._current_row()
        self.model.set_rows(list(captured))
        self.empty.setVisible(not captured)
        self.list.setVisible(bool(captured))
        self.columns.measure()
        self.columns.fit()
        rows = [r.id for r in captured]
        if current is not None and current.id in rows:
            self.list.selectRow(rows.index(current.id))
        elif captured:
            self.list.selectRow(0)
        self._selection_changed()
        self.footer.setText(
            self.tr("Everything is saved and linked to this meeting.")
            + " "
            + self.tr("Esc closes chair mode; Ctrl+Enter resumes the meeting.")
        )

    def _counted(self, summary: ChairSummary) -> str:
        commitments = self.tr("%n commitment(s)", "", summary.commitments)
        if summary.commitments:
            commitments += " " + self.tr("({by_company} by the company, {by_group} by the group)")
            commitments = commitments.format(
                by_company=summary.commitments_by_company, by_group=summary.commitments_by_group
            )
        return self.tr("Captured: {decisions}, {commitments}, {actions}").format(
            decisions=self.tr("%n decision(s)", "", summary.decisions),
            commitments=commitments,
            actions=self.tr("%n action(s)", "", summary.actions),
        )

    def _times(self, summary: ChairSummary) -> str:
        danger = css("danger", self.palette())
        rows = []
        for n, i in enumerate(summary.items, start=1):
            over = (
                f"<span style='color:{danger}'><b>"
                + html.escape(self.tr("+{t} over").format(t=format_seconds(i.over_seconds)))
                + "</b></span>"
                if i.over_seconds
                else ""
            )
            rows.append(
                f"<tr><td>{n}.</td><td>{html.escape(i.title)}</td>"
                f"<td align='right'>{format_seconds(i.actual_seconds)}</td>"
                f"<td align='right'>{format_seconds(i.planned_seconds)}</td><td>{over}</td></tr>"
            )
        item, took, planned = self.tr("Item"), self.tr("Took"), self.tr("Planned")
        return (
            "<table cellspacing='0' cellpadding='3'><tr><th></th>"  # i18n: ok (markup)
            f"<th align='left'>{item}</th><th>{took}</th><th>{planned}</th><th></th></tr>"
            f"{''.join(rows)}</table>"
        )

    # -- correcting -----------------------------------------------------------------
    def _current_row(self) -> CapturedRow | None:
        index: QModelIndex = self.list.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, CapturedRow) else None

    def _selection_changed(self, *_args: Any) -> None:
        chosen = self._current_row() is not None and self._chair() is not None
        self.correct_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)

    def correct(self) -> CorrectionDialog | None:
        """Open the selected capture in the capture form, filled in."""
        row, chair = self._current_row(), self._chair()
        if row is None or chair is None:
            return None
        dialog = CorrectionDialog(
            chair.session, row, chair._people, chair._organisations, parent=self
        )
        dialog.accepted.connect(lambda: self._changed(row.kind, row.id))
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        """Take the selected capture back (the chair's undo brings it back)."""
        row, chair = self._current_row(), self._chair()
        if row is None or chair is None:
            return
        chair.undo_stack.push(
            WithdrawCommand(chair.session, row.kind, row.id, self.tr("Withdraw"), self._changed)
        )

    def _changed(self, kind: str, record_id: str) -> None:
        """A capture was corrected or withdrawn: count and list again, tell the others."""
        chair = self._chair()
        if chair is None:
            return
        chair.captured_changed(kind, record_id)
        self.set_summary(
            chair.session.summary(), chair.session.captured(), chair.session.duration_minutes * 60
        )

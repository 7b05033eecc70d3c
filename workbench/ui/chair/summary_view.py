"""The end of a meeting in chair mode: how long it took, each item against its time box,
and everything it captured, linked to the meeting. Over time is said in words as well as
in red."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.services.chair.session import format_seconds
from workbench.services.chair.summary import CapturedRow, ChairSummary
from workbench.ui.chair.captured_panel import kind_name
from workbench.ui.labels import label
from workbench.ui.palette import css


class ChairSummaryView(QLabel):
    """The summary page of chair mode (rich text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chair_summary")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWordWrap(True)
        self.setMargin(24)

    def set_summary(
        self, summary: ChairSummary, captured: Sequence[CapturedRow], planned_seconds: int
    ) -> None:
        """Show ``summary``; ``captured`` lists what the meeting captured, with its item."""
        danger = css("danger", self.palette())
        rows = []
        for n, i in enumerate(summary.items, start=1):
            over = (
                f"<span style='color:{danger}'><b>"
                + self.tr("+{t} over").format(t=format_seconds(i.over_seconds))
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
        saved = self.tr("Everything is saved and linked to this meeting.")
        closing = self.tr("Esc closes chair mode; Ctrl+Enter resumes the meeting.")
        listed = "".join(
            f"<li><b>{kind_name(r.kind)}</b>"
            f"{' (' + label(r.direction).lower() + ')' if r.direction else ''}: "
            f"{html.escape(r.text)} <i>— {html.escape(r.item_title or '')}</i></li>"
            for r in captured
        )
        heading = self.tr("Meeting held: {title}").format(title=html.escape(summary.title))
        timing = self.tr(
            "Duration: <b>{took}</b> (planned {planned}) · Items over time: <b>{over}</b>"
        ).format(
            took=format_seconds(summary.total_seconds),
            planned=format_seconds(planned_seconds),
            over=len(summary.items_over_time),
        )
        counts = self.tr(
            "Captured: {d} decisions, {c} commitments ({by_company} by the company, "
            "{by_group} by the working group), {a} actions"
        ).format(
            d=summary.decisions,
            c=summary.commitments,
            by_company=summary.commitments_by_company,
            by_group=summary.commitments_by_group,
            a=summary.actions,
        )
        self.setText(
            f"<h1>{heading}</h1><p>{timing}</p>"  # i18n: ok (markup around translations)
            f"<table cellspacing='0' cellpadding='4'><tr><th></th><th align='left'>{item}"
            f"</th><th>{took}</th><th>{planned}</th><th></th></tr>"
            f"{''.join(rows)}</table>"
            f"<h2>{counts}</h2><ul>{listed}</ul><p>{saved} {closing}</p>"
        )

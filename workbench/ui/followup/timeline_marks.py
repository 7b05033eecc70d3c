"""The marks of the timeline that came with the stewardship record, and its legend.

An interaction (a letter, a call, an AGM question) is a small envelope; an escalation
step a flag in the warning colour with its number on the ladder. The legend names every
mark, in the context of the ``TimelineWidget`` that draws it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from workbench.domain import MeetingKind
from workbench.services.followup.progress import EventKind, TimelineEvent


def draw_envelope(p: QPainter, at: QPointF, r: float, fill: QColor) -> None:
    """An interaction: a small envelope, in the current pen."""
    box = QRectF(at.x() - r, at.y() - r * 0.7, 2 * r, 1.4 * r)
    p.setBrush(fill)
    p.drawRect(box)
    p.drawPolyline([box.topLeft(), QPointF(at.x(), at.y() + r * 0.15), box.topRight()])


def draw_flag(
    p: QPainter, at: QPointF, r: float, colour: QColor, number: int | None, font: QFont
) -> None:
    """An escalation step: a flag in ``colour``, with the step's number beside it."""
    p.setPen(QPen(colour, 1.5))
    p.drawLine(at + QPointF(-r * 0.8, r * 1.2), at + QPointF(-r * 0.8, -r * 1.2))
    p.setBrush(colour)
    p.drawPolygon(
        [
            at + QPointF(-r * 0.8, -r * 1.2),
            at + QPointF(r * 1.4, -r * 0.5),
            at + QPointF(-r * 0.8, r * 0.2),
        ]
    )
    if number:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(max(6.0, bold.pointSizeF() * 0.75))
        p.setFont(bold)
        p.drawText(at + QPointF(r * 1.0, r * 1.2), str(number))
        p.setFont(font)


def _sample(kind: EventKind, **kwargs: object) -> TimelineEvent:
    return TimelineEvent(datetime.now(UTC), kind, "", "", "", **kwargs)  # type: ignore[arg-type]


def legend_items() -> list[tuple[TimelineEvent, str]]:
    """Each mark of the timeline with what it means."""

    return [
        (_sample(EventKind.MEETING, meeting_kind=MeetingKind.COMPANY_CALL),
         QCoreApplication.translate("TimelineWidget", "company call")),
        (_sample(EventKind.MEETING, meeting_kind=MeetingKind.WORKING_GROUP),
         QCoreApplication.translate("TimelineWidget", "working group")),
        (_sample(EventKind.COMMITMENT_MADE),
         QCoreApplication.translate("TimelineWidget", "promise made")),
        (_sample(EventKind.COMMITMENT_FULFILLED),
         QCoreApplication.translate("TimelineWidget", "kept")),
        (_sample(EventKind.COMMITMENT_NOT_FULFILLED),
         QCoreApplication.translate("TimelineWidget", "not kept")),
        (_sample(EventKind.STAGE_CHANGE, stage=3),
         QCoreApplication.translate("TimelineWidget", "stage reached")),
        (_sample(EventKind.STAGE_CHANGE, stage=3, recorded=False),
         QCoreApplication.translate("TimelineWidget", "no history: as last updated")),
        (_sample(EventKind.INTERACTION),
         QCoreApplication.translate("TimelineWidget", "letter, call, AGM question")),
        (_sample(EventKind.ESCALATION),
         QCoreApplication.translate("TimelineWidget", "escalation step")),
    ]  # fmt: skip

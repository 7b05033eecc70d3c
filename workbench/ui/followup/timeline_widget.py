"""The engagement's timeline, drawn with QPainter: something a chair can put on screen.

Six lanes on one time axis: meetings, the company's commitments, the group's
commitments, milestone stage changes, other interactions (letters, calls, AGM questions)
and escalation steps. Every kind of event has its own shape (and a
legend), so nothing is told by colour alone; events placed at a record's last update
because no history was recorded are drawn hollow and dashed. Hovering shows what an event
is; clicking emits ``event_activated`` so the page can open the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.domain import Direction, MeetingKind
from workbench.services.followup.progress import EventKind, TimelineEvent
from workbench.ui.followup.timeline_marks import draw_envelope, draw_flag, legend_items
from workbench.ui.i18n import format_date
from workbench.ui.labels import label, stage_label
from workbench.ui.palette import STAGE_COLOURS as STAGE_COLOURS  # where it was
from workbench.ui.palette import tone

LANE_HEIGHT = 46  # preferred; lanes shrink to MIN_LANE in a small window
MIN_LANE = 30
RIGHT = 24
TOP = 28  # room for the years
LEGEND = 34
HIT_RADIUS = 8
#: An empty stretch longer than this is drawn as a break in the axis, so years without
#: events (a paused engagement) do not squeeze the rest into a corner.
GAP_DAYS = 300
GAP_PX = 60

LANES = 6


@dataclass(frozen=True)
class Placed:
    """An event where it was drawn, for hover and click."""

    event: TimelineEvent
    point: QPointF


def lane_of(event: TimelineEvent) -> int:
    if event.kind is EventKind.MEETING:
        return 0
    if event.kind is EventKind.STAGE_CHANGE:
        return 3
    if event.kind is EventKind.INTERACTION:
        return 4
    if event.kind is EventKind.ESCALATION:
        return 5
    return 1 if event.direction is Direction.BY_COMPANY else 2


class TimelineWidget(QWidget):
    """Draws ``TimelineEvent``s from ``start`` to ``end``; Esc closes it when full screen."""

    event_activated = Signal(object)  # the TimelineEvent clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Timeline of the engagement"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(TOP + LANES * MIN_LANE + 2 * LEGEND + 8)
        self.events: list[TimelineEvent] = []
        self.start = date.today() - timedelta(days=365)
        self.end = date.today()
        self.today: date | None = None
        self._placed: list[Placed] = []
        self.segments: list[tuple[date, date, bool]] = [(self.start, self.end, False)]
        self.lane_names = (
            self.tr("Meetings"),
            self.tr("Company commitments"),
            self.tr("Group commitments"),
            self.tr("Stage changes"),
            self.tr("Interactions"),
            self.tr("Escalation"),
        )

    def set_events(
        self, events: list[TimelineEvent], *, start: date | None = None, today: date | None = None
    ) -> None:
        """Show ``events``; the axis runs from ``start`` (or the first event) to today."""
        self.events = list(events)
        self.today = today
        days = [_local_day(e.at) for e in self.events]
        first = min([*days, *([start] if start else [])], default=today or date.today())
        last = max([*days, *([today] if today else [])], default=first)
        self.start = date(first.year, first.month, 1)
        self.end = max(last + timedelta(days=20), self.start + timedelta(days=60))
        self.segments = self._find_segments(sorted({*days, *([today] if today else [])}))
        self._update_accessible_text()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, TOP + LANES * LANE_HEIGHT + 2 * LEGEND + 8)

    # -- geometry -------------------------------------------------------------------
    @property
    def left(self) -> float:
        """Room for the lane names, in the widget's own font."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return 16 + max(metrics.horizontalAdvance(name) for name in self.lane_names)

    @property
    def lane_height(self) -> float:
        room = (self.height() - TOP - self.legend_height() - 8) / LANES
        return max(MIN_LANE, min(LANE_HEIGHT * 1.5, room))

    def _find_segments(self, days: list[date]) -> list[tuple[date, date, bool]]:
        """Stretches of the axis: (start, end, is_gap); long empty stretches are gaps."""
        segments: list[tuple[date, date, bool]] = []
        begin = self.start
        for a, b in pairwise(days):
            if (b - a).days > GAP_DAYS:
                gap_start, gap_end = a + timedelta(days=60), b - timedelta(days=45)
                segments += [(begin, gap_start, False), (gap_start, gap_end, True)]
                begin = gap_end
        segments.append((begin, self.end, False))
        return segments

    def x_of(self, day: date) -> float:
        left = self.left
        width = max(1.0, self.width() - left - RIGHT)
        gaps = sum(1 for seg in self.segments if seg[2])
        live = sum((end - start).days for start, end, gap in self.segments if not gap) or 1
        per_day = max(0.0, width - gaps * GAP_PX) / live
        x = left
        for start, end, gap in self.segments:
            if day <= end or (start, end, gap) == self.segments[-1]:
                offset = max(0, (day - start).days)
                if gap:
                    return x + GAP_PX * min(1.0, offset / max(1, (end - start).days))
                return x + per_day * offset
            x += GAP_PX if gap else per_day * (end - start).days
        return x

    def in_gap(self, day: date) -> bool:
        return any(gap and start < day < end for start, end, gap in self.segments)

    def lane_y(self, lane: int) -> float:
        return TOP + lane * self.lane_height + self.lane_height / 2

    # -- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlpha(40)
        self._draw_axis(p, text, faint)
        self._placed = []
        stacked: dict[tuple[int, int], int] = {}
        for ev in self.events:
            lane = lane_of(ev)
            x = self.x_of(_local_day(ev.at))
            bucket = (lane, int(x // 9))
            n = stacked.get(bucket, 0)
            stacked[bucket] = n + 1
            # Events on the same spot: a small column of three, then the next column.
            dy = ((n % 3) - 1) * 15.0 if n else 0.0
            x += (n // 3) * 18.0
            y = self.lane_y(lane) + dy
            self._draw_event(p, ev, QPointF(x, y), text)
            self._placed.append(Placed(ev, QPointF(x, y)))
        self._draw_legend(p, text)
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(self.rect().adjusted(1, 1, -1, -1))
        p.end()

    def _draw_axis(self, p: QPainter, text: QColor, faint: QColor) -> None:
        p.setPen(text)
        bold = QFont(self.font())
        bold.setBold(True)
        left = self.left
        for lane, name in enumerate(self.lane_names):
            y = self.lane_y(lane)
            p.setPen(faint)
            p.drawLine(QPointF(left, y), QPointF(self.width() - RIGHT, y))
            p.setPen(text)
            p.setFont(bold)
            p.drawText(QRectF(6, y - 10, left - 12, 20), Qt.AlignmentFlag.AlignVCenter, name)
        p.setFont(self.font())
        bottom = TOP + LANES * self.lane_height
        for start, end, gap in self.segments:
            if gap:
                self._draw_gap(p, start, end, text, bottom)
        month = date(self.start.year, self.start.month, 1)
        labelled: list[float] = []
        for start, _end, gap in self.segments:
            if not gap:  # each stretch says which year it starts in
                x = self.x_of(start)
                p.setPen(text)
                p.drawText(QPointF(x + 3, TOP - 10), str(start.year))
                labelled.append(x)
        while month <= self.end:
            x = self.x_of(month)
            if self.in_gap(month):
                pass
            elif month.month == 1:
                if all(abs(x - other) > 40 for other in labelled):
                    p.setPen(text)
                    p.drawText(QPointF(x + 3, TOP - 10), str(month.year))
                p.setPen(QPen(faint, 1))
                p.drawLine(QPointF(x, TOP - 6), QPointF(x, bottom))
            elif month.month in (4, 7, 10):
                p.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(x, TOP), QPointF(x, bottom))
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        if self.today and self.start <= self.today <= self.end:
            x = self.x_of(self.today)
            p.setPen(QPen(tone("info", self.palette()), 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, TOP - 6), QPointF(x, bottom))
            today = self.tr("today")
            width = self.fontMetrics().horizontalAdvance(today)
            # Left of the line when the word would run off the right edge.
            at = x + 3 if x + 3 + width <= self.width() - 2 else x - 3 - width
            p.drawText(QPointF(at, bottom + 12), today)

    def _draw_gap(self, p: QPainter, start: date, end: date, text: QColor, bottom: float) -> None:
        """A break in the axis: two slashes, and the years left out."""
        x0, x1 = self.x_of(start), self.x_of(end)
        p.setPen(QPen(text, 1))
        for x in (x0 + 8, x1 - 8):
            p.drawLine(QPointF(x - 4, TOP), QPointF(x + 4, bottom))
        label = f"{start.year}–{end.year}" if start.year != end.year else str(start.year)
        p.save()
        p.setPen(tone("muted", self.palette()))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        p.setFont(small)
        middle = (x0 + x1) / 2
        # Inside the break, halfway down (no events there), clear of "today" below the axis.
        centre = (TOP + bottom) / 2
        p.drawText(QRectF(middle - 60, centre - 8, 120, 16), Qt.AlignmentFlag.AlignCenter, label)
        p.restore()

    def _draw_event(self, p: QPainter, ev: TimelineEvent, at: QPointF, text: QColor) -> None:
        pen = QPen(text, 1.5)
        if not ev.recorded:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        r = 6.0
        pal = self.palette()
        if ev.kind is EventKind.MEETING:
            grey = tone("muted", pal)
            fill = {
                MeetingKind.COMPANY_CALL: tone("info", pal),
                MeetingKind.WORKING_GROUP: QColor(pal.color(QPalette.ColorRole.Base)),
                MeetingKind.EVENT: grey,
            }.get(ev.meeting_kind or MeetingKind.WORKING_GROUP, grey)
            p.setBrush(fill)
            if ev.meeting_kind is MeetingKind.EVENT:
                p.drawPolygon(
                    [
                        at + QPointF(0, -r),
                        at + QPointF(r, 0),
                        at + QPointF(0, r),
                        at + QPointF(-r, 0),
                    ]
                )
            else:
                p.drawEllipse(at, r, r)
        elif ev.kind is EventKind.COMMITMENT_MADE:
            p.setBrush(QColor(text) if ev.recorded else Qt.BrushStyle.NoBrush)
            path = QPainterPath(at + QPointF(0, -r))
            path.lineTo(at + QPointF(r, r * 0.8))
            path.lineTo(at + QPointF(-r, r * 0.8))
            path.closeSubpath()
            p.drawPath(path)
        elif ev.kind is EventKind.COMMITMENT_FULFILLED:
            p.setPen(
                QPen(
                    tone("success", pal),
                    3,
                    Qt.PenStyle.SolidLine if ev.recorded else Qt.PenStyle.DotLine,
                )
            )
            p.drawPolyline(
                [at + QPointF(-r, 0), at + QPointF(-r / 3, r * 0.8), at + QPointF(r, -r)]
            )
        elif ev.kind is EventKind.COMMITMENT_NOT_FULFILLED:
            p.setPen(
                QPen(
                    tone("overdue", pal),
                    3,
                    Qt.PenStyle.SolidLine if ev.recorded else Qt.PenStyle.DotLine,
                )
            )
            p.drawLine(at + QPointF(-r, -r), at + QPointF(r, r))
            p.drawLine(at + QPointF(-r, r), at + QPointF(r, -r))
        elif ev.kind is EventKind.INTERACTION:
            draw_envelope(p, at, r, QColor(pal.color(QPalette.ColorRole.Base)))
        elif ev.kind is EventKind.ESCALATION:
            draw_flag(p, at, r, tone("overdue", pal), ev.stage, self.font())
        else:
            stage = ev.stage if ev.stage is not None else 0
            colour = QColor(STAGE_COLOURS[max(0, min(4, stage))])
            p.setBrush(colour if ev.recorded else Qt.BrushStyle.NoBrush)
            box = QRectF(at.x() - 8, at.y() - 8, 16, 16)
            p.setPen(QPen(colour.darker(130), 1.5, pen.style()))
            p.drawRoundedRect(box, 3, 3)
            p.setPen(QColor("white") if ev.recorded else colour.darker(150))
            font = QFont(self.font())
            font.setBold(True)
            p.setFont(font)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(stage))
            p.setFont(self.font())
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _legend_rows(self) -> list[list[tuple[TimelineEvent, str, float]]]:
        """The legend's items with their x, in as many rows as the width needs."""
        rows: list[list[tuple[TimelineEvent, str, float]]] = [[]]
        x = 12.0
        metrics = self.fontMetrics()
        for ev, name in legend_items():
            width = 40 + metrics.horizontalAdvance(name)
            if rows[-1] and x + width > self.width() - RIGHT:
                rows.append([])
                x = 12.0
            rows[-1].append((ev, name, x))
            x += width
        return rows

    def legend_height(self) -> int:
        return LEGEND + (len(self._legend_rows()) - 1) * 22

    def _draw_legend(self, p: QPainter, text: QColor) -> None:
        y = TOP + LANES * self.lane_height + 24
        for row in self._legend_rows():
            for ev, name, x in row:
                self._draw_event(p, ev, QPointF(x + 8, y), text)
                p.setPen(text)
                p.drawText(QPointF(x + 22, y + 4), name)
            y += 22

    # -- interaction ----------------------------------------------------------------
    def event_at(self, point: QPointF) -> TimelineEvent | None:
        best, best_d = None, float(HIT_RADIUS * HIT_RADIUS)
        for placed in self._placed:
            d = (placed.point.x() - point.x()) ** 2 + (placed.point.y() - point.y()) ** 2
            if d <= best_d:
                best, best_d = placed.event, d
        return best

    def describe(self, ev: TimelineEvent) -> str:
        day = format_date(_local_day(ev.at))
        if ev.kind is EventKind.MEETING:
            what = self.tr("Meeting")
        elif ev.kind is EventKind.COMMITMENT_MADE:
            what = self.tr("Promise made")
        elif ev.kind is EventKind.COMMITMENT_FULFILLED:
            what = self.tr("Promise kept")
        elif ev.kind is EventKind.COMMITMENT_NOT_FULFILLED:
            what = self.tr("Promise not kept")
        elif ev.kind is EventKind.INTERACTION:
            what = label(ev.detail) if ev.detail else self.tr("Interaction")
        elif ev.kind is EventKind.ESCALATION:
            what = (
                self.tr("Escalation step {n}").format(n=ev.stage)
                if ev.stage
                else self.tr("Escalation step")
            )
        elif ev.old_stage is not None:
            what = self.tr("Stage {old} → {new}").format(
                old=ev.old_stage, new=stage_label(ev.stage or 0)
            )
        else:
            what = self.tr("Stage {stage}").format(stage=stage_label(ev.stage or 0))
        note = "" if ev.recorded else " " + self.tr("(no history: date of the last update)")
        return f"{day} · {what}{note}\n{ev.title}"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        ev = self.event_at(event.position())
        if ev is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(ev), self)
        self.setCursor(Qt.CursorShape.PointingHandCursor if ev else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        ev = self.event_at(event.position())
        if ev is not None and event.button() == Qt.MouseButton.LeftButton:
            self.event_activated.emit(ev)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isWindow():
            self.close()
            return
        super().keyPressEvent(event)

    def _update_accessible_text(self) -> None:
        """What a screen reader says: the events in words, not pixels."""
        lines = [self.describe(e).replace("\n", ": ") for e in self.events[-50:]]
        self.setAccessibleDescription("\n".join(lines))


def _local_day(instant: datetime) -> date:
    return instant.astimezone().date()

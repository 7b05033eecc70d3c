"""The navigation: pages grouped as the work goes, each with an icon and a live count.

Home first, then *Prepare* (meetings, engagements), *Follow up* (actions, commitments,
the ledger both ways, notes to file), *Review* (progress, lessons, all notes) and
*Share*. One row per page, so row ``n`` is still page ``n`` for Ctrl+1… and for
whoever walks the list; a group's title is drawn above its first page, in the same row,
and a click on the title does nothing. Counts (overdue actions, overdue commitments,
notes to file) are drawn as a badge at the right, red when they count something late,
and are part of the row's accessible name ("Actions, 3 overdue").

A page a feature adds is placed by its key (``PLACES``); an unknown key goes at the end,
under *More*. ``NavCounter`` keeps the counts in step: it asks the home service again
(off the GUI thread) after a change to actions, commitments or notes.

The first paint shows a sketch of this list (``nav_sketch.py``, the same rows drawn at
the same places from ``nav_places.py``), and ``MainWindow.attach`` puts the list in its
place, once the data stack is imported. The list still paints cheaply: without PySide's
``Qt`` namespace, whose first use costs about half of what a bare window takes to show
(roles and alignments are written as numbers; the icons, which need it, are drawn from
``attached()`` on). A call with an overload that takes one of its enums builds it too,
to choose the overload: ``QPainter.setPen`` and ``setBrush``, a ``QColor`` where a
``QBrush`` is asked for. So the rows' text is drawn by ``QStyle.drawItemText`` in a
palette role, the focus frame stroked with the painter's own pen recoloured, fills take
the palette's brushes. The list makes its own viewport: the first widget Qt hands to
Python (``viewport()`` of a list made by Qt) makes PySide build every widget class to
find its type.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    QTimer,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench.ui.events import AppEvents
from workbench.ui.palette import tone
from workbench.ui.shell.nav_places import (  # noqa: F401  (where they were)
    BADGE_TEXT,
    CONTEXT,
    GROUPS,
    HEADER_BOTTOM,
    HEADER_LEFT,
    HEADER_RIGHT,
    ICON_SIZE,
    ICONS,
    PLACES,
    PURPOSES,
    SCROLL_ROOM,
    TEXT_LEFT,
    TEXT_RIGHT,
    Group,
    Place,
    group_title,
    header_font,
    header_height,
    line_height,
    placement,
    row_width,
    title_above,
)

if TYPE_CHECKING:  # the data stack: imported when the counts are asked for
    from PySide6.QtGui import QMouseEvent

    from workbench.services import home
    from workbench.store import Database

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
# ``Qt.ItemDataRole`` and ``Qt.AlignmentFlag`` values, as numbers (see the docstring).
USER_ROLE = 0x0100
ACCESSIBLE_TEXT_ROLE = 11
ACCESSIBLE_DESCRIPTION_ROLE = 12
ALIGN_LEFT, ALIGN_BOTTOM, ALIGN_VCENTER, ALIGN_CENTER = 0x01, 0x40, 0x80, 0x84
KEY_ROLE = USER_ROLE  # the page's key ("actions")
GROUP_ROLE = USER_ROLE + 10  # the group's title above a group's first page
COUNT_ROLE = USER_ROLE + 11  # the badge's number (0: none)
ALERT_ROLE = USER_ROLE + 12  # the number counts something late
TITLE_ROLE = USER_ROLE + 13  # the page's name without its count


def _rounded(rect: QRect, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(rect), radius, radius)
    return path


def _fill_rounded(painter: QPainter, rect: QRect, radius: float, brush: QBrush) -> None:
    painter.fillPath(_rounded(rect, radius), brush)


class NavigationDelegate(QStyledItemDelegate):
    """Draws a row: the group's title above it when it starts a group, then icon, name
    and the count as a badge."""

    # Icons are drawn once the window is attached to its database (see the docstring).
    icons = False

    def header_height(self, index: Index, option: QStyleOptionViewItem) -> int:
        return header_height(option.fontMetrics) if index.data(GROUP_ROLE) else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        width = row_width(metrics, str(index.data(TITLE_ROLE) or ""))
        return QSize(width, line_height(metrics) + self.header_height(index, option))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = QRect(option.rect)
        pal = option.palette
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        head = self.header_height(index, option)
        if head:
            painter.setFont(header_font(option.font))
            header = QRect(
                rect.left() + HEADER_LEFT,
                rect.top(),
                rect.width() - HEADER_LEFT - HEADER_RIGHT,
                head - HEADER_BOTTOM,
            )
            group = str(index.data(GROUP_ROLE))
            placeholder = QPalette.ColorRole.PlaceholderText
            style.drawItemText(
                painter, header, ALIGN_LEFT | ALIGN_BOTTOM, pal, True, group, placeholder
            )
            rect.setTop(rect.top() + head)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        row = rect.adjusted(3, 1, -3, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            _fill_rounded(painter, row, 5, pal.highlight())
        elif option.state & QStyle.StateFlag.State_MouseOver:
            _fill_rounded(painter, row, 5, pal.brush(QPalette.ColorRole.Midlight))
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(pal.color(QPalette.ColorRole.Highlight).darker(130))
            painter.strokePath(_rounded(row.adjusted(0, 0, -1, -1), 5), pen)  # no fill
        if self.icons:
            from PySide6.QtGui import QIcon

            from workbench.ui.icons import themed_icon

            icon = themed_icon(ICONS.get(str(index.data(KEY_ROLE)), "page"), pal)
            icon_mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            top = row.top() + (row.height() - ICON_SIZE) // 2
            icon.paint(painter, QRect(row.left() + 6, top, ICON_SIZE, ICON_SIZE), mode=icon_mode)
        text_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        )
        count = int(index.data(COUNT_ROLE) or 0)
        badge_width = 0
        painter.setFont(option.font)
        if count:
            number = BADGE_TEXT.format(n=count)
            metrics = option.fontMetrics
            badge_width = metrics.horizontalAdvance(number) + 12
            badge = QRect(
                row.right() - badge_width - 4,
                row.top() + (row.height() - metrics.height() - 2) // 2,
                badge_width,
                metrics.height() + 2,
            )
            alert = bool(index.data(ALERT_ROLE))
            fill = tone("overdue", pal) if alert else pal.color(QPalette.ColorRole.Mid)
            _fill_rounded(painter, badge, badge.height() / 2, QBrush(fill))
            painter.setPen(QColor("#ffffff") if fill.lightness() < 150 else QColor("#000000"))
            painter.drawText(badge, ALIGN_CENTER, number)
        text_rect = rect.adjusted(TEXT_LEFT, 1, -(badge_width + TEXT_RIGHT), -1)
        title = str(index.data(TITLE_ROLE) or "")
        if option.fontMetrics.horizontalAdvance(title) > text_rect.width():  # narrowed
            from PySide6.QtCore import Qt

            elide = Qt.TextElideMode.ElideRight
            title = option.fontMetrics.elidedText(title, elide, text_rect.width())
        style.drawItemText(
            painter, text_rect, ALIGN_VCENTER | ALIGN_LEFT, pal, True, title, text_role
        )
        painter.restore()


class NavigationList(QListWidget):
    """The sidebar: one row per page, placed in its group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        viewport = QWidget(self)  # made here, not asked of Qt (see the docstring)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setAutoFillBackground(True)
        viewport.setBackgroundRole(QPalette.ColorRole.Window)
        self.setViewport(viewport)
        self.delegate = NavigationDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setMouseTracking(True)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self._places: list[Place] = []  # per row: group, position, order added
        self._placing = False  # ``placing()``: rows are marked and laid out at its end

    def attached(self) -> None:
        """The window has its database: draw the icons, never scroll sideways (both
        need the ``Qt`` namespace, which the first paint does without)."""
        from PySide6.QtCore import Qt

        self.delegate.icons = True
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().update()

    def place(self, key: str, title: str, icon: str | None = None) -> int:
        """Insert the page ``key`` in its group; returns its row."""
        row, place = placement(key, self._places)
        self._places.insert(row, place)
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setData(TITLE_ROLE, title)
        if icon:
            ICONS.setdefault(key, icon)
        purpose = PURPOSES.get(key)
        if purpose:
            item.setToolTip(QCoreApplication.translate(CONTEXT, purpose))  # i18n: ok (NOOP)
        self.insertItem(row, item)
        if not self._placing:
            self._mark_groups()
        return row

    @contextmanager
    def placing(self) -> Iterator[None]:
        """Place several pages, then mark the groups and lay the rows out once (each
        layout asks every row its size)."""
        self._placing = True
        try:
            yield
        finally:
            self._placing = False
            self._mark_groups()

    def retitle(self, key: str, title: str) -> None:
        """The page ``key``'s name (a frame's remembered name, once the page is built)."""
        item = self.item(self.row_of(key))
        if item is not None:
            item.setText(title)
            item.setData(TITLE_ROLE, title)

    def take(self, key: str) -> None:
        """Remove the page ``key``'s row (a remembered page that is no longer there)."""
        row = self.row_of(key)
        if row >= 0:
            self._places.pop(row)
            self.takeItem(row)
            self._mark_groups()

    def _mark_groups(self) -> None:
        for row, (group, _position, _order) in enumerate(self._places):
            item = self.item(row)
            item.setData(GROUP_ROLE, title_above(self._places, row))
            item.setData(ACCESSIBLE_DESCRIPTION_ROLE, group_title(group))
        self.doItemsLayout()

    def key_at(self, row: int) -> str | None:
        item = self.item(row)
        key = None if item is None else item.data(KEY_ROLE)
        return key if isinstance(key, str) else None

    def title_at(self, row: int) -> str:
        """The name of the page in ``row``."""
        return str(self.item(row).data(TITLE_ROLE) or "")

    def group_at(self, row: int) -> str:
        """The title drawn above ``row``: its group's, when it starts one ("" if not)."""
        return str(self.item(row).data(GROUP_ROLE) or "")

    def row_of(self, key: str) -> int:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return row
        return -1

    def set_count(self, key: str, count: int, *, alert: bool = False, spoken: str = "") -> None:
        """Show ``count`` beside the page ``key`` (0: no badge); ``spoken`` says what it
        counts ("3 overdue") to a screen reader."""
        row = self.row_of(key)
        if row < 0:
            return
        item = self.item(row)
        item.setData(COUNT_ROLE, count)
        item.setData(ALERT_ROLE, alert)
        title = item.data(TITLE_ROLE)
        item.setData(ACCESSIBLE_TEXT_ROLE, f"{title}, {spoken}" if count and spoken else title)

    def preferred_width(self) -> int:
        """Wide enough for the longest name with its icon and a badge."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        widest = max(
            (self.delegate.sizeHint(option, self.indexFromItem(self.item(r))).width())
            for r in range(self.count())
        )
        return widest + SCROLL_ROOM

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a group's title is not a click on the page below it."""
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            option = QStyleOptionViewItem()
            option.initFrom(self)
            rect = self.visualRect(index)
            head = self.delegate.header_height(index, option)
            if event.position().y() < rect.top() + head:
                event.accept()
                return
        super().mousePressEvent(event)


class NavCounter(QObject):
    """Keeps the navigation's counts in step with the data, off the GUI thread."""

    def __init__(
        self, navigation: NavigationList, events: AppEvents, db: Database | None = None
    ) -> None:
        super().__init__(navigation)
        self.navigation, self.db = navigation, db
        self.last: home.NavCounts | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # coalesce the changes of one event-loop turn
        self._timer.timeout.connect(self.refresh)
        events.records_changed.connect(self._changed)
        events.database_reloaded.connect(self._timer.start)
        if db is not None:
            self._timer.start()

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._timer.start()

    def _changed(self, entity: str, _ids: list[Any]) -> None:
        if entity in ("action", "commitment", "note"):
            self._timer.start()

    def refresh(self) -> None:
        """Count again now (the answer is shown when it comes)."""
        db = self.db
        if db is None:
            return

        from workbench.services import home
        from workbench.ui.tasks import run_task

        def count(_ctx: Any) -> home.NavCounts:
            with db.session() as s:
                return home.nav_counts(s)

        def failed(exc: BaseException) -> None:  # the badges stay as they were
            log.warning("could not count for the navigation: %s", exc)

        run_task(count, self.show, failed)

    def show(self, counts: home.NavCounts) -> None:
        self.last = counts
        nav = self.navigation
        nav.set_count(
            "actions",
            counts.overdue_actions,
            alert=True,
            spoken=self.tr("%n overdue", "", counts.overdue_actions),
        )
        nav.set_count(
            "commitments",
            counts.overdue_commitments,
            alert=True,
            spoken=self.tr("%n overdue", "", counts.overdue_commitments),
        )
        nav.set_count(
            "inbox",
            counts.notes_to_file,
            spoken=self.tr("%n to file", "", counts.notes_to_file),
        )
        nav.viewport().update()

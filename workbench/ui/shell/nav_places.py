"""Where each page goes in the navigation, and the measures of its rows.

Shared by the navigation list (``navigation.py``) and the sketch of it that the first
paint shows (``nav_sketch.py``): the groups and each page's place, icon and purpose,
and the geometry both draw by (a row's height, its group title's band, where the name
starts), so the list that takes the sketch's place puts every name where it was. Qt's
core and no widget class: the first paint imports this.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from workbench.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

CONTEXT = "Navigation"


class Group(NamedTuple):
    key: str
    title: str  # QT_TRANSLATE_NOOP'd, "" for none
    pages: tuple[str, ...]


GROUPS: tuple[Group, ...] = (
    Group("start", "", ("home",)),
    Group(
        "prepare",
        QT_TRANSLATE_NOOP("Navigation", "Prepare"),
        ("meetings", "engagements"),
    ),
    Group(
        "follow_up",
        QT_TRANSLATE_NOOP("Navigation", "Follow up"),
        ("actions", "commitments", "ledger", "interactions", "inbox"),
    ),
    Group(
        "review",
        QT_TRANSLATE_NOOP("Navigation", "Review"),
        ("progress", "lessons", "notes", "people", "organisations"),
    ),
    Group("share", QT_TRANSLATE_NOOP("Navigation", "Share"), ("conflicts", "exchange", "sync")),
    Group("more", QT_TRANSLATE_NOOP("Navigation", "More"), ()),
)
#: Page key → (group index, position in the group).
PLACES: dict[str, tuple[int, int]] = {
    key: (g, n) for g, group in enumerate(GROUPS) for n, key in enumerate(group.pages)
}
#: Page key → icon in ``resources/icons/nav``.
ICONS: dict[str, str] = {
    "home": "home",
    "meetings": "meetings",
    "engagements": "engagements",
    "actions": "actions",
    "commitments": "commitments",
    "ledger": "ledger",
    "inbox": "inbox",
    "progress": "progress",
    "lessons": "lessons",
    "notes": "notes",
    "conflicts": "conflicts",
    "exchange": "exchange",
    "sync": "exchange",
    "interactions": "minutes",
    "people": "page",
    "organisations": "engagements",
}
# What each page is for, as its tooltip (so two pages on commitments are not mistaken).
PURPOSES: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP("Navigation", "What needs doing now"),
    "meetings": QT_TRANSLATE_NOOP("Navigation", "Every meeting: plan, prepare the agenda, chair"),
    "engagements": QT_TRANSLATE_NOOP("Navigation", "The engagements and their details"),
    "actions": QT_TRANSLATE_NOOP("Navigation", "The tracker of every action"),
    "commitments": QT_TRANSLATE_NOOP(
        "Navigation", "Every commitment in one list, to edit one by one"
    ),
    "ledger": QT_TRANSLATE_NOOP(
        "Navigation", "What the companies and the working group promised, side by side"
    ),
    "inbox": QT_TRANSLATE_NOOP("Navigation", "Quick notes waiting to be filed"),
    "progress": QT_TRANSLATE_NOOP("Navigation", "Objectives at their stages, and the timeline"),
    "lessons": QT_TRANSLATE_NOOP("Navigation", "Lessons learned, for the report"),
    "notes": QT_TRANSLATE_NOOP("Navigation", "Every note, filed or not"),
    "interactions": QT_TRANSLATE_NOOP(
        "Navigation", "Every letter, call, meeting and AGM question, sent or received"
    ),
    "people": QT_TRANSLATE_NOOP("Navigation", "The people the group works with"),
    "organisations": QT_TRANSLATE_NOOP(
        "Navigation", "Companies, members and partners of the group"
    ),
}
ICON_SIZE = 20
BADGE_TEXT = "{n}"


def group_title(index: int) -> str:
    title = GROUPS[index].title
    return QCoreApplication.translate(CONTEXT, title) if title else ""  # i18n: ok (NOOP)


#: A row's place: its group, its position in the group, the order it was added in.
Place = tuple[int, int, int]


def placement(key: str, places: Sequence[Place]) -> tuple[int, Place]:
    """Where the page ``key`` goes among the rows placed so far (their ``places``, in
    order): its row, and its place — its group's (an unknown key's is *More*), its
    position there, then the order added."""
    group, position = PLACES.get(key, (len(GROUPS) - 1, 0))
    place = (group, position, len(places))
    return sum(1 for p in places if p < place), place


def title_above(places: Sequence[Place], row: int) -> str:
    """The group title drawn above ``row``: its group's when the row starts it ("" if not,
    or if the group has no title)."""
    group = places[row][0]
    starts = row == 0 or places[row - 1][0] != group
    return group_title(group) if starts else ""


#: A row's name starts this far right of the row's left edge (margin, icon, gap).
TEXT_LEFT = 3 + 6 + ICON_SIZE + 8
#: … and ends this far left of its right edge, with no badge (margin, gap).
TEXT_RIGHT = 3 + 8

#: Added to the widest row: half a scroll bar's width and a little (Fusion's, 14 px; a
#: constant so the sketch needs no scroll bar to measure: other styles' differ by a pixel
#: or two).
SCROLL_ROOM = 13


def line_height(metrics: QFontMetrics) -> int:
    """A row's height without its group title: the icon or a line, with room."""
    return max(ICON_SIZE, metrics.height()) + 10


def header_height(metrics: QFontMetrics) -> int:
    """The band above a group's first page that holds the group's title."""
    return int(metrics.height() * 1.9)


def row_width(metrics: QFontMetrics, title: str) -> int:
    """The width a row asks for: icon, name, and room for a badge of four digits."""
    badge = metrics.horizontalAdvance("8888") + 16
    return 8 + ICON_SIZE + 8 + metrics.horizontalAdvance(title) + 8 + badge


def header_font(font: QFont) -> QFont:
    """A group title's font: the list's, bold and a little smaller."""
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(bold.pointSizeF() * 0.9)
    return bold


#: A group title's band is inset this far from the row's left and right edges, and its
#: text sits this far above the band's bottom.
HEADER_LEFT, HEADER_RIGHT, HEADER_BOTTOM = 10, 4, 2

"""The window's pages: the navigation's rows, the stacked widget that shows them, and
the frames that hold a page's place until it is built.

A page is known by its key. Its row is where the navigation places it
(``NavigationList.place``: its group, then its rank in the group), so the rows of the
first paint — the frames of the pages the last window had (``frame.SidebarMemory``) —
are the rows of the ready window, and a page built in ``MainWindow.attach`` takes its
frame's place without moving. A frame's widget is an empty ``QWidget`` until it is shown
(``show_frame`` makes its ``PageFrame`` then: one frame costs less than fifteen painted
behind each other). Qt alone: this runs before the data stack is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from workbench.ui.shell.frame import PageFrame
from workbench.ui.shell.nav_sketch import NavigationSketch

if TYPE_CHECKING:
    from workbench.ui.shell.navigation import NavigationList


class PageStack:
    """The pages of one main window, in the navigation's order."""

    def __init__(self, sidebar: NavigationSketch | NavigationList, stack: QStackedWidget) -> None:
        self.sidebar, self.stack = sidebar, stack
        self.keys: list[str] = []  # in the navigation's order: row n is keys[n]
        self.widgets: dict[str, QWidget] = {}
        self.frames: set[str] = set()  # pages whose place holds a frame

    def add(self, key: str, title: str, widget: QWidget, icon: str | None = None) -> bool:
        """Show ``widget`` as the page ``key``: in its frame's place when there is one
        (returns False), else in a new row in its group (returns True)."""
        if key in self.frames:
            self.frames.discard(key)
            self._replace(key, widget)
            self.sidebar.retitle(key, title)
            return False
        current = self.current_key()
        row = self.sidebar.place(key, title, icon)
        self.keys.insert(row, key)
        self.widgets[key] = widget
        self.stack.addWidget(widget)
        if current is not None:  # the same page stays current, whatever row it moved to
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.keys.index(current))
            self.sidebar.blockSignals(False)
        return True

    def add_frame(self, key: str, title: str) -> None:
        """A row for a page that is built once the database is open."""
        self.add(key, title, QWidget())
        self.frames.add(key)

    def show_frame(self, key: str) -> None:
        """Show the frame of ``key`` (made now if it was not shown before)."""
        if key in self.frames and not isinstance(self.widgets[key], PageFrame):
            title = self.sidebar.title_at(self.keys.index(key))
            self._replace(key, PageFrame(key, title, filtered=key != "home"))
        self.stack.setCurrentWidget(self.widgets[key])

    def drop_frames(self) -> bool:
        """Remove the pages still framed once every page is built: the last window had
        them, this one has not (a feature gone). True when any was removed."""
        dropped = sorted(self.frames)
        for key in dropped:
            self.frames.discard(key)
            self.sidebar.take(key)
            self.keys.remove(key)
            widget = self.widgets.pop(key)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        return bool(dropped)

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def titles(self) -> list[tuple[str, str]]:
        """Every page's key and name, in the navigation's order (what is remembered)."""
        return [(key, self.sidebar.title_at(row)) for row, key in enumerate(self.keys)]

    def _replace(self, key: str, widget: QWidget) -> None:
        old = self.widgets[key]
        self.widgets[key] = widget
        self.stack.addWidget(widget)
        if self.stack.currentWidget() is old:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(old)
        old.deleteLater()

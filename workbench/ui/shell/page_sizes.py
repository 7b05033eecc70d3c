"""Each page's sizes, remembered: where the user left its splitters and, when they sized
them by hand, its lists' columns.

Saved when the window closes, for the pages shown in this session, and restored when it
opens (``pages/<key>/splitter<n>`` and ``pages/<key>/columns<n>`` in the settings file).
A splitter restored this way carries the property ``restored``, so the page does not
give it its first sizes again (``lists.list_page.default_split``); a list's columns are
kept only if the user sized them (``lists.columns.ColumnFitter``), else they are fitted
to the window each time.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from workbench.ui import settings as app_settings
from workbench.ui.lists.columns import ColumnFitter


def _splitters(page: QWidget) -> list[QSplitter]:
    return page.findChildren(QSplitter)


def _fitters(page: QWidget) -> list[ColumnFitter]:
    found = []
    for view in page.findChildren(QTableView):
        fitter = view.findChild(ColumnFitter)
        if fitter is not None:
            found.append(fitter)
    return found


class PageSizes(QObject):
    """Saves and restores the sizes of the pages of one main window."""

    def __init__(
        self,
        settings: app_settings.Settings,
        pages: Mapping[str, QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.pages = settings, pages
        self.shown: set[str] = set()
        self._keys = {id(page): key for key, page in pages.items()}
        self.restore_all()
        for page in pages.values():
            page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            key = self._keys.get(id(watched))
            if key is not None:
                self.shown.add(key)
        return False

    def restore_all(self) -> None:
        for key, page in self.pages.items():
            for n, splitter in enumerate(_splitters(page)):
                state = self.settings.get(app_settings.page_layout(key, f"splitter{n}"))
                restorable = isinstance(state, QByteArray) and not state.isEmpty()
                if restorable and splitter.restoreState(state):
                    splitter.setProperty("restored", True)
            for n, fitter in enumerate(_fitters(page)):
                state = self.settings.get(app_settings.page_layout(key, f"columns{n}"))
                if isinstance(state, QByteArray):
                    fitter.restore_state(state)

    def save_all(self) -> None:
        """Remember the sizes of every page shown since the window opened."""
        for key in self.shown:
            page = self.pages[key]
            for n, splitter in enumerate(_splitters(page)):
                if sum(splitter.sizes()) > 0:
                    self.settings.set(
                        app_settings.page_layout(key, f"splitter{n}"), splitter.saveState()
                    )
            for n, fitter in enumerate(_fitters(page)):
                self.settings.set(app_settings.page_layout(key, f"columns{n}"), fitter.save_state())

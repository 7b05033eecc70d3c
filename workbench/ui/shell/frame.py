"""The window before its database is open: the frame of every page, with Qt alone.

The main window is painted before SQLAlchemy, SQLModel, the domain or the store are
imported (see ``workbench.ui.shell.startup``), so what it shows first must need nothing
of them: the navigation with the pages the last window had (``SidebarMemory``, kept
with the window's geometry), each in its place (``navigation.place``), and, for the page
shown (Home), a ``PageFrame`` — its heading, a list's filter box and "Opening the
database…" — which the page itself replaces when the data is there. Nothing in
this module may import below ``workbench.ui``'s Qt-only modules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from workbench.ui import settings as app_settings

#: The list pages every window has, in the sidebar's order (``pages.build_pages``).
PAGE_KEYS = ("engagements", "meetings", "commitments", "actions", "notes")


class PageFrame(QWidget):
    """A page as it looks before its rows are read: heading, filter box, a message."""

    def __init__(
        self, key: str, title: str, parent: QWidget | None = None, *, filtered: bool = True
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"frame_{key}")
        heading = QLabel(title.replace("&", ""))
        heading.setObjectName("frame_heading")
        font = heading.font()  # the size and weight of the page's <h2>, without rich
        font.setPointSizeF(font.pointSizeF() * 1.5)  # text: its first use costs more
        font.setBold(True)  # than a bare window takes to paint its frame
        heading.setFont(font)
        self.message = QLabel(self.tr("Opening the database…"))
        self.message.setObjectName("frame_message")
        middle = QHBoxLayout()  # centred by stretches: ``Qt.AlignmentFlag`` waits too
        middle.addStretch(1)
        middle.addWidget(self.message)
        middle.addStretch(1)
        self.rows: QWidget | None = None
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if filtered:  # a list page's filter box
            filter_box = QLineEdit()
            filter_box.setPlaceholderText(
                QCoreApplication.translate("ListPage", "Filter (type any words)…")
            )
            filter_box.setEnabled(False)
            layout.addWidget(filter_box)
        self._body = layout.count()
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)

    def show_rows(self, rows: QWidget) -> None:
        """Show the page's first rows (``first_rows.py``) in place of the message, where
        the page shows its list, its form's place beside it (``columns.default_split``)."""
        while self._layout.count() > self._body:
            self._layout.takeAt(self._body)
        self.message.hide()
        self.rows = rows
        self.splitter = splitter = QSplitter()
        splitter.addWidget(rows)
        splitter.addWidget(QWidget())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._layout.addWidget(splitter, 1)
        splitter.show()  # (a child added to a shown widget waits for the next turn)
        self._layout.activate()  # the rows have their width now, not at the next paint


class SidebarMemory:
    """The sidebar's pages (key and title) as the last window had them.

    Features add their pages once the database is open; remembering the list lets the
    first paint show the navigation the user knows instead of six pages that grow to
    fifteen a moment later. Each row takes its place by its key, so only the keys and
    names are kept. A page that no longer exists is dropped when the window is ready
    (``PageStack.drop_frames``).
    """

    def __init__(self, settings: app_settings.Settings) -> None:
        self.settings = settings

    def pages(self, default: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """``default`` (every window has those), then the other pages remembered."""
        saved = str(self.settings.get(app_settings.SIDEBAR_PAGES) or "")
        pairs = [line.split("\t", 1) for line in saved.splitlines() if "\t" in line]
        known = {key for key, _ in default}
        return default + [(k, t) for k, t in pairs if k and t and k not in known]

    def remember(self, pages: list[tuple[str, str]]) -> None:
        self.settings.set(
            app_settings.SIDEBAR_PAGES, "\n".join(f"{key}\t{title}" for key, title in pages)
        )

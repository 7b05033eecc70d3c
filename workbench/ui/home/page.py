"""Home: what needs doing now, for the chair and the secretariat.

The page the window opens on once there is data. Left, what to act on: the next meeting
(when, with whom, whether its agenda is ready, and one click to prepare or chair it),
what is overdue by engagement (actions, and commitments both ways), and my actions (the
"I am" person's). Right, what waits: notes to file, each engagement with its
objectives' stages, and the exchange (conflicts waiting, the last package in and out).
Every line opens its record.

It reads through ``services.home`` only when it is shown, or when the data changes while
it is shown (and once the window has its database: ``set_database``), never in its
constructor, so the window can be painted before the database is open. Before that,
the window may show it with its first reading through ``sqlite3`` (``first.py``): the
page imports Qt and ``workbench.rows`` alone, the services when it reads.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.rows import HomeData
from workbench.ui import settings as app_settings
from workbench.ui.home.cards import HomeCards
from workbench.ui.home.parts import LINK_STYLE, Card

if TYPE_CHECKING:
    from workbench.store import Database
    from workbench.ui.shell.main_window import MainWindow


class HomePage(QWidget):
    """The Home page of one main window."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("page_home")
        self.db: Database | None = None
        self.data: HomeData | None = None  # the services' reading
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the changes of one event-loop turn, read once
        self._timer.timeout.connect(self.reload)

        self.title = QLabel()
        self.title.setObjectName("home_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.cards = HomeCards(window, self)
        c = self.cards
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        left = QVBoxLayout()
        right = QVBoxLayout()
        for card in (c.meeting, c.overdue, c.mine):
            left.addWidget(card)
        for card in (c.notes, c.engagements, c.exchange):
            right.addWidget(card)
        left.addStretch(1)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        content = QWidget()
        content.setObjectName("home_content")
        content.setStyleSheet(LINK_STYLE)  # once for every line (see ``parts``)
        inner = QVBoxLayout(content)
        inner.addWidget(self.title)
        inner.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setObjectName("home_scroll")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lines in it
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        window.events.records_changed.connect(self._changed)
        window.events.database_reloaded.connect(self._changed)
        if hasattr(window, "settings_changed"):
            window.settings_changed.connect(self._changed)  # "I am" may have changed
        try:
            db = window.db
        except RuntimeError:  # the window is getting ready: ``attach`` gives it
            db = None
        self.set_database(db)

    # -- data -----------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """The database to read (the window may get it after it is painted)."""
        self.db = db
        self._changed()

    def refresh(self) -> None:
        """Read again when next shown (now, if shown): something Home shows changed
        outside the records (the exchange folder's state)."""
        self._changed()

    def _changed(self, *_args: Any) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read Home again and show it (does nothing until there is a database)."""
        if self.db is None:
            return
        self._stale = False
        from workbench.services import home

        me = self.window_.settings.get(app_settings.ME) or None
        with self.db.session() as session:
            self.data = home.read_home(session, me_id=me)
        self.show_data(self.data)

    def show_data(self, data: HomeData) -> None:
        locale = QLocale()
        day = QDate(data.today.year, data.today.month, data.today.day)
        title = self.tr("Home")
        self.title.setText(
            f"<h2 style='margin-bottom:0'>{html.escape(title)}</h2>"  # i18n: ok (markup)
            f"<span>{html.escape(locale.toString(day, QLocale.FormatType.LongFormat))}</span>"
        )
        self.cards.show_data(data)

    def card(self, name: str) -> Card:
        """One of Home's cards by name (``meeting``, ``overdue``, ``mine``, ...)."""
        card = getattr(self.cards, name)
        assert isinstance(card, Card)
        return card

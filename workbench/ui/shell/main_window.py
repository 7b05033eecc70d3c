"""The main window: a sidebar of pages, menus with standard shortcuts, the status bar.

It owns no business rules: pages call services, features install themselves through
``workbench.ui.shell.features``. It exposes what features need: ``db``, ``events``,
``settings``, ``menu(name)``, ``current_engagement_id()``, ``current_meeting_id()``,
``show_record(entity, id)`` and ``add_page(key, title, widget)``. The navigation
(``navigation.py``) places each page in its group by its key; the window opens on Home
(``ui/home``) once there is data, and remembers each page's sizes (``page_sizes.py``).
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from workbench import APP_NAME
from workbench.services import listing
from workbench.store import Database
from workbench.ui import settings as app_settings
from workbench.ui.events import AppEvents
from workbench.ui.home.page import HomePage
from workbench.ui.icons import icon
from workbench.ui.lists.list_page import ListPage
from workbench.ui.shell.features import FEATURE_INSTALLERS
from workbench.ui.shell.navigation import NavCounter, NavigationList
from workbench.ui.shell.page_sizes import PageSizes
from workbench.ui.shell.pages import PAGE_KEYS, build_pages
from workbench.ui.shell.welcome import WelcomePage
from workbench.ui.tasks import run_task

log = logging.getLogger(__name__)
#: The narrowest the navigation is made (its names elide, icons and counts stay).
SIDEBAR_MIN = 120


class MainWindow(QMainWindow):
    #: The settings dialog was accepted (features re-read what they use).
    settings_changed = Signal()

    def __init__(
        self, db: Database, settings: app_settings.Settings, events: AppEvents | None = None
    ) -> None:
        super().__init__()
        self.db, self.settings = db, settings
        db.actor_id = settings.get(app_settings.ME) or None
        self.events = events or AppEvents(self)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("app"))
        self._menus: dict[str, QMenu] = {}
        self._page_keys: list[str] = []  # in the navigation's order
        self._page_widgets: dict[str, QWidget] = {}
        self._go_actions: list[QAction] = []

        self.sidebar = NavigationList()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.nav_counter = NavCounter(self.sidebar, self.events, db)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.new_engagement_requested.connect(self.start_new_engagement)
        self.stack.addWidget(self.welcome)

        self.home = HomePage(self)
        self.add_page("home", self.tr("Home"), self.home)
        self.pages: dict[str, ListPage] = build_pages(db, self.events, self.current_engagement_id)
        titles = {
            "engagements": self.tr("Engagements"),
            "meetings": self.tr("Meetings"),
            "commitments": self.tr("All commitments"),
            "actions": self.tr("Actions"),
            "notes": self.tr("All notes"),
        }
        for key in PAGE_KEYS:
            self.add_page(key, titles[key], self.pages[key])
        self.sidebar.currentRowChanged.connect(self._show_page_index)
        self.pages["engagements"].current_changed.connect(self._update_title)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self._build_menus()
        self.db_label = QLabel(self.tr("Database: {path}").format(path=db.path))
        self.db_label.setObjectName("db_label")
        self.statusBar().addPermanentWidget(self.db_label)

        for dotted in FEATURE_INSTALLERS:
            module_name, _, func = dotted.partition(":")
            getattr(importlib.import_module(module_name), func)(self)

        widest = self.sidebar.preferred_width()
        self.sidebar.setMinimumWidth(min(widest, SIDEBAR_MIN))  # names elide below
        self.sidebar.setMaximumWidth(widest + 40)
        splitter.setSizes([widest, 1100])
        splitter.setCollapsible(0, False)
        self.page_sizes = PageSizes(settings, self._page_widgets, self)
        self.reload_all()
        self._restore_state()
        self._update_title()

    # -- what features use ----------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The menu ``file``, ``edit``, ``go``, ``tools`` or ``help``."""
        return self._menus[name]

    def add_page(self, key: str, title: str, widget: QWidget, icon_name: str | None = None) -> None:
        """A page in the navigation, in its group (``navigation.PLACES``); Ctrl+1… go to
        the first nine rows."""
        current = self.current_page_key()
        row = self.sidebar.place(key, title, icon_name)
        self._page_keys.insert(row, key)
        self._page_widgets[key] = widget
        self.stack.addWidget(widget)
        if current is not None:  # the same page stays current, whatever row it moved to
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self._page_keys.index(current))
            self.sidebar.blockSignals(False)
        if "go" in self._menus:
            self._rebuild_go_actions()

    def show_page(self, key: str) -> None:
        row = self._page_keys.index(key)
        self.sidebar.setCurrentRow(row)
        self._show_page_index(row)  # also when the row was current already

    def page_widget(self, key: str) -> QWidget:
        return self._page_widgets[key]

    def current_page_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self._page_keys[row] if 0 <= row < len(self._page_keys) else None

    def current_engagement_id(self) -> str | None:
        """The engagement selected on its page, else the first active one."""
        selected = self.pages["engagements"].current_id()
        if selected:
            return selected
        with self.db.session() as session:
            return listing.default_engagement_id(session)

    def current_meeting_id(self) -> str | None:
        return self.pages["meetings"].current_id()

    def show_record(self, entity: str, record_id: str) -> bool:
        """Open the page listing ``entity`` and select the record."""
        for key, page in self.pages.items():
            if page.entity == entity:
                self.show_page(key)
                return page.select_id(record_id)
        return False

    # -- building -------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menus["file"] = bar.addMenu(self.tr("&File"))
        self._menus["edit"] = bar.addMenu(self.tr("&Edit"))
        go = self._menus["go"] = bar.addMenu(self.tr("&Go"))
        self._menus["tools"] = bar.addMenu(self.tr("&Tools"))
        help_menu = self._menus["help"] = bar.addMenu(self.tr("&Help"))

        new = QAction(self.tr("&New"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setStatusTip(self.tr("Add a record to the current page"))
        new.triggered.connect(self._new_on_current_page)
        file_menu.addAction(new)
        file_menu.addSeparator()
        self._quit_separator = file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find = QAction(self.tr("&Filter this list"), self)
        find.setObjectName("filter_action")
        find.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        find.triggered.connect(self._focus_filter)
        self._menus["edit"].addAction(find)

        self._rebuild_go_actions()
        del go

        preferences = QAction(self.tr("&Settings…"), self)
        preferences.setObjectName("settings_action")
        preferences.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_settings)
        self._menus["tools"].addAction(preferences)

        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _rebuild_go_actions(self) -> None:
        """Go → one action per page, in the navigation's order (Ctrl+1… Ctrl+9, Ctrl+0 for
        the first ten)."""
        go = self._menus["go"]
        for action in self._go_actions:
            go.removeAction(action)
            action.deleteLater()
        self._go_actions = []
        first = go.actions()[0] if go.actions() else None
        for index, key in enumerate(self._page_keys):
            title = self.sidebar.item(index).text()
            action = QAction(title if index < 10 else f"&{title}", self)
            action.setObjectName(f"go_{key}")
            if index < 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0
                digit = Qt.Key.Key_1 + index if index < 9 else Qt.Key.Key_0
                action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(digit)))
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            if first is None:
                go.addAction(action)
            else:
                go.insertAction(first, action)  # above what other features put in Go
            self._go_actions.append(action)

    def add_file_action(self, action: QAction) -> None:
        """Put a feature's action in the File menu, above Quit."""
        self._menus["file"].insertAction(self._quit_separator, action)

    # -- data -----------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.pages["engagements"].model.rowCount() == 0

    def reload_all(self) -> None:
        for page in self.pages.values():
            page.reload()
        self._show_page_index(self.sidebar.currentRow())

    def load_demo(self) -> None:
        from workbench.services.demo.build import build_demo

        self.welcome.status.setText(self.tr("Loading the demo case…"))
        self.welcome.demo_button.setEnabled(False)

        def done(_result: Any) -> None:
            self.welcome.demo_button.setEnabled(True)
            self.welcome.status.clear()
            self.events.database_reloaded.emit()
            self.pages["engagements"].view.selectRow(0)
            self.show_page("home")
            self.statusBar().showMessage(self.tr("Demo case loaded."), 5000)

        def failed(exc: BaseException) -> None:
            self.welcome.demo_button.setEnabled(True)
            self.welcome.status.setText(self.tr("Could not load the demo: {e}").format(e=exc))

        run_task(lambda _ctx: build_demo(self.db), done, failed)

    def start_new_engagement(self) -> None:
        self.show_page("engagements")
        self.pages["engagements"].create_record()
        self._show_page_index(self.sidebar.currentRow())

    # -- slots ----------------------------------------------------------------------
    def _show_page_index(self, row: int) -> None:
        if row < 0:
            row = 0
        key = self._page_keys[row]
        if self.is_empty() and (key in PAGE_KEYS or key == "home"):
            self.stack.setCurrentWidget(self.welcome)
            return
        page = self._page_widgets[key]
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def _new_on_current_page(self) -> None:
        key = self.current_page_key()
        page = self.pages.get(key or "")
        if page is None or self.stack.currentWidget() is self.welcome:
            self.start_new_engagement()
        else:
            page.create_record()

    def _focus_filter(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, ListPage):
            page.focus_filter()

    def _update_title(self, *_args: Any) -> None:
        engagement_id = self.current_engagement_id()
        title = None
        if engagement_id:
            row = self.pages["engagements"].model.row_of(engagement_id)
            if row is not None:
                title = self.pages["engagements"].model.row_at(row).title
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    def show_settings(self) -> None:
        from workbench.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.settings, self)
        if dialog.exec():
            self.db.actor_id = self.settings.get(app_settings.ME) or None
            self.settings_changed.emit()

    def show_about(self) -> None:
        from workbench.ui.shell.about import AboutDialog

        AboutDialog(str(self.db.path), self).exec()

    # -- state ----------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.get(app_settings.WINDOW_GEOMETRY)
        if geometry is None or (hasattr(geometry, "isEmpty") and geometry.isEmpty()):
            self.resize(1200, 760)
        else:
            self.restoreGeometry(geometry)
        # The window opens on Home: what needs doing now (the welcome page while empty).
        self.sidebar.setCurrentRow(self._page_keys.index("home"))

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.form.flush()
        self.page_sizes.save_all()
        self.settings.set(app_settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(app_settings.LAST_PAGE, max(0, self.sidebar.currentRow()))
        self.settings.sync()
        super().closeEvent(event)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

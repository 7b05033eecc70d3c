"""The main window: a sidebar of pages, menus with standard shortcuts, the status bar.

It owns no business rules: pages call services, features install themselves through
``workbench.ui.shell.features``. It exposes what features need: ``db``, ``events``,
``settings``, ``menu(name)``, ``current_engagement_id()``, ``current_meeting_id()``,
``show_record(entity, id)`` and ``add_page(key, title, widget)``.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from workbench.ui.icons import icon
from workbench.ui.lists.list_page import ListPage
from workbench.ui.shell.features import FEATURE_INSTALLERS
from workbench.ui.shell.pages import PAGE_KEYS, build_pages
from workbench.ui.shell.welcome import WelcomePage
from workbench.ui.tasks import run_task

log = logging.getLogger(__name__)


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
        self._page_keys: list[str] = []

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.new_engagement_requested.connect(self.start_new_engagement)
        self.stack.addWidget(self.welcome)

        self.pages: dict[str, ListPage] = build_pages(db, self.events, self.current_engagement_id)
        titles = {
            "engagements": self.tr("Engagements"),
            "meetings": self.tr("Meetings"),
            "commitments": self.tr("Commitments"),
            "actions": self.tr("Actions"),
            "notes": self.tr("Notes"),
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

        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.sidebar.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.sidebar.item(i).text())
            for i in range(self.sidebar.count())
        )
        self.sidebar.setMaximumWidth(widest + 32)
        splitter.setSizes([widest + 32, 1100])
        self.reload_all()
        self._restore_state()
        self._update_title()

    # -- what features use ----------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The menu ``file``, ``edit``, ``go``, ``tools`` or ``help``."""
        return self._menus[name]

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """A page in the sidebar; Ctrl+1… go to the first nine."""
        self._page_keys.append(key)
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)
        if "go" in self._menus:
            self._add_go_action(len(self._page_keys) - 1, title)

    def show_page(self, key: str) -> None:
        row = self._page_keys.index(key)
        self.sidebar.setCurrentRow(row)
        self._show_page_index(row)  # also when the row was current already

    def page_widget(self, key: str) -> QWidget:
        page = self.stack.widget(self._page_keys.index(key) + 1)
        assert page is not None, key
        return page

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

        for i in range(len(self._page_keys)):
            self._add_go_action(i, self.sidebar.item(i).text())
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

    def _add_go_action(self, index: int, title: str) -> None:
        action = QAction(title, self)
        if index < 9:
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_1 + index)))
        action.triggered.connect(lambda: self.sidebar.setCurrentRow(index))
        self._menus["go"].addAction(action)

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
            self.show_page("engagements")
            self.pages["engagements"].view.selectRow(0)
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
        if self.is_empty() and self._page_keys[row] in PAGE_KEYS:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentIndex(row + 1)
        page = self.stack.currentWidget()
        if page is not None:
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
        page = self.settings.get(app_settings.LAST_PAGE)
        self.sidebar.setCurrentRow(page if 0 <= page < len(self._page_keys) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.form.flush()
        self.settings.set(app_settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(app_settings.LAST_PAGE, max(0, self.sidebar.currentRow()))
        self.settings.sync()
        super().closeEvent(event)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

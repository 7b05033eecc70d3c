"""The main window: a sidebar of pages, menus with standard shortcuts, the status bar.

It owns no business rules: pages call services, features install themselves through
``workbench.ui.shell.features``. It exposes what features need: ``db``, ``events``,
``settings``, ``menu(name)``, ``current_engagement_id()``, ``current_meeting_id()``,
``show_record(entity, id)`` and ``add_page(key, title, widget)``.

It is built in two steps (see ``workbench.ui.shell.startup``): ``MainWindow(settings)``
needs Qt alone and shows the frame of every page (``frame.py``), so it paints before
the data stack is imported; ``attach(db)`` then builds the pages and installs the
features, each page taking its frame's place, and emits ``ready``.
``MainWindow(db, settings)`` does both at once (tests, tools).
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from workbench import APP_NAME
from workbench.ui import settings as app_settings
from workbench.ui.events import AppEvents
from workbench.ui.shell.features import FEATURE_INSTALLERS
from workbench.ui.shell.frame import PAGE_KEYS, PageFrame, SidebarMemory

if TYPE_CHECKING:  # imported when used: the first paint needs none of these
    from PySide6.QtGui import QCloseEvent

    from workbench.store import Database
    from workbench.ui.lists.list_page import ListPage

log = logging.getLogger(__name__)

#: ``Qt.ItemDataRole.UserRole``, written as its number: ``Qt`` is not built before the
#: first paint (see ``_shortcut``).
USER_ROLE = 0x0100


class MainWindow(QMainWindow):
    #: The settings dialog was accepted (features re-read what they use).
    settings_changed = Signal()
    #: ``attach`` is done: every page is built and the current one holds its data.
    ready = Signal()

    def __init__(
        self,
        settings: app_settings.Settings | Database,
        legacy_settings: app_settings.Settings | None = None,
        events: AppEvents | None = None,
    ) -> None:
        super().__init__()
        db = None
        if not isinstance(settings, app_settings.Settings):  # MainWindow(db, settings)
            assert legacy_settings is not None, "MainWindow(db, settings)"
            db, settings = settings, legacy_settings
        self._db: Database | None = None
        self.settings = settings
        self.events = events or AppEvents(self)
        self.setObjectName("main_window")
        self._menus: dict[str, QMenu] = {}
        self._page_keys: list[str] = []
        self._needs_db: list[QAction] = []  # disabled until the database is open
        self._go_actions: list[QAction] = []  # Go → one per page, in the sidebar's order
        #: Shortcuts set by ``_install_shortcuts`` (a standard key's name, or portable text).
        self._shortcuts: list[tuple[QAction, str]] | None = []
        self.pages: dict[str, ListPage] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # the welcome page's place (``attach``)

        self.titles = {
            "engagements": self.tr("Engagements"),
            "meetings": self.tr("Meetings"),
            "commitments": self.tr("Commitments"),
            "actions": self.tr("Actions"),
            "notes": self.tr("Notes"),
        }
        base = [(key, self.titles[key]) for key in PAGE_KEYS]
        self._frames: set[str] = set()  # pages whose place holds a frame (or its place)
        for key, title in SidebarMemory(settings).pages(base):
            self.add_page(key, self.titles.get(key, title), QWidget())
            self._frames.add(key)
        self.sidebar.currentRowChanged.connect(self._show_page_index)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self._build_menus()
        self.db_label = QLabel(self.tr("Getting ready…"))
        self.db_label.setObjectName("db_label")
        self.statusBar().addPermanentWidget(self.db_label)
        self.busy = QProgressBar()
        self.busy.setObjectName("getting_ready")
        self.busy.setAccessibleName(self.tr("Getting ready"))
        self.busy.setRange(0, 0)  # busy, no percentage
        self.busy.setMaximumWidth(120)
        self.statusBar().addPermanentWidget(self.busy)
        self._fit_sidebar()
        self._restore_state()
        self.setWindowTitle(APP_NAME)
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Build the pages on ``db`` in place of their frames, install the features,
        read the current page and emit ``ready``."""
        from workbench.ui.icons import icon
        from workbench.ui.shell.pages import build_pages
        from workbench.ui.shell.welcome import WelcomePage

        self._db = db
        db.actor_id = self.settings.get(app_settings.ME) or None
        self.setWindowIcon(icon("app"))
        self._install_shortcuts()
        off = QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.sidebar.setHorizontalScrollBarPolicy(off)
        row = self.sidebar.currentRow()
        placeholder = self.stack.widget(0)
        self.welcome = WelcomePage()
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.new_engagement_requested.connect(self.start_new_engagement)
        self.stack.insertWidget(0, self.welcome)
        self.stack.setCurrentWidget(self.welcome)  # no page is read while they arrive
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages = build_pages(db, self.events, self.current_engagement_id)
        for key in PAGE_KEYS:
            self.add_page(key, self.titles[key], self.pages[key])
        self.pages["engagements"].current_changed.connect(self._update_title)
        self.db_label.setText(self.tr("Database: {path}").format(path=db.path))

        for dotted in FEATURE_INSTALLERS:
            module_name, _, func = dotted.partition(":")
            getattr(importlib.import_module(module_name), func)(self)
        self._drop_frames()
        for action in self._needs_db:
            action.setEnabled(True)
        self._fit_sidebar()
        self.reload_all()
        self.sidebar.setCurrentRow(min(max(row, 0), len(self._page_keys) - 1))
        self._show_page_index(self.sidebar.currentRow())
        self._update_title()
        self.statusBar().removeWidget(self.busy)
        self.busy.deleteLater()
        self.ready.emit()

    @property
    def db(self) -> Database:
        """The open database (``attach``); there is none while the window gets ready."""
        if self._db is None:
            raise RuntimeError("the main window has no database yet")
        return self._db

    def is_ready(self) -> bool:
        return self._db is not None

    def _fit_sidebar(self) -> None:
        metrics = self.sidebar.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.sidebar.item(i).text())
            for i in range(self.sidebar.count())
        )
        self.sidebar.setMaximumWidth(widest + 32)
        self.splitter.setSizes([widest + 32, 1100])

    def _drop_frames(self) -> None:
        """Pages the last window had and this one has not (a feature gone)."""
        dropped = False
        for row in reversed(range(len(self._page_keys))):
            frame = self.stack.widget(row + 1)
            if frame is not None and self._page_keys[row] in self._frames:
                self._frames.discard(self._page_keys[row])
                self._page_keys.pop(row)
                self.stack.removeWidget(frame)
                frame.deleteLater()
                self.sidebar.takeItem(row)
                dropped = True
        if dropped:  # Ctrl+1… follow the rows that are left
            for action in self._go_actions:
                self._menus["go"].removeAction(action)
            self._go_actions.clear()
            for i in range(len(self._page_keys)):
                self._add_go_action(i, self.sidebar.item(i).text())

    # -- what features use ----------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The menu ``file``, ``edit``, ``go``, ``tools`` or ``help``."""
        return self._menus[name]

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """A page in the sidebar; Ctrl+1… go to the first nine. A page the window shows
        the frame of (the last window had it) takes the frame's place."""
        if key in self._page_keys:
            row = self._page_keys.index(key)
            self._frames.discard(key)
            frame = self.stack.widget(row + 1)
            self.stack.insertWidget(row + 1, widget)
            if frame is not None:
                self.stack.removeWidget(frame)
                frame.deleteLater()
            self.sidebar.item(row).setText(title)
            if row < len(self._go_actions):
                self._go_actions[row].setText(title)
            return
        self._page_keys.append(key)
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(USER_ROLE, key)
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
        from workbench.services import listing

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
        self._shortcut(new, "New")
        new.setStatusTip(self.tr("Add a record to the current page"))
        new.triggered.connect(self._new_on_current_page)
        file_menu.addAction(new)
        self._needs_db.append(new)
        file_menu.addSeparator()
        self._quit_separator = file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        self._shortcut(quit_action, "Quit")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find = QAction(self.tr("&Filter this list"), self)
        find.setObjectName("filter_action")
        self._shortcut(find, "Ctrl+L")
        find.triggered.connect(self._focus_filter)
        self._menus["edit"].addAction(find)

        for i in range(len(self._page_keys)):
            self._add_go_action(i, self.sidebar.item(i).text())
        del go

        preferences = QAction(self.tr("&Settings…"), self)
        preferences.setObjectName("settings_action")
        self._shortcut(preferences, "Ctrl+,")
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_settings)
        self._menus["tools"].addAction(preferences)
        self._needs_db.append(preferences)

        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self._needs_db.append(about)
        for action in self._needs_db:
            action.setEnabled(False)

    def _add_go_action(self, index: int, title: str) -> None:
        action = QAction(title, self)
        if index < 9:
            self._shortcut(action, f"Ctrl+{index + 1}")
        action.triggered.connect(lambda: self.sidebar.setCurrentRow(index))
        self._menus["go"].addAction(action)
        self._go_actions.append(action)

    def _shortcut(self, action: QAction, key: str) -> None:
        """Give ``action`` its shortcut: ``key`` is a ``QKeySequence.StandardKey`` name or
        portable text ("Ctrl+L"). Until ``_install_shortcuts`` they wait: the first
        ``QKeySequence`` builds PySide's ``Qt`` namespace, a fifth of the time a bare
        window takes to show, and no shortcut can act before the pages are there."""
        if self._shortcuts is not None:
            self._shortcuts.append((action, key))
            return
        from PySide6.QtGui import QKeySequence

        if "+" in key:
            action.setShortcut(QKeySequence(key))
        else:
            action.setShortcut(getattr(QKeySequence.StandardKey, key))

    def _install_shortcuts(self) -> None:
        waiting, self._shortcuts = self._shortcuts or [], None
        for action, key in waiting:
            self._shortcut(action, key)

    def add_file_action(self, action: QAction) -> None:
        """Put a feature's action in the File menu, above Quit."""
        self._menus["file"].insertAction(self._quit_separator, action)

    # -- data -----------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.is_ready() and self.pages["engagements"].model.rowCount() == 0

    def reload_all(self) -> None:
        for page in self.pages.values():
            page.reload()
        self._show_page_index(self.sidebar.currentRow())

    def load_demo(self) -> None:
        from workbench.services.demo.build import build_demo
        from workbench.ui.tasks import run_task

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
        if not self.is_ready():  # a frame; its page comes with the database
            self._show_frame(row)
            return
        if self.is_empty() and self._page_keys[row] in PAGE_KEYS:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentIndex(row + 1)
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus()

    def _show_frame(self, row: int) -> None:
        """Show the frame of the page at ``row``, made when first shown: one frame
        costs less than the five a window would otherwise paint behind each other."""
        key = self._page_keys[row]
        place = self.stack.widget(row + 1)
        if key in self._frames and not isinstance(place, PageFrame):
            frame = PageFrame(key, self.sidebar.item(row).text())
            self.stack.insertWidget(row + 1, frame)
            if place is not None:
                self.stack.removeWidget(place)
                place.deleteLater()
        self.stack.setCurrentIndex(row + 1)

    def _new_on_current_page(self) -> None:
        key = self.current_page_key()
        page = self.pages.get(key or "")
        if page is None or self.stack.currentWidget() is self.welcome:
            self.start_new_engagement()
        else:
            page.create_record()

    def _focus_filter(self) -> None:
        if not self.is_ready():
            return
        from workbench.ui.lists.list_page import ListPage

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
        if self.is_ready():
            SidebarMemory(self.settings).remember(
                [(key, self.sidebar.item(i).text()) for i, key in enumerate(self._page_keys)]
            )
        self.settings.sync()
        super().closeEvent(event)

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, message)

"""The main window: the navigation of pages, menus with standard shortcuts, the status bar.

It owns no business rules: pages call services, features install themselves through
``workbench.ui.shell.features``. It exposes what features need: ``db``, ``events``,
``settings``, ``menu(name)``, ``current_engagement_id()``, ``current_meeting_id()``,
``show_record(entity, id)`` and ``add_page(key, title, widget)``. The navigation
(``navigation.py``) places each page in its group by its key; the window opens on Home
(``ui/home``), or on the tracker when that was the last page, and remembers each page's
sizes (``page_sizes.py``).

It is built in two steps (see ``workbench.ui.shell.startup``): ``MainWindow(settings)``
needs Qt alone and shows the navigation with a frame for every page the last window had
(``page_stack.py``, ``frame.py``), the opening page's frame current, so it paints before
the data stack is imported; ``attach(db)`` then builds Home and the pages and installs the
features, each page taking its frame's place, and emits ``ready``.
``MainWindow(db, settings)`` does both at once (tests, tools).
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
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
from workbench.ui.shell.frame import PAGE_KEYS, SidebarMemory
from workbench.ui.shell.nav_sketch import NavigationSketch
from workbench.ui.shell.page_stack import PageStack

if TYPE_CHECKING:  # imported when used: the first paint needs none of these
    from PySide6.QtGui import QCloseEvent

    from workbench.store import Database
    from workbench.ui.home.page import HomePage
    from workbench.ui.lists.list_page import ListPage
    from workbench.ui.shell.first_rows import FirstRows
    from workbench.ui.shell.navigation import NavCounter, NavigationList
    from workbench.ui.shell.page_sizes import PageSizes
    from workbench.ui.shell.welcome import WelcomePage

log = logging.getLogger(__name__)
#: The narrowest the navigation is made (its names elide, icons and counts stay).
SIDEBAR_MIN = 120


class MainWindow(QMainWindow):
    #: The settings dialog was accepted (features re-read what they use).
    settings_changed = Signal()
    #: ``attach`` is done: every page is built and Home holds its data.
    ready = Signal()
    #: The page the window opened on shows its data: the tracker's first rows or Home
    #: read before the data stack (``first_rows.py``, ``ui/home/first.py``), else the
    #: page itself in ``attach``.
    data_shown = Signal()

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
        self._needs_db: list[QAction] = []  # disabled until the database is open
        self._go_actions: list[QAction] = []  # Go → one per page, in the navigation's order
        #: Shortcuts set by ``_install_shortcuts`` (a standard key's name, or portable text).
        self._shortcuts: list[tuple[QAction, str]] | None = []
        self._attaching = False  # Go is rebuilt once, at the end of ``attach``
        self.pages: dict[str, ListPage] = {}
        self.page_sizes: PageSizes | None = None
        self.first_rows: FirstRows | None = None  # shown before the page is built
        self.first_home: HomePage | None = None  # Home drawn before the data stack

        #: The navigation: its sketch until ``attach`` puts the list in its place
        #: (``nav_sketch.py``: the list's classes cost the first paint a fifth).
        self.sidebar: NavigationSketch | NavigationList = NavigationSketch()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.nav_counter: NavCounter | None = None  # counts once attached
        self.stack = QStackedWidget()
        self._pages = PageStack(self.sidebar, self.stack)
        self.titles = {
            "home": self.tr("Home"),
            "engagements": self.tr("Engagements"),
            "meetings": self.tr("Meetings"),
            "commitments": self.tr("All commitments"),
            "actions": self.tr("Actions"),
            "notes": self.tr("All notes"),
        }
        base = [(key, self.titles[key]) for key in ("home", *PAGE_KEYS)]
        with self.sidebar.placing():  # the rows laid out once, not once per row
            for key, title in SidebarMemory(settings).pages(base):
                self._pages.add_frame(key, self.titles.get(key, title))
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
        """Build Home and the pages on ``db`` in place of their frames, install the
        features, show the current page (Home) with its data and emit ``ready``."""
        from workbench.ui.home.page import HomePage
        from workbench.ui.icons import icon
        from workbench.ui.shell.page_sizes import PageSizes
        from workbench.ui.shell.pages import build_pages
        from workbench.ui.shell.welcome import WelcomePage

        self._attaching = True
        self._db = db
        db.actor_id = self.settings.get(app_settings.ME) or None
        self.setWindowIcon(icon("app"))
        self._install_shortcuts()
        self._navigation_in_place_of_sketch()
        self.welcome: WelcomePage = WelcomePage()
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.new_engagement_requested.connect(self.start_new_engagement)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)  # no page is read while they arrive
        self.pages = build_pages(db, self.events, self.current_engagement_id)
        first_home, self.first_home = self.first_home, None
        self.home: HomePage = first_home or HomePage(self)
        if first_home is None:
            self.add_page("home", self.titles["home"], self.home)
        else:  # in its frame's place already: it reads again through the services
            self.home.set_database(db)
        for key in PAGE_KEYS:
            self.add_page(key, self.titles[key], self.pages[key])
        self.pages["engagements"].current_changed.connect(self._update_title)
        self.db_label.setText(self.tr("Database: {path}").format(path=db.path))

        for dotted in FEATURE_INSTALLERS:
            module_name, _, func = dotted.partition(":")
            getattr(importlib.import_module(module_name), func)(self)
        self._pages.drop_frames()
        self._attaching = False
        self._rebuild_go_actions()
        for action in self._needs_db:
            action.setEnabled(True)
        self._fit_sidebar()
        self.page_sizes = PageSizes(self.settings, self._pages.widgets, self)
        assert self.nav_counter is not None
        self.nav_counter.set_database(db)
        self.reload_all()  # shows the page chosen: Home, or one clicked while getting ready
        first, self.first_rows = self.first_rows, None
        if first is not None and self.current_page_key() == "actions":
            tracker: Any = self.pages["actions"]  # a TrackerPage
            first.hand_over(tracker)  # the same rows, current row, top row
        self._update_title()
        self.statusBar().removeWidget(self.busy)
        self.busy.deleteLater()
        if first is None and first_home is None:
            self.data_shown.emit()
        self.ready.emit()

    def _navigation_in_place_of_sketch(self) -> None:
        """The navigation list takes the sketch's place: the same rows, the same current
        row, the same width; it takes the keys from now on (``TypeAhead`` plays those
        typed meanwhile into it)."""
        from workbench.ui.shell.navigation import NavCounter, NavigationList

        sketch = self.sidebar
        assert isinstance(sketch, NavigationSketch), "attach runs once"
        nav = NavigationList()
        nav.setAccessibleName(sketch.accessibleName())
        with nav.placing():
            for row in sketch.rows:
                nav.place(row.key, row.title, row.icon)
        nav.setCurrentRow(sketch.currentRow())
        nav.setFixedWidth(sketch.width())  # until ``_fit_sidebar`` frees it
        sizes = self.splitter.sizes()
        nav.currentRowChanged.connect(self._show_page_index)
        nav.attached()
        self.splitter.replaceWidget(0, nav)
        self.splitter.setSizes(sizes)
        self.sidebar = self._pages.sidebar = nav
        self.nav_counter = NavCounter(nav, self.events)
        sketch.deleteLater()
        if self.focusWidget() is None:  # as the list had it at the first paint
            nav.setFocus()

    def show_first_home(self, home: HomePage) -> None:
        """Show Home drawn from its first reading (``ui/home/first.py``) in its frame's
        place; ``attach`` gives it the database."""
        self.first_home = home
        self._pages.add("home", self.titles["home"], home)

    @property
    def db(self) -> Database:
        """The open database (``attach``); there is none while the window gets ready."""
        if self._db is None:
            raise RuntimeError("the main window has no database yet")
        return self._db

    def is_ready(self) -> bool:
        """The pages are built and the features installed (``attach`` is done)."""
        return self._db is not None and not self._attaching

    def _fit_sidebar(self) -> None:
        widest = self.sidebar.preferred_width()
        if isinstance(self.sidebar, NavigationSketch):
            self.sidebar.fix_width(widest)
        else:
            self.sidebar.setMinimumWidth(min(widest, SIDEBAR_MIN))  # names elide below
            self.sidebar.setMaximumWidth(widest + 40)
        rest = sum(self.splitter.sizes()) - widest
        self.splitter.setSizes([widest, rest if rest > 0 else 1100])  # not shared out
        self.splitter.setCollapsible(0, False)

    # -- what features use ----------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The menu ``file``, ``edit``, ``go``, ``tools`` or ``help``."""
        return self._menus[name]

    def add_page(self, key: str, title: str, widget: QWidget, icon_name: str | None = None) -> None:
        """A page in the navigation, in its group (``navigation.PLACES``), or in place of
        its frame; Ctrl+1… go to the first ten rows."""
        self._pages.add(key, title, widget, icon_name)
        if "go" in self._menus and not self._attaching:
            self._rebuild_go_actions()

    def has_page(self, key: str) -> bool:
        return key in self._pages.widgets and key not in self._pages.frames

    def show_page(self, key: str) -> None:
        row = self._pages.keys.index(key)
        self.sidebar.setCurrentRow(row)
        self._show_page_index(row)  # also when the row was current already

    def page_widget(self, key: str) -> QWidget:
        return self._pages.widgets[key]

    def current_page_key(self) -> str | None:
        return self._pages.current_key()

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
        self._menus["go"] = bar.addMenu(self.tr("&Go"))
        self._menus["tools"] = bar.addMenu(self.tr("&Tools"))
        help_menu = self._menus["help"] = bar.addMenu(self.tr("&Help"))

        new = self._action(self.tr("&New"))
        self._shortcut(new, "New")
        new.setStatusTip(self.tr("Add a record to the current page"))
        new.triggered.connect(self._new_on_current_page)
        file_menu.addAction(new)
        self._needs_db.append(new)
        file_menu.addSeparator()
        self._quit_separator = file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"))
        self._shortcut(quit_action, "Quit")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find = self._action(self.tr("&Filter this list"))
        find.setObjectName("filter_action")
        self._shortcut(find, "Ctrl+L")
        find.triggered.connect(self._focus_filter)
        self._menus["edit"].addAction(find)

        self._rebuild_go_actions()

        preferences = self._action(self.tr("&Settings…"))
        preferences.setObjectName("settings_action")
        self._shortcut(preferences, "Ctrl+,")
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_settings)
        self._menus["tools"].addAction(preferences)
        self._needs_db.append(preferences)

        about = self._action(self.tr("&About {app}").format(app=APP_NAME))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self._needs_db.append(about)
        for action in self._needs_db:
            action.setEnabled(False)

    def _rebuild_go_actions(self) -> None:
        """Go → one action per page, in the navigation's order (Ctrl+1… Ctrl+9, Ctrl+0 for
        the first ten)."""
        go = self._menus["go"]
        gone = set(self._go_actions)
        for action in self._go_actions:
            go.removeAction(action)
            action.deleteLater()
        if self._shortcuts is not None:  # not yet installed: forget the old ones'
            self._shortcuts = [(a, k) for a, k in self._shortcuts if a not in gone]
        self._go_actions = []
        first = go.actions()[0] if go.actions() else None
        for index, key in enumerate(self._pages.keys):
            title = self.sidebar.title_at(index)
            action = self._action(title if index < 10 else f"&{title}")
            action.setObjectName(f"go_{key}")
            if index < 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0
                self._shortcut(action, f"Ctrl+{(index + 1) % 10}")
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            if first is None:
                go.addAction(action)
            else:
                go.insertAction(first, action)  # above what other features put in Go
            self._go_actions.append(action)

    def _action(self, text: str) -> QAction:
        """A new action of the window. Not ``QAction(text, self)``: to choose among its
        overloads (one takes an icon) PySide builds ``QIcon``'s enums, which the first
        paint does without."""
        action = QAction(self)
        action.setText(text)
        return action

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
        if not self._pages.keys:
            return
        key = self._pages.keys[max(row, 0)]
        if not self.is_ready():  # a frame; its page comes with the data
            if not self._attaching:  # (while pages arrive the welcome page is shown)
                self._pages.show_frame(key)
            return
        if self.is_empty() and (key in PAGE_KEYS or key == "home"):
            self.stack.setCurrentWidget(self.welcome)
            return
        page = self._pages.widgets[key]
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
        # The window opens on Home: what needs doing now (the welcome page while empty);
        # on the tracker when it was open last (its first rows come before the data stack).
        keys, last = self._pages.keys, self.settings.get(app_settings.LAST_PAGE)
        opened = isinstance(last, int) and 0 <= last < len(keys) and keys[last] == "actions"
        self.sidebar.setCurrentRow(last if opened else keys.index("home"))

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.form.flush()
        if self.page_sizes is not None:
            self.page_sizes.save_all()
        self.settings.set(app_settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(app_settings.LAST_PAGE, max(0, self.sidebar.currentRow()))
        if self.is_ready():
            SidebarMemory(self.settings).remember(self._pages.titles())
        self.settings.sync()
        super().closeEvent(event)

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, message)

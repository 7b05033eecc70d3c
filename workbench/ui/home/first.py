"""Home with its data on screen before the data stack is imported.

The window opens on Home. ``Startup`` reads Home's data through ``sqlite3`` alone
(``store/first_home.py``: the same ``HomeData`` as ``services.home.read_home``) and
shows it here with Home's own page and cards, in the frame's place, before SQLAlchemy,
SQLModel and the domain are imported; ``attach`` then gives that same page the
database, and it reads again through the services as always: nothing moves. A line
clicked meanwhile is followed once the window is ready (``opening.HomeOpener``).
Qt, the standard library and ``workbench.rows`` only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.config import migrations_dir
from workbench.store.first_home import first_home
from workbench.store.first_read import local_today
from workbench.store.revisions import head_revision
from workbench.ui import settings as app_settings
from workbench.ui.shell.frame import PageFrame

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow


def show_first_home(window: MainWindow, path: Path) -> bool:
    """Show Home with the data of the file at ``path`` in its frame's place and say the
    data is shown (``data_shown``); False when it could not be read so (the page reads
    once the database is open)."""
    from workbench.ui.home.page import HomePage

    frame = window.stack.currentWidget()
    if window.is_ready() or not isinstance(frame, PageFrame) or frame.key != "home":
        return False
    me = window.settings.get(app_settings.ME) or None
    head = head_revision(migrations_dir())
    data = first_home(path, head, me, local_today(), datetime.now(UTC))
    if data is None:
        return False
    page = HomePage(window)
    page.show_data(data)
    window.show_first_home(page)
    window.data_shown.emit()
    return True

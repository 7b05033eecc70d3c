"""Features that add menus, pages or shortcuts to the main window.

Each entry names a function ``install(window: MainWindow) -> None``. The main window
calls them in order after building its own pages and menus.
"""

from __future__ import annotations

FEATURE_INSTALLERS: list[str] = [
    "workbench.ui.share.export_menu:install",
    "workbench.ui.meetings.feature:install",
    "workbench.ui.followup.feature:install",
    "workbench.ui.share.exchange_dialogs:install",
    "workbench.ui.stewardship.feature:install",
    "workbench.ui.cycle.feature:install",
    "workbench.ui.parties.feature:install",
    "workbench.ui.share.sync_feature:install",
    "workbench.ui.capture.drop_feature:install",
]

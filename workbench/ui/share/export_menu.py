"""File → Export… (Ctrl+E) and Import tracker…: the two menu entries.

The dialogs (``export_dialog.py``, ``import_dialog.py``) and what they bring (the export
runner, the evidence pack, the reporting services) are imported when first opened, not
when the window gets ready: the ready window does not hold them (peak memory with the
tracker open is a goal of ``make bench``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def open_export(window: Any) -> Any:
    """The Export dialog for what the window shows (``export_dialog.open_export_dialog``)."""
    from workbench.ui.share.export_dialog import open_export_dialog

    return open_export_dialog(window)


def open_import(window: Any) -> Any:
    """The Import tracker dialog (``export_dialog.open_import_dialog``)."""
    from workbench.ui.share.export_dialog import open_import_dialog

    return open_import_dialog(window)


def install(window: Any) -> None:
    """Add Export… (Ctrl+E) and Import tracker… to the window's File menu."""
    translate = QCoreApplication.translate
    export = QAction(translate("FileMenu", "&Export…"), window)
    export.setObjectName("export_action")
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.setStatusTip(
        translate("FileMenu", "Export minutes, an agenda, the report or the tracker")
    )
    export.triggered.connect(lambda: open_export(window))
    imp = QAction(translate("FileMenu", "&Import tracker…"), window)
    imp.setObjectName("import_tracker_action")
    imp.setStatusTip(translate("FileMenu", "Bring back a tracker workbook edited in Excel"))
    imp.triggered.connect(lambda: open_import(window))
    add = getattr(window, "add_file_action", None)
    for action in (export, imp):
        if add is not None:
            add(action)
        else:
            window.menu("file").addAction(action)

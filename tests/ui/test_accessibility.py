"""Every interactive widget a user can reach has a name a screen reader can speak:
on every page, and in every dialog and window the menus open (``surfaces.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).parent))
from surfaces import visit_everything

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_widgets(root: QWidget) -> list[str]:
    """Visible interactive widgets under ``root`` without an accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QHeaderView):
            continue  # spoken as part of its table
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo box or spin box speaks for its parent
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        if not (name or widget.accessibleName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_page_has_named_controls(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    problems: dict[str, list[str]] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        missing = unnamed_widgets(window.stack.currentWidget())
        if missing:
            problems[window.sidebar.item(row).text()] = missing
    assert not problems, problems


def test_every_dialog_and_window_has_named_controls(
    qtbot, demo_db, make_window, monkeypatch
) -> None:
    window = make_window(demo_db)
    problems: dict[str, list[str]] = {}

    def check(name: str, root: QWidget) -> None:
        missing = unnamed_widgets(root)
        if missing:
            problems[name] = missing

    visited = visit_everything(window, qtbot, monkeypatch, check)
    assert len(visited) > 25 and not problems, problems

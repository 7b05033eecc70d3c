"""What a screen reader is told beyond Qt's defaults: window roles, values, announcements.

Qt describes each widget to assistive technology (AT-SPI on Linux, UI Automation on
Windows) through a ``QAccessibleInterface`` made by its factories. Two gaps are closed
here with one factory of our own (``QAccessible.installFactory``, installed once by
``install``):

- a top-level window that is a plain ``QWidget`` (chair mode, the agenda editor, the
  quick note) reads as a *window*, not as a *filler* without a role;
- a widget that has a value to speak (the chair countdown) defines
  ``accessible_value() -> tuple[float, float, float]`` (current, minimum, maximum) and
  gets Qt's value interface, so a screen reader can read the number as well as the
  accessible name and description that every widget has.

``announce`` speaks a short message politely (``QAccessibleAnnouncementEvent``, Qt 6.8
and later); with an older Qt it falls back to changing the widget's accessible
description, which screen readers also pick up. ``name_clear_button`` names the clear
button Qt puts inside a line edit, which has no name of its own.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleValueInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QLineEdit,
    QMainWindow,
    QWidget,
)

log = logging.getLogger(__name__)

_installed = False


@runtime_checkable
class HasValue(Protocol):
    """A widget with a number to speak: current, minimum and maximum."""

    def accessible_value(self) -> tuple[float, float, float]: ...


class _Value(QAccessibleValueInterface):
    """Qt's value interface over ``widget.accessible_value()``; read-only."""

    def __init__(self, widget: HasValue) -> None:
        super().__init__()
        self._widget = widget

    def currentValue(self) -> Any:
        return self._widget.accessible_value()[0]

    def minimumValue(self) -> Any:
        return self._widget.accessible_value()[1]

    def maximumValue(self) -> Any:
        return self._widget.accessible_value()[2]

    def minimumStepSize(self) -> Any:
        return 1

    def setCurrentValue(self, value: Any) -> None:
        del value  # the user reads the value; it is not set from outside


class _ValueAccessible(QAccessibleWidget):
    """A widget's usual accessible (name, description, role) plus the value interface."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        assert isinstance(widget, HasValue)
        self._value = _Value(widget)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        # Qt wants a pointer: PySide passes a VoidPtr through, and a null one for "none".
        if kind == QAccessible.InterfaceType.ValueInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._value)[0])
        found = super().interface_cast(kind)
        return found if found is not None else shiboken6.VoidPtr(0)


def _is_plain_window(widget: QWidget) -> bool:
    """A window built on ``QWidget`` itself, which Qt would present as a filler."""
    if not widget.isWindow() or isinstance(widget, QMainWindow):
        return False
    first_qt = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
    return first_qt is QWidget


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Called by Qt for each class name of ``obj``, most derived first."""
    try:
        if not isinstance(obj, QWidget) or key != obj.metaObject().className():
            return None  # once per object: for its own class, not for its bases
        if isinstance(obj, HasValue):
            role = getattr(obj, "accessible_role", QAccessible.Role.Grouping)
            return _ValueAccessible(obj, role)
        if _is_plain_window(obj):
            return QAccessibleWidget(obj, QAccessible.Role.Window)
    except Exception:  # never let a screen reader's question break the window
        log.exception("accessible interface for %s", key)
    return None


def install() -> None:
    """Install the factory (once; later calls do nothing)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` politely, once (it is not shown)."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: the description changes, and is read
        widget.setAccessibleDescription(message)
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear button inside ``edit`` (``setClearButtonEnabled``): Qt leaves it
    without one, so a screen reader says only "button"."""
    for button in edit.findChildren(QAbstractButton):
        button.setAccessibleName(name)

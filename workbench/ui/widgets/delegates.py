"""Editors for table cells: a choice from a list, a number of minutes, and a date that
may be empty.

Models edited in place answer ``EditRole`` with the stored value (an enum value, an id,
a date) and take the new one through ``setData``; these delegates only translate
between that value and a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench.ui.i18n import date_entry_format

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(1900, 1, 1)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(value, label)`` pairs; ``choices`` is read when editing starts,
    so a list of people added meanwhile is up to date."""

    def __init__(
        self,
        choices: Callable[[], list[tuple[Any, str]]],
        parent: QWidget | None = None,
        *,
        accessible_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self._name)
        for value, text in self._choices():
            combo.addItem(text, value)
        # Choosing an item ends the edit: one click, no Enter needed.
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlainChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(value, label)`` pairs that writes when the editor closes (Enter,
    Tab, a click elsewhere), as any cell does; keyboard type-ahead works. The agenda and
    the attendance use it; ``ChoiceDelegate`` writes on the choice itself."""

    def __init__(
        self, choices: Callable[[], list[tuple[Any, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self._choices():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    """Minutes of a time box, 0 to 600."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, 600)
        return box


class OptionalDateEdit(QDateEdit):
    """A date that may be empty: the earliest date shows as "—" and means no date.

    Tab moves through day, month and year as in any date edit, but when the date is
    empty there are no sections to move through and Qt would keep the focus forever:
    then Tab goes on to the next control.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_entry_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


class DateDelegate(QStyledItemDelegate):
    """A date with a calendar; the earliest date shows as "—" and means no date."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self._name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = OptionalDateEdit(parent)
        edit.setAccessibleName(self._name)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, date):
            editor.setDate(QDate(value.year, value.month, value.day))
        else:
            editor.setDate(NO_DATE)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        d = editor.date()
        value = None if d == NO_DATE else date(d.year(), d.month(), d.day())
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)

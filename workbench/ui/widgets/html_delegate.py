"""A delegate that draws an item's rich text (``HTML_ROLE``), wrapped to the column.

For cells that say more than one thing at a glance: a commitment with the meeting it was
made in and its evidence, a search hit with the words found in bold. Items without
``HTML_ROLE`` are drawn as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 11


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's ``HTML_ROLE`` text (title, where, snippet) when it has one."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        text = index.data(HTML_ROLE)
        if not text:
            return None
        if option.state & QStyle.StateFlag.State_Selected:
            text = text.replace(' style="color:gray"', "")  # readable on the highlight
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        width = option.rect.width()
        if width <= 0 and option.widget is not None:  # a tree asking for a row's height
            width = option.widget.width() - 60
        doc.setTextWidth(max(100, width - 8))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width() - 8, option.rect.height() - 4)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4)

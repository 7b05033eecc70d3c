"""The documents of one record as a list: title, date, audience.

The title is the list's running text: it takes the room left and elides (the file's name
and size are in its tooltip); the date is a key column, shown whole; the audience is
shown when the pane has room for it (the selected document's form below the list says
it in any case), so the documents panel never widens the detail pane beside a list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from workbench.services.stewardship.documents import DocumentRow, size_text
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel, format_date

COL_TITLE, COL_DATED, COL_AUDIENCE = range(3)


class DocumentsModel(RowsModel[DocumentRow]):
    CONTEXT = "DocumentsPanel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("DocumentsPanel", "Document"),
        QT_TRANSLATE_NOOP("DocumentsPanel", "Dated"),
        QT_TRANSLATE_NOOP("DocumentsPanel", "Audience"),
    )
    KEY_COLUMNS = (COL_TITLE, COL_DATED)
    STRETCH_COLUMN = COL_TITLE

    def display(self, row: DocumentRow, column: int) -> str:
        if column == COL_TITLE:
            return row.title
        if column == COL_DATED:
            return format_date(row.dated_on)
        return label(row.audience)

    def extra_data(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return f"{row.title}\n{row.filename} · {size_text(row.size)}"
        return None

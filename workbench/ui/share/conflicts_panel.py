"""The conflicts a merge left: which records changed on both laptops, and the choice.

A conflict keeps the version the merge set aside. The panel lists them (kind, record,
the fields that differ, whether settled) and shows the two values of each field of the
selected one; "Keep this" keeps the version the merge kept, "Take the other" puts back
the one set aside (``services.exchange.conflicts``). The merge report and File →
Exchange → Conflicts… both show it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.services.exchange.conflicts import ConflictRow, list_conflicts, resolve_conflict
from workbench.store import Database
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.history_model import field_name
from workbench.ui.lists.rows_model import RowsModel

_KINDS = {
    "organisation": QT_TRANSLATE_NOOP("ConflictsModel", "Organisation"),
    "person": QT_TRANSLATE_NOOP("ConflictsModel", "Person"),
    "engagement": QT_TRANSLATE_NOOP("ConflictsModel", "Engagement"),
    "target": QT_TRANSLATE_NOOP("ConflictsModel", "Target"),
    "objective": QT_TRANSLATE_NOOP("ConflictsModel", "Objective"),
    "meeting": QT_TRANSLATE_NOOP("ConflictsModel", "Meeting"),
    "attendance": QT_TRANSLATE_NOOP("ConflictsModel", "Attendance"),
    "agendaitem": QT_TRANSLATE_NOOP("ConflictsModel", "Agenda item"),
    "decision": QT_TRANSLATE_NOOP("ConflictsModel", "Decision"),
    "lesson": QT_TRANSLATE_NOOP("ConflictsModel", "Lesson"),
    "commitment": QT_TRANSLATE_NOOP("ConflictsModel", "Commitment"),
    "action": QT_TRANSLATE_NOOP("ConflictsModel", "Action"),
    "note": QT_TRANSLATE_NOOP("ConflictsModel", "Note"),
    "agendatemplate": QT_TRANSLATE_NOOP("ConflictsModel", "Agenda template"),
    "templateitem": QT_TRANSLATE_NOOP("ConflictsModel", "Template item"),
    "change": QT_TRANSLATE_NOOP("ConflictsModel", "History"),
    "conflict": QT_TRANSLATE_NOOP("ConflictsModel", "Conflict"),
}
# the resolutions stored by ``services.exchange.conflicts``, shown translated
_RESOLUTIONS = (
    QT_TRANSLATE_NOOP("ConflictsModel", "kept this"),
    QT_TRANSLATE_NOOP("ConflictsModel", "took the other"),
)


def kind_label(entity: str) -> str:
    return QCoreApplication.translate(
        "ConflictsModel", _KINDS.get(entity, entity)
    )  # i18n: ok (NOOP-marked)


def _value(value: Any) -> str:
    if value in (None, ""):
        return "—"
    text = label(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 120 else text[:117] + "…"


class ConflictsModel(RowsModel[ConflictRow]):
    """Conflicts: what record, which fields differ, whether it is settled."""

    CONTEXT = "ConflictsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ConflictsModel", "Kind"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Differs in"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Settled"),
    )

    def display(self, row: ConflictRow, column: int) -> str:
        if column == 0:
            return kind_label(row.entity)
        if column == 1:
            return row.label
        if column == 2:
            return ", ".join(field_name(d[0]) for d in row.differences)
        if row.resolution:
            return QCoreApplication.translate(
                "ConflictsModel", row.resolution
            )  # i18n: ok (NOOP-marked)
        return QCoreApplication.translate("ConflictsModel", "not yet")

    def sort_key(self, row: ConflictRow, column: int) -> Any:
        return self.display(row, column)

    def haystack(self, row: ConflictRow) -> str:
        return f"{row.entity} {row.label}"


class ConflictsPanel(QWidget):
    """A list of conflicts with the two versions of the selected one, and the choice."""

    resolved = Signal(str)

    def __init__(self, db: Database, ids: list[str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._ids = ids  # None: every unresolved conflict
        self.model = ConflictsModel(self)
        self.view = QTableView()
        self.view.setObjectName("conflicts_view")
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.detail = QLabel()
        self.detail.setObjectName("conflict_detail")
        self.detail.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep this"))
        self.keep_button.setObjectName("keep_this")
        self.keep_button.setToolTip(self.tr("Keep the version the merge kept"))
        self.take_button = QPushButton(self.tr("&Take the other"))
        self.take_button.setObjectName("take_other")
        self.take_button.setToolTip(self.tr("Put back the version the merge set aside"))
        self.keep_button.clicked.connect(lambda: self.resolve(take_other=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_other=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            rows = list_conflicts(session, include_resolved=self._ids is not None)
        if self._ids is not None:
            wanted = set(self._ids)
            rows = [r for r in rows if r.id in wanted]
        else:
            self._ids = [r.id for r in rows]  # settled ones stay in view, marked
        self.model.set_rows(rows)
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._show_current()

    def current(self) -> ConflictRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        row = self.current()
        open_ = row is not None and row.resolved_at is None
        self.keep_button.setEnabled(open_)
        self.take_button.setEnabled(open_)
        if row is None:
            self.detail.setText(self.tr("No conflicts."))
            return
        lines = [
            self.tr("{field}: kept “{kept}”, set aside “{other}”").format(
                field=field_name(field), kept=_value(kept), other=_value(other)
            )
            for field, kept, other in row.differences
        ]
        self.detail.setText("\n".join(lines) or self.tr("Only the timestamps differ."))

    def resolve(self, *, take_other: bool) -> None:
        row = self.current()
        if row is None or row.resolved_at is not None:
            return
        resolve_conflict(self.db, row.id, take_other=take_other)
        position = self.view.currentIndex().row()
        self.reload()
        self.view.selectRow(position)
        self.resolved.emit(row.entity)

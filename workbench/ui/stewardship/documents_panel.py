"""The documents of one record (an engagement, company, meeting, interaction, commitment
or note): attach files, open them in the system's viewer, describe and remove them; for a
commitment, also the documents its evidence cites, with the page.

Files are attached from a file chooser or dropped on the panel. Each file is read and
checked first: one that cannot be read, is empty or too big is named with the reason,
the others are attached in one transaction (a document never without its bytes). A new
document is for the working group only until marked. ``attach_documents`` puts a panel
under a list page's form, following its selection.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Audience, Document
from workbench.services.errors import DomainError
from workbench.services.records import tombstone
from workbench.services.stewardship import documents
from workbench.services.stewardship.documents import DocumentRow, Owner
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text
from workbench.ui.lists.columns import ColumnFitter
from workbench.ui.lists.rows_model import ID_ROLE
from workbench.ui.stewardship.common import open_document
from workbench.ui.stewardship.documents_model import DocumentsModel
from workbench.ui.stewardship.evidence_list import EvidenceList
from workbench.ui.widgets.flow_layout import flow_of
from workbench.ui.widgets.forms import FieldSpec, RecordForm
from workbench.ui.widgets.message_line import MessageLine

log = logging.getLogger(__name__)


class DocumentsPanel(QGroupBox):
    """Documents attached to one record, and the form of the selected one."""

    changed = Signal()  # documents were attached, changed or removed

    def __init__(
        self, db: Database, events: AppEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.owner: Owner | None = None
        self.rows: list[DocumentRow] = []
        self.setObjectName("documents_panel")
        self.setTitle(self.tr("Documents"))
        self.setAcceptDrops(True)

        self.model = DocumentsModel(self)
        self.table = QTableView()
        self.table.setObjectName("documents_list")
        self.table.setAccessibleName(self.tr("Documents of the selected record"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.columns = ColumnFitter(self.table)  # the title elides; the audience if room
        # a header and a row at least: under a long form the panel still fits 768 px
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 30)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.open_selected())

        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_button.setObjectName("documents_attach")
        self.attach_button.setToolTip(
            self.tr("Attach files (at most 25 MiB each); you can also drop files here")
        )
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("documents_open")
        self.open_button.setToolTip(self.tr("Open a copy in the system's viewer (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("documents_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )

        self.form = RecordForm(
            db,
            Document,
            [
                FieldSpec("title", self.tr("Title"), "line"),
                FieldSpec("dated_on", self.tr("Dated"), "date"),
                FieldSpec("audience", self.tr("Audience"), "enum", enum=Audience),
            ],
        )
        self.form.setObjectName("document_form")
        self.form.saved.connect(self._form_saved)
        self.evidence = EvidenceList(db, self)
        self.evidence.changed.connect(self.changed)
        self.evidence.setVisible(False)
        self.message = MessageLine("documents_message", self.tr("Documents message"))

        buttons = flow_of(self.attach_button, self.open_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.form)
        layout.addWidget(self.evidence)
        self.set_owner(None)

    # -- what is shown ----------------------------------------------------------------
    def set_owner(self, owner: Owner | None) -> None:
        """Show the documents of ``owner`` (None: nothing selected)."""
        self.form.flush()
        self.owner = owner
        self.message.clear()
        self.evidence.set_commitment(owner.id if owner and owner.kind == "commitment" else None)
        self.evidence.setVisible(owner is not None and owner.kind == "commitment")
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.rows = []
        if self.owner is not None:
            with self.db.session() as s:
                self.rows = documents.read_documents(s, owner=self.owner)
        self.model.set_rows(self.rows)
        if self.rows:
            self.columns.measure()
            self.columns.fit()
        enabled = self.owner is not None
        self.table.setEnabled(enabled)
        self.attach_button.setEnabled(enabled)
        self.select(current)
        self._selected()
        self.evidence.refresh()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, document_id: str | None) -> None:
        row = self.model.row_of(document_id) if document_id else None
        if row is not None:
            self.table.selectRow(row)
            return
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())

    def _selected(self, *_args: Any) -> None:
        selected = self.table.selectionModel().hasSelection()
        chosen = self.current_id() if selected else None
        self.open_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.form.load(chosen)
        self.form.setVisible(chosen is not None)

    def _form_saved(self, _document_id: str) -> None:
        self.refresh()
        self._changed()

    def _changed(self) -> None:
        self.changed.emit()
        if self.events is not None:
            self.events.records_changed.emit("document", [])

    # -- commands ---------------------------------------------------------------------
    def choose_files(self) -> list[str]:
        """The files to attach, from the file chooser (tests replace this)."""
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return chosen

    def attach(self) -> None:
        if self.owner is not None:
            self.attach_paths([Path(p) for p in self.choose_files()])

    def attach_paths(self, paths: list[Path]) -> int:
        """Attach the files that can be read; name the others with the reason. Returns
        how many were attached."""
        if self.owner is None or not paths:
            return 0
        good, refused = [], []
        for path in paths:
            try:
                good.append(documents.read_file(path))
            except DomainError as exc:
                refused.append(error_text(exc))
        attached: list[str] = []
        if good:
            try:
                with self.db.transaction() as s:
                    for file in good:
                        attached.append(documents.attach(s, self.owner, file).id)
            except DomainError as exc:
                attached = []
                refused.append(error_text(exc))
        lines = []
        if attached:
            lines.append(self.tr("Attached {n} document(s).").format(n=len(attached)))
        lines += refused
        self.message.setText("\n".join(lines))
        if attached:
            self.refresh()
            self.select(attached[-1])
            self._changed()
        return len(attached)

    def open_selected(self) -> None:
        document_id = self.current_id()
        if document_id is None:
            return
        try:
            open_document(self.db, document_id)
        except DomainError as exc:
            self.message.setText(error_text(exc))
        except OSError as exc:
            self.message.setText(
                self.tr("The document could not be opened: {reason}").format(
                    reason=exc.strerror or exc
                )
            )

    def confirm_remove(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove document"),
            self.tr("Remove {title}? It stays in backups made before now.").format(title=title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        document_id = self.current_id()
        row = next((r for r in self.rows if r.id == document_id), None)
        if row is None or not self.confirm_remove(row.title):
            return
        self.form.load(None)
        with self.db.transaction() as s:
            tombstone(s, Document, row.id)
        self.message.setText(self.tr("Removed {title}.").format(title=row.title))
        self.refresh()
        self._changed()

    # -- dropping files ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)


def attach_documents(page: Any, db: Database, events: AppEvents, kind: str) -> DocumentsPanel:
    """Put a documents panel under a ``ListPage``'s form (above its history, if any)."""
    panel = DocumentsPanel(db, events)
    form = page.form
    column = form.parentWidget()
    if isinstance(column, QSplitter) and column.objectName() == "form_and_history":
        column.insertWidget(1, panel)
        column.setStretchFactor(1, 2)
    else:
        splitter = page.splitter
        at, sizes = splitter.indexOf(form), splitter.sizes()
        column = QSplitter(Qt.Orientation.Vertical)
        column.setObjectName("form_and_documents")
        column.addWidget(form)
        column.addWidget(panel)
        splitter.insertWidget(at, column)
        if sum(sizes):
            splitter.setSizes(sizes)
    column.setChildrenCollapsible(False)

    def follow(record_id: str) -> None:
        panel.set_owner(Owner(kind, record_id) if record_id else None)

    page.current_changed.connect(follow)
    follow(page.current_id() or "")
    page.documents = panel
    return panel

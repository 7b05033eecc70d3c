"""A commitment's evidence: the documents it cites, each with a page ("p. 2").

Any document of the commitment's engagement can be cited (the letter attached to an
interaction, the member list attached to a company); citing one again changes its page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Commitment
from workbench.services.errors import DomainError
from workbench.services.records import get_record
from workbench.services.stewardship import documents, evidence
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.widgets.message_line import MessageLine


class EvidenceList(QGroupBox):
    """The documents a commitment's evidence cites, and citing one more."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.commitment_id: str | None = None
        self.setObjectName("evidence_list")
        self.setTitle(self.tr("Evidence cited"))
        self.list = QListWidget()
        self.list.setObjectName("citations")
        self.list.setAccessibleName(self.tr("Documents cited as evidence"))
        self.document = QComboBox()
        self.document.setObjectName("cite_document")
        self.document.setAccessibleName(self.tr("Document to cite"))
        # As wide as the pane allows, not as the longest title: the detail pane beside
        # the commitments stays a third of a laptop screen (the full title is in the
        # list when it opens).
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document.setMinimumContentsLength(12)
        self.page = QLineEdit()
        self.page.setObjectName("cite_page")
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setPlaceholderText(self.tr("page, e.g. 2"))
        self.page.setMaximumWidth(110)
        self.page.returnPressed.connect(self.cite)
        self.cite_button = QPushButton(self.tr("Cite"))
        self.cite_button.setObjectName("cite_button")
        self.cite_button.clicked.connect(self.cite)
        self.uncite_button = QPushButton(self.tr("Remove citation"))
        self.uncite_button.setObjectName("uncite_button")
        self.uncite_button.clicked.connect(self.uncite)
        self.message = MessageLine("cite_message", self.tr("Evidence message"))
        row = QHBoxLayout()
        row.addWidget(self.document, 1)
        row.addWidget(self.page)
        row.addWidget(self.cite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.uncite_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.list.setMaximumHeight(90)
        self.list.setMinimumHeight(2 * self.list.fontMetrics().height() + 12)  # two lines

    def set_commitment(self, commitment_id: str | None) -> None:
        self.commitment_id = commitment_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.document.clear()
        if self.commitment_id is None:
            return
        with self.db.session() as s:
            engagement_id = get_record(s, Commitment, self.commitment_id).engagement_id
            citations = evidence.read_citations(s, [self.commitment_id])
            docs = documents.read_documents(s, engagement_id=engagement_id)
        for c in citations:
            item = QListWidgetItem(evidence.citation_text(c))
            item.setToolTip(c.filename)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        for d in docs:
            self.document.addItem(d.title, d.id)
        self.cite_button.setEnabled(bool(docs))
        self.uncite_button.setEnabled(bool(citations))

    def cite(self) -> None:
        document_id = self.document.currentData()
        if self.commitment_id is None or not document_id:
            return
        try:
            with self.db.transaction() as s:
                evidence.cite(s, self.commitment_id, document_id, self.page.text())
        except DomainError as exc:
            self.message.setText(self.tr("Not cited: {reason}").format(reason=error_text(exc)))
            return
        self.page.clear()
        self.message.clear()
        self.refresh()
        self.changed.emit()

    def uncite(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is None:
            return
        with self.db.transaction() as s:
            evidence.uncite(s, item.data(Qt.ItemDataRole.UserRole))
        self.refresh()
        self.changed.emit()

"""What the Progress page shows of a company's stewardship record, under its name: who
leads and collaborates, the current escalation step, how many documents, and buttons to
the escalation, the roles and the documents of the company.

The buttons have no mnemonics: every company has the same three, and Alt+letter must
lead to one place; they are reached with Tab like the tables around them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import TargetRoleKind
from workbench.services.stewardship import documents, escalation, roles
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import format_date
from workbench.ui.stewardship.common import step_name
from workbench.ui.stewardship.documents_panel import DocumentsPanel
from workbench.ui.stewardship.escalation_dialog import EscalationDialog
from workbench.ui.stewardship.roles_dialog import RolesDialog


class TargetStewardshipBar(QWidget):
    """Lead, collaborators, current step and document count of one company."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        target_id: str,
        company: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.target_id, self.company = target_id, company
        self.setObjectName("target_stewardship")
        self.summary = QLabel()  # plain text: an "&" in a name is not a mnemonic
        self.summary.setObjectName("target_stewardship_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.step = QLabel()
        self.step.setObjectName("target_escalation_step")
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.step.setWordWrap(True)
        bold = self.step.font()
        bold.setBold(True)
        self.step.setFont(bold)
        self.escalation_button = QPushButton(self.tr("Escalation…"))
        self.escalation_button.setObjectName("target_escalation")
        self.escalation_button.setAccessibleName(
            self.tr("Escalation with {company}").format(company=company)
        )
        self.escalation_button.clicked.connect(self.open_escalation)
        self.roles_button = QPushButton(self.tr("Lead and collaborators…"))
        self.roles_button.setObjectName("target_roles")
        self.roles_button.setAccessibleName(
            self.tr("Lead and collaborators for {company}").format(company=company)
        )
        self.roles_button.clicked.connect(self.open_roles)
        self.documents_button = QPushButton(self.tr("Documents…"))
        self.documents_button.setObjectName("target_documents")
        self.documents_button.setAccessibleName(
            self.tr("Documents about {company}").format(company=company)
        )
        self.documents_button.clicked.connect(self.open_documents)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.summary)
        texts.addWidget(self.step)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(texts, 1)
        for button in (self.escalation_button, self.roles_button, self.documents_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh()

    def refresh(self) -> None:
        with self.db.session() as s:
            found = roles.read_roles(s, target_id=self.target_id)
            steps = escalation.read_escalations(s, target_id=self.target_id)
            count = len(
                documents.read_documents(s, owner=documents.Owner("target", self.target_id))
            )
        lead = [r.organisation or "" for r in found if r.role is TargetRoleKind.LEAD]
        others = [r.organisation or "" for r in found if r.role is TargetRoleKind.COLLABORATOR]
        parts = []
        if lead:
            parts.append(self.tr("Lead: {name}").format(name=lead[0]))
        if others:
            parts.append(self.tr("Collaborating: {names}").format(names=", ".join(others)))
        if count:
            parts.append(self.tr("{n} document(s)").format(n=count))
        self.summary.setText(" · ".join(parts))
        self.summary.setVisible(bool(parts))
        if steps:
            last = steps[-1]
            name = step_name(last.step_key, last.step, last.step_renamed)
            when = format_date(last.taken_on)
            self.step.setText(
                self.tr("Escalation: step {n} of {m}, {step}, since {date}").format(
                    n=last.rank, m=last.steps_in_ladder, step=name, date=when
                )
                if last.rank
                else self.tr("Escalation: {step}, since {date}").format(step=name, date=when)
            )
        else:
            self.step.setText(self.tr("No escalation"))

    def text(self) -> str:
        """What the bar says, as one line (for a screen reader's description and tests)."""
        return " · ".join(t for t in (self.summary.text(), self.step.text()) if t)

    def _changed(self) -> None:
        self.refresh()

    def open_escalation(self) -> EscalationDialog:
        dialog = EscalationDialog(self.db, self.target_id, self.company, self.events, self)
        dialog.finished.connect(lambda _r: self._changed())
        dialog.exec()
        return dialog

    def open_roles(self) -> RolesDialog:
        dialog = RolesDialog(self.db, self.target_id, self.company, self.events, self)
        dialog.finished.connect(lambda _r: self._changed())
        dialog.exec()
        return dialog

    def open_documents(self) -> QDialog:
        dialog = TargetDocumentsDialog(self.db, self.target_id, self.company, self.events, self)
        dialog.finished.connect(lambda _r: self._changed())
        dialog.exec()
        return dialog


class TargetDocumentsDialog(QDialog):
    """The documents about one company (a membership list, a policy, photos)."""

    def __init__(
        self,
        db: Database,
        target_id: str,
        company: str,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("target_documents_dialog")
        self.setWindowTitle(self.tr("Documents about {company}").format(company=company))
        self.setMinimumSize(560, 420)
        self.panel = DocumentsPanel(db, events, self)
        self.panel.set_owner(documents.Owner("target", target_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

"""Recording a note as an interaction: what kind of contact it was, in which direction,
with whom. Used in the Notes inbox (every field) and the quick note (kind and direction:
the quick note has its own engagement and company).

The note's text becomes the summary (its first line the subject), the day it was
captured the date, and its audience and documents go along; the note leaves the inbox
(``services.stewardship.interactions.note_to_interaction``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from sqlmodel import Session

from workbench.domain import Interaction, InteractionDirection, InteractionKind, Seniority
from workbench.services.stewardship.interactions import note_to_interaction
from workbench.ui.labels import label


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    return combo


class InteractionCapture(QGroupBox):
    """Kind, direction (and, unless compact, company, contact and seniority) of the
    interaction a note is recorded as, and the button that records it."""

    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.setObjectName("interaction_capture")
        self.setTitle(self.tr("Record as an interaction"))
        self.kind = _combo("capture_kind", self.tr("Kind of contact"))
        for kind in InteractionKind:
            self.kind.addItem(label(kind), kind.value)
        self.direction = _combo("capture_direction", self.tr("Direction"))
        for direction in (InteractionDirection.RECEIVED, InteractionDirection.SENT):
            self.direction.addItem(label(direction), direction.value)
        self.company = _combo("capture_company", self.tr("Company"))
        self.contact = _combo("capture_contact", self.tr("Contact at the company"))
        self.seniority = _combo("capture_seniority", self.tr("Seniority"))
        self.seniority.addItem("—", None)
        for level in Seniority:
            self.seniority.addItem(label(level), level.value)
        self.button = QPushButton(self.tr("Record as interaction"))
        self.button.setObjectName("capture_interaction")
        self.button.setToolTip(
            self.tr(
                "The note becomes a letter, call, e-mail… of the engagement, and leaves the inbox"
            )
        )
        kind_label = QLabel(self.tr("Contact wa&s a:"))
        kind_label.setBuddy(self.kind)
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.direction)
        form.addRow(kind_label, row)
        if not compact:
            form.addRow(self.tr("Company:"), self.company)
            who = QHBoxLayout()
            who.addWidget(self.contact, 1)
            who.addWidget(self.seniority)
            form.addRow(self.tr("Contact:"), who)
        form.addRow(self.button)
        for hidden in (self.company, self.contact, self.seniority):
            hidden.setVisible(not compact)

    def fill(self, companies: list[tuple[str, str]], people: list[tuple[str, str]]) -> None:
        """The companies of the chosen engagement and the people to pick from."""
        for combo, choices in ((self.company, companies), (self.contact, people)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for key, text in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)

    def record(
        self,
        session: Session,
        note_id: str,
        *,
        engagement_id: str | None = None,
        target_id: str | None = None,
    ) -> Interaction:
        """Record the note as the interaction these fields describe."""
        return note_to_interaction(
            session,
            note_id,
            kind=self.kind.currentData(),
            direction=self.direction.currentData(),
            engagement_id=engagement_id,
            target_id=target_id if self.compact else (self.company.currentData() or target_id),
            counterpart_id=None if self.compact else self.contact.currentData(),
            seniority=None if self.compact else self.seniority.currentData(),
        )

"""A company engaged: its name, place in the chain, region and why it was chosen.

Opened from a company's heading on the Progress page ("Details…"). The texts a report
shows about the company each have an audience (the compact control beside them): a
partners report may describe "a West-European car maker" without naming it, or keep the
group's reasons for choosing it. Saved as typed, like every form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workbench.domain import ChainPosition, Organisation, Target
from workbench.services.records import get_record
from workbench.store import Database
from workbench.ui.widgets.forms import FieldSpec, RecordForm


class TargetDialog(QDialog):
    """Edits one target and its company's name; ``changed`` is true once anything was saved."""

    def __init__(self, db: Database, target_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("target_dialog")
        self.setWindowTitle(self.tr("Company details"))
        self.changed = False
        with db.session() as s:
            organisation_id = get_record(s, Target, target_id).organisation_id
        self.company = RecordForm(
            db, Organisation, [FieldSpec("name", self.tr("Company name"), "line")]
        )
        self.target = RecordForm(
            db,
            Target,
            [
                FieldSpec("chain_position", self.tr("Chain position"), "enum", enum=ChainPosition),
                FieldSpec("hq_region", self.tr("Headquarters region"), "line"),
                FieldSpec("why_selected", self.tr("Why selected"), "text"),
            ],
        )
        for form in (self.company, self.target):
            form.saved.connect(self._saved)
        explain = QLabel(
            self.tr(
                "Partners exports show a text only when it is marked “Partners”; a company "
                "whose name is for the group only is called “Company A” in them."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.company)
        layout.addWidget(self.target, 1)
        layout.addWidget(buttons)
        self.company.load(organisation_id)
        self.target.load(target_id)
        self.resize(560, 420)

    def _saved(self, _record_id: str) -> None:
        self.changed = True

    def done(self, result: int) -> None:
        """Close, writing what was typed first."""
        self.company.flush()
        self.target.flush()
        super().done(result)

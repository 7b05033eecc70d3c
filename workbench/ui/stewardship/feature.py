"""The stewardship feature: the Interactions page, documents under the forms of the
engagements, meetings, commitments, notes and interactions, and Tools → Escalation
ladder…. Escalation, roles and documents per company are on the Progress page (its
``TargetStewardshipBar``); interactions are captured from the quick note and the Notes
inbox too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from workbench.ui.lists.history_widget import attach_history
from workbench.ui.stewardship.documents_panel import DocumentsPanel, attach_documents
from workbench.ui.stewardship.interactions_page import InteractionsPage, build_interactions_page
from workbench.ui.stewardship.ladder_dialog import LadderDialog

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow

#: The list pages that get a documents panel, and the kind of record each lists.
DOCUMENT_PAGES = {
    "engagements": "engagement",
    "meetings": "meeting",
    "commitments": "commitment",
    "notes": "note",
    "interactions": "interaction",
}


class StewardshipFeature(QObject):
    """Owns the Interactions page and the ladder action for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        db, events = window.db, window.events
        self.interactions: InteractionsPage = build_interactions_page(
            db, events, window.current_engagement_id
        )
        self.interactions.load_when_shown = True
        window.add_page("interactions", self.tr("Interactions"), self.interactions)
        window.pages["interactions"] = self.interactions  # reloaded and opened like the others
        go = window.menu("go").actions()[-1]  # past Ctrl+9: reached by its mnemonic
        go.setText(self.tr("&Interactions"))
        attach_history(self.interactions, db, events)
        self.documents: dict[str, DocumentsPanel] = {}
        for key, kind in DOCUMENT_PAGES.items():
            page = window.pages.get(key)
            if page is not None:
                self.documents[key] = attach_documents(page, db, events, kind)

        self.ladder_action = QAction(self.tr("Escalation &ladder…"), window)
        self.ladder_action.setObjectName("action_edit_escalation_ladder")
        self.ladder_action.setStatusTip(
            self.tr("The steps the group takes when dialogue with a company stalls")
        )
        self.ladder_action.triggered.connect(self.edit_ladder)
        window.menu("tools").addAction(self.ladder_action)

    def edit_ladder(self) -> LadderDialog:
        dialog = LadderDialog(self.window.db, self.window.events, self.window)
        dialog.exec()
        return dialog


def install(window: MainWindow) -> None:
    """Add the Interactions page, documents panels and the escalation ladder."""
    window.stewardship = StewardshipFeature(window)  # type: ignore[attr-defined]

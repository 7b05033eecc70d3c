"""Under the meeting's (or engagement's) form: where the minutes stand, and what was sent.

So the group can answer "did the ministry get the final minutes?" without leaving the
page: the minutes' stage (circulated, awaiting approval, approved and frozen, corrected)
and the send log of the record, newest first, each line saying what, which version, to
whom and when (the checksum in its tooltip). Buttons trigger the Meeting menu's actions
by their object names; they wrap onto a second line when the pane is narrow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.services.cycle.sendlog import list_sent
from workbench.services.cycle.versions import minutes_state
from workbench.services.errors import DomainError
from workbench.store import Database
from workbench.ui.cycle.texts import minutes_state_text, sent_line
from workbench.ui.widgets.flow_layout import FlowLayout

#: Buttons of the meeting panel: (object name of the action, text).
MEETING_BUTTONS = ("action_send_minutes", "action_chair_brief", "action_plan_next_meeting")


class CyclePanel(QGroupBox):
    """The minutes' stage and the send log of one meeting or engagement."""

    def __init__(
        self,
        db: Database,
        entity: str,
        find_action: Callable[[str], QAction | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.entity = db, entity
        self.record_id: str | None = None
        self.setObjectName(f"cycle_panel_{entity}")
        self.setTitle(
            self.tr("Minutes and send log") if entity == "meeting" else self.tr("Send log")
        )
        self.state = QLabel()
        self.state.setObjectName("cycle_state")
        self.state.setWordWrap(True)
        self.sent = QListWidget()
        self.sent.setObjectName("cycle_sent")
        self.sent.setAccessibleName(self.tr("Send log"))
        self.sent.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.state)
        layout.addWidget(self.sent, 1)  # the send log takes the room when there is one
        row = FlowLayout()  # wraps in a narrow pane: the form stays a third of the page
        names = MEETING_BUTTONS if entity == "meeting" else (
            "action_send_report", "action_send_tracker", "action_edit_distribution"
        )  # fmt: skip
        self.buttons: dict[str, QPushButton] = {}
        for name in names:
            action = find_action(name)
            if action is None:
                continue
            button = QPushButton(action.text().replace("&", ""))
            button.setObjectName(f"button_{name}")
            button.clicked.connect(action.trigger)
            row.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(row)
        layout.addStretch(0)  # else it goes below the buttons, not around the stage
        self.show_record(None)

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id or None
        self.refresh()

    def refresh(self) -> None:
        self.sent.clear()
        for button in self.buttons.values():
            button.setEnabled(self.record_id is not None)
        if self.record_id is None:
            self.state.setText(self.tr("Select a record to see what was sent."))
            return
        try:
            with self.db.session() as s:
                if self.entity == "meeting":
                    rows = list_sent(s, meeting_id=self.record_id)
                    self.state.setText(minutes_state_text(minutes_state(s, self.record_id)))
                else:
                    rows = list_sent(s, engagement_id=self.record_id)
                    self.state.setText(self.tr("%n export(s) sent by e-mail draft.", "", len(rows)))
        except DomainError:  # the record went away meanwhile
            self.state.clear()
            return
        for row in rows:
            item = QListWidgetItem(sent_line(row))
            item.setToolTip(self.tr("SHA-256 of the file: {sum}").format(sum=row.checksum))
            self.sent.addItem(item)
        self.sent.setVisible(bool(rows))

    def on_records_changed(self, entity: str, ids: list[str]) -> None:
        if entity in ("sentexport", "minutesversion", self.entity) and (
            not ids or self.record_id in ids or entity != self.entity
        ):
            self.refresh()


def attach_panel(page: Any, panel: CyclePanel, events: Any) -> None:
    """Put the panel under the page's form (below its history when there is one)."""
    column = page.form.parentWidget()
    if not isinstance(column, QSplitter) or column is page.splitter:
        at, sizes = page.splitter.indexOf(page.form), page.splitter.sizes()
        column = QSplitter()
        from PySide6.QtCore import Qt

        column.setOrientation(Qt.Orientation.Vertical)
        column.addWidget(page.form)
        page.splitter.insertWidget(at, column)
        if sum(sizes):
            page.splitter.setSizes(sizes)
    column.addWidget(panel)
    column.setChildrenCollapsible(False)
    page.current_changed.connect(panel.show_record)
    events.records_changed.connect(panel.on_records_changed)
    panel.show_record(page.current_id())

"""What a meeting has captured so far, beside chair mode's notes: newest last, with
the count of each kind in the heading, so the chair sees at a glance what was agreed;
and the undo of a capture (``CaptureCommand``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workbench.services.chair.session import ChairSession
from workbench.services.chair.summary import CapturedRow, CaptureKind
from workbench.ui.i18n import QT_TRANSLATE_NOOP, format_date
from workbench.ui.labels import label

KINDS: dict[CaptureKind, str] = {
    "decision": QT_TRANSLATE_NOOP("CapturedPanel", "Decision"),
    "commitment": QT_TRANSLATE_NOOP("CapturedPanel", "Commitment"),
    "action": QT_TRANSLATE_NOOP("CapturedPanel", "Action"),
}


def kind_name(kind: CaptureKind) -> str:
    """ "Decision", "Commitment" or "Action", translated (also used by the summary)."""
    return QCoreApplication.translate("CapturedPanel", KINDS[kind])  # i18n: ok (NOOP-marked)


class CapturedPanel(QWidget):
    """A heading with the counts, and the captures as a list (their item as a tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("chair_captured_heading")
        self.list = QListWidget()
        self.list.setObjectName("chair_captured")
        self.list.setAccessibleName(self.tr("Captured in this meeting"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.setMaximumWidth(380)

    def set_rows(self, rows: Sequence[CapturedRow]) -> None:
        """Show ``rows`` (oldest first) and scroll to the newest."""
        self.list.clear()
        for row in rows:
            detail = [kind_name(row.kind)]
            if row.direction is not None:
                detail.append(label(row.direction).lower())
            who = row.party or row.owner
            if who:
                detail.append(who)
            if row.due_on:
                detail.append(self.tr("due {d}").format(d=format_date(row.due_on)))
            item = QListWidgetItem(f"{' · '.join(detail)}\n{row.text}")
            item.setToolTip(row.item_title or "")
            self.list.addItem(item)
        self.list.scrollToBottom()
        counts = {k: sum(1 for r in rows if r.kind == k) for k in KINDS}
        self.heading.setText(
            self.tr("<b>Captured so far</b>: {decisions}, {commitments}, {actions}").format(
                decisions=self.tr("%n decision(s)", "", counts["decision"]),
                commitments=self.tr("%n commitment(s)", "", counts["commitment"]),
                actions=self.tr("%n action(s)", "", counts["action"]),
            )
        )


class CaptureCommand(QUndoCommand):
    """A capture already written; undo withdraws it (tombstone), redo brings it back.
    ``changed(kind, record_id)`` is told after either."""

    def __init__(
        self,
        session: ChairSession,
        kind: CaptureKind,
        record_id: str,
        text: str,
        changed: Callable[[str, str], None],
    ) -> None:
        super().__init__(text)
        self._session, self._kind, self._id, self._changed = session, kind, record_id, changed
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the capture was written
            self._first = False
            return
        self._session.withdraw(self._kind, self._id, restore=True)
        self._changed(self._kind, self._id)

    def undo(self) -> None:
        self._session.withdraw(self._kind, self._id)
        self._changed(self._kind, self._id)

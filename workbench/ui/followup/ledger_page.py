"""The two-way commitment ledger, side by side, for an engagement and one of its targets.

Left: "What the company committed to"; right: "What the working group committed to".
Each side shows its counts per status on top (with a mark and a word for each, not only a
colour), then the commitments: what is still to do first, with due date, the meeting it
was made in and the evidence of fulfilment. Double-click (or Enter) opens the record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import CommitmentStatus, Direction
from workbench.services.followup import ledger
from workbench.services.followup.ledger import Ledger, LedgerSide
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.followup.engagement_choice import fill_engagement_box
from workbench.ui.followup.ledger_model import (
    COL_EVIDENCE,
    COL_MEETING,
    COL_TEXT,
    COL_WHO,
    STATUS_MARKS,
    LedgerModel,
)
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import ID_ROLE
from workbench.ui.palette import css
from workbench.ui.widgets.html_delegate import HtmlDelegate


class LedgerSideView(QWidget):
    """One direction: a heading, the counts, the list."""

    def __init__(self, direction: Direction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = direction
        self.setObjectName(f"ledger_{direction.value}")
        self.heading = QLabel()
        self.heading.setObjectName("ledger_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("ledger_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.model = LedgerModel(self)
        self.view = QTableView()
        self.view.setObjectName("ledger_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.view.verticalHeader().setVisible(False)
        self.view.setItemDelegateForColumn(COL_TEXT, HtmlDelegate(self.view))
        # Meeting, evidence and party are in the commitment's cell; their columns stay
        # in the model (sorting, tests, exports) but not on screen.
        for column in (COL_MEETING, COL_EVIDENCE, COL_WHO):
            self.view.setColumnHidden(column, True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Rows fit their wrapped text once the columns have settled (a resize comes in
        # several steps: sizing the rows at each one left some a few lines short).
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_a: self._fit_rows.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.view)

    def show_side(self, side: LedgerSide, title: str) -> None:
        self.heading.setText(f"<h3>{title}</h3>")
        self.view.setAccessibleName(title)
        parts = []
        for status in ledger.STATUS_ORDER:
            n = side.counts[status]
            text = f"{STATUS_MARKS[status]} {n} {label(status).lower()}"
            parts.append(
                f"<b>{text}</b>" if n and status is not CommitmentStatus.WITHDRAWN else text
            )
        if side.overdue:
            overdue = self.tr("{n} overdue").format(n=side.overdue)
            parts.append(f'<b style="color:{css("overdue", self.palette())}">⚠ {overdue}</b>')
        self.counts.setText(" · ".join(parts))
        self.model.set_rows(list(side.entries))
        self.view.resizeRowsToContents()


class LedgerPage(QWidget):
    """Both sides for the chosen engagement and target."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        *,
        current_engagement: Callable[[], str | None],
        open_record: Callable[[str, str], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_ledger")
        self.db, self.events = db, events
        self._current_engagement = current_engagement
        self._open_record = open_record
        self._stale = True
        self.book: Ledger | None = None

        self.engagement_box = QComboBox()
        self.engagement_box.setObjectName("ledger_engagement")
        self.engagement_box.setAccessibleName(self.tr("Engagement"))
        self.target_box = QComboBox()
        self.target_box.setObjectName("ledger_target")
        self.target_box.setAccessibleName(self.tr("Company"))
        self.open_only = QCheckBox(self.tr("Only what is still to &do"))
        self.open_only.setObjectName("ledger_open_only")
        self.engagement_box.currentIndexChanged.connect(self._engagement_changed)
        self.target_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("ledger_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.company = LedgerSideView(Direction.BY_COMPANY)
        self.group = LedgerSideView(Direction.BY_GROUP)
        for side in (self.company, self.group):
            side.view.doubleClicked.connect(self._open)
            side.view.activated.connect(self._open)
        sides = QSplitter()
        sides.addWidget(self.company)
        sides.addWidget(self.group)
        sides.setChildrenCollapsible(False)

        for box in (self.engagement_box, self.target_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        title = self.tr("Who promised what")
        heading = QLabel(f"<h2>{title}</h2>")
        top = QHBoxLayout()
        for caption, box in (
            (self.tr("E&ngagement:"), self.engagement_box),
            (self.tr("&Company:"), self.target_box),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(box)
            top.addWidget(buddy)
            top.addWidget(box)
        top.addStretch(1)
        under = QHBoxLayout()
        under.addWidget(self.summary, 1)
        under.addWidget(self.open_only)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addLayout(under)
        layout.addWidget(sides, 1)

        events.records_changed.connect(self._records_changed)
        events.database_reloaded.connect(self.mark_stale)

    # -- data -----------------------------------------------------------------------
    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def _records_changed(self, entity: str, _ids: list[str]) -> None:
        if entity in ("commitment", "engagement", "target", "meeting", "organisation"):
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Re-read the engagements and targets, keeping the choices, then refresh."""
        self._stale = False
        fill_engagement_box(self.engagement_box, self.db, self._current_engagement)
        self._engagement_changed()

    def _engagement_changed(self, *_args: Any) -> None:
        engagement = self.engagement_box.currentData()
        targets = []
        if engagement:
            with self.db.session() as s:
                targets = ledger.list_targets(s, engagement)
        wanted = self.target_box.currentData()
        self.target_box.blockSignals(True)
        self.target_box.clear()
        self.target_box.addItem(self.tr("All companies"), None)
        for target in targets:
            self.target_box.addItem(target.name, target.id)
        self.target_box.setCurrentIndex(max(0, self.target_box.findData(wanted)))
        self.target_box.blockSignals(False)
        self.refresh()

    def select(self, engagement_id: str | None = None, target_id: str | None = None) -> None:
        """Show one engagement (and target); used by tests and by other pages."""
        if engagement_id:
            self.engagement_box.setCurrentIndex(self.engagement_box.findData(engagement_id))
        self.target_box.setCurrentIndex(max(0, self.target_box.findData(target_id)))

    def refresh(self) -> None:
        engagement = self.engagement_box.currentData()
        if not engagement:
            self.book = None
            self.summary.setText(self.tr("No engagement yet."))
            return
        target = self.target_box.currentData()
        with self.db.session() as s:
            self.book = ledger.build_ledger(
                s, engagement, target_id=target, open_only=self.open_only.isChecked()
            )
        company = self.target_box.currentText() if target else None
        self.company.show_side(
            self.book.company,
            self.tr("What {company} committed to").format(company=company)
            if company
            else self.tr("What the companies committed to"),
        )
        self.group.show_side(self.book.group, self.tr("What the working group committed to"))
        open_company, open_group = self.book.company.open, self.book.group.open
        self.summary.setText(
            self.tr(
                "Still to do: <b>{company}</b> by the company, <b>{group}</b> by the group."
            ).format(company=open_company, group=open_group)
        )

    def _open(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id and self._open_record is not None:
            self._open_record("commitment", record_id)

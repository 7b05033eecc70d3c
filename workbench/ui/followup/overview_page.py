"""The engagement overview: each company's objectives at their stages, and a timeline.

For each target, its objectives with the milestone stage (0-4, drawn as a bar of five
steps with the number and its meaning) and the outcome, both editable in place. A change
is recorded with the meeting chosen at the top (by default the last one held), so the
history says where it happened. Below, the timeline of the engagement; "Present" shows it
full screen for the chair. Under each company's name, its stewardship record: who leads,
the current escalation step, its documents (``ui.stewardship.target_bar``); the timeline
shows letters, calls and escalation steps too. "Details…" beside a company's name opens
its details (region, why chosen, each with its audience).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import MilestoneStage, Outcome
from workbench.domain.rules import local_today
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.services.followup import progress
from workbench.services.stewardship.timeline import with_stewardship
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.followup.engagement_choice import fill_engagement_box
from workbench.ui.followup.objectives_model import (
    COL_AUDIENCE,
    COL_OBJECTIVE,
    COL_OUTCOME,
    COL_STAGE,
    ObjectivesModel,
)
from workbench.ui.followup.target_dialog import TargetDialog
from workbench.ui.followup.timeline_widget import STAGE_COLOURS, TimelineWidget
from workbench.ui.i18n import error_text, format_date
from workbench.ui.labels import label, stage_label
from workbench.ui.lists.history_widget import HistoryWidget
from workbench.ui.lists.rows_model import ID_ROLE
from workbench.ui.stewardship.target_bar import TargetStewardshipBar
from workbench.ui.widgets.delegates import ChoiceDelegate

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
MIN_ROW_HEIGHT = 30  # room for the stage bar
#: Records whose change redraws the companies' stewardship and the timeline.
STEWARDSHIP_ENTITIES = ("interaction", "escalation", "targetrole", "document", "escalationstep")


class StageDelegate(ChoiceDelegate):
    """Draws a stage as five steps, filled up to the stage, with its number and name."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        stage = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(stage, int):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(4, 6, -4, -6)
        step_w, gap = 12, 2
        for n in range(1, 5):
            box = QRect(rect.left() + (n - 1) * (step_w + gap), rect.top(), step_w, rect.height())
            if n <= stage:
                painter.fillRect(box, QColor(STAGE_COLOURS[stage]))
            else:
                painter.setPen(option.palette.mid().color())
                painter.drawRect(box.adjusted(0, 0, -1, -1))
        text_rect = rect.adjusted(4 * (step_w + gap) + 6, -6, 0, 6)
        role = (
            option.palette.highlightedText()
            if option.state & QStyle.StateFlag.State_Selected
            else option.palette.text()
        )
        painter.setPen(role.color())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), index.data())
        painter.restore()


class TargetSection(QWidget):
    """One company: a heading and its objectives."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: str | None = None  # the target's id
        self.bar: TargetStewardshipBar | None = None  # lead, escalation, documents
        self.heading = QLabel(f"<h3>{html.escape(title)}</h3><span>{detail}</span>")  # i18n: ok
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.details = QPushButton(self.tr("Details…"))
        self.details.setObjectName("target_details")
        self.details.setAccessibleName(self.tr("Details of {company}").format(company=title))
        self.model = ObjectivesModel(self)
        self.view = QTableView()
        self.view.setObjectName("objectives")
        self.view.setTabKeyNavigation(False)  # arrows move in the table, Tab leaves it
        self.view.setAccessibleName(self.tr("Objectives of {company}").format(company=title))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OBJECTIVE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STAGE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_STAGE, 250)
        header.setStretchLastSection(False)
        self.view.setColumnHidden(COL_AUDIENCE, True)
        header.sectionResized.connect(lambda *_a: self.fit())
        stages = [(int(s), stage_label(int(s))) for s in MilestoneStage]
        self.view.setItemDelegateForColumn(
            COL_STAGE, StageDelegate(lambda: stages, self.view, accessible_name=self.tr("Stage"))
        )
        outcomes = [(o.value, label(o)) for o in Outcome]
        self.view.setItemDelegateForColumn(
            COL_OUTCOME,
            ChoiceDelegate(lambda: outcomes, self.view, accessible_name=self.tr("Outcome")),
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.details, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(head)
        layout.addWidget(self.view)

    def fit(self) -> None:
        """Show every objective without a scroll bar of its own."""
        self.view.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            if self.view.rowHeight(row) < MIN_ROW_HEIGHT:
                self.view.setRowHeight(row, MIN_ROW_HEIGHT)
        height = self.view.horizontalHeader().height() + 2 * self.view.frameWidth() + 2
        height += sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        self.view.setFixedHeight(max(height, 40))
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class OverviewPage(QWidget):
    """Targets, objectives and stages of one engagement, and its timeline."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        *,
        current_engagement: Callable[[], str | None],
        open_record: Callable[[str, str], Any] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_overview")
        self.db, self.events = db, events
        self._current_engagement, self._open_record, self.now = (
            current_engagement,
            open_record,
            now,
        )
        self._stale = True
        self._sized = False
        self.sections: list[TargetSection] = []
        self.presenting: TimelineWidget | None = None

        self.engagement_box = QComboBox()
        self.engagement_box.setObjectName("overview_engagement")
        self.engagement_box.setAccessibleName(self.tr("Engagement"))
        self.engagement_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.meeting_box = QComboBox()
        self.meeting_box.setObjectName("overview_meeting")
        self.meeting_box.setAccessibleName(self.tr("Meeting where changes happened"))
        self.meeting_box.setToolTip(
            self.tr("Stage and outcome changes are recorded as having happened in this meeting")
        )
        self.message = QLabel()
        self.message.setObjectName("overview_message")
        self.present_button = QPushButton(self.tr("&Present timeline"))
        self.present_button.setObjectName("present_timeline")
        self.present_button.clicked.connect(self.present)

        self.sections_box = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setSpacing(12)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tables in it
        self.history = HistoryWidget(db)
        upper = QSplitter()
        upper.addWidget(scroll)
        upper.addWidget(self.history)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 0)
        upper.setSizes([900, 320])
        self.history.setMinimumWidth(160)
        self.timeline = TimelineWidget()
        self.timeline.event_activated.connect(self._event_activated)
        column = self.column = QSplitter(Qt.Orientation.Vertical)
        column.addWidget(upper)
        column.addWidget(self.timeline)
        column.setStretchFactor(0, 3)
        column.setStretchFactor(1, 2)

        for box, length in ((self.engagement_box, 12), (self.meeting_box, 14)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(length)
        top = QHBoxLayout()
        title = self.tr("Progress")
        top.addWidget(QLabel(f"<h2>{title}</h2>"))
        top.addStretch(1)
        top.addWidget(self.present_button)
        choices = QHBoxLayout()
        for caption, box, stretch in (
            (self.tr("E&ngagement:"), self.engagement_box, 0),
            (self.tr("&Changes happened in:"), self.meeting_box, 1),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(box)
            choices.addWidget(buddy)
            choices.addWidget(box, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addWidget(column, 1)

        events.records_changed.connect(self._records_changed)
        events.database_reloaded.connect(self.mark_stale)

    # -- data -----------------------------------------------------------------------
    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def _records_changed(self, entity: str, _ids: list[str]) -> None:
        # the stewardship records redraw the companies' bars and the timeline
        watched = ("objective", "commitment", "meeting", "target", "engagement")
        if entity in watched or entity in STEWARDSHIP_ENTITIES:
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # objectives above, the timeline below: about half each
            self._sized = True
            total = max(1, sum(self.column.sizes()))
            self.column.setSizes([total * 55 // 100, total * 45 // 100])
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        fill_engagement_box(self.engagement_box, self.db, self._current_engagement)
        self.refresh()

    def refresh(self) -> None:
        engagement = self.engagement_box.currentData()
        if not engagement:
            self._set_sections([])
            self.timeline.set_events([], today=local_today())
            self.message.setText(self.tr("No engagement yet: create one on the Engagements page."))
            return
        self.message.clear()
        with self.db.session() as s:
            overview = progress.engagement_progress(s, engagement)
            events = with_stewardship(s, engagement, progress.timeline(s, engagement))
            meetings = listing.list_meetings(s, engagement_id=engagement)
            latest = progress.latest_meeting(s, engagement, self.now())
        self._fill_meetings(meetings, latest)
        self._set_sections(overview)
        self.timeline.set_events(events, today=local_today())
        if self.presenting is not None:
            self.presenting.set_events(events, today=local_today())

    def _set_sections(self, overview: list[progress.TargetProgress]) -> None:
        """One section per target; kept (and only refilled) while the targets stay."""
        keys = [t.target.id if t.target else None for t in overview]
        if keys != [section.key for section in self.sections]:
            for section in self.sections:
                # The old tables must not speak for the record any more while they go.
                section.view.selectionModel().blockSignals(True)
                section.model.blockSignals(True)
                section.setParent(None)
                section.deleteLater()
            self.sections = []
            for target_progress, key in zip(overview, keys, strict=True):
                target = target_progress.target
                title = target.name if target else self.tr("Not about one company")
                detail = label(target.chain_position) if target else ""
                section = TargetSection(title, detail)
                section.key = key
                section.details.setVisible(key is not None)
                section.details.clicked.connect(lambda _c=False, k=key: self.edit_target(k))
                if target is not None:  # lead, escalation and documents of the company
                    bar = TargetStewardshipBar(self.db, self.events, target.id, target.name)
                    section.layout().insertWidget(1, bar)  # type: ignore[union-attr]
                    section.bar = bar
                section.model.edit_requested.connect(self.save_edit)
                section.view.selectionModel().currentRowChanged.connect(self._objective_selected)
                self.sections_layout.insertWidget(self.sections_layout.count() - 1, section)
                self.sections.append(section)
        for section, target_progress in zip(self.sections, overview, strict=True):
            if section.bar is not None:
                section.bar.refresh()
            current = section.view.currentIndex().data(ID_ROLE)
            section.model.set_rows(list(target_progress.objectives))
            row = section.model.row_of(current) if current else None
            if row is not None:
                section.view.selectionModel().blockSignals(True)
                section.view.selectRow(row)
                section.view.selectionModel().blockSignals(False)
            section.fit()

    def _fill_meetings(self, meetings: list[listing.MeetingRow], latest: str | None) -> None:
        current = self.meeting_box.currentData() or latest
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        self.meeting_box.addItem(self.tr("(no meeting)"), None)
        for m in meetings:
            day = format_date(m.starts_at) if m.starts_at else "—"
            self.meeting_box.addItem(f"{day} · {m.title}", m.id)
        self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(current)))
        self.meeting_box.blockSignals(False)

    # -- editing --------------------------------------------------------------------
    def edit_target(self, target_id: str | None) -> None:
        """The company's details, in a dialog; the page follows what was saved."""
        if target_id is None:
            return
        dialog = TargetDialog(self.db, target_id, self)
        dialog.exec()
        if dialog.changed:
            for section in self.sections:  # headings are rebuilt: the name may have changed
                section.key = "\0"
            self.events.records_changed.emit("target", [target_id])

    def save_edit(self, objective_id: str, field: str, value: Any) -> None:
        """Record a stage or outcome change, at the meeting chosen at the top."""
        meeting = self.meeting_box.currentData()
        try:
            with self.db.transaction() as s:
                if field == "stage":
                    progress.set_stage(s, objective_id, int(value), meeting_id=meeting)
                else:
                    progress.set_outcome(s, objective_id, value, meeting_id=meeting)
        except (DomainError, ValueError, TypeError) as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        self.message.clear()
        self.events.records_changed.emit("objective", [objective_id])
        self.refresh()
        self.select_objective(objective_id)

    def select_objective(self, objective_id: str) -> bool:
        for section in self.sections:
            row = section.model.row_of(objective_id)
            if row is not None:
                section.view.selectRow(row)
                section.view.setFocus()
                self.history.show_record("objective", objective_id)
                return True
        return False

    def _objective_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.history.show_record("objective", current.data(ID_ROLE))

    # -- the timeline ---------------------------------------------------------------
    def _event_activated(self, event: progress.TimelineEvent) -> None:
        if event.entity == "objective":
            if self.presenting is not None:
                self.presenting.close()
            self.select_objective(event.record_id)
        elif event.entity == "escalation":  # the company's escalation, in its dialog
            if self.presenting is not None:
                self.presenting.close()
            bars = [s.bar for s in self.sections if s.bar and s.bar.target_id == event.target_id]
            if bars:
                bars[0].open_escalation()
        elif self._open_record is not None:
            if self.presenting is not None:
                self.presenting.close()
            self._open_record(event.entity, event.record_id)

    def present(self) -> None:
        """The timeline alone, full screen, for the chair to share; Esc closes it."""
        screen = TimelineWidget()
        screen.setWindowTitle(
            self.tr("Timeline: {engagement}").format(engagement=self.engagement_box.currentText())
        )
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        font = screen.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        screen.setFont(font)
        screen.set_events(self.timeline.events, today=local_today())
        screen.event_activated.connect(self._event_activated)
        screen.destroyed.connect(lambda *_a: setattr(self, "presenting", None))
        self.presenting = screen
        screen.showFullScreen()
        screen.setFocus()

"""The action tracker: every action, filtered, sorted, edited in place and in bulk.

A ``ListPage`` with a bar of filters (engagement, owner, organisation, status, overdue,
due in the next 7 days, "My actions") over the text filter, in-place editors for status,
owner and due date, and a button that gives all selected actions one status. The rules
live in ``workbench.services.followup.tracker``; this page only turns controls into a
``TrackerFilter`` and shows the result. Overdue is marked by an icon, the word
"overdue" and a colour, never by colour alone.

The list holds the ids of the actions, not their rows (``LazyListPage``): SQLite orders
and filters them (``ActionSource`` over ``services.followup.actions``) and the rows on
screen are read as they are shown, so 50,000 actions show, sort and filter without
reading 50,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from workbench.domain import Action, ActionStatus
from workbench.domain.rules import local_today
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.services.followup import actions, tracker
from workbench.services.records import update_record
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.followup.action_source import ActionSource
from workbench.ui.followup.actions_model import COL_DUE, COL_OWNER, COL_STATUS, ActionsModel
from workbench.ui.i18n import error_text
from workbench.ui.labels import label
from workbench.ui.lists.lazy_list import LazyListPage
from workbench.ui.palette import css
from workbench.ui.widgets.delegates import ChoiceDelegate, DateDelegate
from workbench.ui.widgets.forms import RecordForm

#: Status filter choices: (key, statuses); the first is the default.
STILL_OPEN = "still_open"


class TrackerPage(LazyListPage):
    """Every action, with the tracker's filters and in-place editing."""

    #: "My actions" needs an "I am" person and none is set: the feature asks the user.
    me_needed = Signal()
    model: ActionsModel

    def __init__(
        self,
        *,
        db: Database,
        events: AppEvents,
        title: str,
        model: ActionsModel,
        form: RecordForm,
        create: Callable[[Session], str] | None = None,
        default_sort: tuple[int, Qt.SortOrder] = (COL_DUE, Qt.SortOrder.AscendingOrder),
        today: Callable[[], date] = local_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            db=db,
            events=events,
            entity="action",
            title=title,
            model=model,
            load_rows=self._read_rows,
            form=form,
            create=create,
            default_sort=default_sort,
            parent=parent,
        )
        self.setObjectName("page_action")
        self.today = today
        self.source = ActionSource(db, lambda: self.today())
        model.set_source(self.source)
        self._summary_key: tuple[int, date] | None = None
        self._summary: dict[str, int] = {}
        self.me: str | None = None
        model.editable = True
        model.edit_requested.connect(self.save_edit)
        self._build_filters()
        self._build_editing()

    # -- building -------------------------------------------------------------------
    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        # Long names must not widen the window: the list shows them elided.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _build_filters(self) -> None:
        self.engagement_filter = self._combo("engagement_filter", self.tr("Engagement"))
        self.owner_filter = self._combo("owner_filter", self.tr("Owner"))
        self.organisation_filter = self._combo("organisation_filter", self.tr("Organisation"))
        self.status_filter = self._combo("status_filter", self.tr("Status"))
        self.status_filter.addItem(self.tr("Still open"), STILL_OPEN)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ActionStatus:
            self.status_filter.addItem(label(status), status.value)
        self.overdue_check = QCheckBox(self.tr("&Overdue"))
        self.overdue_check.setObjectName("overdue_filter")
        self.due_soon_check = QCheckBox(self.tr("Due in &7 days"))
        self.due_soon_check.setObjectName("due_soon_filter")
        self.mine_check = QCheckBox(self.tr("M&y actions"))
        self.mine_check.setObjectName("mine_filter")
        self.mine_check.setToolTip(
            self.tr("Only the open actions of the person set in Tools → I am…")
        )
        for check in (self.overdue_check, self.due_soon_check):
            check.toggled.connect(self.apply_filters)
        self.mine_check.toggled.connect(self._mine_toggled)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("tracker_summary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        for combo in (
            self.engagement_filter,
            self.owner_filter,
            self.organisation_filter,
            self.status_filter,
        ):
            choices.addWidget(combo, 1)
        self.toggles = QHBoxLayout()
        self.toggles.setContentsMargins(0, 0, 0, 0)
        for check in (self.overdue_check, self.due_soon_check, self.mine_check):
            self.toggles.addWidget(check)
        self.toggles.addStretch(1)
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(choices)
        bar.addLayout(self.toggles)
        self.filter_bar = QWidget()
        self.filter_bar.setObjectName("tracker_filters")
        self.filter_bar.setLayout(bar)
        # The bar squeezes with the window instead of setting its minimum width.
        self.filter_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.summary_label.setWordWrap(True)
        left = self._list_column()
        left.insertWidget(2, self.filter_bar)
        left.insertWidget(3, self.summary_label)
        self.fill_choices()

    def _build_editing(self) -> None:
        view = self.view
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        statuses = [(s.value, label(s)) for s in ActionStatus]
        view.setItemDelegateForColumn(
            COL_STATUS, ChoiceDelegate(lambda: statuses, view, accessible_name=self.tr("Status"))
        )
        view.setItemDelegateForColumn(
            COL_OWNER,
            ChoiceDelegate(
                lambda: [(None, "—"), *self._people()], view, accessible_name=self.tr("Owner")
            ),
        )
        view.setItemDelegateForColumn(
            COL_DUE, DateDelegate(view, accessible_name=self.tr("Due date"))
        )
        self.bulk_button = QToolButton()
        self.bulk_button.setObjectName("bulk_status")
        self.bulk_button.setText(self.tr("Set &status of selected"))
        self.bulk_button.setAccessibleName(self.tr("Set the status of the selected actions"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.bulk_button)
        self.bulk_actions: dict[ActionStatus, QAction] = {}
        for status in ActionStatus:
            action = menu.addAction(label(status))
            action.triggered.connect(lambda _c=False, s=status: self.set_selected_status(s))
            self.bulk_actions[status] = action
        self.bulk_button.setMenu(menu)
        self.bulk_button.setEnabled(False)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.toggles.addWidget(self.bulk_button)
        self.message = QLabel()
        self.message.setObjectName("tracker_message")
        self.message.setWordWrap(True)
        left = self._list_column()
        left.addWidget(self.message)

    def _list_column(self) -> QVBoxLayout:
        """The layout of the list's side of the page (filter, list, count)."""
        column = self.splitter.widget(0)
        layout = column.layout() if column is not None else None
        assert isinstance(layout, QVBoxLayout)
        return layout

    def _people(self) -> list[tuple[str, str]]:
        with self.db.session() as s:
            return listing.list_people(s)

    def fill_choices(self) -> None:
        """(Re)fill the engagement, owner and organisation lists, keeping the choice."""
        with self.db.session() as s:
            engagements = [(e.id, e.title) for e in listing.list_engagements(s)]
            people = listing.list_people(s)
            organisations = listing.list_organisations(s)
        for combo, everyone, items in (
            (self.engagement_filter, self.tr("All engagements"), engagements),
            (self.owner_filter, self.tr("Anyone"), people),
            (self.organisation_filter, self.tr("Any organisation"), organisations),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for key, text in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # -- filters --------------------------------------------------------------------
    def current_filter(self) -> tracker.TrackerFilter:
        """The filter the controls describe."""
        status = self.status_filter.currentData()
        owner = self.owner_filter.currentData()
        owners: frozenset[str] | None = frozenset({owner}) if owner else None
        if self.mine_check.isChecked() and self.me:
            owners = frozenset({self.me}) & owners if owners else frozenset({self.me})
        return tracker.TrackerFilter(
            engagement_id=self.engagement_filter.currentData(),
            owner_ids=owners,
            organisation_id=self.organisation_filter.currentData(),
            statuses=frozenset({status}) if status and status != STILL_OPEN else frozenset(),
            open_only=status == STILL_OPEN or self.mine_check.isChecked(),
            overdue=self.overdue_check.isChecked(),
            due_soon=self.due_soon_check.isChecked(),
        )

    def passing(self, among: list[str] | None = None) -> set[str] | None:
        """The ids the filter bar and the filter text let through (SQL); ``None``: all."""
        flt, text = self.current_filter(), self.filter_edit.text()
        if flt.is_empty and not text.split():
            return None
        return self.source.passing(flt, text, among)

    def clear_filters(self) -> None:
        """Show every action (a record asked for by search or history must be visible)."""
        for combo in (self.engagement_filter, self.owner_filter, self.organisation_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        self.status_filter.blockSignals(False)
        for check in (self.overdue_check, self.due_soon_check, self.mine_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.apply_filters()

    def set_me(self, person_id: str | None) -> None:
        """The "I am" person, for "My actions"."""
        self.me = person_id or None
        if self.mine_check.isChecked():
            if self.me is None:
                self.mine_check.setChecked(False)
            self.apply_filters()

    def _mine_toggled(self, checked: bool) -> None:
        if checked and not self.me:
            self.me_needed.emit()
            if not self.me:
                self.mine_check.blockSignals(True)
                self.mine_check.setChecked(False)
                self.mine_check.blockSignals(False)
                return
        self.apply_filters()

    def _read_rows(self, session: Session, ids: list[str] | None) -> list[Any]:
        """The rows of ``ids`` (read again after an edit), or of every action."""
        return actions.read_actions(session, today=self.today(), ids=ids, ordered=False)

    # -- counts ---------------------------------------------------------------------
    def _update_count(self, *_args: Any) -> None:
        super()._update_count()
        if not hasattr(self, "summary_label") or not self._ids_read:
            return
        key = (self.model.version, self.today())
        if key != self._summary_key:  # counted once per change of rows, not per signal
            self._summary_key = key
            self._summary = self.source.summary()
        counts = self._summary
        overdue = self.tr("{n} overdue").format(n=counts["overdue"])
        if counts["overdue"]:
            overdue = f'<b style="color:{css("overdue", self.palette())}">⚠ {overdue}</b>'
        self.summary_label.setText(
            self.tr("{open} open · {overdue} · {soon} due in the next 7 days").format(
                open=counts["open"], overdue=overdue, soon=counts["due_soon"]
            )
        )

    # -- editing --------------------------------------------------------------------
    def save_edit(self, action_id: str, field: str, value: Any) -> None:
        """Write one in-place edit (status, owner or due date)."""
        self.form.flush()
        try:
            with self.db.transaction() as s:
                if field == "status":
                    tracker.set_status(s, [action_id], value, today=self.today())
                else:
                    update_record(s, Action, action_id, **{field: value})
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        self.message.clear()
        self._after_write([action_id])

    def set_selected_status(self, status: ActionStatus) -> list[str]:
        """Give every selected action ``status``; returns the ids that changed."""
        ids = self.selected_ids()
        if not ids:
            return []
        self.form.flush()
        try:
            with self.db.transaction() as s:
                changed = tracker.set_status(s, ids, status, today=self.today())
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return []
        self.message.setText(
            self.tr("%n action(s) set to {status}.", "", len(changed)).format(status=label(status))
        )
        self._after_write(changed)
        return changed

    def _after_write(self, ids: list[str]) -> None:
        if not ids:
            return
        self.refresh_ids(ids)
        current = self.current_id()
        if current in ids:
            self.form.load(current)
        self.events.records_changed.emit(self.entity, ids)

    def _selection_changed(self, *_args: Any) -> None:
        self.bulk_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

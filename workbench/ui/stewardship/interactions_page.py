"""The Interactions page: letters, e-mails, calls, AGM questions and votes, site visits and
public statements, in the list pattern of the app (filter, list, form beside it).

The form edits date, kind, direction, company, counterpart and seniority, subject,
summary and audience, saved as you type; below it, the objectives the interaction
concerns (ticked, saved at once) and its documents. New interactions are today's
letters sent by the group, for the working group only, in the current engagement.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlmodel import Session

from workbench.domain import (
    Audience,
    Interaction,
    InteractionDirection,
    InteractionKind,
    Seniority,
)
from workbench.services import listing
from workbench.services.capture import notes as capture
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.followup.progress import list_objectives
from workbench.services.records import get_record
from workbench.services.stewardship import interactions
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.labels import label
from workbench.ui.lists.list_page import ListPage
from workbench.ui.stewardship.interactions_model import COL_DATE, InteractionsModel
from workbench.ui.widgets.forms import FieldSpec, RecordForm

translate = QCoreApplication.translate


class InteractionForm(RecordForm):
    """The form of one interaction; its company choices are those of its engagement."""

    engagement_id: str | None = None

    def load(self, record_id: str | None) -> None:
        if record_id is not None:
            with self.db.session() as s:
                self.engagement_id = get_record(s, Interaction, record_id).engagement_id
        super().load(record_id)


class ObjectivesChecklist(QGroupBox):
    """The objectives of the interaction's company (all of the engagement's when it names
    none); ticked ones it concerns."""

    def __init__(self, db: Database, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.interaction_id: str | None = None
        self.setObjectName("interaction_objectives")
        self.setTitle(self.tr("Concerns the objectives"))
        self.list = QListWidget()
        self.list.setObjectName("objectives_checklist")
        self.list.setAccessibleName(self.tr("Objectives the interaction concerns"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(100)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._ticked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)

    def show_interaction(self, interaction_id: str | None) -> None:
        self.interaction_id = interaction_id or None
        self.list.blockSignals(True)
        self.list.clear()
        if self.interaction_id is not None:
            with self.db.session() as s:
                row = get_record(s, Interaction, self.interaction_id)
                objectives = list_objectives(s, row.engagement_id)
                [current] = interactions.read_interactions(s, ids=[self.interaction_id])
            if current.target_id is not None:  # the company's objectives, and what is ticked
                objectives = [
                    o
                    for o in objectives
                    if o.target_id in (None, current.target_id) or o.id in current.objective_ids
                ]
            for o in objectives:
                item = QListWidgetItem(o.text)
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = o.id in current.objective_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self.setEnabled(self.interaction_id is not None)

    def ticked(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _ticked(self, _item: QListWidgetItem) -> None:
        if self.interaction_id is None:
            return
        with self.db.transaction() as s:
            interactions.set_objectives(s, self.interaction_id, self.ticked())
        self.events.records_changed.emit("interaction", [self.interaction_id])


class InteractionsPage(ListPage):
    """Every interaction, newest first, with its form, objectives and documents."""

    checklist: ObjectivesChecklist


def build_interactions_page(
    db: Database, events: AppEvents, current_engagement: Callable[[], str | None]
) -> InteractionsPage:
    def people() -> list[tuple[str, str]]:
        with db.session() as s:
            return listing.list_people(s)

    def companies() -> list[tuple[str, str]]:
        with db.session() as s:
            return capture.target_choices(s, form.engagement_id or current_engagement())

    def seniorities() -> list[tuple[str, str]]:
        return [(s.value, label(s)) for s in Seniority]

    def new_interaction(s: Session) -> str:
        engagement = current_engagement()
        if engagement is None:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "Create an engagement first."))
        made = interactions.create_interaction(
            s, engagement, subject=translate("InteractionsPage", "New interaction")
        )
        return made.id

    form = InteractionForm(
        db,
        Interaction,
        [
            FieldSpec("subject", translate("InteractionsPage", "Subject"), "line"),
            FieldSpec("occurred_on", translate("InteractionsPage", "Date"), "date"),
            FieldSpec("kind", translate("InteractionsPage", "Kind"), "enum", enum=InteractionKind),
            FieldSpec(
                "direction",
                translate("InteractionsPage", "Direction"),
                "enum",
                enum=InteractionDirection,
            ),
            FieldSpec(
                "target_id", translate("InteractionsPage", "Company"), "choice", choices=companies
            ),
            FieldSpec(
                "counterpart_id",
                translate("InteractionsPage", "Counterpart"),
                "choice",
                choices=people,
            ),
            FieldSpec(
                "seniority",
                translate("InteractionsPage", "Seniority"),
                "choice",
                choices=seniorities,
            ),
            FieldSpec("summary", translate("InteractionsPage", "Summary"), "text"),
            FieldSpec("audience", translate("InteractionsPage", "Audience"), "enum", enum=Audience),
        ],
    )
    page = InteractionsPage(
        db=db,
        events=events,
        entity="interaction",
        title=translate("InteractionsPage", "Interactions"),
        model=InteractionsModel(),
        create=new_interaction,
        default_sort=(COL_DATE, Qt.SortOrder.DescendingOrder),
        load_rows=lambda s, ids: interactions.read_interactions(s, ids=ids),
        form=form,
    )
    page.checklist = ObjectivesChecklist(db, events)
    column = form.layout()
    assert isinstance(column, QVBoxLayout)  # RecordForm: the fields, then its message
    column.insertWidget(1, page.checklist)
    page.current_changed.connect(page.checklist.show_interaction)
    form.saved.connect(page.checklist.show_interaction)  # another company: its objectives
    return page

"""The five list pages of the main window: what each lists and which fields it edits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from sqlmodel import Session

from workbench.domain import (
    Action,
    ActionStatus,
    Audience,
    Commitment,
    CommitmentStatus,
    Direction,
    Engagement,
    EngagementStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
)
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.forms import FieldSpec, RecordForm
from workbench.ui.models.actions_model import COL_DUE as ACTION_DUE
from workbench.ui.models.actions_model import ActionsModel
from workbench.ui.models.commitments_model import COL_DUE as COMMITMENT_DUE
from workbench.ui.models.commitments_model import CommitmentsModel
from workbench.ui.models.engagements_model import EngagementsModel
from workbench.ui.models.meetings_model import COL_WHEN, MeetingsModel
from workbench.ui.models.notes_model import COL_CAPTURED, NotesModel
from workbench.ui.pages.list_page import ListPage

PAGE_KEYS = ("engagements", "meetings", "commitments", "actions", "notes")


def tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def build_pages(
    db: Database, events: AppEvents, current_engagement: Callable[[], str | None]
) -> dict[str, ListPage]:
    """The pages, keyed by ``PAGE_KEYS``."""

    def people() -> list[tuple[str, str]]:
        with db.session() as s:
            return listing.list_people(s)

    def organisations() -> list[tuple[str, str]]:
        with db.session() as s:
            return listing.list_organisations(s)

    def engagements() -> list[tuple[str, str]]:
        with db.session() as s:
            return [(r.id, r.title) for r in listing.list_engagements(s)]

    def need_engagement() -> str:
        engagement_id = current_engagement()
        if engagement_id is None:
            raise DomainError(tr("Create an engagement first."))
        return engagement_id

    def new_engagement(s: Session) -> str:
        obj = Engagement(title=tr("New engagement"), status=EngagementStatus.ACTIVE)
        s.add(obj)
        return obj.id

    def new_meeting(s: Session) -> str:
        start = (datetime.now(UTC) + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
        obj = Meeting(
            title=tr("New meeting"),
            engagement_id=current_engagement(),
            starts_at=start,
            status=MeetingStatus.DRAFT,
        )
        s.add(obj)
        return obj.id

    def new_commitment(s: Session) -> str:
        obj = Commitment(text=tr("New commitment"), engagement_id=need_engagement())
        s.add(obj)
        return obj.id

    def new_action(s: Session) -> str:
        obj = Action(title=tr("New action"), engagement_id=current_engagement())
        s.add(obj)
        return obj.id

    def new_note(s: Session) -> str:
        obj = Note(body="", engagement_id=current_engagement())
        s.add(obj)
        return obj.id

    audience = FieldSpec("audience", tr("Audience"), "enum", enum=Audience)
    pages = {
        "engagements": ListPage(
            db=db,
            events=events,
            entity="engagement",
            title=tr("Engagements"),
            model=EngagementsModel(),
            create=new_engagement,
            load_rows=lambda s, ids: listing.list_engagements(s, ids=ids),
            form=RecordForm(
                db,
                Engagement,
                [
                    FieldSpec("title", tr("Title"), "line"),
                    FieldSpec("theme", tr("Theme"), "line"),
                    FieldSpec("status", tr("Status"), "enum", enum=EngagementStatus),
                    FieldSpec("started_on", tr("Started on"), "date"),
                    FieldSpec("description", tr("Description"), "text"),
                    FieldSpec("baseline", tr("Baseline"), "text"),
                ],
            ),
        ),
        "meetings": ListPage(
            db=db,
            events=events,
            entity="meeting",
            title=tr("Meetings"),
            model=MeetingsModel(),
            create=new_meeting,
            default_sort=(COL_WHEN, Qt.SortOrder.DescendingOrder),
            load_rows=lambda s, ids: listing.list_meetings(s, ids=ids),
            form=RecordForm(
                db,
                Meeting,
                [
                    FieldSpec("title", tr("Title"), "line"),
                    FieldSpec("kind", tr("Kind"), "enum", enum=MeetingKind),
                    FieldSpec("engagement_id", tr("Engagement"), "choice", choices=engagements),
                    FieldSpec("starts_at", tr("Starts at"), "datetime"),
                    FieldSpec(
                        "duration_minutes",
                        tr("Duration"),
                        "int",
                        extra={"min": 5, "max": 600, "suffix": tr(" min")},
                    ),
                    FieldSpec("place", tr("Place or link"), "line"),
                    FieldSpec("chair_id", tr("Chair"), "choice", choices=people),
                    FieldSpec("minute_taker_id", tr("Minute-taker"), "choice", choices=people),
                    FieldSpec("status", tr("Status"), "enum", enum=MeetingStatus),
                    audience,
                ],
            ),
        ),
        "commitments": ListPage(
            db=db,
            events=events,
            entity="commitment",
            title=tr("Commitments"),
            model=CommitmentsModel(),
            create=new_commitment,
            default_sort=(COMMITMENT_DUE, Qt.SortOrder.AscendingOrder),
            load_rows=lambda s, ids: listing.list_commitments(s, ids=ids),
            form=RecordForm(
                db,
                Commitment,
                [
                    FieldSpec("text", tr("Commitment"), "text"),
                    FieldSpec("direction", tr("Made"), "enum", enum=Direction),
                    FieldSpec("party_id", tr("Party"), "choice", choices=organisations),
                    FieldSpec("owner_id", tr("Owner"), "choice", choices=people),
                    FieldSpec("due_on", tr("Due"), "date"),
                    FieldSpec("status", tr("Status"), "enum", enum=CommitmentStatus),
                    FieldSpec("evidence", tr("Evidence"), "text"),
                    FieldSpec("audience", tr("Audience"), "enum", enum=Audience),
                ],
            ),
        ),
        "actions": ListPage(
            db=db,
            events=events,
            entity="action",
            title=tr("Actions"),
            model=ActionsModel(),
            create=new_action,
            default_sort=(ACTION_DUE, Qt.SortOrder.AscendingOrder),
            load_rows=lambda s, ids: listing.list_actions(s, ids=ids),
            form=RecordForm(
                db,
                Action,
                [
                    FieldSpec("title", tr("Action"), "line"),
                    FieldSpec("owner_id", tr("Owner"), "choice", choices=people),
                    FieldSpec("due_on", tr("Due"), "date"),
                    FieldSpec("status", tr("Status"), "enum", enum=ActionStatus),
                    FieldSpec("done_on", tr("Done on"), "date"),
                    FieldSpec("notes", tr("Notes"), "text"),
                    FieldSpec("audience", tr("Audience"), "enum", enum=Audience),
                ],
            ),
        ),
        "notes": ListPage(
            db=db,
            events=events,
            entity="note",
            title=tr("Notes"),
            model=NotesModel(),
            create=new_note,
            default_sort=(COL_CAPTURED, Qt.SortOrder.DescendingOrder),
            load_rows=lambda s, ids: listing.list_notes(s, ids=ids),
            form=RecordForm(
                db,
                Note,
                [
                    FieldSpec("body", tr("Note"), "text"),
                    FieldSpec("place", tr("Place"), "line"),
                    FieldSpec("engagement_id", tr("Engagement"), "choice", choices=engagements),
                    FieldSpec("triaged", tr("Triaged"), "bool"),
                    FieldSpec("audience", tr("Audience"), "enum", enum=Audience),
                ],
            ),
        ),
    }
    return pages

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
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.followup import commitments
from workbench.store import Database
from workbench.ui.capture.notes_model import COL_CAPTURED, NotesModel
from workbench.ui.events import AppEvents
from workbench.ui.followup.actions_model import COL_DUE as ACTION_DUE
from workbench.ui.followup.actions_model import ActionsModel
from workbench.ui.followup.commitments_model import COL_DUE as COMMITMENT_DUE
from workbench.ui.followup.commitments_model import CommitmentsModel
from workbench.ui.followup.tracker_page import TrackerPage
from workbench.ui.lists.list_page import FastListPage, ListPage
from workbench.ui.meetings.meetings_model import COL_WHEN, MeetingsModel
from workbench.ui.shell.engagements_model import EngagementsModel
from workbench.ui.shell.frame import PAGE_KEYS as PAGE_KEYS  # where it was
from workbench.ui.widgets.forms import FieldSpec, RecordForm

translate = QCoreApplication.translate


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
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "Create an engagement first."))
        return engagement_id

    def new_engagement(s: Session) -> str:
        obj = Engagement(title=translate("Pages", "New engagement"), status=EngagementStatus.ACTIVE)
        s.add(obj)
        return obj.id

    def new_meeting(s: Session) -> str:
        start = (datetime.now(UTC) + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
        obj = Meeting(
            title=translate("Pages", "New meeting"),
            engagement_id=current_engagement(),
            starts_at=start,
            status=MeetingStatus.DRAFT,
        )
        s.add(obj)
        return obj.id

    def new_commitment(s: Session) -> str:
        obj = Commitment(text=translate("Pages", "New commitment"), engagement_id=need_engagement())
        s.add(obj)
        return obj.id

    def new_action(s: Session) -> str:
        obj = Action(title=translate("Pages", "New action"), engagement_id=current_engagement())
        s.add(obj)
        return obj.id

    def new_note(s: Session) -> str:
        obj = Note(body="", engagement_id=current_engagement())
        s.add(obj)
        return obj.id

    audience = FieldSpec("audience", translate("Pages", "Audience"), "enum", enum=Audience)
    pages = {
        "engagements": ListPage(
            db=db,
            events=events,
            entity="engagement",
            title=translate("Pages", "Engagements"),
            model=EngagementsModel(),
            create=new_engagement,
            load_rows=lambda s, ids: listing.list_engagements(s, ids=ids),
            form=RecordForm(
                db,
                Engagement,
                [
                    FieldSpec("title", translate("Pages", "Title"), "line"),
                    FieldSpec("theme", translate("Pages", "Theme"), "line"),
                    FieldSpec(
                        "status", translate("Pages", "Status"), "enum", enum=EngagementStatus
                    ),
                    FieldSpec("started_on", translate("Pages", "Started on"), "date"),
                    FieldSpec("description", translate("Pages", "Description"), "text"),
                    FieldSpec("baseline", translate("Pages", "Baseline"), "text"),
                ],
            ),
        ),
        "meetings": ListPage(
            db=db,
            events=events,
            entity="meeting",
            title=translate("Pages", "Meetings"),
            model=MeetingsModel(),
            create=new_meeting,
            default_sort=(COL_WHEN, Qt.SortOrder.DescendingOrder),
            load_rows=lambda s, ids: listing.list_meetings(s, ids=ids),
            form=RecordForm(
                db,
                Meeting,
                [
                    FieldSpec("title", translate("Pages", "Title"), "line"),
                    FieldSpec("kind", translate("Pages", "Kind"), "enum", enum=MeetingKind),
                    FieldSpec(
                        "engagement_id",
                        translate("Pages", "Engagement"),
                        "choice",
                        choices=engagements,
                    ),
                    FieldSpec("starts_at", translate("Pages", "Starts at"), "datetime"),
                    FieldSpec(
                        "duration_minutes",
                        translate("Pages", "Duration"),
                        "int",
                        extra={"min": 5, "max": 600, "suffix": translate("Pages", " min")},
                    ),
                    FieldSpec("place", translate("Pages", "Place or link"), "line"),
                    FieldSpec("chair_id", translate("Pages", "Chair"), "choice", choices=people),
                    FieldSpec(
                        "minute_taker_id",
                        translate("Pages", "Minute-taker"),
                        "choice",
                        choices=people,
                    ),
                    FieldSpec("status", translate("Pages", "Status"), "enum", enum=MeetingStatus),
                    audience,
                ],
            ),
        ),
        "commitments": FastListPage(
            db=db,
            events=events,
            entity="commitment",
            title=translate("Pages", "All commitments"),
            model=CommitmentsModel(),
            create=new_commitment,
            default_sort=(COMMITMENT_DUE, Qt.SortOrder.AscendingOrder),
            load_rows=lambda s, ids: commitments.read_commitments(s, ids=ids),
            form=RecordForm(
                db,
                Commitment,
                [
                    FieldSpec("text", translate("Pages", "Commitment"), "text"),
                    FieldSpec("direction", translate("Pages", "Made"), "enum", enum=Direction),
                    FieldSpec(
                        "party_id", translate("Pages", "Party"), "choice", choices=organisations
                    ),
                    FieldSpec("owner_id", translate("Pages", "Owner"), "choice", choices=people),
                    FieldSpec("due_on", translate("Pages", "Due"), "date"),
                    FieldSpec(
                        "status", translate("Pages", "Status"), "enum", enum=CommitmentStatus
                    ),
                    FieldSpec("evidence", translate("Pages", "Evidence"), "text"),
                    FieldSpec("audience", translate("Pages", "Audience"), "enum", enum=Audience),
                ],
            ),
        ),
        "actions": TrackerPage(
            db=db,
            events=events,
            title=translate("Pages", "Actions"),
            model=ActionsModel(),
            create=new_action,
            default_sort=(ACTION_DUE, Qt.SortOrder.AscendingOrder),
            form=RecordForm(
                db,
                Action,
                [
                    FieldSpec("title", translate("Pages", "Action"), "line"),
                    FieldSpec("owner_id", translate("Pages", "Owner"), "choice", choices=people),
                    FieldSpec("due_on", translate("Pages", "Due"), "date"),
                    FieldSpec("status", translate("Pages", "Status"), "enum", enum=ActionStatus),
                    FieldSpec("done_on", translate("Pages", "Done on"), "date"),
                    FieldSpec("notes", translate("Pages", "Notes"), "text"),
                    FieldSpec("audience", translate("Pages", "Audience"), "enum", enum=Audience),
                ],
            ),
        ),
        "notes": FastListPage(
            db=db,
            events=events,
            entity="note",
            title=translate("Pages", "All notes"),
            model=NotesModel(),
            create=new_note,
            default_sort=(COL_CAPTURED, Qt.SortOrder.DescendingOrder),
            load_rows=lambda s, ids: listing.list_notes(s, ids=ids),
            form=RecordForm(
                db,
                Note,
                [
                    FieldSpec("body", translate("Pages", "Note"), "text"),
                    FieldSpec("place", translate("Pages", "Place"), "line"),
                    FieldSpec(
                        "engagement_id",
                        translate("Pages", "Engagement"),
                        "choice",
                        choices=engagements,
                    ),
                    FieldSpec("triaged", translate("Pages", "Triaged"), "bool"),
                    FieldSpec("audience", translate("Pages", "Audience"), "enum", enum=Audience),
                ],
            ),
        ),
    }
    # The long lists read their rows when first shown, not when the window opens.
    for key in ("meetings", "commitments", "actions", "notes"):
        pages[key].load_when_shown = True
    return pages

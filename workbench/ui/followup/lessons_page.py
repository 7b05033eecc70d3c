"""Lessons learned: a list page per the app's pattern (list, filter, form beside it).

A lesson has a category (typed freely; the ones in use are offered in the filter), its
text, optionally the meeting it came out of, and an audience like any content.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from sqlmodel import Session

from workbench.domain import Audience, Lesson
from workbench.services import listing
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.followup import lessons
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.followup.lessons_model import COL_CATEGORY, LessonsModel
from workbench.ui.i18n import format_date
from workbench.ui.lists.list_page import ListPage
from workbench.ui.widgets.forms import FieldSpec, RecordForm

translate = QCoreApplication.translate


def _day(value: datetime | None) -> str:
    return format_date(value) if value else "—"


def build_lessons_page(
    db: Database, events: AppEvents, current_engagement: Callable[[], str | None]
) -> ListPage:
    """The Lessons page: every lesson, by category, with the form to edit one."""

    def meetings() -> list[tuple[str, str]]:
        with db.session() as s:
            rows = listing.list_meetings(s, engagement_id=current_engagement())
        return [(m.id, f"{_day(m.starts_at)} · {m.title}") for m in rows]

    def engagements() -> list[tuple[str, str]]:
        with db.session() as s:
            return [(e.id, e.title) for e in listing.list_engagements(s)]

    def new_lesson(s: Session) -> str:
        engagement = current_engagement()
        if engagement is None:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "Create an engagement first."))
        return lessons.add_lesson(s, engagement, translate("LessonsPage", "New lesson")).id

    page = ListPage(
        db=db,
        events=events,
        entity="lesson",
        title=translate("LessonsPage", "Lessons learned"),
        model=LessonsModel(),
        create=new_lesson,
        default_sort=(COL_CATEGORY, Qt.SortOrder.AscendingOrder),
        load_rows=lambda s, ids: lessons.list_lessons(s, ids=ids),
        form=RecordForm(
            db,
            Lesson,
            [
                FieldSpec("text", translate("LessonsPage", "Lesson"), "text"),
                FieldSpec("category", translate("LessonsPage", "Category"), "line"),
                FieldSpec(
                    "meeting_id",
                    translate("LessonsPage", "From meeting"),
                    "choice",
                    choices=meetings,
                ),
                FieldSpec(
                    "engagement_id",
                    translate("LessonsPage", "Engagement"),
                    "choice",
                    choices=engagements,
                ),
                FieldSpec("audience", translate("LessonsPage", "Audience"), "enum", enum=Audience),
            ],
        ),
    )
    # Read when first shown: selecting its first lesson at start-up filled the form's
    # list of every meeting (2,000 in five busy years) before the window had its data.
    page.load_when_shown = True
    return page

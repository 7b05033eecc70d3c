"""The invitation (.ics) and the chair's brief (.pdf) of a meeting, written to a file.

Both go through the exports' atomic writer and refuse to overwrite the database; their
content comes from ``workbench.services.cycle`` (the invitation for one audience, the
brief for the group). Used by the window and by ``workbench export invitation|brief``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from workbench.domain import Audience
from workbench.exports.i18n import check_lang, local_time
from workbench.exports.ical import invitation_ics
from workbench.exports.runner import ExportError, ProgressFn, _slug, write_atomically
from workbench.services.cycle.brief import load_brief
from workbench.services.cycle.invitation import Invitee, load_invitation
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.store import Database
from workbench.store.sqlite_file import is_database_file


@dataclass(frozen=True)
class InvitationFile:
    path: Path
    sequence: int
    cancelled: bool
    unreachable: tuple[Invitee, ...]  # invited, but without an e-mail address


def _lang(lang: str) -> str:
    try:
        return check_lang(lang)
    except ValueError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc


def _check_target(db: Database, path: Path) -> None:
    if is_database_file(path, db.path):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "cannot write {path}: it is the workbench database itself"
            ),
            path=path,
        )


def invitation_filename(db: Database, meeting_id: str) -> str:
    with db.session() as session:
        try:
            doc = load_invitation(session, meeting_id)
        except DomainError:
            return "invitation.ics"
    day = local_time(doc.starts_at).date().isoformat()
    return f"{_slug(doc.title, 50)}-{day}.ics"


def write_invitation(
    db: Database,
    meeting_id: str,
    path: Path,
    *,
    lang: str = "en",
    audience: Audience | str | None = None,
    stamp: datetime | None = None,
) -> InvitationFile:
    """Write the meeting's invitation (REQUEST, or CANCEL when it is cancelled)."""
    lang = _lang(lang)
    _check_target(db, path)
    try:
        with db.session() as session:
            doc = load_invitation(session, meeting_id, audience, actor_id=db.actor_id)
            # the user is told, by name, whom the calendar cannot reach
            unreachable = load_invitation(
                session, meeting_id, Audience.GROUP, actor_id=db.actor_id
            ).unreachable
    except DomainError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    data = invitation_ics(doc, lang, stamp=stamp)

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    write_atomically(path, write)
    return InvitationFile(path, doc.sequence, doc.cancelled, unreachable)


def brief_filename(db: Database, meeting_id: str, lang: str = "en") -> str:
    with db.session() as session:
        try:
            doc = load_brief(session, meeting_id)
        except DomainError:
            return "brief.pdf"
    day = f"-{local_time(doc.starts_at).date().isoformat()}" if doc.starts_at else ""
    return f"brief{day}-{_slug(doc.title, 50)}-group-{lang}.pdf"


def write_brief_file(
    db: Database,
    meeting_id: str,
    path: Path,
    *,
    lang: str = "en",
    today: date | None = None,
    generated_at: datetime | None = None,
    progress: ProgressFn | None = None,
) -> Path:
    """Write the chair's brief of a meeting as a PDF."""
    from workbench.exports.pdf.brief import write_brief

    lang = _lang(lang)
    _check_target(db, path)
    try:
        with db.session() as session:
            doc = load_brief(session, meeting_id, today=today)
    except DomainError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    return write_atomically(
        path,
        lambda fh: write_brief(doc, fh, lang=lang, progress=progress, generated_at=generated_at),
    )

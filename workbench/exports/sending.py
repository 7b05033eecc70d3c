"""Send to partners: make the export, wrap it in an e-mail draft, log that it left.

``prepare_send`` is the one entry point for the window and ``workbench send``: it makes
the export for the audience asked (through ``run_export``, so the audience rule is the
exports' own), addresses the draft to the distribution list of that audience, writes
the ``.eml`` (atomically, beside nothing else: the attachment travels inside it) and
records the send in the log. Sending the minutes also puts "Approve the minutes of …"
on the next meeting's agenda. Opening the draft in the mail program is the caller's
(the window uses ``QDesktopServices``; the command line only writes the file).
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Engagement, Meeting, Person, SentKind
from workbench.exports.i18n import check_lang, format_date, local_time, t
from workbench.exports.mail import Attachment, Draft, MailError, build_draft, draft_eml, preview
from workbench.exports.runner import (
    ExportError,
    ExportKind,
    ExportRequest,
    ProgressFn,
    run_export,
    suggest_filename,
    write_atomically,
)
from workbench.services.cycle import approval, distribution, sendlog
from workbench.services.cycle.distribution import Recipient
from workbench.services.cycle.versions import version_doc
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.visible import shown
from workbench.store import Database


@dataclass(frozen=True)
class SendRequest:
    kind: ExportKind
    record_id: str
    audience: Audience = Audience.PARTNERS
    lang: str = "en"
    eml_path: Path | None = None  # default: ``folder`` / a name that says what
    folder: Path | None = None
    today: date | None = None
    generated_at: datetime | None = None
    approval_title: str = approval.APPROVAL_TITLE


@dataclass(frozen=True)
class SendResult:
    eml_path: Path
    draft: Draft
    preview: str
    sent_id: str


def _subject_and_body(
    db: Database, request: SendRequest, lang: str
) -> tuple[str, str, str | None, int | None, Recipient | None]:
    """Subject, body, the engagement (for the list), the minutes version, the sender:
    each with only what the draft's audience may see."""
    kind = request.kind
    audience = Audience(request.audience)
    with db.session() as session:
        sender = _sender(session, db.actor_id, audience)
        if kind.of_meeting:
            meeting = session.get(Meeting, request.record_id)
            if meeting is None or meeting.deleted_at is not None:
                raise ExportError(
                    QT_TRANSLATE_NOOP("DomainError", "no meeting with id {record_id}"),
                    record_id=request.record_id,
                )
            when = (
                format_date(local_time(meeting.starts_at).date(), lang) if meeting.starts_at else ""
            )
            title, engagement_id = meeting.title, meeting.engagement_id
            version = version_doc(session, meeting.id, request.audience)
        else:
            e = Engagement.__table__
            row = session.execute(
                sa.select(shown(e, "title", audience)).where(
                    e.c.id == request.record_id, e.c.deleted_at.is_(None)
                )
            ).one_or_none()
            if row is None:
                raise ExportError(
                    QT_TRANSLATE_NOOP("DomainError", "no engagement with id {record_id}"),
                    record_id=request.record_id,
                )
            title = row[0] or t(lang, "untitled_engagement")  # the title is the group's
            when, engagement_id, version = "", request.record_id, None
    values = {"title": title, "date": when, "n": version.number if version else ""}
    subject = t(lang, f"mail_subject_{kind.value}", **values)
    key = "mail_body_minutes_approved" if version is not None else f"mail_body_{kind.value}"
    paragraphs = [t(lang, "mail_greeting"), t(lang, key, **values)]
    if request.audience == Audience.GROUP:
        paragraphs.append(t(lang, "mail_group_warning"))
    closing = t(lang, "mail_closing")
    if sender is not None and sender.address_name:
        closing += f"\n{sender.address_name}"
    paragraphs.append(closing)
    return (
        subject,
        "\n\n".join(paragraphs) + "\n",
        engagement_id,
        (version.number if version else None),
        sender,
    )


def _sender(session: Session, actor_id: str | None, audience: Audience) -> Recipient | None:
    """The user as the draft's sender, named only where ``audience`` may see the name."""
    if actor_id is None:
        return None
    p = Person.__table__
    row = session.execute(
        sa.select(p.c.id, p.c.name, p.c.email, shown(p, "name", audience, "address_name")).where(
            p.c.id == actor_id, p.c.deleted_at.is_(None)
        )
    ).one_or_none()
    if row is None:
        return None
    pid, name, email, address_name = row
    return Recipient(pid, name, (email or "").strip() or None, None, False, address_name)


def prepare_send(
    db: Database, request: SendRequest, progress: ProgressFn | None = None
) -> SendResult:
    """Make the export and its draft, write the ``.eml``, log the send."""
    kind = ExportKind(request.kind)
    try:
        lang = check_lang(request.lang)
    except ValueError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    audience = Audience(request.audience)
    subject, body, engagement_id, version, sender = _subject_and_body(db, request, lang)
    name = suggest_filename(db, kind, request.record_id, audience, lang)
    with tempfile.TemporaryDirectory(prefix="workbench-send-") as tmp:
        exported = run_export(
            db,
            ExportRequest(
                kind,
                request.record_id,
                Path(tmp) / name,
                audience,
                lang,
                today=request.today,
                generated_at=request.generated_at,
            ),
            progress,
        )
        data = exported.read_bytes()
    with db.session() as session:
        people = distribution.recipients(session, engagement_id, audience)
    from_ = sender if sender is not None and sender.email else None
    try:
        draft = build_draft(
            audience=audience,
            lang=lang,
            subject=subject,
            body=body,
            recipients=people,
            attachments=[Attachment(name, data, audience)],
            sender=from_,
        )
    except MailError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    eml = request.eml_path or (request.folder or Path(".")) / (Path(name).stem + ".eml")
    message = draft_eml(draft)

    def write(fh: BinaryIO) -> None:
        fh.write(message)

    write_atomically(eml, write)
    try:
        with db.transaction() as session:
            row = sendlog.record_sent(
                session,
                kind=SentKind(kind.value),
                meeting_id=request.record_id if kind.of_meeting else None,
                engagement_id=engagement_id,
                file_name=name,
                checksum=hashlib.sha256(data).hexdigest(),
                size=len(data),
                audience=audience,
                lang=lang,
                recipients=people,
                subject=subject,
                minutes_version=version,
            )
            if kind == ExportKind.MINUTES and version is None:
                approval.ensure_approval_item(
                    session, request.record_id, title=request.approval_title
                )
            sent_id = row.id
    except DomainError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    return SendResult(eml, draft, preview(draft), sent_id)

"""One entry point for every export, used by the command line and the GUI alike.

``run_export`` loads the record for the requested audience (the services filter in
their queries), writes the file next to its destination under a temporary name and
renames it into place, so a failed or cancelled export never leaves half a file behind
or overwrites a good one.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlalchemy as sa

from workbench.domain import Audience, Engagement, Meeting
from workbench.exports.i18n import check_lang, local_time, t
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, UserMessage
from workbench.store import Database
from workbench.store.sqlite_file import is_database_file

if TYPE_CHECKING:
    from workbench.services.reporting.engagement import EngagementDoc
    from workbench.services.reporting.minutes import MeetingDoc

ProgressFn = Callable[[int, int, str], None]


class ExportKind(StrEnum):
    MINUTES = "minutes"
    AGENDA = "agenda"
    REPORT = "report"
    TRACKER = "tracker"
    EVIDENCE = "evidence"  # the monitoring evidence pack: a PDF and a zip of documents

    @property
    def of_meeting(self) -> bool:
        """Minutes and agendas are of a meeting; report and tracker of an engagement."""
        return self in (ExportKind.MINUTES, ExportKind.AGENDA)


#: The formats each export is made in; the first is the default.
FORMATS: dict[ExportKind, tuple[str, ...]] = {
    ExportKind.MINUTES: ("pdf",),
    ExportKind.AGENDA: ("pdf",),
    ExportKind.REPORT: ("pdf",),
    ExportKind.TRACKER: ("xlsx",),
    ExportKind.EVIDENCE: ("pdf",),
}


class ExportError(UserMessage):
    """An export that cannot be made; the message is meant for the user, marked for the
    catalogue as a service's refusal is (``services/errors.py``)."""


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    record_id: str
    path: Path
    audience: Audience = Audience.PARTNERS
    lang: str = "en"
    fmt: str | None = None
    today: date | None = None
    generated_at: datetime | None = None
    period: tuple[date, date] | None = None  # the evidence pack's, both days included


def check_format(kind: ExportKind, fmt: str | None) -> str:
    """The format to write: the one asked for if this export has it, else an error."""
    formats = FORMATS[kind]
    if fmt is None:
        return formats[0]
    fmt = fmt.lower().lstrip(".")
    if fmt not in formats:
        raise ExportError(
            QT_TRANSLATE_NOOP("DomainError", "the {kind} is made as {formats}, not {fmt}"),
            kind=kind.value,
            formats=" or ".join(formats),
            fmt=fmt,
        )
    return fmt


def _slug(value: str, limit: int = 60) -> str:
    slug = re.sub(r"[^\w]+", "-", value.casefold()).strip("-_")
    return slug[:limit].rstrip("-_") or "export"


def default_filename(
    kind: ExportKind, title: str, when: date | None, audience: Audience, lang: str, fmt: str
) -> str:
    """A file name that says what, when, for whom and in which language."""
    parts = [_slug(t(lang, kind.value))]
    if when is not None:
        parts.append(when.isoformat())
    if title.strip():
        parts.append(_slug(title, 50))
    parts += [audience.value, lang]
    return "-".join(parts) + f".{fmt}"


def suggest_filename(
    db: Database,
    kind: ExportKind,
    record_id: str,
    audience: Audience,
    lang: str,
    period: tuple[date, date] | None = None,
) -> str:
    """The default file name for an export of this record (title and date from the store;
    an evidence pack's names its period).

    The name leaves with the file, so it holds only what ``audience`` may see: a
    partners export of an engagement whose title is for the group is named by kind,
    audience and language alone.
    """
    from workbench.services.visible import shown, visible

    audience = Audience(audience)
    with db.session() as session:
        if kind.of_meeting:
            m = Meeting.__table__
            row = session.execute(
                sa.select(
                    sa.case((visible(m.c.audience, audience), m.c.title), else_=sa.null()),
                    m.c.starts_at,
                ).where(m.c.id == record_id)
            ).one_or_none()
            title, when = (
                (row[0] or "", local_time(row[1]).date() if row[1] else None) if row else ("", None)
            )
        else:
            e = Engagement.__table__
            query = sa.select(shown(e, "title", audience)).where(e.c.id == record_id)
            title = session.execute(query).scalar() or ""
            when = None
    if kind is ExportKind.EVIDENCE:  # "evidence-pack-2021-01-01-2021-12-31-mica-..."
        days = [d.isoformat() for d in period or ()]
        parts = [_slug(t(lang, "evidence_pack")), *days, _slug(title, 50), audience.value, lang]
        return "-".join(parts) + ".pdf"
    return default_filename(kind, title, when, audience, lang, FORMATS[kind][0])


def check_writable(path: Path) -> None:
    """Refuse, with a message for the user, a destination the export cannot write."""
    if path.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("DomainError", "cannot write {path}: it is a folder"), path=path
        )
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "cannot write {path}: the folder {parent} does not exist"
            ),
            path=path,
            parent=parent,
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "cannot write {path}: no permission to write in {parent}"
            ),
            path=path,
            parent=parent,
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(
            QT_TRANSLATE_NOOP("DomainError", "cannot write {path}: the file is read-only"),
            path=path,
        )


def _file_mode() -> int:
    """The mode a newly created file gets here: 0666 less the process's umask.

    Linux tells the umask in /proc without changing it; elsewhere it is read by setting
    it and putting it back (a moment in which another thread could create a file).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write to a temporary file beside ``path``, then rename it into place."""
    check_writable(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("DomainError", "cannot write {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, _file_mode())  # mkstemp makes 0600; a document is shared like any
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("DomainError", "cannot write {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return path


def _run_evidence_pack(
    db: Database,
    request: ExportRequest,
    lang: str,
    audience: Audience,
    progress: ProgressFn | None,
) -> Path:
    """The evidence pack: its PDF at the request's path, its documents' zip beside it."""
    from workbench.exports.evidence_pack import PackError, documents_path, write_pack

    if request.period is None:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "the evidence pack is of a period: give its first and last day"
            )
        )
    if is_database_file(documents_path(request.path), db.path):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "cannot write {path}: its zip would be the database itself"
            ),
            path=request.path,
        )
    try:
        files = write_pack(
            db,
            request.record_id,
            *request.period,
            request.path,
            audience=audience,
            lang=lang,
            today=request.today,
            generated_at=request.generated_at,
            progress=progress,
        )
    except PackError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    return files.pdf


def run_export(db: Database, request: ExportRequest, progress: ProgressFn | None = None) -> Path:
    """Make one export; returns the path written. Raises ``ExportError`` for the user."""
    from workbench.exports.pdf.agenda import write_agenda
    from workbench.exports.pdf.minutes import write_minutes
    from workbench.exports.pdf.report import write_report
    from workbench.exports.xlsx.tracker import write_tracker
    from workbench.services.reporting.engagement import load_engagement
    from workbench.services.reporting.minutes import load_meeting

    kind = ExportKind(request.kind)
    suffix = request.path.suffix.lstrip(".").lower()
    known = {f for formats in FORMATS.values() for f in formats}
    check_format(kind, request.fmt or (suffix if suffix in known else None))
    try:
        lang = check_lang(request.lang)
    except ValueError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    audience = Audience(request.audience)
    # each writer takes the document its kind loads (a meeting's or an engagement's)
    writers: dict[ExportKind, Callable[..., None]] = {
        ExportKind.MINUTES: write_minutes,
        ExportKind.AGENDA: write_agenda,
        ExportKind.REPORT: write_report,
        ExportKind.TRACKER: write_tracker,
    }
    check_writable(request.path)
    if is_database_file(request.path, db.path):  # never replace the live file
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "cannot write {path}: it is the workbench database itself"
            ),
            path=request.path,
        )
    if kind is ExportKind.EVIDENCE:
        return _run_evidence_pack(db, request, lang, audience, progress)
    if progress is not None:
        progress(0, 1, kind.value)
    doc: MeetingDoc | EngagementDoc
    try:
        with db.session() as session:
            if kind.of_meeting:
                doc = load_meeting(
                    session,
                    request.record_id,
                    audience,
                    today=request.today,
                    carry_over=kind is ExportKind.AGENDA,  # the minutes show none
                )
            else:
                doc = load_engagement(session, request.record_id, audience, today=request.today)
    except DomainError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    writer = writers[kind]
    return write_atomically(
        request.path,
        lambda fh: writer(doc, fh, lang=lang, progress=progress, generated_at=request.generated_at),
    )

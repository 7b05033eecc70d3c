"""Documents kept as evidence: attaching a file, reading it back, checking it.

The bytes live inside the database, once per content, in ``documentblob`` keyed by their
SHA-256; a ``document`` row names the file, its audience and what it is attached to (see
ARCHITECTURE.md, "Documents"). So a backup, a restore and an exchange package carry the
documents with everything else, and the store's integrity check covers them.

A file is read whole and checked before anything is written: a file that cannot be read,
is empty, a folder, or bigger than ``MAX_DOCUMENT_BYTES`` is refused with its name and
the reason (``DocumentRefused``), and the blob and its document row are written in the
caller's one transaction, so a document never exists without its bytes. Reading a
document back checks its bytes against the SHA-256 they are named by.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Audience,
    Commitment,
    Document,
    DocumentBlob,
    Engagement,
    Interaction,
    Meeting,
    Note,
    Organisation,
    Target,
    utcnow,
)
from workbench.domain.stewardship import MAX_DOCUMENT_BYTES
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, Word
from workbench.services.records import get_record
from workbench.services.stewardship.audience import document_visible
from workbench.services.visible import among, shown

MIB = 1024 * 1024
_CHUNK = MIB

#: What a document may be attached to: the kind's name and its column in ``document``.
OWNER_COLUMNS: dict[str, str] = {
    "engagement": "engagement_id",
    "target": "target_id",
    "meeting": "meeting_id",
    "interaction": "interaction_id",
    "commitment": "commitment_id",
    "note": "note_id",
}
_OWNER_TABLES: dict[str, Any] = {
    "engagement": Engagement,
    "target": Target,
    "meeting": Meeting,
    "interaction": Interaction,
    "commitment": Commitment,
    "note": Note,
}


class DocumentRefused(DomainError):
    """A file that was not attached; the message names it and says why."""


class DocumentDamaged(DomainError):
    """A document whose bytes are missing or no longer match their checksum."""


@dataclass(frozen=True)
class Owner:
    """What a document is attached to: ``kind`` is a key of ``OWNER_COLUMNS``."""

    kind: str
    id: str


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document as lists and exports show it (never its bytes)."""

    id: str
    title: str
    filename: str
    media_type: str
    size: int
    sha256: str
    dated_on: date | None
    description: str | None  # None: kept for the working group (a partners reader)
    audience: Audience
    engagement_id: str | None
    owner_kind: str
    owner_id: str | None
    created_at: datetime


@dataclass(frozen=True)
class ReadFile:
    """A file read and checked, ready to be stored."""

    path: Path
    data: bytes
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name


def size_text(n: int) -> str:
    """A size as people read it: 25 MiB, 312 KiB, 80 bytes."""
    if n >= MIB:
        value = n / MIB
        return f"{value:.1f} MiB" if value < 10 else f"{value:.0f} MiB"
    if n >= 1024:
        return f"{n / 1024:.0f} KiB"
    return f"{n} bytes"


def read_file(path: Path | str, *, limit: int = MAX_DOCUMENT_BYTES) -> ReadFile:
    """Read a file to attach, or refuse it (``DocumentRefused``) with its name and why."""
    path = Path(path)
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise DocumentRefused(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{name} is a folder, not a file; nothing was attached."
                ),
                name=name,
            )
        size = path.stat().st_size
        if size > limit:
            raise _too_big(name, size, limit)
        digest, chunks, total = hashlib.sha256(), [], 0
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                total += len(chunk)
                if total > limit:  # it grew while being read
                    raise _too_big(name, total, limit)
                digest.update(chunk)
                chunks.append(chunk)
    except FileNotFoundError as exc:
        raise DocumentRefused(
            QT_TRANSLATE_NOOP("DomainError", "{name} was not found; nothing was attached."),
            name=name,
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DocumentRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "{name} could not be read ({reason}); nothing was attached."
            ),
            name=name,
            reason=reason,
        ) from exc
    if total == 0:
        raise DocumentRefused(
            QT_TRANSLATE_NOOP("DomainError", "{name} is empty; nothing was attached."), name=name
        )
    return ReadFile(path, b"".join(chunks), digest.hexdigest())


def _too_big(name: str, size: int, limit: int) -> DocumentRefused:
    return DocumentRefused(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "{name} is {size}, more than the {limit} a document may be; nothing was attached. "
            "Attach the pages that matter, or a smaller copy.",
        ),
        name=name,
        size=size_text(size),
        limit=size_text(limit),
    )


def store_blob(session: Session, data: bytes, sha256: str | None = None) -> str:
    """Keep ``data`` once (a blob already there is left as it is); returns its SHA-256."""
    digest = sha256 or hashlib.sha256(data).hexdigest()
    blob = DocumentBlob.__table__
    session.execute(
        sa.insert(blob)
        .prefix_with("OR IGNORE")
        .values(sha256=digest, size=len(data), data=data, created_at=utcnow())
    )
    return digest


def engagement_of(session: Session, owner: Owner) -> str | None:
    """The engagement a document attached to ``owner`` belongs to (a note may have none)."""
    if owner.kind not in OWNER_COLUMNS:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A document cannot be attached to a {kind}."),
            kind=Word(owner.kind),
        )
    record = get_record(session, _OWNER_TABLES[owner.kind], owner.id)
    if owner.kind == "engagement":
        return owner.id
    engagement_id = getattr(record, "engagement_id", None)
    return str(engagement_id) if engagement_id else None


def attach(
    session: Session,
    owner: Owner,
    file: ReadFile,
    *,
    title: str | None = None,
    dated_on: date | None = None,
    description: str | None = None,
    audience: Audience | str = Audience.GROUP,
) -> Document:
    """Store a file read by ``read_file`` as a document of ``owner`` (group-only unless
    marked); the blob and the row go into the caller's transaction together."""
    engagement_id = engagement_of(session, owner)
    store_blob(session, file.data, file.sha256)
    media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    fields: dict[str, Any] = {"engagement_id": engagement_id}
    if owner.kind != "engagement":
        fields[OWNER_COLUMNS[owner.kind]] = owner.id
    document = Document(
        title=(title or "").strip() or _title_from(file.name),
        filename=clean_filename(file.name),
        media_type=media_type,
        size=len(file.data),
        sha256=file.sha256,
        dated_on=dated_on,
        description=description,
        audience=Audience(audience),
        **fields,
    )
    session.add(document)
    session.flush()
    return document


def attach_file(session: Session, owner: Owner, path: Path | str, **fields: Any) -> Document:
    """``read_file`` then ``attach``: one file, or ``DocumentRefused`` and nothing stored."""
    return attach(session, owner, read_file(path), **fields)


def _title_from(filename: str) -> str:
    stem = Path(filename).stem
    return " ".join(stem.replace("_", " ").split()) or filename


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def clean_filename(name: str) -> str:
    """A file name safe on every desktop (no folders, no reserved characters)."""
    base = _UNSAFE.sub("-", Path(name.replace("\\", "/")).name).strip(" .") or "document"
    stem, suffix = os.path.splitext(base)
    return stem[:120] + suffix[:16]


# -- reading ----------------------------------------------------------------------------
def _owner_of(row: Any) -> tuple[str, str | None]:
    for kind, column in OWNER_COLUMNS.items():
        if kind != "engagement" and row[column] is not None:
            return kind, row[column]
    return "engagement", row["engagement_id"]


def read_documents(
    session: Session,
    *,
    audience: Audience = Audience.GROUP,
    owner: Owner | None = None,
    engagement_id: str | None = None,
    ids: Collection[str] | None = None,
) -> list[DocumentRow]:
    """Documents ``audience`` may see: of one owner (an engagement's own documents when
    the owner is the engagement), or every one of an engagement, or these ids."""
    d = Document.__table__
    audience = Audience(audience)
    columns = [c for c in d.c if c.name != "description"]
    query = sa.select(*columns, shown(d, "description", audience))
    query = query.where(document_visible(d, audience))
    if owner is not None:
        if owner.kind == "engagement":
            others = [d.c[c] for k, c in OWNER_COLUMNS.items() if k != "engagement"]
            query = query.where(d.c.engagement_id == owner.id, *(c.is_(None) for c in others))
        else:
            query = query.where(d.c[OWNER_COLUMNS[owner.kind]] == owner.id)
    if engagement_id is not None:
        query = query.where(d.c.engagement_id == engagement_id)
    if ids is not None:
        query = query.where(among(d.c.id, ids))
    query = query.order_by(d.c.dated_on.is_(None), d.c.dated_on, d.c.created_at, d.c.id)
    out = []
    for row in session.execute(query).mappings():
        kind, owner_id = _owner_of(row)
        out.append(
            DocumentRow(
                row["id"],
                row["title"],
                row["filename"],
                row["media_type"],
                row["size"],
                row["sha256"],
                row["dated_on"],
                row["description"],
                row["audience"],
                row["engagement_id"],
                kind,
                owner_id,
                row["created_at"],
            )
        )
    return out


def document_bytes(session: Session, document_id: str) -> tuple[Document, bytes]:
    """A live document and its bytes, checked against their SHA-256."""
    document = get_record(session, Document, document_id)
    return document, blob_bytes(session, document.sha256, document.filename)


def blob_bytes(session: Session, sha256: str, name: str = "the document") -> bytes:
    """The bytes named ``sha256``; ``DocumentDamaged`` if missing or not matching."""
    blob = DocumentBlob.__table__
    data = session.execute(sa.select(blob.c.data).where(blob.c.sha256 == sha256)).scalar()
    if data is None:
        raise DocumentDamaged(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The content of {name} is missing from the database. Restore the latest backup "
                "(File → Backups) or import a package from a laptop that has it.",
            ),
            name=name,
        )
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DocumentDamaged(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The content of {name} is damaged (its checksum does not match). Restore the "
                "latest backup (File → Backups) or import a package from a laptop that has it.",
            ),
            name=name,
        )
    return bytes(data)


def write_copy(session: Session, document_id: str, folder: Path) -> Path:
    """Write a read-only copy of a document into ``folder`` (for the system's viewer);
    the workbench keeps the original, so edits to the copy are not taken back."""
    document, data = document_bytes(session, document_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / clean_filename(document.filename)
    if target.exists():
        target.chmod(0o600)
    target.write_bytes(data)
    target.chmod(0o444)
    return target


def document_problems(session: Session) -> list[str]:
    """What is wrong with the stored documents: a live document without its bytes, or
    bytes that no longer match their checksum. Empty when all are sound."""
    d, blob = Document.__table__, DocumentBlob.__table__
    problems = []
    missing = session.execute(
        sa.select(d.c.title, d.c.filename)
        .where(d.c.deleted_at.is_(None))
        .where(~sa.exists().where(blob.c.sha256 == d.c.sha256))
    ).all()
    problems += [f"document {title!r} ({name}): its content is missing" for title, name in missing]
    shas = list(session.execute(sa.select(blob.c.sha256)).scalars())
    for sha256 in shas:  # one content in memory at a time
        data = session.execute(sa.select(blob.c.data).where(blob.c.sha256 == sha256)).scalar()
        if data is None or hashlib.sha256(data).hexdigest() != sha256:
            problems.append(f"stored content {sha256[:12]}…: damaged (checksum does not match)")
    return problems


def owner_label(session: Session, owner: Owner) -> str:
    """A short name of what a document is attached to, for lists and messages."""
    if owner.kind == "target":
        t, o = Target.__table__, Organisation.__table__
        name = session.execute(
            sa.select(o.c.name)
            .select_from(t.join(o, t.c.organisation_id == o.c.id))
            .where(t.c.id == owner.id)
        ).scalar()
        return str(name or "")
    record = session.get(_OWNER_TABLES[owner.kind], owner.id)
    if record is None:
        return ""
    for field in ("title", "subject", "text", "body"):
        value = getattr(record, field, None)
        if value:
            text = " ".join(str(value).split())
            return text if len(text) <= 80 else text[:77] + "…"
    return ""


def used_bytes(session: Session) -> int:
    """How much the stored documents take (each content once)."""
    blob = DocumentBlob.__table__
    return int(session.execute(sa.select(sa.func.sum(blob.c.size))).scalar() or 0)

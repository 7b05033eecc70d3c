"""Documents' bytes in exchange packages: ``blobs/<sha256>``, once per content.

A package carries the records of ``document`` like any other records, and beside them
the bytes each one names, as a member of its own named by its SHA-256 (stored, not
compressed again: documents are mostly PDFs and photos, compressed already, and a
member that unpacks to what it says cannot be a zip bomb). Two documents with the same
content travel as one member; a laptop that already has a content is not sent it twice
within a package, and a merge adds only what it lacks.

Reading checks every blob against its name while the package is checked (``format``);
the merge reads each blob it needs once more from the zip, within the limits, checks it
again, and stores it in the same transaction as the records: a document never arrives
without its bytes, and a package that names bytes it does not hold is refused.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench.domain import DocumentBlob, utcnow
from workbench.domain.stewardship import MAX_DOCUMENT_BYTES
from workbench.services.errors import QT_TRANSLATE_NOOP, UserMessage
from workbench.services.exchange.zip_limits import MIB, ZipRefused, read_member, size_text

if TYPE_CHECKING:
    from workbench.services.exchange.format import Package
    from workbench.store.database import Database

PREFIX = "blobs/"
BLOB_MEMBER = re.compile(r"blobs/[0-9a-f]{64}")
#: At most this many documents' contents in one package, and this much in all: far
#: beyond a working group's files (a few hundred documents of a few MiB), and bounded.
MAX_BLOBS = 5000
MAX_BLOB_TOTAL = 4 * 1024 * MIB


class BlobError(UserMessage):
    """Bytes that cannot be exported or merged; the message is for the user."""


def member_name(sha256: str) -> str:
    return f"{PREFIX}{sha256}"


def sha_of(member: str) -> str:
    return member.removeprefix(PREFIX)


def is_blob_member(name: str) -> bool:
    return BLOB_MEMBER.fullmatch(name) is not None


def needed(records: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The contents the package's documents name, each once, in a stable order."""
    return sorted({str(r["sha256"]) for r in records.get("document", []) if r.get("sha256")})


def read_blobs(db: Database, shas: list[str]) -> Iterator[tuple[str, bytes]]:
    """Each content from the database, checked, one at a time (never all in memory)."""
    blob = DocumentBlob.__table__
    with db.engine.connect() as conn:
        for sha in shas:
            data = conn.execute(sa.select(blob.c.data).where(blob.c.sha256 == sha)).scalar()
            if data is None or hashlib.sha256(data).hexdigest() != sha:
                raise BlobError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "A document's content ({sha}…) is missing or damaged in this database, "
                        "so it cannot be sent; restore the latest backup first.",
                    ),
                    sha=sha[:12],
                )
            yield sha, bytes(data)


def check_blob_members(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse (``ZipRefused``) more or bigger blobs than a package may hold."""
    blobs = [i for i in infos if is_blob_member(i.filename)]
    if len(blobs) > MAX_BLOBS:
        raise ZipRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "it holds {count} documents, more than the {limit} allowed"
            ),
            count=len(blobs),
            limit=MAX_BLOBS,
        )
    total = 0
    for info in blobs:
        if info.file_size > MAX_DOCUMENT_BYTES:
            raise ZipRefused(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "a document in it is {size}, more than the {limit} a document may be",
                ),
                size=size_text(info.file_size),
                limit=size_text(MAX_DOCUMENT_BYTES),
            )
        total += info.file_size
    if total > MAX_BLOB_TOTAL:
        raise ZipRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "its documents come to {size}, more than the {limit} allowed"
            ),
            size=size_text(total),
            limit=size_text(MAX_BLOB_TOTAL),
        )


def merge_blobs(conn: Connection, package: Package) -> int:
    """Store the contents the package's documents name and this database lacks; returns
    how many. ``BlobError`` if the package does not hold one it needs."""
    from workbench.services.exchange.format import LIMITS

    shas = needed(package.records)
    if not shas:
        return 0
    blob = DocumentBlob.__table__
    have = {
        row[0]
        for start in range(0, len(shas), 500)
        for row in conn.execute(
            sa.select(blob.c.sha256).where(blob.c.sha256.in_(shas[start : start + 500]))
        )
    }
    wanted = [s for s in shas if s not in have]
    if not wanted:
        return 0
    missing = [s for s in wanted if s not in package.blobs]
    if missing:
        raise BlobError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The package is incomplete: the content of {count} document(s) is neither in it "
                "nor in this database. Nothing was changed.",
            ),
            count=len(missing),
        )
    if package.path is None:
        raise BlobError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The package's documents can no longer be read. Nothing was changed."
            )
        )
    with zipfile.ZipFile(Path(package.path)) as zf:
        for sha in wanted:
            data, digest = read_member(zf, zf.getinfo(member_name(sha)), LIMITS, keep=True)
            if digest != sha:
                raise BlobError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The package is damaged: a document's content does not match its "
                        "checksum ({sha}…). Nothing was changed.",
                    ),
                    sha=sha[:12],
                )
            conn.execute(
                sa.insert(blob)
                .prefix_with("OR IGNORE")
                .values(sha256=sha, size=len(data), data=bytes(data), created_at=utcnow())
            )
    return len(wanted)

"""The monitoring evidence pack on disk: a PDF and, beside it, a zip of its documents.

``FILE.pdf`` lists per objective what happened in the period, with numbered references;
``FILE-documents.zip`` holds the documents those references name that the chosen audience
may see (a partners pack holds no group-only document), each under the name the PDF
gives it, and an ``index.txt`` that lists them. Both are written to temporary names
and renamed into place only when both are complete, so a failed or cancelled export
leaves neither half a file nor a PDF whose zip is missing. The bytes of each document
are read from the database one at a time and checked against their SHA-256 on the way.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from workbench.domain import Audience
from workbench.exports.i18n import format_date, t
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, UserMessage
from workbench.services.reporting.evidence import EvidencePack, load_evidence_pack
from workbench.services.stewardship.documents import blob_bytes, size_text
from workbench.store import Database

ProgressFn = Callable[[int, int, str], None]
ZIP_SUFFIX = "-documents.zip"


class PackError(UserMessage):
    """An evidence pack that cannot be made; the message is meant for the user."""


@dataclass(frozen=True)
class PackFiles:
    pdf: Path
    documents: Path
    references: int


def documents_path(pdf: Path) -> Path:
    """Where the zip of a pack's PDF goes: beside it, ``<name>-documents.zip``."""
    return pdf.with_name(pdf.stem + ZIP_SUFFIX)


def _index(pack: EvidencePack, lang: str) -> str:
    lines = [
        f"{t(lang, 'evidence_pack')}: {pack.title}",
        f"{t(lang, 'period')}: "
        + t(
            lang,
            "period_from_to",
            start=format_date(pack.start, lang),
            end=format_date(pack.end, lang),
        ),
        "",
    ]
    for ref in pack.references:
        d = ref.document
        dated = f" ({format_date(d.dated_on, lang)})" if d.dated_on else ""
        lines.append(f"[{ref.number}] {ref.zip_name} — {d.title}{dated}, {size_text(d.size)}")
    if not pack.references:
        lines.append(t(lang, "no_references"))
    return "\n".join(lines) + "\n"


def _temp_beside(path: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    return Path(name)


def write_pack(
    db: Database,
    engagement_id: str,
    start: date,
    end: date,
    pdf_path: Path,
    *,
    audience: Audience = Audience.PARTNERS,
    lang: str = "en",
    today: date | None = None,
    generated_at: datetime | None = None,
    progress: ProgressFn | None = None,
) -> PackFiles:
    """Make the pack: the PDF at ``pdf_path`` and its documents' zip beside it."""
    from workbench.exports.pdf.evidence import write_evidence_pdf
    from workbench.exports.runner import ExportError, _file_mode, check_writable

    pdf_path = Path(pdf_path)
    zip_path = documents_path(pdf_path)
    for path in (pdf_path, zip_path):
        check_writable(path)
    try:
        with db.session() as session:
            pack = load_evidence_pack(session, engagement_id, start, end, audience, today=today)
    except DomainError as exc:
        raise PackError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    parts: list[Path] = []
    try:
        pdf_part, zip_part = _temp_beside(pdf_path), _temp_beside(zip_path)
        parts = [pdf_part, zip_part]
        with pdf_part.open("wb") as fh:
            write_evidence_pdf(pack, fh, lang=lang, progress=progress, generated_at=generated_at)
        _write_zip(db, pack, zip_part, lang, progress)
        for part in parts:
            os.chmod(part, _file_mode())
        os.replace(zip_part, zip_path)
        os.replace(pdf_part, pdf_path)
    except DomainError as exc:  # a document's content damaged: named in the message
        raise PackError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc
    except (OSError, ExportError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise PackError(
            QT_TRANSLATE_NOOP("DomainError", "cannot write {pdf_path}: {reason}"),
            pdf_path=pdf_path,
            reason=reason,
        ) from exc
    finally:
        for part in parts:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
    return PackFiles(pdf_path, zip_path, len(pack.references))


def _write_zip(
    db: Database, pack: EvidencePack, path: Path, lang: str, progress: ProgressFn | None
) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("index.txt", _index(pack, lang))
        with db.session() as session:
            for n, ref in enumerate(pack.references, start=1):
                if progress is not None:
                    progress(n, len(pack.references), ref.zip_name)
                data = blob_bytes(session, ref.document.sha256, ref.document.filename)
                zf.writestr(ref.zip_name, data)
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def pack_bytes(
    db: Database,
    engagement_id: str,
    start: date,
    end: date,
    *,
    audience: Audience = Audience.PARTNERS,
    lang: str = "en",
    today: date | None = None,
) -> tuple[EvidencePack, bytes]:
    """The pack and its PDF in memory (for tests and previews)."""
    from workbench.exports.pdf.evidence import write_evidence_pdf

    with db.session() as session:
        pack = load_evidence_pack(session, engagement_id, start, end, audience, today=today)
    out = io.BytesIO()
    write_evidence_pdf(pack, out, lang=lang)
    return pack, out.getvalue()

"""What a file from the phone becomes: a note's text, and the files to attach to it.

Phones write text in whatever encoding their notes app likes (UTF-8 with or without a
BOM, UTF-16 with a BOM, old Windows tools cp1252), mail apps share ``.eml`` files, and
cameras and scanners write photos and PDFs. ``read_drop`` turns the bytes of one such
file into a ``Capture`` (no database involved), or raises ``Unreadable`` with the reason
a person can act on; the scan (``dropfolder``) puts the file in ``Problems`` with it.
"""

from __future__ import annotations

import codecs
import html
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MAIL_SUFFIXES = frozenset({".eml"})
PHOTO_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".heic", ".heif", ".webp", ".tif", ".tiff"}
)
PDF_SUFFIXES = frozenset({".pdf"})
TAKEN_SUFFIXES = TEXT_SUFFIXES | MAIL_SUFFIXES | PHOTO_SUFFIXES | PDF_SUFFIXES


class Unreadable(Exception):
    """A file that cannot become a note; the message says why, for ``Problems``."""


@dataclass(frozen=True)
class Attachment:
    """A file to keep as a document of the new note."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class Capture:
    """What one dropped file becomes: the note's body (its first line the title), when it
    was captured, and the files to attach; ``skipped`` names attachments not kept."""

    kind: str  # "text", "mail", "photo" or "pdf"
    body: str
    captured_at: datetime
    attachments: tuple[Attachment, ...] = ()
    skipped: tuple[str, ...] = field(default=())


def decode_text(data: bytes) -> str:
    """Text as the phone wrote it: a BOM decides (UTF-8, UTF-16, UTF-32); without one
    UTF-8, then UTF-16 when every other byte is zero, then cp1252; else ``Unreadable``."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise Unreadable(f"it starts as {codec.upper()} text but is damaged") from exc
    if b"\x00" in data and len(data) % 2 == 0:
        odd_zeros = data[1::2].count(0)
        even_zeros = data[0::2].count(0)
        codec = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        try:
            return _checked(data.decode(codec))
        except UnicodeDecodeError:
            pass
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"))
    except UnicodeDecodeError as exc:
        raise Unreadable(
            "its text is in an encoding the workbench cannot read (not UTF-8, UTF-16 or "
            "Windows-1252); save it again as UTF-8"
        ) from exc


def _checked(text: str) -> str:
    if "\x00" in text:
        raise Unreadable("it holds binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _title_and_rest(text: str) -> tuple[str, str]:
    lines = text.strip("\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return "", ""
    title = lines[0].strip().lstrip("#").strip() or lines[0].strip()
    return title, "\n".join(lines[1:]).strip("\n")


def _join(title: str, rest: str) -> str:
    return f"{title}\n\n{rest}" if rest.strip() else title


def from_mtime(mtime: float) -> datetime:
    return datetime.fromtimestamp(mtime, UTC)


def read_text(name: str, data: bytes, mtime: float) -> Capture:
    """A ``.txt`` or ``.md`` note: the first line the title, the rest the body."""
    title, rest = _title_and_rest(decode_text(data))
    if not title:
        raise Unreadable("it holds no text")
    return Capture("text", _join(title, rest), from_mtime(mtime))


def read_mail(name: str, data: bytes, mtime: float) -> Capture:
    """An ``.eml``: subject as the title, sender and date, the text, its attachments."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; anything it raises means damage
        raise Unreadable(f"it is not an e-mail the workbench can read ({exc})") from exc
    assert isinstance(message, EmailMessage)
    try:
        headers = {k: str(message.get(k, "") or "").strip() for k in ("From", "Subject", "Date")}
        to = str(message.get("To", "") or "").strip()
    except Exception as exc:  # a header the policy cannot parse
        raise Unreadable(f"its headers are damaged ({exc})") from exc
    if not (headers["From"] or headers["Date"] or headers["Subject"] or to):
        raise Unreadable("it is not an e-mail (no From, To, Subject or Date)")
    captured = from_mtime(mtime)
    if headers["Date"]:
        try:
            when = parsedate_to_datetime(headers["Date"])
            captured = when if when.tzinfo else when.replace(tzinfo=UTC)
        except (TypeError, ValueError):
            pass
    text = _mail_text(message)
    attachments, skipped = _mail_attachments(message)
    title = headers["Subject"] or f"E-mail from {headers['From'] or 'an unknown sender'}"
    lines = [f"From: {headers['From']}" if headers["From"] else ""]
    lines.append(f"Date: {headers['Date']}" if headers["Date"] else "")
    rest = "\n".join(line for line in lines if line)
    if text.strip():
        rest = f"{rest}\n\n{text.strip()}" if rest else text.strip()
    return Capture("mail", _join(title, rest), captured, tuple(attachments), tuple(skipped))


def _mail_text(message: EmailMessage) -> str:
    try:
        body = message.get_body(preferencelist=("plain", "html"))
        if body is None:
            return ""
        content = body.get_content()
    except (LookupError, UnicodeError, AttributeError, ValueError):
        return ""
    if not isinstance(content, str):
        return ""
    if body.get_content_subtype() == "html":
        content = re.sub(r"(?is)<(script|style).*?</\1>", "", content)
        content = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", content)
        content = html.unescape(re.sub(r"<[^>]+>", "", content))
    return _checked(content)


def _mail_attachments(message: EmailMessage) -> tuple[list[Attachment], list[str]]:
    attachments, skipped = [], []
    for n, part in enumerate(message.iter_attachments(), start=1):
        content_type = part.get_content_type()
        filename = part.get_filename() or f"attachment-{n}" + (
            mimetypes.guess_extension(content_type) or ".bin"
        )
        try:
            data: object
            if content_type == "message/rfc822":  # a forwarded mail: kept as an .eml
                inner = part.get_payload(0)
                data = inner.as_bytes() if isinstance(inner, Message) else None
                filename = part.get_filename() or f"attachment-{n}.eml"
            else:
                data = part.get_payload(decode=True)
        except Exception:  # a damaged encoding of one attachment
            data = None
        if not isinstance(data, bytes) or not data:
            skipped.append(f"{filename} (empty or damaged)")
            continue
        attachments.append(Attachment(filename, data))
    return attachments, skipped


_MAGIC: tuple[tuple[bytes, int], ...] = (
    (b"\xff\xd8\xff", 0),  # JPEG
    (b"\x89PNG\r\n\x1a\n", 0),
    (b"GIF8", 0),
    (b"II*\x00", 0),  # TIFF
    (b"MM\x00*", 0),
    (b"ftyp", 4),  # HEIC/HEIF
)


def read_photo(name: str, data: bytes, mtime: float) -> Capture:
    """A photo: kept as a document of a new note named after the file."""
    webp = data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    if not webp and not any(data[at : at + len(m)] == m for m, at in _MAGIC):
        raise Unreadable("it is not a photo the workbench knows (JPEG, PNG, HEIC, …)")
    return _document("photo", name, data, mtime)


def read_pdf(name: str, data: bytes, mtime: float) -> Capture:
    """A PDF (a scan, slides): kept as a document of a new note named after the file."""
    if b"%PDF-" not in data[:1024]:
        raise Unreadable("it is not a PDF (it does not start as one)")
    return _document("pdf", name, data, mtime)


def _document(kind: str, name: str, data: bytes, mtime: float) -> Capture:
    title = " ".join(Path(name).stem.replace("_", " ").split()) or name
    return Capture(kind, title, from_mtime(mtime), (Attachment(name, data),))


def read_drop(name: str, data: bytes, mtime: float) -> Capture:
    """What a dropped file becomes, by its kind (its extension), or ``Unreadable``."""
    suffix = Path(name).suffix.lower()
    if not data:
        raise Unreadable("it is empty")
    if suffix in TEXT_SUFFIXES:
        return read_text(name, data, mtime)
    if suffix in MAIL_SUFFIXES:
        return read_mail(name, data, mtime)
    if suffix in PHOTO_SUFFIXES:
        return read_photo(name, data, mtime)
    if suffix in PDF_SUFFIXES:
        return read_pdf(name, data, mtime)
    raise Unreadable(
        "the workbench takes in notes (.txt, .md), e-mails (.eml), photos and PDFs; "
        "attach other files to a record by hand"
    )

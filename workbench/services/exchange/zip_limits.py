"""Reading a zip someone sent us without letting it exhaust the machine.

A zip's directory says how many members it has and how big each is unpacked, but a
crafted file can say anything: a 3 MB file may unpack to gigabytes (a "zip bomb"), or
hold a million tiny members whose directory alone fills the memory. So a zip is checked
three times, each before anything big is read:

1. ``check_directory_extent``: the end record, read from the file's last bytes, gives the
   number of members and the size of the directory before ``zipfile`` parses it;
2. ``check_members``: the directory parsed (member count, names, compression method,
   encryption, unpacked size of each and of all, and the compression ratio against the
   bytes really on disk);
3. ``stream_member``: while a member is unpacked, the bytes that come out are counted and
   reading stops at the size the directory gave or the limit, whichever is smaller; the
   directory is never trusted on its own.

Each refusal is a ``ZipRefused`` with one line for the user.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from workbench.services.errors import QT_TRANSLATE_NOOP, UserMessage

MIB = 1024 * 1024
GIB = 1024 * MIB
CHUNK = MIB
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_EOCD_SIZE = 22
_MAX_COMMENT = 65535


class ZipRefused(UserMessage):
    """A zip read no further; the message (one line) is meant for the user."""


@dataclass(frozen=True)
class ZipLimits:
    """What a zip may hold; ``max_ratio`` applies to members bigger than ``ratio_floor``
    (a small member is harmless however well it compresses)."""

    max_members: int
    max_member_bytes: int
    max_total_bytes: int
    max_ratio: float
    ratio_floor: int = MIB
    max_directory_bytes: int = MIB


def size_text(n: float) -> str:
    """Bytes as people read them: 3.0 GiB, 512 MiB, 12 KiB."""
    for unit, size in (("GiB", GIB), ("MiB", MIB), ("KiB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{int(n)} bytes"


def check_directory_extent(fh: BinaryIO, limits: ZipLimits) -> None:
    """Refuse a zip whose end record announces too many members or too big a directory.

    A file without an end record is left to ``zipfile`` (which calls it not a zip).
    """
    fh.seek(0, 2)
    size = fh.tell()
    tail_size = min(size, _EOCD_SIZE + _MAX_COMMENT)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        return
    _, _, _, entries, directory, offset, _ = struct.unpack("<HHHHIIH", tail[at + 4 : at + 22])
    if 0xFFFF in (entries,) or 0xFFFFFFFF in (directory, offset):
        locator = tail[at - 20 : at] if at >= 20 else b""
        if locator[:4] == _EOCD64_LOCATOR:
            (record_at,) = struct.unpack("<Q", locator[8:16])
            fh.seek(record_at)
            record = fh.read(56)
            if record[:4] == _EOCD64 and len(record) == 56:
                entries, directory = struct.unpack("<QQ", record[32:48])
    if entries > limits.max_members:
        raise ZipRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "it holds {entries} files, more than the {limit} allowed"
            ),
            entries=entries,
            limit=limits.max_members,
        )
    if directory > limits.max_directory_bytes:
        raise ZipRefused(
            QT_TRANSLATE_NOOP("DomainError", "its list of files is {size}, far too big"),
            size=size_text(directory),
        )


def check_members(
    zf: zipfile.ZipFile,
    limits: ZipLimits,
    file_size: int,
    belongs: Callable[[str], bool],
) -> None:
    """Refuse what the parsed directory announces beyond ``limits``, and any member whose
    name ``belongs`` rejects (paths outside the expected layout)."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ZipRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "it holds {count} files, more than the {limit} allowed"
            ),
            count=len(infos),
            limit=limits.max_members,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise ZipRefused(QT_TRANSLATE_NOOP("DomainError", "it holds {name} twice"), name=name)
        seen.add(name)
        if not belongs(name):
            raise ZipRefused(
                QT_TRANSLATE_NOOP(
                    "DomainError", "it holds a file that does not belong in it: {name}"
                ),
                name=name[:120],
            )
        if info.flag_bits & 0x1:
            raise ZipRefused(QT_TRANSLATE_NOOP("DomainError", "{name} is encrypted"), name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ZipRefused(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{name} is compressed in a way the workbench does not write"
                ),
                name=name,
            )
        if info.file_size > limits.max_member_bytes:
            raise ZipRefused(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} would unpack to {size}, more than the {limit} one file may hold",
                ),
                name=name,
                size=size_text(info.file_size),
                limit=size_text(limits.max_member_bytes),
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise ZipRefused(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} would unpack to {size} from {packed} ({ratio} times), which no real "
                    "file does",
                ),
                name=name,
                size=size_text(info.file_size),
                packed=size_text(info.compress_size),
                ratio=ratio,
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise ZipRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "it would unpack to {size}, more than the {limit} allowed"
            ),
            size=size_text(total),
            limit=size_text(limits.max_total_bytes),
        )
    if total > max(limits.ratio_floor, file_size * limits.max_ratio):
        raise ZipRefused(
            QT_TRANSLATE_NOOP(
                "DomainError", "it would unpack to {size} from {packed}, which no real file does"
            ),
            size=size_text(total),
            packed=size_text(file_size),
        )


def stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits) -> Iterator[bytes]:
    """The member's bytes in chunks, stopping (``ZipRefused``) as soon as more come out
    than its directory entry or the limits allow."""
    allowed = min(info.file_size, limits.max_member_bytes)
    produced = 0
    with zf.open(info) as member:
        while True:
            chunk = member.read(CHUNK)
            if not chunk:
                break
            produced += len(chunk)
            if produced > allowed:
                raise ZipRefused(
                    QT_TRANSLATE_NOOP("DomainError", "{name} holds more than its directory says"),
                    name=info.filename,
                )
            yield chunk
    if produced != info.file_size:
        raise ZipRefused(
            QT_TRANSLATE_NOOP("DomainError", "{name} holds less than its directory says"),
            name=info.filename,
        )


def read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits, *, keep: bool
) -> tuple[bytearray, str]:
    """A member's sha256 and (if ``keep``) its bytes, read within ``limits``; a member only
    checked costs a megabyte of memory, whatever its size."""
    data, digest = bytearray(), hashlib.sha256()
    for chunk in stream_member(zf, info, limits):
        digest.update(chunk)
        if keep:
            data += chunk
    return data, digest.hexdigest()

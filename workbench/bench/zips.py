"""Zips written byte by byte: the benchmark's (and the tests') zip bombs and liars.

``deflated_zeros(n)`` is a valid raw deflate stream of ``n`` MiB of zero bytes made by
repeating one fully flushed block (1 MiB of zeros deflates to about a kilobyte), so a
3 GiB bomb is built in milliseconds. ``write_zip`` writes members whose bytes are
already compressed, with a central directory that may say something else than the
local headers (``declared_size``): what a crafted file does and ``zipfile`` cannot.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MIB = 1024 * 1024


@cache
def _zero_block() -> tuple[bytes, bytes]:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(MIB)
    first = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    assert first == again, "a fully flushed block must repeat itself"
    return first, comp.flush()


@cache
def _zeros_crc(mib: int) -> int:
    crc, block = 0, bytes(MIB)
    for _ in range(mib):
        crc = zlib.crc32(block, crc)
    return crc


def deflated_zeros(mib: int) -> bytes:
    block, end = _zero_block()
    return block * mib + end


@dataclass
class Member:
    name: str
    data: bytes  # as stored (compressed if ``method`` is deflate)
    size: int  # unpacked
    crc: int
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0
    declared_size: int | None = None  # what the central directory says, if it lies


def stored(name: str, data: bytes) -> Member:
    return Member(name, data, len(data), zlib.crc32(data), zipfile.ZIP_STORED)


def zeros(name: str, mib: int, *, crc: bool = True) -> Member:
    """``mib`` MiB of zeros, deflated; ``crc=False`` skips computing the checksum (about
    a second per GiB) for a member that is refused before it is read."""
    return Member(name, deflated_zeros(mib), mib * MIB, _zeros_crc(mib) if crc else 0)


def write_zip(path: Path, members: list[Member]) -> Path:
    local, central = bytearray(), bytearray()
    for m in members:
        name = m.name.encode()
        offset = len(local)
        header = struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, m.flags, m.method, 0, 0x21,
            m.crc, len(m.data), m.size, len(name), 0,
        )  # fmt: skip
        local += header + name + m.data
        size = m.size if m.declared_size is None else m.declared_size
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, m.flags, m.method, 0, 0x21,
            m.crc, len(m.data), size, len(name), 0, 0, 0, 0, 0, offset,
        ) + name  # fmt: skip
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members),
        len(central), len(local), 0,
    )  # fmt: skip
    path.write_bytes(bytes(local + central + end))
    return path

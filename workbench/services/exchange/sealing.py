"""A sealed package: the plain package zip encrypted for the group, signed by its laptop.

The exchange folder lies on other people's clouds, so what is in it must be unreadable
without the group key and unforgeable without a member's laptop key. Layout::

    MAGIC                     8 bytes, "WBSEAL1\\n"
    header length, header     4 bytes big-endian, then JSON (format, format_version,
                              group, key_id, laptop_id, sequence, nonce, member record,
                              the group's removal records)
    chunks                    each: 4 bytes length, AES-256-GCM ciphertext of at most
                              ``CHUNK`` bytes of the zip
    signature                 64 bytes: Ed25519, by the laptop key the member record names,
                              over ``SIGNED`` + sha256 of everything before it

Each chunk's nonce is the header's random 7-byte prefix, the chunk's number and a flag
for the last chunk; its associated data is the sha256 of the header. So the format
version, the laptop id and the sequence number are authenticated with every chunk, a
chunk cannot be moved, dropped or replayed from another package, and a file cut short
fails. Chunks keep memory at one megabyte whatever the package's size (AES-GCM from
``cryptography`` does all the cryptography; this module only frames it).

Reading checks, before a byte is decrypted: the file's size against the package limits,
the header, the signer (``check_signer``: is the member record the group's, and is that
laptop a member) and the signature over the whole file. Only then is it decrypted, into
a private temporary folder, and read as any package.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from workbench.services.errors import QT_TRANSLATE_NOOP, UserMessage
from workbench.services.exchange.zip_limits import MIB

MAGIC = b"WBSEAL1\n"
SEALED_FORMAT = "workbench-sealed"
SEALED_VERSION = 1
SIGNED = b"workbench-sealed-package-v1"
CHUNK = MIB
TAG = 16
SIGNATURE = 64
MAX_HEADER = 64 * 1024


class SealError(UserMessage):
    """A sealed file refused; the message (one line) is for the user."""


@dataclass(frozen=True)
class Seal:
    """What sealing a package needs: the group key (the group's id, the key's id: the
    group's id until a laptop is removed and the key replaced) and this laptop's key and
    member record (with its proof), and the group's removal records (see
    ``workbench.services.group``)."""

    group: str
    key: bytes
    signing_key: Ed25519PrivateKey
    member: dict[str, Any]
    key_id: str | None = None
    removed: tuple[dict[str, Any], ...] = ()


#: Given a sealed file's header, the public key its signature must verify with, or a
#: ``SealError`` saying why its signer is not accepted.
CheckSigner = Callable[[dict[str, Any]], Ed25519PublicKey]


def is_sealed(path: Path) -> bool:
    """Whether the file at ``path`` starts like a sealed package (False if unreadable)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged")) from exc


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def seal_file(plain: Path, target: Path, seal: Seal, laptop_id: str, sequence: int | None) -> None:
    """Encrypt and sign the zip at ``plain`` into ``target`` (written as it goes: the
    caller writes to a partial name and renames)."""
    prefix = os.urandom(7)
    header = json.dumps(
        {
            "format": SEALED_FORMAT,
            "format_version": SEALED_VERSION,
            "group": seal.group,
            "key_id": seal.key_id or seal.group,
            "laptop_id": laptop_id,
            "sequence": sequence,
            "nonce": b64(prefix),
            "member": seal.member,
            "removed": list(seal.removed),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    aad = hashlib.sha256(header).digest()
    aead = AESGCM(seal.key)
    digest = hashlib.sha256()
    size = plain.stat().st_size
    with plain.open("rb") as src, target.open("wb") as out:

        def put(data: bytes) -> None:
            digest.update(data)
            out.write(data)

        put(MAGIC + struct.pack(">I", len(header)) + header)
        index, done = 0, 0
        while True:
            chunk = src.read(CHUNK)
            done += len(chunk)
            last = done >= size
            sealed = aead.encrypt(_nonce(prefix, index, last), chunk, aad)
            put(struct.pack(">I", len(sealed)) + sealed)
            index += 1
            if last:
                break
        out.write(seal.signing_key.sign(SIGNED + digest.digest()))
        out.flush()
        os.fsync(out.fileno())


def read_header(fh: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """The header of a sealed file (its parsed JSON and its bytes), checked for shape."""
    fh.seek(0)
    start = fh.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "it is not a sealed package"))
    (length,) = struct.unpack(">I", start[len(MAGIC) :])
    if length > MAX_HEADER:
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    raw = fh.read(length)
    try:
        header = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged")) from exc
    if not isinstance(header, dict) or header.get("format") != SEALED_FORMAT:
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    if not isinstance(header.get("format_version"), int):
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    if header["format_version"] > SEALED_VERSION:
        raise SealError(
            QT_TRANSLATE_NOOP("DomainError", "it was sealed by a newer version of the workbench")
        )
    sequence = header.get("sequence")
    if not isinstance(header.get("laptop_id"), str) or not (
        sequence is None or (isinstance(sequence, int) and not isinstance(sequence, bool))
    ):
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    if not isinstance(header.get("member"), dict) or len(unb64(header.get("nonce"))) != 7:
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    removed = header.get("removed", [])
    if not isinstance(header.get("key_id", ""), str) or not (
        isinstance(removed, list) and all(isinstance(r, dict) for r in removed)
    ):
        raise SealError(QT_TRANSLATE_NOOP("DomainError", "its header is damaged"))
    return header, raw


def open_sealed(
    path: Path,
    target: Path,
    key_for: Callable[[str, str], bytes | None],
    check_signer: CheckSigner,
    max_bytes: int,
) -> dict[str, Any]:
    """Verify the sealed file at ``path`` and decrypt it into ``target``; its header.

    ``key_for`` gives the group key for the header's group and key ids (None: not held
    here). Nothing
    is decrypted before the size, the header, the signer and the signature pass.
    """
    size = path.stat().st_size
    if size > max_bytes:
        raise SealError(
            QT_TRANSLATE_NOOP(
                "DomainError", "it is far bigger than any package the workbench writes"
            )
        )
    with path.open("rb") as fh:
        header, raw = read_header(fh)
        group = str(header.get("group"))
        key = key_for(group, str(header.get("key_id") or group))
        if key is None:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "it was sealed with another group key (another group's, or one this laptop "
                    "has not been given)",
                )
            )
        public = check_signer(header)
        body_end = size - SIGNATURE
        if body_end < fh.tell():
            raise SealError(QT_TRANSLATE_NOOP("DomainError", "it was cut short"))
        fh.seek(0)
        digest, left = hashlib.sha256(), body_end
        while left:
            block = fh.read(min(CHUNK, left))
            if not block:
                raise SealError(QT_TRANSLATE_NOOP("DomainError", "it was cut short"))
            digest.update(block)
            left -= len(block)
        try:
            public.verify(fh.read(SIGNATURE), SIGNED + digest.digest())
        except InvalidSignature as exc:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "its signature does not match: it was changed after its laptop wrote it",
                )
            ) from exc
        fh.seek(len(MAGIC) + 4 + len(raw))
        _decrypt(fh, target, AESGCM(key), unb64(header["nonce"]), raw, body_end)
    return header


def _decrypt(
    fh: BinaryIO, target: Path, aead: AESGCM, prefix: bytes, header: bytes, body_end: int
) -> None:
    aad = hashlib.sha256(header).digest()
    index = 0
    with target.open("wb") as out:
        while True:
            start = fh.read(4)
            if len(start) < 4:
                raise SealError(QT_TRANSLATE_NOOP("DomainError", "it was cut short"))
            (length,) = struct.unpack(">I", start)
            if length > CHUNK + TAG or fh.tell() + length > body_end:
                raise SealError(QT_TRANSLATE_NOOP("DomainError", "it is damaged"))
            sealed = fh.read(length)
            last = fh.tell() == body_end
            try:
                out.write(aead.decrypt(_nonce(prefix, index, last), sealed, aad))
            except InvalidTag as exc:
                raise SealError(
                    QT_TRANSLATE_NOOP("DomainError", "it does not decrypt with the group key")
                ) from exc
            index += 1
            if last:
                return


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def fingerprint(public: bytes) -> str:
    """A public key as people compare it: 16 hex digits in groups of four."""
    text = hashlib.sha256(public).hexdigest()[:16].upper()
    return " ".join(text[i : i + 4] for i in range(0, 16, 4))

"""The group: one key shared by its laptops, a signing key per laptop, and its members.

*The group key* (32 random bytes, AES-256-GCM) is made by the first laptop
(``create_group``) and passed on out of band as a *join code* (``join_code``: the key and
a checksum in base32, in groups of four), which another laptop enters (``join_group``).
Its id (a hash of the key) is kept in the database (``group:id`` in ``Meta``); the key
itself only in the keystore (``keystore``), never in the database or exchange folder.

*A laptop key* (Ed25519) per installation signs every package the laptop writes. Its
*member record* (group, laptop id, public key, who added it, when) travels in the header
of every sealed package, with a proof: an HMAC under a key derived from the group key,
so only a holder of the group key can make one. A reader remembers each member it has
verified (``group:member:<laptop id>``); a later package under the same laptop id with
another public key is a forged member record and is refused, as is a package from a
laptop marked removed. Holding the group key is what makes a laptop a member: the
record binds the laptop's name to its key, so nobody, not even another member, can
later write under that laptop's name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from workbench.domain import utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange.format import PackageError
from workbench.services.exchange.sealing import (
    Seal,
    SealError,
    b64,
    fingerprint,
    new_signing_key,
    unb64,
)
from workbench.services.group import keystore
from workbench.store import lineage
from workbench.store.database import Database

GROUP_KEY = "group:id"
MEMBER_PREFIX = "group:member:"
CODE_PREFIX = "WB1"
_MEMBER_FIELDS = ("group", "laptop_id", "public_key", "added_by", "added_at")


class GroupError(PackageError):
    """A group step that cannot be done; the message is for the user."""


@dataclass(frozen=True)
class Member:
    """A laptop of the group as this database knows it."""

    laptop_id: str
    public_key: str
    added_by: str
    added_at: str
    removed: bool = False

    @property
    def fingerprint(self) -> str:
        return fingerprint(base64.b64decode(self.public_key))


@dataclass(frozen=True)
class GroupInfo:
    """The group this database shares in, for ``workbench group show`` and Settings."""

    group: str
    has_key: bool
    members: list[Member]


def group_id_of(key: bytes) -> str:
    return hashlib.sha256(b"workbench-group\0" + key).hexdigest()[:16]


def _proof(key: bytes, record: dict[str, Any]) -> str:
    mac_key = hashlib.sha256(b"workbench-members\0" + key).digest()
    body = json.dumps({k: record.get(k) for k in _MEMBER_FIELDS}, sort_keys=True).encode()
    return b64(hmac.new(mac_key, body, hashlib.sha256).digest())


def join_code(key: bytes) -> str:
    """The key as a text block to pass on: WB1-XXXX-XXXX-… (56 letters and digits)."""
    raw = base64.b32encode(key + hashlib.sha256(key).digest()[:3]).decode().rstrip("=")
    return "-".join([CODE_PREFIX, *(raw[i : i + 4] for i in range(0, len(raw), 4))])


def key_from_code(code: str) -> bytes:
    """The group key in a join code (case, spaces and dashes do not matter)."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    if not text.startswith(CODE_PREFIX):
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This is not a join code of the workbench (it starts with WB1)."
            )
        )
    text = text[len(CODE_PREFIX) :]
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This join code has a letter that does not belong in one."
            )
        ) from exc
    key, check = raw[:32], raw[32:]
    if len(raw) != 35 or hashlib.sha256(key).digest()[:3] != check:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This join code is mistyped or incomplete: check it letter by letter.",
            )
        )
    return key


def _secret_name(group: str) -> str:
    return f"group-key-{group}"


def current_group(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return lineage.get_value(conn, GROUP_KEY)


def group_key(group: str) -> bytes | None:
    secret = keystore.get_secret(_secret_name(group))
    return base64.b64decode(secret) if secret else None


def create_group(db: Database) -> str:
    """Make a new group key for this database; its join code."""
    if current_group(db) is not None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This laptop already shares in a group; its join code is in Settings.",
            )
        )
    return _use_key(db, AESGCM.generate_key(bit_length=256))


def join_group(db: Database, code: str) -> str:
    """Take the group key from a join code; the group's id."""
    key = key_from_code(code)
    current = current_group(db)
    if current is not None and current != group_id_of(key):
        raise GroupError(
            QT_TRANSLATE_NOOP("DomainError", "This laptop already shares in another group.")
        )
    _use_key(db, key)
    return group_id_of(key)


def _use_key(db: Database, key: bytes) -> str:
    group = group_id_of(key)
    keystore.set_secret(_secret_name(group), b64(key))
    with db.transaction(merging=True) as session:
        lineage.set_value(session.connection(), GROUP_KEY, group)
    from workbench.services.exchange.packages import installation_id  # (imports this)

    sealing_for(db, installation_id(db), socket.gethostname())  # this laptop's record, now
    return join_code(key)


def _laptop_key(laptop_id: str) -> Ed25519PrivateKey:
    name = f"laptop-key-{laptop_id}"
    secret = keystore.get_secret(name)
    if secret:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))
    private = new_signing_key()
    keystore.set_secret(name, b64(private.private_bytes_raw()))
    return private


def members(db: Database) -> list[Member]:
    meta = lineage.meta_table
    with db.engine.connect() as conn:
        rows = conn.execute(meta.select().where(meta.c.key.like(MEMBER_PREFIX + "%"))).all()
    found = []
    for row in rows:
        data = json.loads(row.value)
        found.append(
            Member(
                data["laptop_id"],
                data["public_key"],
                data.get("added_by", ""),
                data.get("added_at", ""),
                bool(data.get("removed")),
            )
        )
    return sorted(found, key=lambda m: m.added_at)


def group_info(db: Database) -> GroupInfo | None:
    group = current_group(db)
    if group is None:
        return None
    return GroupInfo(group, group_key(group) is not None, members(db))


def code_of(db: Database) -> str:
    """The join code of this database's group (to pass on to another laptop)."""
    group = current_group(db)
    key = group_key(group) if group else None
    if key is None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This laptop has no group key: create a group or join one."
            )
        )
    return join_code(key)


def _get_member(db: Database, laptop_id: str) -> dict[str, Any] | None:
    with db.engine.connect() as conn:
        value = lineage.get_value(conn, MEMBER_PREFIX + laptop_id)
    return json.loads(value) if value else None


def _put_member(db: Database, record: dict[str, Any]) -> None:
    with db.transaction(merging=True) as session:
        lineage.set_value(
            session.connection(),
            MEMBER_PREFIX + record["laptop_id"],
            json.dumps(record, sort_keys=True),
        )


def sealing_for(db: Database, laptop_id: str, added_by: str = "") -> Seal | None:
    """How this laptop seals what it writes (None: the database shares in no group).

    A laptop new to the group (or a copied database, which has a new laptop id) gets its
    key and member record here."""
    group = current_group(db)
    if group is None:
        return None
    key = group_key(group)
    if key is None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This laptop shares in a group but has lost the group key: join again with the "
                "join code (workbench group join CODE).",
            )
        )
    private = _laptop_key(laptop_id)
    public = b64(private.public_key().public_bytes_raw())
    record = _get_member(db, laptop_id)
    if record is None or record.get("public_key") != public or record.get("group") != group:
        record = {
            "group": group,
            "laptop_id": laptop_id,
            "public_key": public,
            "added_by": added_by or laptop_id[:8],
            "added_at": lineage.stamp(utcnow()),
        }
        record["proof"] = _proof(key, record)
        _put_member(db, record)
    return Seal(group, key, private, {k: record[k] for k in (*_MEMBER_FIELDS, "proof")})


@dataclass
class Opening:
    """How this database opens sealed packages: its group key and its members."""

    db: Database
    group: str | None

    def key_for(self, group: str) -> bytes | None:
        return group_key(group) if group == self.group else None

    def check_signer(self, header: dict[str, Any]) -> Ed25519PublicKey:
        """The signer's public key, if its member record is the group's and consistent
        with the members this database knows; else ``SealError``."""
        record = header["member"]
        key = group_key(str(self.group))
        if (
            key is None
            or any(not isinstance(record.get(k), str) for k in (*_MEMBER_FIELDS, "proof"))
            or record["group"] != header.get("group")
            or record["laptop_id"] != header["laptop_id"]
            or not hmac.compare_digest(_proof(key, record), record["proof"])
        ):
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "its signer is not a member of the group (a forged member record)",
                )
            )
        known = _get_member(self.db, record["laptop_id"])
        if known is not None and known.get("removed"):
            raise SealError(
                QT_TRANSLATE_NOOP("DomainError", "laptop {laptop} was removed from the group"),
                laptop=record["laptop_id"][:8],
            )
        if known is not None and known["public_key"] != record["public_key"]:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "it is signed with another key than laptop {laptop}'s (a forged member record)",
                ),
                laptop=record["laptop_id"][:8],
            )
        try:
            return Ed25519PublicKey.from_public_bytes(unb64(record["public_key"]))
        except ValueError as exc:
            raise SealError(
                QT_TRANSLATE_NOOP("DomainError", "its signer's key is damaged")
            ) from exc

    def remember(self, header: dict[str, Any]) -> None:
        """A signer verified: known from now on (with the key it signed with)."""
        record = header["member"]
        if _get_member(self.db, record["laptop_id"]) is None:
            _put_member(self.db, {k: record[k] for k in (*_MEMBER_FIELDS, "proof")})


def opening_for(db: Database) -> Opening:
    return Opening(db, current_group(db))


def remove_member(db: Database, laptop_id: str) -> Member:
    """Mark a laptop removed: its packages are refused from now on, on this laptop."""
    matches = [m for m in members(db) if m.laptop_id.startswith(laptop_id)]
    if len(matches) != 1:
        raise GroupError(
            QT_TRANSLATE_NOOP("DomainError", "No single member laptop starts with “{laptop}”."),
            laptop=laptop_id,
        )
    record = _get_member(db, matches[0].laptop_id)
    assert record is not None
    record["removed"] = True
    _put_member(db, record)
    return matches[0]

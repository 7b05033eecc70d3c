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

*Removing a laptop* marks it removed and makes a new group key (``keys``): what this
laptop writes from then on is sealed with it, and carries the removal, so each member
that reads it refuses the removed laptop too. The new key reaches the remaining members
as a new join code, passed on out of band; the replaced key is kept, to read what was
written before. Records and proofs live in ``records``, reading in ``opening``.
"""

from __future__ import annotations

import base64
import socket
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from workbench.domain import utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange.format import PackageError
from workbench.services.exchange.sealing import Seal, b64, new_signing_key
from workbench.services.group import keys, keystore
from workbench.services.group.opening import GROUP_KEY, Opening, opening_for
from workbench.services.group.records import (
    MEMBER_FIELDS,
    MEMBER_PREFIX,
    Member,
    get_member,
    members,
    put_member,
    removals,
)
from workbench.services.group.records import proof as _proof
from workbench.store import lineage
from workbench.store.database import Database

__all__ = [
    "GROUP_KEY",
    "MEMBER_PREFIX",
    "GroupError",
    "GroupInfo",
    "Member",
    "Opening",
    "code_of",
    "create_group",
    "current_group",
    "group_info",
    "group_key",
    "join_group",
    "members",
    "opening_for",
    "remove_member",
    "sealing_for",
]


class GroupError(PackageError):
    """A group step that cannot be done; the message is for the user: an English
    sentence with ``{name}`` placeholders, filled in from ``params``."""


@dataclass(frozen=True)
class GroupInfo:
    """The group this database shares in, for ``workbench group show`` and Settings."""

    group: str
    has_key: bool
    members: list[Member]


def group_id_of(key: bytes) -> str:
    return keys.key_id(key)


def join_code(key: bytes, group: str | None = None) -> str:
    """The key as a text block to pass on (``keys.join_code``)."""
    return keys.join_code(group or group_id_of(key), key)


def code_parts(code: str) -> tuple[str, bytes]:
    """The group id and the key in a join code (case, spaces and dashes do not matter)."""
    try:
        return keys.read_code(code)
    except keys.CodeError as exc:
        raise GroupError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc


def key_from_code(code: str) -> bytes:
    """The group key in a join code."""
    return code_parts(code)[1]


def current_group(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return lineage.get_value(conn, GROUP_KEY)


def group_key(group: str, owner: str | None = None) -> bytes | None:
    """The key laptop ``owner`` seals with now (``keys``: older ones are kept for
    reading)."""
    return keys.current_key(group, owner)


def create_group(db: Database) -> str:
    """Make a new group key for this database; its join code."""
    if current_group(db) is not None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This laptop already shares in a group; its join code is in Settings.",
            )
        )
    key = AESGCM.generate_key(bit_length=256)
    return _use_key(db, group_id_of(key), key)


def join_group(db: Database, code: str) -> str:
    """Take the group key from a join code (the first, or a new one after a laptop was
    removed); the group's id."""
    from workbench.services.exchange.packages import installation_id  # (imports this)

    group, key = code_parts(code)
    current = current_group(db)
    if current is not None and current != group:
        raise GroupError(
            QT_TRANSLATE_NOOP("DomainError", "This laptop already shares in another group.")
        )
    if current is not None and keys.key_id(key) in keys.old_keys(group, installation_id(db)):
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This join code holds a group key that was replaced when a laptop was removed: "
                "ask a member for the current code.",
            )
        )
    _use_key(db, group, key)
    return group


def _use_key(db: Database, group: str, key: bytes) -> str:
    from workbench.services.exchange.packages import installation_id  # (imports this)

    me = installation_id(db)
    keys.make_current(group, key, me)
    with db.transaction(merging=True) as session:
        lineage.set_value(session.connection(), GROUP_KEY, group)
    sealing_for(db, me, socket.gethostname())  # this laptop's record, now
    return keys.join_code(group, key)


def _laptop_key(laptop_id: str) -> Ed25519PrivateKey:
    name = f"laptop-key-{laptop_id}"
    secret = keystore.get_secret(name)
    if secret:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))
    private = new_signing_key()
    keystore.set_secret(name, b64(private.private_bytes_raw()))
    return private


def group_info(db: Database) -> GroupInfo | None:
    group = current_group(db)
    if group is None:
        return None
    from workbench.services.exchange.packages import existing_installation_id

    has_key = group_key(group, existing_installation_id(db)) is not None
    return GroupInfo(group, has_key, members(db))


def code_of(db: Database) -> str:
    """The join code of this database's group (to pass on to another laptop)."""
    from workbench.services.exchange.packages import existing_installation_id

    group = current_group(db)
    key = group_key(group, existing_installation_id(db)) if group else None
    if group is None or key is None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This laptop has no group key: create a group or join one."
            )
        )
    return keys.join_code(group, key)


def sealing_for(db: Database, laptop_id: str, added_by: str = "") -> Seal | None:
    """How this laptop seals what it writes (None: the database shares in no group).

    A laptop new to the group (or a copied database, which has a new laptop id) gets its
    key and member record here. The record's proof is made with the key it seals with
    now, and the group's removals go along."""
    group = current_group(db)
    if group is None:
        return None
    key = group_key(group, laptop_id)
    if key is None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This laptop shares in a group but has lost the group key: join again with "
                "the join code (workbench group join CODE).",
            )
        )
    private = _laptop_key(laptop_id)
    public = b64(private.public_key().public_bytes_raw())
    record = get_member(db, laptop_id)
    if record is None or record.get("public_key") != public or record.get("group") != group:
        record = {
            "group": group,
            "laptop_id": laptop_id,
            "public_key": public,
            "added_by": added_by or laptop_id[:8],
            "added_at": lineage.stamp(utcnow()),
        }
        record["proof"] = _proof(key, record)
        put_member(db, record)
    member = {k: record[k] for k in MEMBER_FIELDS}
    member["proof"] = _proof(key, member)
    return Seal(group, key, private, member, keys.key_id(key), tuple(removals(db, group, key)))


def remove_member(db: Database, laptop_id: str, removed_by: str = "") -> Member:
    """Mark a laptop removed and seal with a new group key from now on (its join code:
    ``code_of``, for the remaining members). The removed laptop's packages are refused
    here at once, and by each member that reads a package written after this."""
    from workbench.services.exchange.packages import existing_installation_id

    matches = [m for m in members(db) if m.laptop_id.startswith(laptop_id) and not m.removed]
    if len(matches) != 1:
        raise GroupError(
            QT_TRANSLATE_NOOP("DomainError", "No single member laptop starts with “{laptop}”."),
            laptop=laptop_id,
        )
    me = existing_installation_id(db)
    if matches[0].laptop_id == me:
        raise GroupError(
            QT_TRANSLATE_NOOP("DomainError", "This laptop cannot remove itself from the group.")
        )
    group = current_group(db)
    if group is None or group_key(group, me) is None:
        raise GroupError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This laptop has no group key: create a group or join one."
            )
        )
    record = get_member(db, matches[0].laptop_id)
    assert record is not None
    record.update(
        removed=True,
        removed_by=removed_by or socket.gethostname(),
        removed_at=lineage.stamp(utcnow()),
    )
    put_member(db, record)
    keys.make_current(group, AESGCM.generate_key(bit_length=256), me)
    return matches[0]

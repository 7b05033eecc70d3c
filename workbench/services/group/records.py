"""The group's member records as this database keeps them, and their proofs.

A *member record* (group, laptop id, public key, who added it, when) binds a laptop's
name to its signing key; its *proof* is an HMAC under a key derived from the group key
that seals the package carrying it, so only a key holder can make one. A *removal
record* (group, laptop id, its public key, who removed it, when) says a laptop is out;
packages sealed with a newer key carry the group's removal records, each with its
proof, so every remaining member learns of a removal from the first such package it
reads. Records are kept in ``meta`` (``group:member:<laptop id>``): public keys only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from workbench.services.exchange.sealing import b64, fingerprint
from workbench.store import lineage
from workbench.store.database import Database

MEMBER_PREFIX = "group:member:"
MEMBER_FIELDS = ("group", "laptop_id", "public_key", "added_by", "added_at")
REMOVAL_FIELDS = ("group", "laptop_id", "public_key", "removed_by", "removed_at")


@dataclass(frozen=True)
class Member:
    """A laptop of the group as this database knows it."""

    laptop_id: str
    public_key: str
    added_by: str
    added_at: str
    removed: bool = False
    removed_by: str = ""
    removed_at: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(base64.b64decode(self.public_key))


def proof(key: bytes, record: dict[str, Any], fields: tuple[str, ...] = MEMBER_FIELDS) -> str:
    """The HMAC under (a key derived from) the group key ``key`` over ``fields``."""
    mac_key = hashlib.sha256(b"workbench-members\0" + key).digest()
    body = json.dumps({k: record.get(k) for k in fields}, sort_keys=True).encode()
    if fields == REMOVAL_FIELDS:
        body = b"removal\0" + body  # a removal's proof can never pass for a member's
    return b64(hmac.new(mac_key, body, hashlib.sha256).digest())


def proven(key: bytes, record: Any, fields: tuple[str, ...]) -> bool:
    """Whether ``record`` has the shape of its kind and a proof made with ``key``."""
    return (
        isinstance(record, dict)
        and all(isinstance(record.get(k), str) for k in (*fields, "proof"))
        and hmac.compare_digest(proof(key, record, fields), record["proof"])
    )


def get_member(db: Database, laptop_id: str) -> dict[str, Any] | None:
    with db.engine.connect() as conn:
        value = lineage.get_value(conn, MEMBER_PREFIX + laptop_id)
    return json.loads(value) if value else None


def put_member(db: Database, record: dict[str, Any]) -> None:
    with db.transaction(merging=True) as session:
        lineage.set_value(
            session.connection(),
            MEMBER_PREFIX + record["laptop_id"],
            json.dumps(record, sort_keys=True),
        )


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
                data.get("removed_by", ""),
                data.get("removed_at", ""),
            )
        )
    return sorted(found, key=lambda m: m.added_at)


def removals(db: Database, group: str, key: bytes) -> list[dict[str, Any]]:
    """The removal records this database knows, each proven with ``key`` (the key the
    package that carries them is sealed with)."""
    found = []
    for m in members(db):
        if m.removed:
            record = {
                "group": group,
                "laptop_id": m.laptop_id,
                "public_key": m.public_key,
                "removed_by": m.removed_by,
                "removed_at": m.removed_at,
            }
            record["proof"] = proof(key, record, REMOVAL_FIELDS)
            found.append(record)
    return found


def mark_removed(db: Database, record: dict[str, Any]) -> None:
    """Keep a removal (of a laptop this database may not have known)."""
    known = get_member(db, record["laptop_id"])
    if known is not None and known.get("removed"):
        return
    kept = known or {k: record[k] for k in ("group", "laptop_id", "public_key")}
    kept.setdefault("added_by", "")
    kept.setdefault("added_at", "")
    kept.update(removed=True, removed_by=record["removed_by"], removed_at=record["removed_at"])
    put_member(db, kept)

"""How this database opens sealed packages: with which key, from which signers.

A package names the key it was sealed with (its id); this laptop opens it with that key
if it holds it, current or replaced (``keys``). Its signer's member record must carry a
proof under that same key; a laptop this database has not met yet is accepted only
under the current key, so a removed laptop, which still holds a replaced key, cannot
bring in a new name. A package sealed with the current key also brings the group's
removal records, which this database keeps: a member learns of a removal from the first
package written after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange.sealing import SealError, unb64
from workbench.services.group import keys, records
from workbench.store import lineage
from workbench.store.database import Database

GROUP_KEY = "group:id"


def package_key_id(header: dict[str, Any]) -> str:
    """The id of the key a package was sealed with (before rotation: the group's id)."""
    return str(header.get("key_id") or header.get("group"))


@dataclass
class Opening:
    """How this database opens sealed packages: its group keys and its members."""

    db: Database
    group: str | None
    owner: str | None = None

    def key_for(self, group: str, key_id: str) -> bytes | None:
        if group != self.group:
            return None
        key = keys.key_by_id(group, key_id, self.owner)
        if key is None and keys.current_key(group, self.owner) is not None:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "it was sealed with a group key this laptop does not have: if a member "
                    "gave you a new join code, enter it (Group window, Join…); a member who "
                    "has not entered the new code yet still seals with the old key",
                )
            )
        return key

    def check_signer(self, header: dict[str, Any]) -> Ed25519PublicKey:
        """The signer's public key, if its member record is the group's and consistent
        with the members this database knows; else ``SealError``."""
        record = header["member"]
        key_id = package_key_id(header)
        key = keys.key_by_id(str(self.group), key_id, self.owner)
        if (
            key is None
            or not records.proven(key, record, records.MEMBER_FIELDS)
            or record["group"] != header.get("group")
            or record["laptop_id"] != header["laptop_id"]
        ):
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "its signer is not a member of the group (a forged member record)",
                )
            )
        known = records.get_member(self.db, record["laptop_id"])
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
        current = keys.current_key(str(self.group), self.owner)
        if known is None and (current is None or keys.key_id(current) != key_id):
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "its signer is new to this laptop and sealed it with a group key that was "
                    "replaced (a removed laptop's, perhaps)",
                )
            )
        for removal in header.get("removed") or []:
            if removal.get("laptop_id") == record["laptop_id"]:
                raise SealError(
                    QT_TRANSLATE_NOOP("DomainError", "laptop {laptop} was removed from the group"),
                    laptop=record["laptop_id"][:8],
                )
        try:
            return Ed25519PublicKey.from_public_bytes(unb64(record["public_key"]))
        except ValueError as exc:
            raise SealError(
                QT_TRANSLATE_NOOP("DomainError", "its signer's key is damaged")
            ) from exc

    def remember(self, header: dict[str, Any]) -> None:
        """A signer verified: known from now on (with the key it signed with); the
        removals a package sealed with the current key brings, kept."""
        record = header["member"]
        if records.get_member(self.db, record["laptop_id"]) is None:
            kept = {k: record[k] for k in (*records.MEMBER_FIELDS, "proof")}
            records.put_member(self.db, kept)
        current = keys.current_key(str(self.group), self.owner)
        if current is None or keys.key_id(current) != package_key_id(header):
            return
        for removal in header.get("removed") or []:
            if removal.get("group") == self.group and records.proven(
                current, removal, records.REMOVAL_FIELDS
            ):
                records.mark_removed(self.db, removal)


def opening_for(db: Database) -> Opening:
    from workbench.services.exchange.packages import existing_installation_id

    with db.engine.connect() as conn:
        group = lineage.get_value(conn, GROUP_KEY)
    return Opening(db, group, existing_installation_id(db))

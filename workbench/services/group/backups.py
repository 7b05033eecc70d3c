"""Backups sealed for the group, like its packages: the backups folder may lie on a cloud.

``seal_backup`` is given the checked plain copy (in a private temporary folder) by
``workbench.store.backup``; it reads the copy's own ``meta`` for its group and laptop,
so it needs no open database (the daily backup runs off the GUI thread), and seals it
with the laptop's current group key and signing key, as ``sealing.seal_file`` does for
a package. ``unseal_backup`` opens one again: with the group key the header names
(current or replaced, so a backup from before a rotation still restores) and only if
its member record is proven under that key and the signature holds.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange.sealing import (
    Seal,
    SealError,
    open_sealed,
    read_header,
    seal_file,
    unb64,
)
from workbench.services.group import keys, keystore, records
from workbench.store.backup import BackupError

#: The biggest sealed backup read: far beyond any working group's database.
MAX_BACKUP_BYTES = 64 * 1024**3
_INSTALLATION = "installation_id"


def _meta(plain: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?) OR key LIKE ?",
            ("group:id", _INSTALLATION, records.MEMBER_PREFIX + "%"),
        ).fetchall()
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    return dict(rows)


def seal_backup(plain: Path, target: Path) -> bool:
    """Seal the backup copy at ``plain`` into ``target``; False if its database shares in
    no group (or this laptop has not got its keys): the backup stays plain."""
    meta = _meta(plain)
    group, laptop = meta.get("group:id"), meta.get(_INSTALLATION)
    record = meta.get(records.MEMBER_PREFIX + laptop) if laptop else None
    secret = keystore.get_secret(f"laptop-key-{laptop}") if laptop else None
    key = keys.current_key(group, laptop) if group else None
    if group is None or laptop is None or record is None or secret is None or key is None:
        return False
    member = {k: json.loads(record)[k] for k in records.MEMBER_FIELDS}
    member["proof"] = records.proof(key, member)
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))
    seal_file(plain, target, Seal(group, key, private, member, keys.key_id(key)), laptop, None)
    return True


def unseal_backup(backup: Path, folder: Path) -> Path:
    """The plain database in the sealed ``backup``, written into ``folder``."""

    laptop: str | None = None

    def key_for(group: str, key_id: str) -> bytes | None:
        return keys.key_by_id(group, key_id, laptop)

    def check_signer(header: dict[str, Any]) -> Ed25519PublicKey:
        group = str(header.get("group"))
        key = keys.key_by_id(group, str(header.get("key_id") or group), laptop)
        record = header["member"]
        if key is None or not records.proven(key, record, records.MEMBER_FIELDS):
            raise SealError(
                QT_TRANSLATE_NOOP("DomainError", "its signer is not a member of the group")
            )
        return Ed25519PublicKey.from_public_bytes(unb64(record["public_key"]))

    target = folder / backup.name.removesuffix(".sealed")
    try:
        with backup.open("rb") as fh:
            laptop = str(read_header(fh)[0].get("laptop_id"))
        open_sealed(backup, target, key_for, check_signer, MAX_BACKUP_BYTES)
    except SealError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "{name} cannot be restored: {reason}."),
            name=backup.name,
            reason=exc,
        ) from exc
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("DomainError", "{name} could not be read: {reason}."),
            name=backup.name,
            reason=exc.strerror or exc,
        ) from exc
    return target

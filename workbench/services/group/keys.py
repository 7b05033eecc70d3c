"""The group's keys over time, and the join codes that carry them.

A group keeps one id for life (the id of its first key), but its key changes when a
laptop is removed: what is written from then on is sealed with a new key the removed
laptop never sees. So each laptop holds a small key ring in its keystore: the *current*
key, which seals what it writes, and the keys it *replaced* (by key id), kept only to
read packages written before. A sealed package names the id of the key it was sealed
with (the first key's id is the group's id, so packages from before rotation need no new
field). The ring is kept per installation (``group-key-<group>@<laptop id>``, so two
databases of one group on one computer, or the laptops of a test, rotate apart) and for
the user (``group-key-<group>``: the newest, which a database moved to a new place, and
so given a new laptop id, falls back on).

The new key reaches the remaining members as a join code passed on out of band, like
the first one: Ed25519 keys sign and cannot encrypt, and a code read out on the phone
needs no new key per laptop, no key exchange in the exchange folder, and nothing the
removed laptop could take part in. A code of the first key (``WB1-``) holds the key and
a checksum; a code of a later key (``WB2-``) also the group's id, so a member knows it
is a new key of its group, not another group.
"""

from __future__ import annotations

import base64
import hashlib
import json

from workbench.services.errors import QT_TRANSLATE_NOOP, UserMessage
from workbench.services.group import keystore

WB1 = "WB1"
WB2 = "WB2"
_GROUP_BYTES = 8


class CodeError(UserMessage):
    """A join code that does not read; the message is for the user."""


def key_id(key: bytes) -> str:
    """A key's public name: a hash of it (the first key's is the group's id)."""
    return hashlib.sha256(b"workbench-group\0" + key).hexdigest()[:16]


def _spaced(prefix: str, raw: bytes) -> str:
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join([prefix, *(text[i : i + 4] for i in range(0, len(text), 4))])


def join_code(group: str, key: bytes) -> str:
    """The key as a text block to pass on: WB1-XXXX-… for the group's first key (56
    letters and digits), WB2-XXXX-… for a later one (72, the group's id included)."""
    if key_id(key) == group:
        return _spaced(WB1, key + hashlib.sha256(key).digest()[:3])
    body = bytes.fromhex(group) + key
    return _spaced(WB2, body + hashlib.sha256(body).digest()[:5])


def read_code(code: str) -> tuple[str, bytes]:
    """The group id and key in a join code (case, spaces and dashes do not matter)."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    prefix, text = text[:3], text[3:]
    if prefix not in (WB1, WB2):
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This is not a join code of the workbench (it starts with WB1)."
            )
        )
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This join code has a letter that does not belong in one."
            )
        ) from exc
    if prefix == WB1:
        key, check = raw[:32], raw[32:]
        if len(raw) != 35 or hashlib.sha256(key).digest()[:3] != check:
            raise CodeError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "This join code is mistyped or incomplete: check it letter by letter.",
                )
            )
        return key_id(key), key
    body, check = raw[: _GROUP_BYTES + 32], raw[_GROUP_BYTES + 32 :]
    if len(raw) != _GROUP_BYTES + 37 or hashlib.sha256(body).digest()[:5] != check:
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This join code is mistyped or incomplete: check it letter by letter.",
            )
        )
    return body[:_GROUP_BYTES].hex(), body[_GROUP_BYTES:]


def _names(kind: str, group: str, owner: str | None) -> list[str]:
    shared = f"{kind}-{group}"
    return [f"{shared}@{owner}", shared] if owner else [shared]


def current_key(group: str, owner: str | None = None) -> bytes | None:
    """The key the laptop ``owner`` seals with (None: it has none, or lost it)."""
    for name in _names("group-key", group, owner):
        secret = keystore.get_secret(name)
        if secret:
            return base64.b64decode(secret)
    return None


def _old_in(name: str) -> dict[str, bytes]:
    secret = keystore.get_secret(name)
    if not secret:
        return {}
    return {kid: base64.b64decode(value) for kid, value in json.loads(secret).items()}


def old_keys(group: str, owner: str | None = None) -> dict[str, bytes]:
    """The keys replaced, by id: for reading what was written under them."""
    found: dict[str, bytes] = {}
    for name in _names("group-old-keys", group, owner):
        found.update(_old_in(name))
    return found


def key_by_id(group: str, wanted: str, owner: str | None = None) -> bytes | None:
    """The group key with id ``wanted``, current or replaced (None: not held here)."""
    current = current_key(group, owner)
    if current is not None and key_id(current) == wanted:
        return current
    return old_keys(group, owner).get(wanted)


def make_current(group: str, key: bytes, owner: str | None = None) -> None:
    """Seal with ``key`` from now on; the key it replaces is kept, for reading only."""
    current = current_key(group, owner)
    for old_name, name in zip(
        _names("group-old-keys", group, owner), _names("group-key", group, owner), strict=True
    ):
        kept = _old_in(old_name)
        if current is not None and current != key:
            kept[key_id(current)] = current
        kept.pop(key_id(key), None)
        if kept:
            text = {kid: base64.b64encode(k).decode() for kid, k in kept.items()}
            keystore.set_secret(old_name, json.dumps(text, sort_keys=True))
        keystore.set_secret(name, base64.b64encode(key).decode())

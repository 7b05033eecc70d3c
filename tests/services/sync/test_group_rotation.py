"""Removing a laptop replaces the group key: what is written afterwards is sealed with a
key the removed laptop never gets, the remaining members converge once they enter the
new join code, and what was written before stays readable."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sync_helpers import Laptop, settle

from workbench.services import group
from workbench.services.exchange.packages import installation_id
from workbench.services.exchange.sealing import SealError, open_sealed, read_header
from workbench.services.sync import status as st

AFTER = "After C was removed: the supplier's new audit"


def _newest(laptop: Laptop) -> Path:
    own = laptop.folder / installation_id(laptop.db)
    return max(own.glob("*.zip"), key=lambda p: p.stat().st_mtime_ns)


def test_removal_rotates_the_key_and_the_rest_converge(three) -> None:
    (a, b, c), ids, first_code = three
    a.set_text(ids[0], "Before the removal")
    settle([a, b, c])
    assert "Before the removal" in c.texts()
    c_id = installation_id(c.db)

    group.remove_member(a.db, c_id[:8])
    new_code = group.code_of(a.db)
    assert new_code.startswith("WB2-") and new_code != first_code
    a.set_text(ids[1], AFTER)
    a.sync()

    # the package is sealed with the new key: the old key does not open it
    path = _newest(a)
    with path.open("rb") as fh:
        header, _raw = read_header(fh)
    old_key = group.key_from_code(first_code)
    assert header["key_id"] != header["group"] == group.group_id_of(old_key)
    assert [r["laptop_id"] for r in header["removed"]] == [c_id]
    signer = Ed25519PublicKey.from_public_bytes(base64.b64decode(header["member"]["public_key"]))
    with pytest.raises(SealError, match="does not decrypt"):
        open_sealed(path, path.with_name("x"), lambda *_ids: old_key, lambda _h: signer, 1 << 30)
    assert not path.with_name("x").exists() or b"PK" not in path.with_name("x").read_bytes()

    # C (removed) and B (not told yet) refuse it: nothing merged, a reason given
    for laptop in (c, b):
        laptop.sync()
        laptop.clock.advance(minutes=11)
        report = laptop.sync()
        assert AFTER not in laptop.texts()
        refused = [p for p in report.new_problems if p.code == st.REFUSED_PACKAGE]
        assert refused and refused[0].extra.startswith("it was sealed with a group key this")

    # B enters the new code: it reads A's package and learns that C is out
    assert group.join_group(b.db, new_code) == group.current_group(a.db)
    b.sync()
    assert AFTER in b.texts()
    assert {m.laptop_id: m.removed for m in group.members(b.db)}[c_id] is True

    # C keeps writing with the old key: refused by A and B, what they write converges
    c.set_text(ids[2], "Written by the removed laptop")
    c.sync()
    b.set_text(ids[0], "B after the rotation")
    settle([a, b])
    assert a.texts() == b.texts()
    assert "B after the rotation" in a.texts() and AFTER in b.texts()
    assert "Written by the removed laptop" not in a.texts() + b.texts()
    assert "B after the rotation" not in c.texts()

    # the old code cannot bring the old key back as the current one
    with pytest.raises(group.GroupError, match="replaced"):
        group.join_group(b.db, first_code)


def test_a_package_from_before_the_rotation_stays_readable(three, tmp_path: Path) -> None:
    (a, b, c), ids, _code = three
    settle([a, b, c])  # they know each other
    b.set_text(ids[0], "Written before, read after")
    b.sync()  # sealed with the first key
    group.remove_member(a.db, installation_id(c.db)[:8])
    a.sync()
    assert "Written before, read after" in a.texts()


def test_a_laptop_cannot_remove_itself(three) -> None:
    (a, _b, _c), _ids, _code = three
    with pytest.raises(group.GroupError, match="itself"):
        group.remove_member(a.db, installation_id(a.db)[:8])

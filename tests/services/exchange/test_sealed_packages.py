"""Sealed packages by hand (File → Exchange): readable only by the group, written only by
its members; every forgery is refused with one message and nothing merged."""

from __future__ import annotations

import base64
import json
import os
import stat
import struct
from pathlib import Path

import pytest
import sqlalchemy as sa
from exchange_helpers import build_small_case, copy_db, dump, meta

from workbench.domain import Commitment
from workbench.services import group
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.envelope import (
    PlainPackageError,
    RefusedPackageError,
    read_package_file,
    release,
)
from workbench.services.exchange.format import PackageError
from workbench.services.exchange.sealing import MAGIC, SIGNATURE, Seal, new_signing_key, seal_file
from workbench.store import open_database

SECRET = "Frank: the supplier in Jharkhand still buys from child-run mines"


@pytest.fixture
def laptops(tmp_path: Path):
    """A and B, set up from one copy of a case, both in the group A created."""
    first = open_database(tmp_path / "a.sqlite")
    case = build_small_case(first)
    first.close()
    a = open_database(tmp_path / "a.sqlite")
    b = copy_db(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    exchange.installation_id(a), exchange.installation_id(b)
    code = group.create_group(a)
    group.join_group(b, code)
    yield a, b, case
    a.close()
    b.close()


def _write_secret(db, case, tmp_path: Path, name: str = "p.wbx") -> Path:
    with db.transaction() as s:
        s.get(Commitment, case["commitments"][0]).text = SECRET
    return exchange.export_package(db, tmp_path / name).path


def _texts(db) -> list[str]:
    with db.session() as s:
        return sorted(s.execute(sa.select(Commitment.text)).scalars())


def _refused(db, path: Path, match: str, **kwargs) -> None:
    before = dump(db)
    with pytest.raises(PackageError, match=match):
        exchange.import_package(db, path, **kwargs)
    assert dump(db) == before


def test_a_sealed_package_is_ciphertext_and_the_group_reads_it(laptops, tmp_path: Path) -> None:
    a, b, case = laptops
    path = _write_secret(a, case, tmp_path)
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert b"Jharkhand" not in data and b"Velora" not in data and b"PK\x03\x04" not in data
    report = exchange.import_package(b, path)
    assert report.updated == 1 and SECRET in _texts(b)
    # B now knows A as a member, with A's key
    members = {m.laptop_id: m for m in group.members(b)}
    assert exchange.installation_id(a) in members
    assert len(members[exchange.installation_id(a)].fingerprint) == 19


def test_the_decrypted_copy_is_private_and_removed_after_use(laptops, tmp_path: Path) -> None:
    a, b, case = laptops
    path = _write_secret(a, case, tmp_path)
    package = read_package_file(path, opener=group.opening_for(b))
    private = package.path.parent
    assert package.path.name == path.name and private != path.parent
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    release(package)  # what an import and a sync do once merged
    assert not private.exists()


def test_a_flipped_byte_is_refused(laptops, tmp_path: Path) -> None:
    a, b, case = laptops
    path = _write_secret(a, case, tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    _refused(b, path, "signature does not match")
    assert SECRET not in _texts(b)


def test_a_package_cut_short_is_refused(laptops, tmp_path: Path) -> None:
    a, b, case = laptops
    path = _write_secret(a, case, tmp_path)
    path.write_bytes(path.read_bytes()[:-200])
    _refused(b, path, "refused")


def test_a_package_sealed_with_another_groups_key_is_refused(
    laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _a, b, _case = laptops
    home = os.environ["WORKBENCH_HOME"]
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "outsider-home"))
    outsider = open_database(tmp_path / "o.sqlite")
    case = build_small_case(outsider)
    group.create_group(outsider)
    path = _write_secret(outsider, case, tmp_path, "o.wbx")
    outsider.close()
    monkeypatch.setenv("WORKBENCH_HOME", home)
    _refused(b, path, "another group key")


def test_a_signature_by_another_key_is_refused(laptops, tmp_path: Path) -> None:
    a, b, case = laptops
    path = _write_secret(a, case, tmp_path)
    data = path.read_bytes()
    body = data[:-SIGNATURE]
    import hashlib

    from workbench.services.exchange.sealing import SIGNED

    forged = new_signing_key().sign(SIGNED + hashlib.sha256(body).digest())
    path.write_bytes(body + forged)
    _refused(b, path, "signature does not match")


def _seal_as(db, laptop_id: str, key_pair, proof_key: bytes | None) -> Seal:
    """A seal naming ``laptop_id`` with ``key_pair``; its member record proven with the
    group key (an insider) or not at all (an outsider)."""
    g = group.current_group(db)
    record = {
        "group": g,
        "laptop_id": laptop_id,
        "public_key": base64.b64encode(key_pair.public_key().public_bytes_raw()).decode(),
        "added_by": "someone",
        "added_at": "2026-01-01T00:00:00.000000+00:00",
    }
    record["proof"] = group._proof(proof_key, record) if proof_key else "AAAA"
    return Seal(g, group.group_key(g), key_pair, record)


def test_a_forged_member_record_is_refused(
    laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, case = laptops
    a_id = exchange.installation_id(a)
    exchange.import_package(b, _write_secret(a, case, tmp_path))  # B knows A's key now
    with a.transaction() as s:
        s.get(Commitment, case["commitments"][1]).text = "Forged under A's name"
    key = group.group_key(group.current_group(a))

    # someone with the group key, writing under A's name with another laptop key
    forged = _seal_as(a, a_id, new_signing_key(), key)
    monkeypatch.setattr(exchange, "sealing_for", lambda db, laptop: forged)
    path = exchange.export_package(a, tmp_path / "forged.wbx").path
    _refused(b, path, "another key than laptop")

    # someone without the group key: the member record's proof fails
    stranger = _seal_as(a, "0" * 32, new_signing_key(), None)
    monkeypatch.setattr(exchange, "sealing_for", lambda db, laptop: stranger)
    path = exchange.export_package(a, tmp_path / "stranger.wbx").path
    _refused(b, path, "not a member of the group")
    assert "Forged under A's name" not in _texts(b)


def test_contents_that_do_not_match_their_seal_are_refused(
    laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A member cannot pass off a package whose manifest names another laptop."""
    a, b, case = laptops
    with a.transaction() as s:
        s.get(Commitment, case["commitments"][1]).text = "Passed off"
    key = group.group_key(group.current_group(a))
    other = _seal_as(a, "f" * 32, new_signing_key(), key)
    monkeypatch.setattr(exchange, "sealing_for", lambda db, laptop: None)
    plain = exchange.export_package(a, tmp_path / "plain.zip").path
    seal_file(plain, tmp_path / "other.wbx", other, "f" * 32, None)
    _refused(b, tmp_path / "other.wbx", "do not match its seal")


def test_a_removed_laptop_is_refused(laptops, tmp_path: Path) -> None:
    a, b, case = laptops
    exchange.import_package(b, _write_secret(a, case, tmp_path))
    group.remove_member(b, exchange.installation_id(a)[:8])
    with a.transaction() as s:
        s.get(Commitment, case["commitments"][2]).text = "After removal"
    _refused(b, exchange.export_package(a, tmp_path / "late.wbx").path, "was removed")
    assert "After removal" not in _texts(b)


def test_a_plain_package_is_read_only_when_the_user_confirms(
    laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, case = laptops
    monkeypatch.setattr(exchange, "sealing_for", lambda db, laptop: None)  # an outsider's zip
    path = _write_secret(a, case, tmp_path, "plain.zip")
    assert path.read_bytes().startswith(b"PK")
    before = dump(b)
    with pytest.raises(PlainPackageError, match="not sealed"):
        exchange.import_package(b, path)
    assert dump(b) == before
    exchange.import_package(b, path, allow_plain=True)
    assert SECRET in _texts(b)
    junk = tmp_path / "junk.zip"
    junk.write_text("not a package")
    _refused(b, junk, "not an exchange package")


def test_a_sealed_package_tells_a_laptop_outside_the_group_to_join(laptops, tmp_path: Path) -> None:
    a, _b, case = laptops
    path = _write_secret(a, case, tmp_path)
    c = copy_db(tmp_path / "a.sqlite", tmp_path / "c.sqlite")
    try:
        before = dump(c)
        with pytest.raises(RefusedPackageError, match="join the group"):
            exchange.import_package(c, path)
        assert dump(c) == before
    finally:
        c.close()


def test_the_group_key_stays_out_of_the_database(laptops, tmp_path: Path) -> None:
    a, _b, _case = laptops
    code = group.code_of(a)
    key = group.key_from_code(code)
    secret = base64.b64encode(key).decode()
    assert all(secret not in value for value in meta(a).values())
    keys = Path(os.environ["WORKBENCH_HOME"]) / "config" / "keys"
    files = [p for p in keys.iterdir() if p.name.startswith("group-key-")]
    assert {p.read_text() for p in files} == {secret}  # per laptop, and the newest
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700


def test_join_codes_catch_typing_mistakes(laptops) -> None:
    a, _b, _case = laptops
    code = group.code_of(a)
    assert code.startswith("WB1-") and len(code.split("-")) == 15
    assert group.key_from_code(code.lower().replace("-", " ")) == group.key_from_code(code)
    mistyped = code[:-1] + ("A" if code[-1] != "A" else "B")
    with pytest.raises(group.GroupError, match="mistyped"):
        group.key_from_code(mistyped)
    with pytest.raises(group.GroupError, match="WB1"):
        group.key_from_code("hello")


def test_the_header_authenticates_laptop_and_sequence(laptops, tmp_path: Path) -> None:
    """The clear header names the laptop and the number; changing either breaks it."""
    a, b, case = laptops
    path = _write_secret(a, case, tmp_path)
    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    assert header["laptop_id"] == exchange.installation_id(a)
    header["sequence"] = 99
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + data[len(MAGIC) + 4 + length :])
    _refused(b, path, "refused")


def test_a_new_name_under_a_replaced_key_is_refused(
    laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B is removed and keeps the old key: it cannot come back under a new laptop id."""
    a, b, case = laptops
    exchange.import_package(a, _write_secret(b, case, tmp_path))  # A knows B
    g = group.current_group(a)
    old_key = group.group_key(g, exchange.installation_id(a))
    group.remove_member(a, exchange.installation_id(b))
    assert group.group_key(g, exchange.installation_id(a)) != old_key
    with b.transaction() as s:
        s.get(Commitment, case["commitments"][1]).text = "Back under a new name"
    newcomer = _seal_as(b, "e" * 32, new_signing_key(), old_key)
    newcomer = Seal(g, old_key, newcomer.signing_key, newcomer.member)
    monkeypatch.setattr(exchange, "sealing_for", lambda db, laptop: None)
    plain = exchange.export_package(b, tmp_path / "plain.zip").path
    seal_file(plain, tmp_path / "new-name.wbx", newcomer, "e" * 32, None)
    _refused(a, tmp_path / "new-name.wbx", "new to this laptop")
    assert "Back under a new name" not in _texts(a)

"""Bad packages: each refused with a clear message, and nothing changed."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from exchange_helpers import build_small_case, dump, meta
from sqlmodel import select

from workbench.domain import Commitment, Meeting
from workbench.services import records
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.format import PackageError
from workbench.store import Database, open_database


@pytest.fixture
def source(tmp_path: Path):
    db = open_database(tmp_path / "source.sqlite")
    build_small_case(db)
    yield db
    db.close()


@pytest.fixture
def package(source: Database, tmp_path: Path) -> Path:
    return exchange.export_package(source, tmp_path / "good.zip").path


def rewrite(package: Path, target: Path, edit) -> Path:
    """A copy of ``package`` with its members changed by ``edit(name, data) -> data``."""
    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))
    return target


def with_manifest(package: Path, target: Path, **changes) -> Path:
    def edit(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest.update(changes)
        return json.dumps(manifest).encode()

    return rewrite(package, target, edit)


def assert_refused(db: Database, path: Path, *words: str) -> None:
    before, before_meta = dump(db), meta(db)
    with pytest.raises(PackageError) as caught:
        exchange.import_package(db, path)
    message = str(caught.value)
    for word in words:
        assert word in message
    assert dump(db) == before
    ours = {"installation_id", "installation_home"}  # may be made on first use
    assert {k: v for k, v in meta(db).items() if k not in ours} == {
        k: v for k, v in before_meta.items() if k not in ours
    }


def test_a_truncated_package(db: Database, package: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    assert_refused(db, cut, "cut short")


def test_not_a_zip(db: Database, tmp_path: Path) -> None:
    other = tmp_path / "notes.zip"
    other.write_text("minutes of the meeting")
    assert_refused(db, other, "not an exchange package")


def test_a_zip_that_is_not_a_package(db: Database, tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("photo.txt", "x")
    assert_refused(db, other, "not an exchange package")


def test_a_wrong_checksum(db: Database, package: Path, tmp_path: Path) -> None:
    def edit(name: str, data: bytes) -> bytes:
        return data.replace(b"Promise 1", b"Promise 9") if "commitment" in name else data

    assert_refused(db, rewrite(package, tmp_path / "tampered.zip", edit), "checksum")


def test_a_newer_schema(db: Database, package: Path, tmp_path: Path) -> None:
    newer = with_manifest(package, tmp_path / "newer.zip", schema="9999_future")
    assert_refused(db, newer, "newer version")


def test_a_newer_package_format(db: Database, package: Path, tmp_path: Path) -> None:
    newer = with_manifest(package, tmp_path / "newer.zip", format_version=99)
    assert_refused(db, newer, "newer version")


def test_a_package_from_this_same_installation(source: Database, package: Path) -> None:
    assert_refused(source, package, "this same installation")


def test_a_copy_of_the_database_may_import_the_original_package(
    source: Database, package: Path, tmp_path: Path
) -> None:
    with source.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source.path, tmp_path / "copy.sqlite")
    copy = open_database(tmp_path / "copy.sqlite")
    try:
        report = exchange.import_package(copy, package)
        assert not report.changed
    finally:
        copy.close()


def replace_records(package: Path, target: Path, table: str, edit) -> Path:
    """A copy of ``package`` whose records of ``table`` are ``edit(rows)``, with the
    manifest's checksum and count made to match (only the content is wrong)."""
    member = f"records/{table}.json"
    with zipfile.ZipFile(package) as zf:
        rows = edit(json.loads(zf.read(member)))
    data = json.dumps(rows).encode()

    def change(name: str, old: bytes) -> bytes:
        if name == member:
            return data
        if name == "manifest.json":
            manifest = json.loads(old)
            manifest["counts"][table] = len(rows)
            manifest["files"][member] = hashlib.sha256(data).hexdigest()
            return json.dumps(manifest).encode()
        return old

    return rewrite(package, target, change)


def test_a_record_that_breaks_a_foreign_key(db: Database, source: Database, tmp_path: Path) -> None:
    build_small_case(db)  # what is already here must survive untouched
    with source.transaction() as s:
        meeting = records.create_record(s, Meeting, title="Call with Velora")
        commitment = s.exec(select(Commitment)).first()
        commitment.meeting_id = meeting.id
        s.add(commitment)
    full = exchange.export_package(source, tmp_path / "full.zip").path
    broken = replace_records(full, tmp_path / "broken.zip", "meeting", lambda rows: [])
    assert_refused(db, broken, "commitment", "refers to a meeting", "Nothing was changed")


def test_a_record_with_a_bad_value(db: Database, package: Path, tmp_path: Path) -> None:
    def edit(rows: list) -> list:
        rows[0]["due_on"] = "next Tuesday"
        return rows

    bad = replace_records(package, tmp_path / "bad.zip", "commitment", edit)
    assert_refused(db, bad, "due_on", "not valid")


def test_a_record_that_is_not_a_record(db: Database, package: Path, tmp_path: Path) -> None:
    bad = replace_records(package, tmp_path / "bad.zip", "commitment", lambda r: [*r, 42])
    assert_refused(db, bad, "not a record")


def test_a_missing_file(db: Database, tmp_path: Path) -> None:
    assert_refused(db, tmp_path / "nowhere.zip", "no package")

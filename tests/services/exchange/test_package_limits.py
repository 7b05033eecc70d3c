"""Packages cannot exhaust the machine: a package is checked against its limits from the
zip's directory before anything is unpacked, and again while it is read.

Every refusal is one line, exits non-zero, and changes nothing in the database.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from zip_bombs import MIB, Member, bomb, manifest, stored, write_zip, zeros

from workbench.services.exchange import format as exchange_format
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.format import PackageError
from workbench.services.exchange.zip_limits import ZipLimits
from workbench.store import Database

HERE = Path(__file__).parent


def content(db: Database) -> str:
    """Everything the database holds, as SQL text (meta and installation ID included)."""
    raw = db.engine.raw_connection()
    try:
        return hashlib.sha256("\n".join(raw.driver_connection.iterdump()).encode()).hexdigest()
    finally:
        raw.close()


@pytest.fixture
def no_records_unpacked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records members opened for reading (a refusal must come before any)."""
    opened: list[str] = []
    real = zipfile.ZipFile.open

    def watching(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        member = getattr(name, "filename", name)
        if str(member).startswith("records/"):
            opened.append(str(member))
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", watching)
    return opened


def refused(db: Database, path: Path, *words: str) -> str:
    before = content(db)
    with pytest.raises(PackageError) as caught:
        exchange.import_package(db, path)
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message
    assert content(db) == before
    return message


def test_a_3mb_package_that_unpacks_to_3gib_is_refused_before_a_byte_is_unpacked(
    db: Database, tmp_path: Path, no_records_unpacked: list[str]
) -> None:
    path = bomb(tmp_path / "bomb.zip")
    assert path.stat().st_size < 4 * MIB
    with zipfile.ZipFile(path) as zf:
        assert sum(i.file_size for i in zf.infolist()) > 3 * 1024 * MIB
    message = refused(db, path, "bomb.zip", "refused", "3.0 GiB", "nothing was imported")
    assert no_records_unpacked == [], message


def test_the_command_refuses_the_bomb_in_one_line_within_bounded_memory(
    db: Database, tmp_path: Path
) -> None:
    path = bomb(tmp_path / "bomb.zip")
    before = content(db)
    done = subprocess.run(
        [sys.executable, str(HERE / "refuse_package.py"), str(db.path), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["code"] == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("workbench: bomb.zip was refused: ")
    # VmHWM: the peak of this process image (ru_maxrss would carry over the peak of the
    # forked test process across exec on Linux)
    assert 0 < figures["vm_hwm_mb"] < 200, figures
    assert content(db) == before


def test_a_directory_that_lies_about_a_size_does_not_fool_the_reader(
    db: Database, tmp_path: Path
) -> None:
    liar = zeros("records/note.json", 64)  # 64 MiB of zeros ...
    liar.declared_size = 1000  # ... that the directory calls a kilobyte
    digest = hashlib.sha256(bytes(1000)).hexdigest()
    path = write_zip(tmp_path / "liar.zip", [manifest({liar.name: digest}, {"note": 1}), liar])
    refused(db, path, "liar.zip")


def test_a_package_of_many_members_is_refused_from_its_end_record(
    db: Database, tmp_path: Path
) -> None:
    allowed = exchange_format.LIMITS.max_members  # records, manifest and documents
    members = [stored(f"records/t{i}.json", b"[]") for i in range(allowed)]
    path = write_zip(tmp_path / "many.zip", [manifest({}, {}), *members])
    refused(db, path, f"{allowed + 1} files", f"more than the {allowed} allowed")


@pytest.mark.parametrize(
    "name",
    [
        "photos/holiday.jpg",
        "../outside.json",
        "/etc/passwd",
        "records/../../outside.json",
        "records\\note.json",
        "records/note.json/",
        "records/sub/note.json",
        "C:/Windows/note.json",
    ],
)
def test_a_member_outside_the_layout_is_refused(db: Database, tmp_path: Path, name: str) -> None:
    path = write_zip(tmp_path / "odd.zip", [manifest({}, {}), stored(name, b"[]")])
    refused(db, path, "does not belong")


def test_a_member_the_manifest_does_not_list_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "extra.zip", [manifest({}, {}), stored("records/note.json", b"[]")])
    refused(db, path, "records/note.json", "does not list")


def test_a_member_that_compresses_too_well_is_refused(db: Database, tmp_path: Path) -> None:
    member = zeros("records/note.json", 20)  # 20 MiB from a few KB: no real records do that
    digest = hashlib.sha256(bytes(20 * MIB)).hexdigest()
    path = write_zip(tmp_path / "ratio.zip", [manifest({member.name: digest}, {"note": 1}), member])
    refused(db, path, "times", "which no real file does")


def test_a_member_or_a_package_beyond_the_size_limits_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps([{"n": i, "text": f"note {i}"} for i in range(40_000)]).encode()
    member = Member("records/note.json", data, len(data), zlib.crc32(data), 0)
    files = {member.name: hashlib.sha256(data).hexdigest()}
    path = write_zip(tmp_path / "big.zip", [manifest(files, {"note": 1}), member])
    monkeypatch.setattr(exchange_format, "LIMITS", ZipLimits(18, MIB, 8 * MIB, 50))
    refused(db, path, "one file may hold")
    monkeypatch.setattr(exchange_format, "LIMITS", ZipLimits(18, 8 * MIB, MIB, 50))
    refused(db, path, "more than the 1.0 MiB allowed")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"flags": 0x1}, "encrypted"),
        ({"method": zipfile.ZIP_BZIP2}, "compressed in a way"),
    ],
)
def test_encrypted_or_strangely_compressed_members_are_refused(
    db: Database, tmp_path: Path, change: dict, words: str
) -> None:
    member = stored("records/note.json", b"[]")
    for key, value in change.items():
        setattr(member, key, value)
    files = {member.name: hashlib.sha256(b"[]").hexdigest()}
    path = write_zip(tmp_path / "odd.zip", [manifest(files, {"note": 0}), member])
    refused(db, path, words)


def test_the_same_member_twice_is_refused(db: Database, tmp_path: Path) -> None:
    one = stored("records/note.json", b"[]")
    files = {one.name: hashlib.sha256(b"[]").hexdigest()}
    path = write_zip(tmp_path / "twice.zip", [manifest(files, {"note": 0}), one, one])
    refused(db, path, "twice")


def test_a_package_from_this_installation_is_refused_before_its_records_are_read(
    db: Database, tmp_path: Path, no_records_unpacked: list[str]
) -> None:
    ours = exchange.export_package(db, tmp_path / "ours.zip").path
    no_records_unpacked.clear()  # the export wrote them
    refused(db, ours, "this same installation")
    assert no_records_unpacked == []


def test_a_good_package_still_imports(db: Database, tmp_path: Path) -> None:
    from workbench.services.capture import notes as capture
    from workbench.store import open_database

    other = open_database(tmp_path / "other.sqlite")
    with other.transaction() as s:
        capture.create_note(s, "Within every limit")
    package = exchange.export_package(other, tmp_path / "fine.zip").path
    other.close()
    assert exchange.import_package(db, package).added == 1

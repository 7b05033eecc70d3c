"""Documents survive a backup and a restore, and travel between two laptops in exchange
packages (once per content); a package whose documents are missing, damaged or too big is
refused with nothing changed."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from stewardship_case import Case, build_case

from workbench.domain import Audience
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.format import PackageError
from workbench.services.stewardship.documents import (
    Owner,
    attach_file,
    document_bytes,
    read_documents,
)
from workbench.services.stewardship.evidence import cite, read_citations
from workbench.services.stewardship.interactions import create_interaction
from workbench.store import Database, open_database
from workbench.store.backup import back_up_now, restore

LETTER = b"%PDF-1.4 Velora appoints a mica manager " * 400
PHOTO = b"\xff\xd8\xff a photo of the RMI certificate " * 300


@pytest.fixture
def laptop_a(tmp_path: Path):
    db = open_database(tmp_path / "a.sqlite")
    yield db
    db.close()


def attach_two(db: Database, case: Case, tmp_path: Path) -> dict[str, str]:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(LETTER)
    photo = tmp_path / "certificate.jpg"
    photo.write_bytes(PHOTO)
    copy = tmp_path / "letter-copy.pdf"
    copy.write_bytes(LETTER)  # the same content under another name
    with db.transaction() as s:
        interaction = create_interaction(s, case.engagement, subject="Letter", audience="partners")
        a = attach_file(s, Owner("interaction", interaction.id), letter, audience="partners")
        b = attach_file(s, Owner("target", case.car_target), photo)
        c = attach_file(s, Owner("commitment", case.commitment), copy)
        cite(s, case.commitment, a.id, "2")
    return {"letter": a.id, "photo": b.id, "copy": c.id}


def contents(db: Database) -> dict[str, bytes]:
    with db.session() as s:
        return {d.filename: document_bytes(s, d.id)[1] for d in read_documents(s)}


def test_documents_survive_a_backup_and_a_restore(laptop_a: Database, tmp_path: Path) -> None:
    case = build_case(laptop_a)
    attach_two(laptop_a, case, tmp_path)
    backup = back_up_now(laptop_a.path)
    with laptop_a.transaction() as s:  # after the backup, one more document
        later = tmp_path / "later.pdf"
        later.write_bytes(b"later")
        attach_file(s, Owner("engagement", case.engagement), later)
    path = laptop_a.path
    laptop_a.close()
    restore(backup, path)
    db = open_database(path)
    try:
        assert contents(db) == {
            "letter.pdf": LETTER,
            "certificate.jpg": PHOTO,
            "letter-copy.pdf": LETTER,
        }
        with db.session() as s:
            assert [c.page for c in read_citations(s)] == ["2"]
    finally:
        db.close()


def test_documents_travel_between_two_laptops_once_per_content(
    laptop_a: Database, tmp_path: Path
) -> None:
    case = build_case(laptop_a)
    ids = attach_two(laptop_a, case, tmp_path)
    package = exchange.export_package(laptop_a, tmp_path / "a-to-b.zip").path
    with zipfile.ZipFile(package) as zf:
        blobs = [n for n in zf.namelist() if n.startswith("blobs/")]
    assert sorted(blobs) == sorted(
        f"blobs/{hashlib.sha256(x).hexdigest()}" for x in (LETTER, PHOTO)
    )
    laptop_b = open_database(tmp_path / "b.sqlite")
    try:
        report = exchange.import_package(laptop_b, package)
        assert report.tables["document"].added == 3
        assert contents(laptop_b) == contents(laptop_a)
        with laptop_b.session() as s:
            assert document_bytes(s, ids["letter"])[1] == LETTER
            assert [d.filename for d in read_documents(s, audience=Audience.PARTNERS)] == [
                "letter.pdf"
            ]
        again = exchange.import_package(laptop_b, package)
        assert not again.changed
        with laptop_b.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM documentblob").scalar() == 2
        # and back: B adds a document, A receives it
        with laptop_b.transaction() as s:
            reply = tmp_path / "reply.pdf"
            reply.write_bytes(b"reply from B")
            attach_file(s, Owner("engagement", case.engagement), reply)
        back = exchange.export_package(laptop_b, tmp_path / "b-to-a.zip").path
    finally:
        laptop_b.close()
    exchange.import_package(laptop_a, back)
    assert contents(laptop_a)["reply.pdf"] == b"reply from B"


def rewrite(package: Path, target: Path, edit) -> Path:
    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = edit(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)
    return target


def refused(db: Database, path: Path, *words: str) -> None:
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM document").scalar()
    with pytest.raises(PackageError) as caught:
        exchange.import_package(db, path)
    for word in words:
        assert word in str(caught.value), str(caught.value)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM document").scalar() == before
        assert conn.exec_driver_sql("SELECT count(*) FROM documentblob").scalar() == 0


@pytest.fixture
def package_and_b(laptop_a: Database, tmp_path: Path):
    case = build_case(laptop_a)
    attach_two(laptop_a, case, tmp_path)
    package = exchange.export_package(laptop_a, tmp_path / "p.zip").path
    b = open_database(tmp_path / "b.sqlite")
    yield package, b
    b.close()


def test_a_package_without_a_documents_content_is_refused(package_and_b, tmp_path) -> None:
    package, b = package_and_b
    letter = f"blobs/{hashlib.sha256(LETTER).hexdigest()}"

    def drop(name: str, data: bytes) -> bytes | None:
        if name == letter:
            return None
        if name == "manifest.json":
            manifest = json.loads(data)
            del manifest["files"][letter]
            return json.dumps(manifest).encode()
        return data

    refused(b, rewrite(package, tmp_path / "short.zip", drop), "incomplete", "Nothing was changed")


def test_a_package_with_damaged_document_content_is_refused(package_and_b, tmp_path) -> None:
    package, b = package_and_b
    letter = f"blobs/{hashlib.sha256(LETTER).hexdigest()}"

    def damage(name: str, data: bytes) -> bytes:
        return data[:-1] + b"!" if name == letter else data

    refused(b, rewrite(package, tmp_path / "damaged.zip", damage), "damaged", letter)


def test_a_document_member_bigger_than_a_document_may_be_is_refused(tmp_path: Path) -> None:
    from workbench.bench.zips import MIB, stored, write_zip
    from workbench.store.migrations import head_revision

    b = open_database(tmp_path / "b.sqlite")
    try:
        # 26 MiB stored as it is (no zip bomb): more than the 25 MiB a document may be
        member = stored(f"blobs/{'0' * 64}", bytes(26 * MIB))
        manifest = {
            "format": "workbench-exchange",
            "format_version": 1,
            "schema": head_revision(),
            "installation_id": "elsewhere",
            "exported_at": "2025-03-01T10:00:00.000000+00:00",
            "since": None,
            "counts": {},
            "files": {member.name: "0" * 64},
        }
        head = stored("manifest.json", json.dumps(manifest).encode())
        path = write_zip(tmp_path / "big.zip", [head, member])
        refused(b, path, "more than the 25 MiB a document may be")
    finally:
        b.close()


def test_a_document_member_must_carry_its_own_checksum_as_its_name(package_and_b, tmp_path) -> None:
    package, b = package_and_b
    letter = f"blobs/{hashlib.sha256(LETTER).hexdigest()}"

    def misname(name: str, data: bytes) -> bytes:
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["files"][letter] = "f" * 64
            return json.dumps(manifest).encode()
        return data

    refused(b, rewrite(package, tmp_path / "misnamed.zip", misname), "misnamed")


def test_a_copied_database_keeps_its_documents(laptop_a: Database, tmp_path: Path) -> None:
    case = build_case(laptop_a)
    attach_two(laptop_a, case, tmp_path)
    laptop_a.close()
    shutil.copyfile(laptop_a.path, tmp_path / "copy.sqlite")
    copy = open_database(tmp_path / "copy.sqlite")
    try:
        assert contents(copy)["certificate.jpg"] == PHOTO
    finally:
        copy.close()


def test_documents_travel_through_the_exchange_folder(laptop_a: Database, tmp_path) -> None:
    """A document attached on one laptop opens on the other after both synced with the
    exchange folder: the folder's packages carry the bytes, the first one and later ones."""
    from workbench.services.sync import sync_once

    folder = tmp_path / "Exchange"
    folder.mkdir()
    case = build_case(laptop_a)
    sync_once(laptop_a, folder)  # the first package: a snapshot without documents
    laptop_b = open_database(tmp_path / "b.sqlite")  # a colleague's new laptop
    try:
        attach_two(laptop_a, case, tmp_path)  # after the first sync: an incremental package
        assert not [p for p in sync_once(laptop_a, folder).problems]
        report = sync_once(laptop_b, folder)
        assert not [p for p in report.problems if p.code != "database_in_folder"]
        assert contents(laptop_b) == {
            "letter.pdf": LETTER,
            "certificate.jpg": PHOTO,
            "letter-copy.pdf": LETTER,
        }
    finally:
        laptop_b.close()

"""Documents: attached once per content, refused with their name and the reason, read back
checked, hidden from partners with what they are attached to, opened as a copy."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from stewardship_case import Case

from workbench.domain import Audience, Document, DocumentBlob
from workbench.services.errors import DomainError
from workbench.services.stewardship import documents
from workbench.services.stewardship.documents import (
    DocumentDamaged,
    DocumentRefused,
    Owner,
    attach_file,
    document_bytes,
    document_problems,
    read_documents,
    write_copy,
)
from workbench.services.stewardship.interactions import create_interaction
from workbench.store import Database

P = Audience.PARTNERS


def counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        docs = conn.exec_driver_sql("SELECT count(*) FROM document").scalar()
        blobs = conn.exec_driver_sql("SELECT count(*) FROM documentblob").scalar()
    return int(docs or 0), int(blobs or 0)


def a_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_file_is_attached_and_read_back_the_same(db: Database, case: Case, tmp_path) -> None:
    data = b"%PDF-1.4 letter of 15 January 2021" * 50
    path = a_file(tmp_path, "letter_velora_2021-01-15.pdf", data)
    with db.transaction() as s:
        doc = attach_file(s, Owner("target", case.car_target), path, audience=P)
    with db.session() as s:
        stored, back = document_bytes(s, doc.id)
        [row] = read_documents(s, owner=Owner("target", case.car_target))
    assert back == data
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert (row.title, row.filename, row.media_type) == (
        "letter velora 2021-01-15",
        "letter_velora_2021-01-15.pdf",
        "application/pdf",
    )
    assert (row.owner_kind, row.owner_id, row.engagement_id) == (
        "target",
        case.car_target,
        case.engagement,
    )
    assert row.audience is P


def test_the_same_content_is_stored_once(db: Database, case: Case, tmp_path) -> None:
    one = a_file(tmp_path, "a.pdf", b"same bytes")
    two = a_file(tmp_path, "b.pdf", b"same bytes")
    with db.transaction() as s:
        attach_file(s, Owner("engagement", case.engagement), one)
        attach_file(s, Owner("commitment", case.commitment), two)
    assert counts(db) == (2, 1)


def test_an_oversized_file_is_refused_with_its_name_and_nothing_is_stored(
    db: Database, case: Case, tmp_path, monkeypatch
) -> None:
    path = a_file(tmp_path, "annual-report.pdf", b"x" * 3000)
    with pytest.raises(DocumentRefused) as refused, db.transaction() as s:
        documents.attach(s, Owner("target", case.car_target), documents.read_file(path, limit=2048))
    message = str(refused.value)
    assert (
        "annual-report.pdf" in message and "2 KiB" in message and "nothing was attached" in message
    )
    assert counts(db) == (0, 0)


def test_the_limit_is_25_mib_and_says_so(tmp_path) -> None:
    path = tmp_path / "scan.tiff"
    with path.open("wb") as fh:  # a sparse file: big without writing 26 MiB
        fh.truncate(26 * 1024 * 1024)
    with pytest.raises(DocumentRefused, match=r"scan\.tiff is 26 MiB, more than the 25 MiB"):
        documents.read_file(path)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: None, "was not found"),
        (lambda p: p.write_bytes(b""), "is empty"),
    ],
)
def test_files_that_cannot_be_documents_are_refused(
    db: Database, case: Case, tmp_path, make, words: str
) -> None:
    path = tmp_path / "evidence.pdf"
    make(path)
    with pytest.raises(DocumentRefused, match=words) as refused, db.transaction() as s:
        attach_file(s, Owner("engagement", case.engagement), path)
    assert "evidence.pdf" in str(refused.value)
    assert counts(db) == (0, 0)


def test_an_unreadable_file_is_refused_with_the_reason(
    db: Database, case: Case, tmp_path, monkeypatch
) -> None:
    path = a_file(tmp_path, "locked.pdf", b"secret")

    def denied(self, *args, **kwargs):  # the test runs as root, who may read anything
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(DocumentRefused) as refused, db.transaction() as s:
        attach_file(s, Owner("engagement", case.engagement), path)
    assert (
        str(refused.value)
        == "locked.pdf could not be read (Permission denied); nothing was attached."
    )
    assert counts(db) == (0, 0)


def test_a_document_of_a_group_only_owner_stays_in_the_group(
    db: Database, case: Case, tmp_path
) -> None:
    with db.transaction() as s:
        hidden = create_interaction(s, case.engagement, subject="Internal")  # group-only
        shown = create_interaction(s, case.engagement, subject="Letter", audience=P)
        for owner, name in ((hidden.id, "hidden.pdf"), (shown.id, "shown.pdf")):
            attach_file(
                s, Owner("interaction", owner), a_file(tmp_path, name, name.encode()), audience=P
            )
        attach_file(s, Owner("interaction", shown.id), a_file(tmp_path, "group.pdf", b"g"))
    with db.session() as s:
        partners = {d.filename for d in read_documents(s, audience=P)}
        group = {d.filename for d in read_documents(s)}
    assert partners == {"shown.pdf"}
    assert group == {"hidden.pdf", "shown.pdf", "group.pdf"}


def test_a_note_can_own_a_document(db: Database, case: Case, tmp_path) -> None:
    with db.transaction() as s:
        doc = attach_file(s, Owner("note", case.note), a_file(tmp_path, "photo.jpg", b"\xff\xd8"))
    with db.session() as s:
        [row] = read_documents(s, owner=Owner("note", case.note))
    assert row.id == doc.id and row.media_type == "image/jpeg"
    assert row.engagement_id == case.engagement


def test_an_unknown_owner_is_refused(db: Database, case: Case, tmp_path) -> None:
    path = a_file(tmp_path, "a.pdf", b"a")
    with pytest.raises(DomainError), db.transaction() as s:
        attach_file(s, Owner("meeting", "no-such-meeting"), path)
    with pytest.raises(DomainError, match="cannot be attached to a lesson"), db.transaction() as s:
        attach_file(s, Owner("lesson", case.engagement), path)
    assert counts(db) == (0, 0)


def test_a_copy_to_open_is_read_only_and_named_as_the_file(
    db: Database, case: Case, tmp_path
) -> None:
    with db.transaction() as s:
        doc = attach_file(s, Owner("engagement", case.engagement), a_file(tmp_path, "r.pdf", b"r"))
    folder = tmp_path / "open"
    with db.session() as s:
        first = write_copy(s, doc.id, folder)
        again = write_copy(s, doc.id, folder)  # opened twice: the copy is written again
    assert first == again == folder / "r.pdf"
    assert first.read_bytes() == b"r"
    assert not first.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_damaged_or_missing_content_is_reported_with_the_way_back(
    db: Database, case: Case, tmp_path
) -> None:
    with db.transaction() as s:
        doc = attach_file(s, Owner("engagement", case.engagement), a_file(tmp_path, "d.pdf", b"ok"))
    blob = DocumentBlob.__table__
    with db.transaction() as s:
        s.execute(sa.update(blob).values(data=b"changed"))
    with db.session() as s:
        with pytest.raises(DocumentDamaged, match=r"damaged.*File → Backups"):
            document_bytes(s, doc.id)
        assert document_problems(s) == [
            f"stored content {doc.sha256[:12]}…: damaged (checksum does not match)"
        ]
    with db.transaction() as s:
        s.execute(sa.delete(blob))
    with db.session() as s:
        with pytest.raises(DocumentDamaged, match="missing"):
            document_bytes(s, doc.id)
        assert document_problems(s) == ["document 'd' (d.pdf): its content is missing"]


def test_a_deleted_document_is_gone_from_lists(db: Database, case: Case, tmp_path) -> None:
    from workbench.services.records import tombstone

    with db.transaction() as s:
        doc = attach_file(s, Owner("engagement", case.engagement), a_file(tmp_path, "x.pdf", b"x"))
    with db.transaction() as s:
        tombstone(s, Document, doc.id)
    with db.session() as s:
        assert read_documents(s) == []

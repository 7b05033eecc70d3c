"""The drop folder: what a phone saved becomes notes in the inbox, once, and nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from drop_case import JPEG, PDF, WHEN, fill, grow

from workbench.domain import Audience, Note
from workbench.services.capture import notes as capture
from workbench.services.capture.dropfiles import Unreadable, decode_text
from workbench.services.capture.dropfolder import refused_place, scan
from workbench.services.stewardship.documents import Owner, document_bytes, read_documents


def _inbox(db) -> dict[str, str]:
    with db.session() as s:
        return {row.preview: row.id for row in capture.inbox(s)}


def _documents(db, note_id: str) -> list[tuple[str, bytes]]:
    with db.session() as s:
        rows = read_documents(s, owner=Owner("note", note_id))
        return [(r.filename, document_bytes(s, r.id)[1]) for r in rows]


def test_a_scan_takes_each_file_once_and_moves_it_to_done(db, tmp_path: Path) -> None:
    folder = tmp_path / "Inbox"
    fill(folder)
    first = scan(db, folder, settle=lambda: grow(folder))
    assert first.reached
    assert sorted(t.file for t in first.taken) == [
        "IMG_2041.jpg",
        "Scan 14 May.pdf",
        "corridor.txt",
        "followup.eml",
        "memo.txt",
        "oude-notitie.txt",
        "panel.md",
    ]
    inbox = _inbox(db)
    assert set(inbox) == {
        "Talk with Elan Mining…",
        "Panel on mica…",
        "Voice memo: café talk…",
        "Oude notitie…",
        "Follow-up: mica sourcing panel…",
        "IMG 2041",
        "Scan 14 May",
    }
    with db.session() as s:
        memo = s.get(Note, inbox["Voice memo: café talk…"])
        assert memo.body == "Voice memo: café talk\n\nSpreker zei: één audit per jaar."
        assert memo.audience == Audience.GROUP and not memo.triaged
        assert memo.captured_at == WHEN
        assert s.get(Note, inbox["Oude notitie…"]).body.endswith("Prijs 5 € per kilo")
        assert s.get(Note, inbox["Panel on mica…"]).body == (
            "Panel on mica\n\n- Child labour in Jharkhand"
        )
        mail = s.get(Note, inbox["Follow-up: mica sourcing panel…"])
        assert "From: Anna de Vries <anna@example.org>" in mail.body
        assert "The panel chair promised the audit list by June." in mail.body
        assert mail.captured_at.isoformat() == "2026-05-14T09:05:00+00:00"
    assert _documents(db, inbox["Follow-up: mica sourcing panel…"]) == [("whiteboard.jpg", JPEG)]
    assert _documents(db, inbox["IMG 2041"]) == [("IMG_2041.jpg", JPEG)]
    assert _documents(db, inbox["Scan 14 May"]) == [("Scan 14 May.pdf", PDF)]
    assert _documents(db, inbox["Talk with Elan Mining…"]) == []

    done = sorted(p.name for p in (folder / "Done").iterdir())
    assert done == sorted(t.file for t in first.taken)
    assert (folder / "growing.txt").exists() and "growing.txt" in first.waiting
    assert (folder / ".syncthing.IMG_2042.jpg.tmp").exists()
    assert first.waiting == [".syncthing.IMG_2042.jpg.tmp", "growing.txt", "~$notes.txt"]
    problems = {p.file: p.reason for p in first.problems}
    assert problems == {
        "broken.eml": "it is not an e-mail (no From, To, Subject or Date)",
        "empty.txt": "it is empty",
        "garbled.txt": problems["garbled.txt"],
    }
    assert "encoding" in problems["garbled.txt"]
    why = (folder / "Problems" / "empty.txt.txt").read_text(encoding="utf-8")
    assert why.startswith("empty.txt was not taken into the workbench's Notes inbox")
    assert (folder / "Problems" / "broken.eml").read_bytes() == b"this is not an e-mail at all\n"

    assert first.left_alone == ["minutes.docx"] and (folder / "minutes.docx").exists()
    second = scan(db, folder, settle=lambda: None)
    assert [t.file for t in second.taken] == ["growing.txt"]
    assert second.problems == [] and second.known == []
    assert len(_inbox(db)) == 8
    assert sorted(folder.iterdir()) == [
        folder / ".nomedia",
        folder / ".syncthing.IMG_2042.jpg.tmp",
        folder / "Done",
        folder / "Problems",
        folder / "minutes.docx",
        folder / "~$notes.txt",
    ]


def test_a_file_seen_before_is_only_moved_and_names_never_clash(db, tmp_path: Path) -> None:
    folder = tmp_path / "Inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Same note\nbody", encoding="utf-8")
    scan(db, folder, settle=lambda: None)
    (folder / "a.txt").write_text("Same note\nbody", encoding="utf-8")  # the engine again
    (folder / "b.txt").write_text("Same note\nbody", encoding="utf-8")
    report = scan(db, folder, settle=lambda: None)
    assert report.taken == [] and report.known == ["a.txt", "b.txt"]
    assert len(_inbox(db)) == 1
    assert sorted(p.name for p in (folder / "Done").iterdir()) == ["a (2).txt", "a.txt", "b.txt"]


def test_a_crash_after_the_note_before_the_move_loses_nothing(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.services.capture import dropfolder

    folder = tmp_path / "Inbox"
    folder.mkdir()
    (folder / "n.txt").write_text("Kept\n", encoding="utf-8")

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt  # the process dies between the commit and the move

    monkeypatch.setattr(dropfolder, "_to_done", crash)
    with pytest.raises(KeyboardInterrupt):
        scan(db, folder, settle=lambda: None)
    monkeypatch.undo()
    assert list(_inbox(db)) == ["Kept"] and (folder / "n.txt").exists()
    report = scan(db, folder, settle=lambda: None)
    assert report.known == ["n.txt"] and list(_inbox(db)) == ["Kept"]
    assert (folder / "Done" / "n.txt").exists()


def test_a_folder_not_there_or_among_the_packages_is_refused(db, tmp_path: Path) -> None:
    assert not scan(db, tmp_path / "nowhere").reached
    exchange = tmp_path / "Exchange"
    laptop = exchange / "0b4f4c1e-2f0e-4c59-9a8e-5e3f8b1c2d3e"
    laptop.mkdir(parents=True)
    (laptop / "000001.zip").write_bytes(b"PK")
    report = scan(db, laptop, exchange=exchange, settle=lambda: None)
    assert not report.reached and "laptop's own folder" in report.message
    assert (laptop / "000001.zip").exists()
    assert refused_place(exchange, exchange) is not None
    assert refused_place(exchange / "Inbox", exchange) is None
    assert "holds the database" in scan(db, db.path.parent).message


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("plain é".encode(), "plain é"),
        (b"\xef\xbb\xbfbom \xc3\xa9", "bom é"),
        ("utf16 é".encode("utf-16"), "utf16 é"),
        ("utf16be é".encode("utf-16-be"), "utf16be é"),
        ("cp1252 €".encode("cp1252"), "cp1252 €"),
        (b"a\r\nb", "a\nb"),
    ],
)
def test_text_reads_right_in_the_encodings_phones_write(data: bytes, text: str) -> None:
    assert decode_text(data) == text


def test_a_forwarded_mail_in_a_mail_is_kept_as_an_eml(db, tmp_path: Path) -> None:
    from email.message import EmailMessage

    outer = EmailMessage()
    outer["From"], outer["Subject"] = "me@example.org", "Fwd: panel"
    outer.set_content("See below")
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "anna@example.org", "The panel"
    inner.set_content("Audit list by June")
    outer.add_attachment(inner)
    folder = tmp_path / "Inbox"
    folder.mkdir()
    (folder / "fwd.eml").write_bytes(bytes(outer))
    report = scan(db, folder, settle=lambda: None)
    [(name, data)] = _documents(db, report.taken[0].note_id)
    assert name == "attachment-1.eml" and b"Audit list by June" in data


def test_binary_named_text_is_refused() -> None:
    with pytest.raises(Unreadable):
        decode_text(b"\x81\x00\x02")

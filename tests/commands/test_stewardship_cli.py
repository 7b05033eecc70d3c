"""The command line of the stewardship record: list interactions and documents, export
the evidence pack of a period, and check every document's bytes."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from workbench.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_interactions_as_text_and_json(capsys, demo_db_path: Path) -> None:
    db = str(demo_db_path)
    code, out, _ = run(capsys, "--db", db, "list", "interactions")
    assert code == 0
    assert "2021-01-15  letter received" in out
    assert "Velora Automotive · Katrin Albers: Letter appointing the Responsible Raw" in out
    code, out, _ = run(capsys, "--db", db, "list", "interactions", "--json")
    rows = json.loads(out)
    letter = next(r for r in rows if r["occurred_on"] == "2021-01-15")
    assert letter["kind"] == "letter" and letter["direction"] == "received"
    assert letter["seniority"] == "executive" and letter["company"] == "Velora Automotive"
    assert letter["objectives"] == [
        "Appoint dedicated, full-time capacity for responsible mica sourcing."
    ]


def test_list_documents(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "list", "documents", "--json")
    assert code == 0
    titles = {r["title"]: r for r in json.loads(out)}
    letter = titles["Letter from Velora Automotive, 15 January 2021"]
    assert letter["owner_kind"] == "interaction" and letter["media_type"] == "application/pdf"
    assert "Responsible Mica Initiative: list of members, March 2021" in titles


def test_export_evidence_writes_the_pdf_and_its_documents(
    capsys, demo_db_path: Path, tmp_path: Path
) -> None:
    db = str(demo_db_path)
    _, out, _ = run(capsys, "--db", db, "list", "engagements")
    engagement = out.split()[0]
    target = tmp_path / "pack.pdf"
    code, out, err = run(
        capsys, "--db", db, "export", "evidence", "--engagement", engagement,
        "--from", "2021-01-01", "--to", "2021-12-31", "--audience", "group", "--lang", "nl",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [f"Wrote {target}", f"Wrote {tmp_path / 'pack-documents.zip'}"]
    assert target.read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(tmp_path / "pack-documents.zip") as zf:
        names = zf.namelist()
    assert "index.txt" in names
    assert any(n.endswith("letter-from-velora-automotive-15-january-2021.pdf") for n in names)


def test_export_evidence_names_its_file_after_the_period(
    capsys, demo_db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = str(demo_db_path)
    engagement = run(capsys, "--db", db, "list", "engagements")[1].split()[0]
    code, _out, _ = run(
        capsys, "--db", db, "export", "evidence", "--engagement", engagement,
        "--from", "2022-01-01", "--to", "2022-12-31",
    )  # fmt: skip
    assert code == 0
    name = "monitoring-evidence-pack-2022-01-01-2022-12-31-mica-supply-chain-partners-en.pdf"
    assert (tmp_path / name).is_file()
    assert (tmp_path / name.replace(".pdf", "-documents.zip")).is_file()


def test_export_evidence_refuses_a_missing_or_bad_period_in_one_line(
    capsys, demo_db_path: Path
) -> None:
    db = str(demo_db_path)
    engagement = run(capsys, "--db", db, "list", "engagements")[1].split()[0]
    for extra, words in (
        ((), "give --from DATE"),
        (("--from", "2021-31-12"), "YYYY-MM-DD"),
        (("--from", "2022-01-01", "--to", "2021-01-01"), "ends"),
    ):
        code, _, err = run(
            capsys, "--db", db, "export", "evidence", "--engagement", engagement, *extra
        )
        assert code == 2 and words in err and err.count("\n") == 1, err
    code, _, err = run(capsys, "--db", db, "export", "report", "--from", "2021-01-01")
    assert code == 2 and "evidence pack only" in err


def test_check_finds_a_damaged_document(capsys, demo_db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "check")
    assert code == 0 and "Integrity: ok" in out
    conn = sqlite3.connect(demo_db_path)
    conn.execute("UPDATE documentblob SET data = X'00' WHERE rowid = 1")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "--db", str(demo_db_path), "check")
    assert code == 1
    assert "Integrity: NOT sound" in err and "checksum does not match" in err

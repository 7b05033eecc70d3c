"""``workbench export`` and ``workbench import`` from the command line."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from workbench.cli import main
from workbench.services.demo.build import ENGAGEMENT_ID, UPCOMING_MEETING_ID


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture
def call_id(demo_db_path: Path) -> str:
    """A partners company call of the demo case."""
    import sqlalchemy as sa

    from workbench.domain import Audience, Meeting, MeetingKind
    from workbench.store import open_database

    db = open_database(demo_db_path)
    try:
        with db.session() as s:
            m = Meeting.__table__
            return (
                s.execute(
                    sa.select(m.c.id)
                    .where(m.c.kind == MeetingKind.COMPANY_CALL, m.c.audience == Audience.PARTNERS)
                    .order_by(m.c.starts_at)
                )
                .scalars()
                .first()
            )
    finally:
        db.close()


def test_export_minutes_by_id_prefix_in_dutch(
    capsys, demo_db_path: Path, call_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "verslag.pdf"
    code, stdout, err = run(
        capsys,
        "--db",
        str(demo_db_path),
        "export",
        "minutes",
        "--meeting",
        call_id[:8],
        "--lang",
        "nl",
        "-o",
        str(out),
    )
    assert code == 0, err
    assert stdout.strip() == f"Wrote {out}"
    text = text_of(out)
    assert "Verslag" in text and "Voor partners" in text and "Aanwezigheid" in text


def test_export_every_kind_with_default_names(
    capsys, demo_db_path: Path, call_id: str, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = str(demo_db_path)
    for argv in (
        ["export", "minutes", "--meeting", call_id],
        ["export", "agenda", "--meeting", UPCOMING_MEETING_ID, "--audience", "group"],
        ["export", "report", "--engagement", ENGAGEMENT_ID[:6], "--lang", "nl"],
        [
            "export",
            "tracker",
            "--engagement",
            ENGAGEMENT_ID,
            "--format",
            "xlsx",
            "--audience",
            "group",
        ],
    ):
        code, _, err = run(capsys, *argv, "--db", db)
        assert code == 0, (argv, err)
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".xlsx"))
    assert len(names) == 4
    assert any(n.startswith("minutes-2020-") and n.endswith("-partners-en.pdf") for n in names)
    assert any(n.startswith("agenda-") and n.endswith("-group-en.pdf") for n in names)
    assert "engagementrapport-mica-supply-chain-partners-nl.pdf" in names
    assert "tracker-mica-supply-chain-group-en.xlsx" in names


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "minutes", "--meeting", "zzzz"], "no meeting with an ID starting with “zzzz”"),
        (
            ["export", "report", "--engagement", ENGAGEMENT_ID, "--format", "xlsx"],
            "the report is made as pdf, not xlsx",
        ),
        (
            ["export", "report", "--engagement", ENGAGEMENT_ID, "-o", "/nonexistent-dir/r.pdf"],
            "cannot write /nonexistent-dir/r.pdf: the folder /nonexistent-dir does not exist",
        ),
        (
            ["export", "minutes", "--meeting", UPCOMING_MEETING_ID],
            "marked for the working group only",
        ),
        (["export", "tracker"], "give --engagement ID"),
        (
            ["export", "minutes", "--engagement", ENGAGEMENT_ID],
            "the minutes is of a meeting: give --meeting ID",
        ),
    ],
)
def test_export_errors_are_one_line(
    capsys, demo_db_path: Path, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", str(demo_db_path), *argv)
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("workbench: ")
    assert message in err


def test_ambiguous_prefix_lists_the_candidates(capsys, demo_db_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(demo_db_path), "export", "minutes", "--meeting", "")
    assert code == 2 and "give --meeting ID" in err


def _edit(path: Path) -> str:
    wb = load_workbook(path)
    ws = wb["Actions"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 6).value == "Open")
    ws.cell(row, 6).value = "Done"
    ws.cell(row, 5).value = datetime(2030, 1, 31)
    new = ws.max_row + 1
    ws.cell(new, 2).value = "A new action typed in Excel"
    wb.save(path)
    return ws.cell(row, 1).value


def test_import_dry_run_then_apply(capsys, demo_db_path: Path, tmp_path: Path) -> None:
    db = str(demo_db_path)
    xlsx = tmp_path / "tracker.xlsx"
    assert (
        run(
            capsys, "--db", db, "export", "tracker", "--engagement", ENGAGEMENT_ID, "-o", str(xlsx)
        )[0]
        == 0
    )
    _edit(xlsx)

    code, out, _ = run(capsys, "--db", db, "import", str(xlsx), "--dry-run")
    assert code == 0
    assert "2 change(s), 1 new action(s)" in out
    assert (
        "→ Done" in out
        and "→ 2030-01-31" in out
        and "new action — A new action typed in Excel" in out
    )
    assert "Dry run: nothing was changed." in out
    # the dry run changed nothing: the same preview again
    assert (
        "2 change(s), 1 new action(s)"
        in run(capsys, "--db", db, "import", str(xlsx), "--dry-run")[1]
    )

    code, out, _ = run(capsys, "--db", db, "import", str(xlsx))
    assert code == 0 and "Imported 3 change(s)" in out
    code, out, _ = run(capsys, "--db", db, "import", str(xlsx), "--dry-run")
    assert "0 change(s), 0 new action(s)" in out


def test_import_with_a_bad_row_changes_nothing(capsys, demo_db_path: Path, tmp_path: Path) -> None:
    db = str(demo_db_path)
    xlsx = tmp_path / "tracker.xlsx"
    run(capsys, "--db", db, "export", "tracker", "--engagement", ENGAGEMENT_ID, "-o", str(xlsx))
    _edit(xlsx)
    wb = load_workbook(xlsx)
    wb["Actions"]["E2"] = "someday"
    wb.save(xlsx)
    before = demo_db_path.read_bytes()
    code, _, err = run(capsys, "--db", db, "import", str(xlsx))
    assert code == 1
    assert "problem: Actions, row 2, column E (Due): 'someday' is not a date" in err
    assert err.strip().endswith("A problem in tracker.xlsx; nothing was imported")
    code, out, _ = run(capsys, "--db", db, "import", str(xlsx), "--dry-run")
    assert "2 change(s), 1 new action(s)" in out  # still all pending: nothing was applied
    assert before  # the database file was only read


def test_import_of_a_missing_or_foreign_file(capsys, demo_db_path: Path, tmp_path: Path) -> None:
    db = str(demo_db_path)
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "nope.xlsx"))
    assert code == 1 and "no such file" in err
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK not really")
    code, _, err = run(capsys, "--db", db, "import", str(junk))
    assert code == 1 and "is not an Excel workbook" in err and err.count("\n") == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_tracker_opens_in_libreoffice(capsys, demo_db_path: Path, tmp_path: Path) -> None:
    """LibreOffice reads the workbook and writes it back; the result imports with no change."""
    db = str(demo_db_path)
    xlsx = tmp_path / "tracker.xlsx"
    run(
        capsys,
        "--db",
        db,
        "export",
        "tracker",
        "--engagement",
        ENGAGEMENT_ID,
        "--audience",
        "group",
        "-o",
        str(xlsx),
    )
    out = tmp_path / "resaved"
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(xlsx),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    resaved = out / "tracker.xlsx"
    assert resaved.exists()
    code, stdout, err = run(capsys, "--db", db, "import", str(resaved), "--dry-run")
    assert code == 0, err
    assert "0 change(s), 0 new action(s)" in stdout

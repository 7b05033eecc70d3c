"""With the interface in Dutch (here: ``LANG=nl_NL``) the commands say everything in Dutch:
what they wrote, what an import would change, and the services' refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.services.demo.build import ENGAGEMENT_ID


@pytest.fixture(autouse=True)
def _dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_import_say_what_they_did_in_dutch(
    capsys, demo_db_path: Path, tmp_path: Path
) -> None:
    db, xlsx = str(demo_db_path), tmp_path / "overzicht.xlsx"
    code, out, err = run(
        capsys, "--db", db, "export", "tracker", "--engagement", ENGAGEMENT_ID, "-o", str(xlsx)
    )
    assert code == 0, err
    assert out.strip() == f"Geschreven: {xlsx}"

    code, out, _ = run(capsys, "--db", db, "import", str(xlsx), "--dry-run")
    assert code == 0
    assert out.startswith("Voortgangsoverzicht van “")
    assert "0 wijziging(en), 0 nieuwe actie(s)" in out
    assert "Proefdraai: er is niets gewijzigd." in out
    code, out, _ = run(capsys, "--db", db, "import", str(xlsx))
    assert code == 0 and out.strip().endswith("Er is niets te importeren.")

    code, out, err = run(capsys, "--db", db, "import", str(tmp_path / "weg.xlsx"))
    assert (
        code == 1 and err.strip() == f"workbench: {tmp_path / 'weg.xlsx'}: dit bestand bestaat niet"
    )


def test_a_refusal_of_the_services_is_one_dutch_line(capsys, demo_db_path: Path) -> None:
    code, out, err = run(
        capsys, "conflicts", "resolve", "ffffffff", "--keep", "mine", "--db", str(demo_db_path)
    )
    assert code == 1 and out == ""
    assert err == "workbench: Geen conflict met een id dat begint met “ffffffff”.\n"


def test_an_unknown_meeting_is_named_in_dutch(capsys, demo_db_path: Path, tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "--db",
        str(demo_db_path),
        "export",
        "minutes",
        "--meeting",
        "zzzz",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1
    assert err == "workbench: geen vergadering met een id dat begint met “zzzz”\n"


def test_a_refused_package_is_named_in_dutch(capsys, demo_db_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "pakket.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    code, out, err = run(capsys, "package", "import", str(broken), "--db", str(demo_db_path))
    assert code == 1 and out == ""
    assert err.startswith("workbench: pakket.zip is geen uitwisselpakket, of het is afgebroken")


def test_the_inbox_scan_counts_in_dutch(capsys, tmp_path: Path, monkeypatch) -> None:
    from workbench.services.capture import dropfolder

    monkeypatch.setattr(dropfolder, "SETTLE_SECONDS", 0.0)
    folder = tmp_path / "Inbox"
    folder.mkdir()
    for name in ("a.md", "b.md"):
        (folder / name).write_text(f"# Vraag {name}\nbij de AVA", encoding="utf-8")
    code, out, err = run(
        capsys, "--db", str(tmp_path / "w.sqlite"), "inbox", "scan", "--folder", str(folder)
    )
    assert code == 0, err
    assert "2 nieuwe notities in de notities-inbox, 0 bestanden wachten, 0 problemen." in out

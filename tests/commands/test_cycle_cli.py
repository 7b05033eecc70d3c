"""``workbench send``, ``export invitation|brief`` and ``list sent`` on the command line."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest
from cycle_case import MARK, build_cycle
from icalendar import Calendar

from workbench.cli import main
from workbench.store import open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def case(db_path: Path):
    db = open_database(db_path)
    try:
        ids = build_cycle(db)
    finally:
        db.close()
    return db_path, ids


def test_export_invitation_writes_a_request_by_id_prefix(capsys, case, tmp_path: Path) -> None:
    db_path, ids = case
    out = tmp_path / "call.ics"
    code, stdout, err = run(
        capsys, "--db", str(db_path), "export", "invitation", "--meeting", ids.next_call[:8],
        "-o", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert f"Wrote {out}" in stdout and "REQUEST, sequence 0" in stdout
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert str(event["uid"]) == f"{ids.next_call}@engagement-workbench"


def test_export_brief_is_for_the_group_only(capsys, case, tmp_path: Path) -> None:
    db_path, ids = case
    out = tmp_path / "brief.pdf"
    code, _, _ = run(
        capsys, "--db", str(db_path), "export", "brief", "--meeting", ids.next_call,
        "-o", str(out), "--lang", "nl",
    )  # fmt: skip
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, _, err = run(
        capsys, "--db", str(db_path), "export", "brief", "--meeting", ids.next_call,
        "--audience", "partners", "-o", str(out),
    )  # fmt: skip
    assert code == 2 and "working group only" in err


def test_send_minutes_writes_the_draft_and_list_sent_shows_it(capsys, case, tmp_path: Path) -> None:
    db_path, ids = case
    out = tmp_path / "minutes.eml"
    code, stdout, err = run(
        capsys, "--db", str(db_path), "send", "minutes", "--meeting", ids.call, "-o", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "To: Priya <priya@mica.example>" in stdout
    assert "Not addressed, no e-mail address known: Ms Official" in stdout
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    (attachment,) = list(msg.iter_attachments())
    assert MARK.encode() not in attachment.get_content()

    code, stdout, _ = run(capsys, "--db", str(db_path), "list", "sent", "--json")
    (row,) = json.loads(stdout)
    assert row["kind"] == "minutes" and row["audience"] == "partners"
    assert row["file_name"] == attachment.get_filename()
    assert row["recipients"] == ["Ms Official", "Priya <priya@mica.example>"]
    code, stdout, _ = run(capsys, "--db", str(db_path), "list", "sent")
    assert attachment.get_filename() in stdout and "partners" in stdout


def test_send_without_output_saves_the_draft_when_no_mail_program_opens_it(
    capsys, case, monkeypatch
) -> None:
    db_path, ids = case
    import workbench.commands.cycle as cycle

    monkeypatch.setattr(cycle, "open_in_mail_program", lambda _path: False)
    code, stdout, _ = run(
        capsys, "--db", str(db_path), "send", "tracker", "--engagement", ids.engagement,
        "--audience", "group", "--lang", "nl",
    )  # fmt: skip
    assert code == 0
    assert "No mail program opened it: the draft is saved in" in stdout
    saved = next(Path(line.split("Wrote the draft ", 1)[1]) for line in stdout.splitlines()
                 if line.startswith("Wrote the draft "))  # fmt: skip
    assert saved.is_file() and saved.suffix == ".eml"


def test_send_refuses_a_group_only_meeting_to_partners(capsys, case) -> None:
    db_path, ids = case
    code, _, err = run(capsys, "--db", str(db_path), "send", "agenda", "--meeting", ids.wg)
    assert code == 1 and "working group only" in err and "Traceback" not in err

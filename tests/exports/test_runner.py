"""``run_export``: formats, file names, unwritable paths, no half-written files, progress."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from export_case import GENERATED, TODAY, pdf_text

from workbench.domain import Audience
from workbench.exports.i18n import ENUM_LABELS, LABELS, enum_label, format_date
from workbench.exports.runner import (
    ExportError,
    ExportKind,
    ExportRequest,
    check_format,
    default_filename,
    run_export,
    suggest_filename,
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (the test database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def request(kind: ExportKind, record_id: str, path: Path, **kw) -> ExportRequest:
    return ExportRequest(kind, record_id, path, today=TODAY, generated_at=GENERATED, **kw)


def test_every_export_writes_its_file(marked, out: Path) -> None:
    db, ids = marked
    for kind, rid, suffix in [
        (ExportKind.MINUTES, ids.meeting, "pdf"),
        (ExportKind.AGENDA, ids.next_meeting, "pdf"),
        (ExportKind.REPORT, ids.engagement, "pdf"),
        (ExportKind.TRACKER, ids.engagement, "xlsx"),
    ]:
        path = run_export(db, request(kind, rid, out / f"{kind}.{suffix}", lang="nl"))
        assert path.stat().st_size > 1000
    assert sorted(p.name for p in out.iterdir()) == [
        "agenda.pdf",
        "minutes.pdf",
        "report.pdf",
        "tracker.xlsx",
    ]


def test_the_agenda_written_by_the_runner_carries_over_open_follow_ups(marked, out) -> None:
    db, ids = marked
    path = out / "agenda.pdf"
    run_export(db, request(ExportKind.AGENDA, ids.next_meeting, path, lang="en"))
    text = pdf_text(path.read_bytes())
    assert "Carried over from earlier meetings" in text
    assert "Send the slides" in text and "Promise made in a group meeting" in text


def test_formats(marked, out: Path) -> None:
    assert check_format(ExportKind.TRACKER, None) == "xlsx"
    assert check_format(ExportKind.MINUTES, "PDF") == "pdf"
    with pytest.raises(ExportError, match="the minutes is made as pdf, not xlsx"):
        check_format(ExportKind.MINUTES, "xlsx")
    db, ids = marked
    with pytest.raises(ExportError, match="made as pdf"):
        run_export(db, request(ExportKind.REPORT, ids.engagement, out / "r.xlsx"))


def test_unwritable_destinations_are_clear_errors(marked, out: Path) -> None:
    db, ids = marked
    with pytest.raises(ExportError, match="does not exist"):
        run_export(db, request(ExportKind.MINUTES, ids.meeting, out / "missing" / "m.pdf"))
    with pytest.raises(ExportError, match="it is a folder"):
        run_export(db, request(ExportKind.MINUTES, ids.meeting, out))
    if os.geteuid() != 0:  # root may write anywhere
        locked = out / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(ExportError, match="no permission"):
            run_export(db, request(ExportKind.MINUTES, ids.meeting, locked / "m.pdf"))


def test_a_failed_export_leaves_the_old_file_and_no_debris(marked, out: Path) -> None:
    db, ids = marked
    target = out / "minutes.pdf"
    target.write_bytes(b"the previous minutes")

    def cancel(done: int, total: int, text: str) -> None:
        if done > 2:
            raise KeyboardInterrupt  # what Cancel does from the progress callback

    with pytest.raises(KeyboardInterrupt):
        run_export(db, request(ExportKind.MINUTES, ids.meeting, target), progress=cancel)
    assert target.read_bytes() == b"the previous minutes"
    assert [p.name for p in out.iterdir()] == ["minutes.pdf"]


def test_progress_is_reported(marked, out: Path) -> None:
    db, ids = marked
    seen: list[tuple[int, int]] = []
    run_export(
        db,
        request(ExportKind.REPORT, ids.engagement, out / "r.pdf"),
        progress=lambda d, t, _s: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1]


def test_partners_export_of_group_meeting_is_refused(marked, out: Path) -> None:
    db, ids = marked
    with pytest.raises(ExportError, match="working group only"):
        run_export(db, request(ExportKind.MINUTES, ids.hidden_meeting, out / "m.pdf"))
    path = run_export(
        db, request(ExportKind.MINUTES, ids.hidden_meeting, out / "m.pdf", audience=Audience.GROUP)
    )
    assert "Working group only" in pdf_text(path)


def test_file_names_say_what_when_for_whom(marked) -> None:
    db, ids = marked
    assert (
        default_filename(
            ExportKind.MINUTES,
            "Call: Velora / Q1",
            date(2021, 3, 1),
            Audience.PARTNERS,
            "nl",
            "pdf",
        )
        == "verslag-2021-03-01-call-velora-q1-partners-nl.pdf"
    )
    name = suggest_filename(db, ExportKind.TRACKER, ids.engagement, Audience.GROUP, "en")
    assert name == "tracker-mica-supply-chain-group-en.xlsx"


def test_labels_exist_in_both_languages() -> None:
    from workbench.domain import enums

    assert LABELS["en"].keys() == LABELS["nl"].keys()
    assert ENUM_LABELS["en"].keys() == ENUM_LABELS["nl"].keys()
    for enum_cls in (
        enums.ActionStatus,
        enums.CommitmentStatus,
        enums.MeetingStatus,
        enums.MeetingKind,
        enums.Direction,
        enums.Outcome,
        enums.Purpose,
        enums.Audience,
        enums.ChainPosition,
        enums.AttendanceRole,
        enums.Presence,
    ):
        for value in enum_cls:
            assert value.value in ENUM_LABELS["en"], value
    assert enum_label("nl", enums.ActionStatus.IN_PROGRESS) == "Bezig"
    assert format_date(date(2021, 3, 1), "nl") == "1 maart 2021"
    assert format_date(date(2021, 3, 1), "en") == "1 March 2021"

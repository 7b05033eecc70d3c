"""The approval flow through to a frozen, versioned export: the minutes say which
version they are and when it was approved, and partners read no group-only reason."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from cycle_case import MARK, TODAY, build_cycle
from export_case import pdf_text

from workbench.domain import AgendaItem, Audience
from workbench.exports.runner import ExportKind, ExportRequest, run_export
from workbench.exports.sending import SendRequest, prepare_send
from workbench.services.cycle import approval
from workbench.services.errors import DomainError
from workbench.services.records import update_record


def _minutes(db, ids, tmp_path: Path, audience: Audience) -> str:
    path = tmp_path / f"minutes-{audience}.pdf"
    run_export(db, ExportRequest(ExportKind.MINUTES, ids.call, path, audience, today=TODAY))
    return pdf_text(path.read_bytes())


def test_minutes_approved_before_versions_were_kept_do_not_say_draft(db, tmp_path: Path) -> None:
    """A meeting whose status is "minutes approved" with no version recorded (a file from
    before versions, the demo's older meetings): the status line does not contradict it."""
    from workbench.domain import Meeting, MeetingStatus

    ids = build_cycle(db)
    with db.transaction() as s:
        update_record(s, Meeting, ids.call, status=MeetingStatus.MINUTES_APPROVED)
    text = _minutes(db, ids, tmp_path, Audience.PARTNERS)
    assert "Minutes approved" in text
    assert "not yet approved" not in text


def test_minutes_go_from_draft_to_approved_to_a_corrected_version(db, tmp_path: Path) -> None:
    ids = build_cycle(db)
    assert "Held · draft, not yet approved" in _minutes(db, ids, tmp_path, Audience.PARTNERS)

    prepare_send(db, SendRequest(ExportKind.MINUTES, ids.call, eml_path=tmp_path / "m.eml"))
    with db.transaction() as s:  # at the next call, the item on its agenda
        approval.approve_minutes(s, ids.call, now=datetime(2026, 4, 7, 12, 20, tzinfo=UTC))
    text = _minutes(db, ids, tmp_path, Audience.PARTNERS)
    assert "version 1, approved 7 April 2026 at Call with Mica Corp (7 April 2026)" in text

    with pytest.raises(DomainError, match="frozen"), db.transaction() as s:
        update_record(s, AgendaItem, ids.item, outcome="Map to be finished by July.")
    with pytest.raises(DomainError, match="needs a reason"), db.transaction() as s:
        approval.begin_correction(s, ids.call, "")
    with db.transaction() as s:
        approval.begin_correction(s, ids.call, f"{MARK} June, not July", reason_for_partners=False)
        update_record(s, AgendaItem, ids.item, outcome="Map to be finished by July.")
        approval.finish_correction(s, ids.call, now=datetime(2026, 5, 4, 9, 0, tzinfo=UTC))

    partners = _minutes(db, ids, tmp_path, Audience.PARTNERS)
    group = _minutes(db, ids, tmp_path, Audience.GROUP)
    assert "Minutes approved · version 2, approved 7 April 2026" in partners
    assert "corrected 4 May 2026" in partners
    assert "Map to be finished by July." in partners
    assert MARK not in partners  # the reason is the group's
    assert f"corrected 4 May 2026: {MARK} June, not July" in group.replace("\n", " ")

    # the approved version goes out as such
    result = prepare_send(
        db, SendRequest(ExportKind.MINUTES, ids.call, eml_path=tmp_path / "final.eml")
    )
    assert "approved minutes of Call with Mica Corp of 10 March 2026 (version 2)" in (
        result.draft.body.replace("\n", " ")
    )

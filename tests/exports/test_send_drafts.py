"""Send to partners: the .eml draft parses back with its recipients, attachment and
audience, the send log records it, and a partners draft never carries a group version."""

from __future__ import annotations

import email
import hashlib
import io
from email import policy
from pathlib import Path

import pytest
from cycle_case import MARK, TODAY, build_cycle
from pypdf import PdfReader

from workbench.domain import Audience
from workbench.exports.mail import Attachment, MailError, build_draft
from workbench.exports.runner import ExportError, ExportKind
from workbench.exports.sending import SendRequest, prepare_send
from workbench.services.cycle import versions
from workbench.services.cycle.distribution import Recipient
from workbench.services.cycle.sendlog import list_sent
from workbench.services.meetings import agenda


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_minutes_for_partners_go_to_the_partners_list_with_the_partners_pdf(
    db, tmp_path: Path
) -> None:
    ids = build_cycle(db)
    out = tmp_path / "minutes.eml"
    result = prepare_send(
        db, SendRequest(ExportKind.MINUTES, ids.call, Audience.PARTNERS, "en", out, today=TODAY)
    )
    msg = _parse(out)
    assert msg["X-Unsent"] == "1"
    assert msg["X-Workbench-Audience"] == "partners"
    assert msg["To"] == "Priya <priya@mica.example>"  # not the members: they get the group's
    assert msg["Subject"] == "Minutes: Call with Mica Corp, 10 March 2026"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "draft minutes of Call with Mica Corp of 10 March 2026" in body
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename().endswith("-partners-en.pdf")
    data = attachment.get_content()
    text = _pdf_text(data)
    assert "For partners" in text and MARK not in text
    # Ms Official has no address: not addressed, but named in the preview
    assert "Ms Official" not in msg["To"]
    assert "Not addressed, no e-mail address known: Ms Official" in result.preview
    # the send log
    with db.session() as s:
        (row,) = list_sent(s, meeting_id=ids.call)
        state = versions.minutes_state(s, ids.call)
        items = [i.title for i in agenda.list_items(s, ids.next_call)]
    assert row.file_name == attachment.get_filename()
    assert row.checksum == hashlib.sha256(data).hexdigest() and row.size == len(data)
    assert row.audience == Audience.PARTNERS and row.lang == "en"
    assert row.recipients == ("Ms Official", "Priya <priya@mica.example>")
    assert state.stage == "awaiting_approval"
    assert any(t.startswith("Approve the minutes of Call with Mica Corp") for t in items)


def test_the_group_version_goes_to_the_group_list_with_a_warning(db, tmp_path: Path) -> None:
    ids = build_cycle(db)
    out = tmp_path / "agenda.eml"
    prepare_send(
        db, SendRequest(ExportKind.AGENDA, ids.next_call, Audience.GROUP, "nl", out, today=TODAY)
    )
    msg = _parse(out)
    assert msg["To"] == "Eva <eva@wg.example>, Joost <joost@wg.example>"
    assert msg["Subject"] == "Agenda: Call with Mica Corp, 7 april 2026"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "Deze versie is alleen voor de werkgroep." in body
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename().endswith("-group-nl.pdf")


def test_report_and_tracker_are_sent_for_the_engagement(db, tmp_path: Path) -> None:
    ids = build_cycle(db)
    prepare_send(
        db,
        SendRequest(ExportKind.TRACKER, ids.engagement, eml_path=tmp_path / "t.eml", today=TODAY),
    )
    msg = _parse(tmp_path / "t.eml")
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    with db.session() as s:
        (row,) = list_sent(s, engagement_id=ids.engagement)
    assert row.kind == "tracker" and row.meeting_id is None


def test_a_partners_draft_cannot_carry_a_group_version() -> None:
    someone = Recipient("p", "Priya", "priya@mica.example", "Mica Corp")
    with pytest.raises(MailError, match="cannot carry a working-group version"):
        build_draft(
            audience=Audience.PARTNERS,
            lang="en",
            subject="x",
            body="x",
            recipients=[someone],
            attachments=[Attachment("minutes-group-en.pdf", b"%PDF", Audience.GROUP)],
        )


def test_a_group_only_meeting_cannot_be_sent_to_partners(db, tmp_path: Path) -> None:
    ids = build_cycle(db)
    out = tmp_path / "wg.eml"
    with pytest.raises(ExportError, match="working group only"):
        prepare_send(db, SendRequest(ExportKind.MINUTES, ids.wg, Audience.PARTNERS, eml_path=out))
    assert not out.exists()
    with db.session() as s:
        assert list_sent(s) == []

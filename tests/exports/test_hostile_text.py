"""Any text a user can type exports without error and reads back as typed."""

from __future__ import annotations

import io

import pytest
from export_case import GENERATED, TODAY, pdf_text
from openpyxl import load_workbook

from workbench.domain import Action, AgendaItem, Audience, Commitment, Meeting
from workbench.exports.pdf.agenda import write_agenda
from workbench.exports.pdf.minutes import write_minutes
from workbench.exports.pdf.report import write_report
from workbench.exports.xlsx.tracker import write_tracker
from workbench.services.records import update_record
from workbench.services.reporting.engagement import load_engagement
from workbench.services.reporting.minutes import load_meeting

MARKUP = "Tom & Jerry <b>unclosed <i>tag</font> a<b 5 > 3 &amp; &#169; <br/>"
EMOJI = "Before 😀👍🏽🇳🇱 after"
RTL = "Hebrew שלום עולם and Arabic مرحبا بالعالم end"
CONTROL = "bell\x07 and null\x00 gone"
LONG = " ".join(f"word{i}" for i in range(2500)) + " THE-END"  # about 20,000 characters
NO_SPACES = "x" * 5000 + "TAIL"


@pytest.fixture
def hostile(marked):
    db, ids = marked
    assert len(LONG) > 20_000
    with db.transaction() as s:
        update_record(s, Meeting, ids.meeting, title=f"Call {MARKUP}", place=RTL)
        with db.session() as r:
            item = load_meeting(r, ids.meeting, Audience.PARTNERS).items[0].id
        update_record(s, AgendaItem, item, title=EMOJI, notes=LONG, outcome=CONTROL)
        update_record(
            s,
            Commitment,
            ids.partners_commitment,
            text=NO_SPACES,
            evidence=MARKUP,
            evidence_audience=Audience.PARTNERS,
        )
        update_record(
            s,
            Action,
            ids.partners_action,
            title=RTL,
            notes=f"line one\nline two\t{MARKUP}",
            notes_audience=Audience.PARTNERS,
        )
    return db, ids


def _docs(db, ids):
    with db.session() as s:
        return (
            load_meeting(s, ids.meeting, Audience.PARTNERS, today=TODAY),
            load_engagement(s, ids.engagement, Audience.PARTNERS, today=TODAY),
        )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_pdfs_take_any_text(hostile, lang: str) -> None:
    db, ids = hostile
    meeting, engagement = _docs(db, ids)
    texts = []
    for write, doc in (
        (write_minutes, meeting),
        (write_agenda, meeting),
        (write_report, engagement),
    ):
        out = io.BytesIO()
        write(doc, out, lang=lang, generated_at=GENERATED)
        texts.append(pdf_text(out.getvalue()))
    minutes, agenda, report = texts
    for text in (minutes, agenda):
        assert "Tom & Jerry <b>unclosed <i>tag</font> a<b 5 > 3 &amp; &#169; <br/>" in text
    assert "Before" in minutes and "after" in minutes  # emoji: the text around it is intact
    assert "THE-END" in minutes and "word1234" in minutes  # the 20,000-character note, whole
    assert "bell and null gone" in minutes
    assert "line one" in report and "line two" in report
    assert "TAIL" in report  # a 5,000-character word breaks across lines, not the layout
    for word in ("Hebrew", "Arabic", "end"):
        assert word in report
    assert "שלום" in minutes or "םולש" in minutes  # Hebrew letters are there, in either order


def test_tracker_takes_any_text(hostile) -> None:
    db, ids = hostile
    _, engagement = _docs(db, ids)
    out = io.BytesIO()
    write_tracker(engagement, out, lang="en", generated_at=GENERATED)
    wb = load_workbook(io.BytesIO(out.getvalue()))
    actions = {r[0]: r for r in wb["Actions"].iter_rows(min_row=2, values_only=True)}
    assert actions[ids.partners_action][1] == RTL
    assert actions[ids.partners_action][8] == f"line one\nline two\t{MARKUP}"
    commitments = {r[0]: r for r in wb["Commitments"].iter_rows(min_row=2, values_only=True)}
    assert commitments[ids.partners_commitment][4] == NO_SPACES
    assert commitments[ids.partners_commitment][8] == MARKUP
    meetings = {r[0]: r for r in wb["Meetings"].iter_rows(min_row=2, values_only=True)}
    assert meetings[ids.meeting][3] == f"Call {MARKUP}" and meetings[ids.meeting][4] == RTL

"""The report says what the group decided, meeting by meeting, by the audience rule."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from export_case import GENERATED, GROUP_MARKERS, TODAY, pdf_text

from workbench.domain import Audience, Decision
from workbench.exports.pdf.report import write_report
from workbench.services.records import create_record, tombstone
from workbench.services.reporting.engagement import load_engagement

HIDDEN_DECISION = "Invite the car makers to the RMI session"  # partners, group-only meeting


@pytest.fixture
def decided(marked):
    db, ids = marked
    with db.transaction() as s:
        create_record(
            s,
            Decision,
            meeting_id=ids.hidden_meeting,
            text=HIDDEN_DECISION,
            audience=Audience.PARTNERS,
        )
        create_record(
            s,
            Decision,
            meeting_id=ids.next_meeting,
            text="Review the mapping in June",
            audience=Audience.PARTNERS,
        )
    return db, ids


def _report(db, ids, audience: Audience, lang: str) -> bytes:
    with db.session() as s:
        doc = load_engagement(s, ids.engagement, audience, today=TODAY)
    out = io.BytesIO()
    write_report(doc, out, lang=lang, generated_at=GENERATED)
    return out.getvalue()


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


@pytest.mark.parametrize(
    ("lang", "heading", "first", "second", "after"),
    [
        ("en", "Decisions", "1 March 2021 · Call with Velora", "1 June 2021", "Commitment ledger"),
        ("nl", "Besluiten", "1 maart 2021 · Call with Velora", "1 juni 2021", "Overzicht van"),
    ],
)
def test_partners_report_lists_decisions_by_meeting(
    decided, lang: str, heading: str, first: str, second: str, after: str
) -> None:
    db, ids = decided
    text = pdf_text(_report(db, ids, Audience.PARTNERS, lang))
    decisions = _section(text, f"{heading} {first}", after)
    # by meeting, in date order, numbered within each meeting (a decision under an item
    # partners do not see comes first: its item cannot be named)
    assert re.search(
        r"1\. Decision under a group item 2\. Share the research "
        + r"1 (June|juni) 2021 · Second call with Velora 1\. Review the mapping in June",
        decisions,
    ), decisions
    assert second in decisions
    # a decision of a group-only meeting never reaches partners, nor that meeting
    assert HIDDEN_DECISION not in text
    assert GROUP_MARKERS["decision"] not in text and GROUP_MARKERS["meeting"] not in text


def test_group_report_has_every_decision_and_marks_what_is_group_only(decided) -> None:
    db, ids = decided
    text = pdf_text(_report(db, ids, Audience.GROUP, "en"))
    decisions = _section(text, "Decisions", "Commitment ledger")
    for line in (
        GROUP_MARKERS["meeting"] + " [working group only] 1. " + HIDDEN_DECISION,
        "Share the research",
        GROUP_MARKERS["decision"] + " [working group only]",
        "Second call with Velora 1. Review the mapping in June",
    ):
        assert line in decisions, line


def test_a_report_without_decisions_says_so(marked) -> None:
    db, ids = marked
    with db.session() as s:
        found = load_engagement(s, ids.engagement, Audience.GROUP, today=TODAY).decisions
    with db.transaction() as s:
        for d in found:
            tombstone(s, Decision, d.id)
    for lang, words in (("en", "Decisions No decisions recorded."), ("nl", "Besluiten Geen")):
        assert words in pdf_text(_report(db, ids, Audience.PARTNERS, lang))


def test_the_decisions_render_for_both_audiences(decided, tmp_path: Path) -> None:
    """Pages to look at: ``pdftoppm`` draws every page of both reports."""
    db, ids = decided
    for audience in Audience:
        pdf = tmp_path / f"report-{audience.value}.pdf"
        pdf.write_bytes(_report(db, ids, audience, "nl"))
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / audience.value)],
            check=True,
        )
        pages = sorted(tmp_path.glob(f"{audience.value}-*.png"))
        assert pages and all(p.stat().st_size > 5000 for p in pages)

"""Every kind of PDF in any script: fonts all embedded, text read back, sizes small.

The marked case (``export_case``) gets a Dutch minutes text with an Arabic name, Hebrew,
Hindi and emoji in its notes, its place and its engagement title (which the header and
footer of every page repeat); then each export is read back with poppler.
"""

from __future__ import annotations

import io

import pytest
from export_case import GENERATED, TODAY, pdf_pages
from pdf_glyphs import (
    NOTDEF,
    drawn,
    overlapping_words,
    pdffonts,
    pdftotext,
    squeeze,
    word_boxes,
)
from test_scripts_pdf import LINES

from workbench.domain import AgendaItem, Audience, Decision, Engagement, Meeting
from workbench.exports.pdf.agenda import write_agenda
from workbench.exports.pdf.minutes import write_minutes
from workbench.exports.pdf.report import write_report
from workbench.services.records import create_record, update_record
from workbench.services.reporting.engagement import load_engagement
from workbench.services.reporting.minutes import load_meeting

PLACE = "Koderma 👍🏽 झुमरी तिलैया"
TITLE = "Mica in Jharkhand: खदानें"
DECISION = "نشر البحث"
NOTE_LINES = [text for name, (text, _) in LINES.items() if name not in ("hebrew alone", "emoji")]


def _export(db, ids, kind: str, audience: Audience, meeting: str | None = None) -> bytes:
    out = io.BytesIO()
    with db.session() as s:
        if kind == "report":
            doc = load_engagement(s, ids.engagement, audience, today=TODAY)
            write_report(doc, out, lang="nl", generated_at=GENERATED)
        else:
            doc = load_meeting(s, meeting or ids.meeting, audience, today=TODAY)
            write = write_minutes if kind == "minutes" else write_agenda
            write(doc, out, lang="nl", generated_at=GENERATED)
    return out.getvalue()


@pytest.fixture
def scripts(marked):
    """The marked case with text in four scripts in the next meeting and the engagement."""
    db, ids = marked
    with db.transaction() as s:
        with db.session() as r:
            item = load_meeting(r, ids.next_meeting, Audience.PARTNERS).items[0].id
        update_record(
            s, AgendaItem, item, notes="\n".join(NOTE_LINES), notes_audience=Audience.PARTNERS
        )
        update_record(s, Meeting, ids.next_meeting, place=PLACE)
        update_record(s, Engagement, ids.engagement, title=TITLE)
        create_record(
            s, Decision, meeting_id=ids.next_meeting, text=DECISION, audience=Audience.PARTNERS
        )
    return db, ids


def test_minutes_in_any_script_read_back_in_logical_order(scripts, tmp_path) -> None:
    db, ids = scripts
    pdf = _export(db, ids, "minutes", Audience.PARTNERS, ids.next_meeting)
    text = squeeze(pdftotext(pdf, tmp_path))
    assert squeeze("".join(NOTE_LINES)) in text
    assert squeeze(PLACE) in text
    assert text.count(squeeze(TITLE)) >= 2  # the cover and the footer
    # A numbered decision in Arabic stays a left-to-right line: its number comes first.
    assert squeeze(f"1. {DECISION}") in text
    assert not [font for font, outline in drawn(pdf) if outline == NOTDEF]


def test_one_page_of_minutes_in_any_script_stays_under_300_kb(scripts) -> None:
    db, ids = scripts
    pdf = _export(db, ids, "minutes", Audience.PARTNERS, ids.next_meeting)
    assert pdf_pages(pdf) == 1
    assert len(pdf) < 300 * 1024


@pytest.mark.parametrize("audience", [Audience.PARTNERS, Audience.GROUP])
@pytest.mark.parametrize("kind", ["minutes", "agenda", "report"])
@pytest.mark.parametrize("text", ["plain", "scripts"])
def test_every_font_a_pdf_names_is_embedded(
    request, kind: str, audience: Audience, text: str, tmp_path
) -> None:
    db, ids = request.getfixturevalue("scripts" if text == "scripts" else "marked")
    fonts = pdffonts(_export(db, ids, kind, audience, ids.next_meeting), tmp_path)
    assert fonts
    assert [f["name"] for f in fonts if f["emb"] != "yes"] == []
    assert [f["name"] for f in fonts if f["sub"] != "yes" or f["uni"] != "yes"] == []
    if text == "scripts" and kind != "report":
        names = " ".join(f["name"] for f in fonts)
        assert "NotoSansDevanagari" in names and "NotoEmoji" in names


def test_a_long_title_in_any_script_leaves_header_and_footer_readable(scripts, tmp_path) -> None:
    db, ids = scripts
    long_title = f"{TITLE} en de keten van ساحل العاج tot Nederland 👍🏽 " * 3
    with db.transaction() as s:
        update_record(s, Engagement, ids.engagement, title=long_title)
    pdf = _export(db, ids, "report", Audience.PARTNERS)
    assert overlapping_words(word_boxes(pdf, tmp_path)) == []
    assert "…" in pdftotext(pdf, tmp_path)  # shortened in the header and footer

"""Minutes and agenda PDFs: every section in both languages, and the audience rule."""

from __future__ import annotations

import dataclasses
import io

import pytest
from export_case import GENERATED, GROUP_MARKERS, MARK, TODAY, pdf_text
from pypdf import PdfReader

from workbench.domain import Audience
from workbench.exports.pdf.agenda import write_agenda
from workbench.exports.pdf.minutes import write_minutes
from workbench.services.errors import NotFoundError
from workbench.services.reporting.minutes import AudienceError, load_meeting


def minutes_pdf(db, meeting_id: str, audience: Audience, lang: str) -> bytes:
    with db.session() as s:
        doc = load_meeting(s, meeting_id, audience, today=TODAY)
    out = io.BytesIO()
    write_minutes(doc, out, lang=lang, generated_at=GENERATED)
    return out.getvalue()


def agenda_pdf(db, meeting_id: str, audience: Audience, lang: str) -> bytes:
    with db.session() as s:
        doc = load_meeting(s, meeting_id, audience, today=TODAY)
    out = io.BytesIO()
    write_agenda(doc, out, lang=lang, generated_at=GENERATED)
    return out.getvalue()


SECTIONS = {
    "en": [
        "Minutes",
        "Attendance",
        "Agenda items",
        "Decisions",
        "Commitments by the company",
        "Commitments by the working group",
        "Actions",
        "Next meeting",
        "For partners",
        "page 1 of",
        "Chair",
        "Minute-taker",
        "1 March 2021",
    ],
    "nl": [
        "Verslag",
        "Aanwezigheid",
        "Agendapunten",
        "Besluiten",
        "Toezeggingen van het bedrijf",
        "Toezeggingen van de werkgroep",
        "Acties",
        "Volgende vergadering",
        "Voor partners",
        "pagina 1 van",
        "Voorzitter",
        "Notulist",
        "1 maart 2021",
    ],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_minutes_have_every_section_in_the_language_asked(marked, lang: str) -> None:
    db, ids = marked
    text = pdf_text(minutes_pdf(db, ids.meeting, Audience.PARTNERS, lang))
    for label in SECTIONS[lang]:
        assert label in text, label
    # the content itself, as typed
    for content in [
        "Call with Velora",
        "Mica supply chain",
        "Mapping of mica",
        "Velora mapped paint.",
        "Second line of notes.",
        "Mapping continues",
        "Share the research",
        "Appoint mica capacity",
        "Share field research",
        "Send the slides",
        "A partners note",
        "Second call with Velora",
        "Alice Jansen",
        "Bob Keller",
        "Terre des Hommes",
        "Velora Automotive",
    ]:
        assert content in text, content


def test_minutes_for_partners_contain_nothing_group_only(marked) -> None:
    db, ids = marked
    for lang in ("en", "nl"):
        data = minutes_pdf(db, ids.meeting, Audience.PARTNERS, lang)
        assert MARK not in pdf_text(data)
        # a partners decision taken under a group-only item appears, without the item
        assert "Decision under a group item" in pdf_text(data)


def test_minutes_for_the_group_contain_the_group_only_content(marked) -> None:
    db, ids = marked
    text = pdf_text(minutes_pdf(db, ids.meeting, Audience.GROUP, "en"))
    for key in (
        "item_title",
        "item_notes",
        "item_outcome",
        "decision",
        "commitment_company",
        "commitment_group",
        "action",
        "note",
    ):
        assert GROUP_MARKERS[key] in text, key
    assert "Working group only" in text and "Do not forward" in text


def test_minutes_metadata_say_what_and_for_whom(marked) -> None:
    db, ids = marked
    reader = PdfReader(io.BytesIO(minutes_pdf(db, ids.meeting, Audience.PARTNERS, "nl")))
    meta = reader.metadata
    assert meta.title == "Verslag: Call with Velora"
    assert meta.author == "Engagement Workbench"
    assert meta.subject == "Mica supply chain"
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts)  # the Unicode font is embedded (subset)


def test_every_page_has_header_and_page_n_of_m(marked) -> None:
    db, ids = marked
    from workbench.domain import AgendaItem
    from workbench.services.records import update_record

    with db.transaction() as s:  # make the minutes run over several pages
        with db.session() as r:
            item_id = load_meeting(r, ids.meeting, Audience.PARTNERS).items[0].id
        update_record(s, AgendaItem, item_id, notes="Long notes. " * 1500)
    reader = PdfReader(io.BytesIO(minutes_pdf(db, ids.meeting, Audience.PARTNERS, "en")))
    total = len(reader.pages)
    assert total >= 3
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"page {n} of {total}" in text
        assert "For partners" in text and "Minutes: Call with Velora" in text


def test_group_only_meeting_has_no_partners_minutes(marked) -> None:
    db, ids = marked
    with db.session() as s, pytest.raises(AudienceError, match="working group only"):
        load_meeting(s, ids.hidden_meeting, Audience.PARTNERS)
    with db.session() as s, pytest.raises(NotFoundError):
        load_meeting(s, "no-such-meeting", Audience.GROUP)


def test_partners_minutes_do_not_name_a_group_only_next_meeting(marked) -> None:
    db, ids = marked
    with db.session() as s:
        doc = load_meeting(s, ids.meeting, Audience.PARTNERS, today=TODAY)
    assert doc.next_meeting is not None and doc.next_meeting.id == ids.next_meeting


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_agenda_has_items_time_boxes_and_what_is_carried_over(marked, lang: str) -> None:
    db, ids = marked
    text = pdf_text(agenda_pdf(db, ids.next_meeting, Audience.PARTNERS, lang))
    expected = {
        "en": [
            "Agenda",
            "Invited",
            "Agenda items",
            "Carried over from earlier meetings",
            "Open actions",
            "Commitments by the company",
            "Presenter",
            "1 June 2021",
        ],
        "nl": [
            "Agenda",
            "Uitgenodigd",
            "Agendapunten",
            "Meegenomen uit eerdere vergaderingen",
            "Openstaande acties",
            "Toezeggingen van het bedrijf",
            "Inleider",
            "1 juni 2021",
        ],
    }[lang]
    for label in expected:
        assert label in text, label
    for content in [
        "Progress on mapping",
        "Bob Keller",
        "Send the slides",
        "Appoint mica capacity",
        "Action from a group meeting",
        "Promise made in a group meeting",
    ]:
        assert content in text, content
    assert MARK not in text


def test_agenda_for_the_group_carries_over_group_only_actions(marked) -> None:
    db, ids = marked
    text = pdf_text(agenda_pdf(db, ids.next_meeting, Audience.GROUP, "en"))
    assert GROUP_MARKERS["action_open"] in text
    assert GROUP_MARKERS["meeting"] in text  # the group may see where it came from


def test_minutes_read_without_the_carry_over_only_the_agenda_shows(marked) -> None:
    db, ids = marked
    with db.session() as s:
        full = load_meeting(s, ids.next_meeting, Audience.GROUP, today=TODAY)
        lean = load_meeting(s, ids.next_meeting, Audience.GROUP, today=TODAY, carry_over=False)
    assert full.carried_actions and full.carried_commitments
    assert lean == dataclasses.replace(full, carried_actions=(), carried_commitments=())

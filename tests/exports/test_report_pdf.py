"""The engagement report PDF: sections in both languages, the audience rule, the demo case."""

from __future__ import annotations

import io

import pytest
from export_case import GENERATED, GROUP_MARKERS, MARK, TODAY, pdf_text

from workbench.domain import Audience
from workbench.exports.pdf.report import write_report
from workbench.services.reporting.engagement import load_engagement


def report_pdf(db, engagement_id: str, audience: Audience, lang: str) -> bytes:
    with db.session() as s:
        doc = load_engagement(s, engagement_id, audience, today=TODAY)
    out = io.BytesIO()
    write_report(doc, out, lang=lang, generated_at=GENERATED)
    return out.getvalue()


SECTIONS = {
    "en": [
        "Engagement report",
        "Summary",
        "Baseline",
        "Companies and objectives",
        "Stage",
        "Timeline of meetings",
        "Commitment ledger",
        "Commitments by the company",
        "Commitments by the working group",
        "Actions",
        "Lessons learned",
        "For partners",
        "2 Acknowledged",
        "Stage changes",
    ],
    "nl": [
        "Engagementrapport",
        "Samenvatting",
        "Nulmeting",
        "Bedrijven en doelstellingen",
        "Fase",
        "Tijdlijn van vergaderingen",
        "Overzicht van toezeggingen",
        "Toezeggingen van het bedrijf",
        "Toezeggingen van de werkgroep",
        "Acties",
        "Geleerde lessen",
        "Voor partners",
        "2 Erkend door bedrijf",
        "Fasewijzigingen",
    ],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_report_has_every_section(marked, lang: str) -> None:
    db, ids = marked
    text = pdf_text(report_pdf(db, ids.engagement, Audience.PARTNERS, lang))
    for label in SECTIONS[lang]:
        assert label in text, label
    for content in [
        "Mica supply chain",
        "Collective engagement on mica.",
        "Velora Automotive",
        "Join RMI",
        "Call with Velora",
        "Appoint mica capacity",
        "Share field research",
        "Promise made in a group meeting",
        "Send the slides",
        "Be creative",
    ]:
        assert content in text, content


def test_partners_report_contains_nothing_group_only(marked) -> None:
    db, ids = marked
    for lang in ("en", "nl"):
        assert MARK not in pdf_text(report_pdf(db, ids.engagement, Audience.PARTNERS, lang))


def test_group_report_contains_group_only_content(marked) -> None:
    db, ids = marked
    text = pdf_text(report_pdf(db, ids.engagement, Audience.GROUP, "en"))
    for key in (
        "objective",
        "lesson",
        "commitment_company",
        "commitment_group",
        "action",
        "meeting",
    ):
        assert GROUP_MARKERS[key] in text, key


def test_stage_change_in_a_group_meeting_is_shown_without_the_meeting(marked) -> None:
    db, ids = marked
    with db.session() as s:
        partners = load_engagement(s, ids.engagement, Audience.PARTNERS, today=TODAY)
        group = load_engagement(s, ids.engagement, Audience.GROUP, today=TODAY)
    [p_obj] = [o for o in partners.objectives if o.id == ids.objective]
    [g_obj] = [o for o in group.objectives if o.id == ids.objective]
    assert [(c.old, c.new) for c in p_obj.stage_changes] == [(1, 2)]
    assert p_obj.stage_changes[0].meeting_title is None
    assert g_obj.stage_changes[0].meeting_title == GROUP_MARKERS["meeting"]
    assert partners.notes == () and group.notes  # notes only for the group


@pytest.mark.parametrize("audience", [Audience.PARTNERS, Audience.GROUP])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_demo_report_exports(demo_db, audience: Audience, lang: str) -> None:
    from workbench.services.demo.build import ENGAGEMENT_ID

    text = pdf_text(report_pdf(demo_db, ENGAGEMENT_ID, audience, lang))
    assert "Velora Automotive" in text and "Northgate Components" in text

"""Agenda templates: the shipped three, saving a meeting's agenda, and the round trip."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from workbench.domain import AgendaTemplate, Engagement, MeetingKind, Purpose, TemplateItem
from workbench.services.errors import DomainError
from workbench.services.meetings import agenda, templates


def test_default_templates_are_created_once_with_fixed_ids(db) -> None:
    with db.transaction() as s:
        made = templates.ensure_default_templates(s)
    with db.transaction() as s:
        again = templates.ensure_default_templates(s)
        rows = templates.list_templates(s)
    assert len(made) == 3 and again == []
    assert {r.name for r in rows} == {
        "Company engagement call",
        "Working-group meeting",
        "Quarterly progress review",
    }
    call = next(r for r in rows if r.name == "Company engagement call")
    assert call.id == templates.template_id("company-call")
    assert call.kind == MeetingKind.COMPANY_CALL
    assert call.item_count == 6 and call.total_minutes <= call.duration_minutes
    with db.session() as s:
        assert len(s.exec(select(TemplateItem)).all()) == 18


def test_a_deleted_shipped_template_stays_deleted(db) -> None:
    with db.transaction() as s:
        templates.ensure_default_templates(s)
        templates.delete_template(s, templates.template_id("quarterly-review"))
    with db.transaction() as s:
        templates.ensure_default_templates(s)
        names = {r.name for r in templates.list_templates(s)}
    assert "Quarterly progress review" not in names
    assert len(names) == 2


def test_template_round_trip(db) -> None:
    start = datetime(2025, 5, 6, 13, tzinfo=UTC)
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        s.add(eng)
        templates.ensure_default_templates(s)
        first = templates.create_meeting_from_template(
            s,
            templates.template_id("company-call"),
            engagement_id=eng.id,
            title="Call with Velora",
            starts_at=start,
        )
        items = agenda.list_items(s, first.id)
        assert first.kind == MeetingKind.COMPANY_CALL and first.duration_minutes == 60
        assert items[0].is_carry_over
        assert [i.title for i in items[1:3]] == [
            "Welcome and introductions",
            "Progress on commitments made by the company",
        ]
        # Edit the agenda, then save it as a template of our own.
        agenda.update_item(s, items[1].id, planned_minutes=3, purpose="inform")
        agenda.add_item(s, first.id, title="Drive Sustainability event", purpose="decide")
        saved = templates.save_as_template(s, first.id, "Velora call", description="Ours")
    with db.transaction() as s:
        rows = templates.template_items(s, saved.id)
        assert rows[0].title == "Welcome and introductions"  # no carry-over item
        assert rows[-1].title == "Drive Sustainability event"
        assert rows[-1].purpose == Purpose.DECIDE
        assert rows[0].planned_minutes == 3
        second = templates.create_meeting_from_template(
            s, saved.id, engagement_id=eng.id, starts_at=start.replace(month=9)
        )
        again = agenda.list_items(s, second.id)
        assert second.title == "Velora call"
        assert [(i.title, i.purpose, i.planned_minutes) for i in again[1:]] == [
            (r.title, r.purpose, r.planned_minutes) for r in rows
        ]
        stored = s.get(AgendaTemplate, saved.id)
        assert (stored.kind, stored.duration_minutes, stored.description) == (
            MeetingKind.COMPANY_CALL,
            60,
            "Ours",
        )


def test_saving_needs_a_name_and_items(db) -> None:
    with db.transaction() as s:
        meeting = agenda.create_meeting(s, title="Empty", engagement_id=None)
    with pytest.raises(DomainError, match="name"), db.transaction() as s:
        templates.save_as_template(s, meeting.id, " ")
    with pytest.raises(DomainError, match="no agenda items"), db.transaction() as s:
        templates.save_as_template(s, meeting.id, "Empty")


def test_shipped_templates_and_carry_over_are_made_in_the_users_language(db) -> None:
    """A Dutch user planning a meeting from a shipped template reads Dutch items, the
    carry-over item first; ids are those of the English templates."""
    from workbench import texts

    texts.set_content_language("nl")
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        s.add(eng)
        templates.ensure_default_templates(s)
        names = {r.name for r in templates.list_templates(s)}
        meeting = templates.create_meeting_from_template(
            s, templates.template_id("company-call"), engagement_id=eng.id
        )
        titles = [i.title for i in agenda.list_items(s, meeting.id)]
    assert names == {
        "Engagementgesprek met een onderneming",
        "Werkgroepvergadering",
        "Kwartaaloverleg over de voortgang",
    }
    assert meeting.title == "Engagementgesprek met een onderneming"
    assert titles[0] == "Actiepunten en toezeggingen uit eerdere vergaderingen"
    assert titles[1] == "Welkom en kennismaking" and titles[-1] == "Rondvraag"


def test_existing_templates_are_left_in_their_language(db) -> None:
    """Templates made in English (or edited) stay as they are when the language changes."""
    from workbench import texts

    with db.transaction() as s:
        templates.ensure_default_templates(s, lang="en")
    texts.set_content_language("nl")
    with db.transaction() as s:
        assert templates.ensure_default_templates(s) == []
        names = {r.name for r in templates.list_templates(s)}
    assert "Company engagement call" in names and "Werkgroepvergadering" not in names


def test_every_shipped_text_exists_in_both_languages() -> None:
    """The Python-side catalogue is complete: each template has its name, description and
    one title per item in English and in Dutch, and the Dutch differs from the English."""
    from workbench import texts

    for shipped in templates.SHIPPED:
        assert set(shipped.words) == set(texts.LANGUAGES)
        en, nl = shipped.words["en"], shipped.words["nl"]
        for words in (en, nl):
            assert words.name and words.description
            assert len(words.titles) == len(shipped.items)
        assert en.name != nl.name and en.description != nl.description
        assert not set(en.titles) & set(nl.titles)
    assert set(texts.CARRY_OVER_TITLE) == set(texts.LANGUAGES)

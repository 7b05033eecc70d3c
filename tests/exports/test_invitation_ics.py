"""The invitation is an RFC 5545 file that ``icalendar`` reads back as it was meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cycle_case import MARK, build_cycle
from icalendar import Calendar

from workbench.domain import Meeting
from workbench.exports.ical import invitation_ics
from workbench.services.cycle.invitation import load_invitation
from workbench.services.errors import DomainError
from workbench.services.records import update_record


def _event(db, meeting_id, audience=None, lang="en"):
    with db.session() as s:
        doc = load_invitation(s, meeting_id, audience)
    data = invitation_ics(doc, lang)
    cal = Calendar.from_ical(data)
    return data, cal, cal.walk("VEVENT")[0]


def test_an_invitation_names_organiser_attendees_agenda_and_link(db) -> None:
    ids = build_cycle(db)
    data, cal, event = _event(db, ids.call)
    assert data.count(b"\r\n") > 10  # CRLF line ends
    assert str(cal["method"]) == "REQUEST"
    assert str(event["uid"]) == f"{ids.call}@engagement-workbench"
    assert int(event["sequence"]) == 0
    assert event.decoded("dtstart") == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
    assert event.decoded("dtend") == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    assert str(event["organizer"]) == "mailto:joost@wg.example"
    attendees = event["attendee"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert sorted(str(a) for a in attendees) == [
        "mailto:eva@wg.example",
        "mailto:priya@mica.example",
    ]
    priya = next(a for a in attendees if "priya" in str(a))
    assert priya.params["CN"] == "Priya (Mica Corp)"
    assert priya.params["RSVP"] == "TRUE"
    assert str(event["location"]) == "https://meet.example/mica"
    assert str(event["url"]) == "https://meet.example/mica"
    text = str(event["description"])
    assert "1. Progress on the supply-chain map (10 min, Eva)" in text
    assert MARK not in data.decode()  # the partners call's group-only item stays out


def test_a_change_of_time_or_place_raises_the_sequence_and_keeps_the_uid(db) -> None:
    ids = build_cycle(db)
    _, _, before = _event(db, ids.next_call)
    with db.transaction() as s:
        update_record(s, Meeting, ids.next_call, title="Renamed call")  # not time or place
    _, _, renamed = _event(db, ids.next_call)
    with db.transaction() as s:
        update_record(s, Meeting, ids.next_call, starts_at=datetime(2026, 4, 8, 12, tzinfo=UTC))
    with db.transaction() as s:
        update_record(s, Meeting, ids.next_call, place="Utrecht office")
    _, _, after = _event(db, ids.next_call)
    assert int(before["sequence"]) == int(renamed["sequence"]) == 0
    assert int(after["sequence"]) == 2
    assert str(after["uid"]) == str(before["uid"])
    assert str(after["location"]) == "Utrecht office" and "url" not in after


def test_a_cancelled_meeting_exports_a_cancel(db) -> None:
    ids = build_cycle(db)
    with db.transaction() as s:
        update_record(s, Meeting, ids.next_call, status="cancelled")
    _, cal, event = _event(db, ids.next_call, lang="nl")
    assert str(cal["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert int(event["sequence"]) == 1
    assert "Deze vergadering is geannuleerd." in str(event["description"])


def test_people_without_an_address_are_named_not_dropped(db) -> None:
    ids = build_cycle(db)
    from workbench.domain import Attendance

    with db.transaction() as s:
        s.add(Attendance(meeting_id=ids.call, person_id=ids.ministry))
    _, _, event = _event(db, ids.call)
    assert "Also invited (no e-mail address known): Ms Official" in str(event["description"])


def test_a_group_only_meeting_has_no_partners_invitation(db) -> None:
    ids = build_cycle(db)
    with pytest.raises(DomainError, match="working group only"):
        _event(db, ids.wg, "partners")
    _, _, event = _event(db, ids.wg)  # the meeting's own audience by default
    assert MARK in str(event["summary"])

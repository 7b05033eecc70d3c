"""A meeting's invitation as an iCalendar file (RFC 5545, iTIP methods of RFC 5546).

Written with the ``icalendar`` library: one VEVENT with a stable UID, the meeting's
SEQUENCE, DTSTART/DTEND in UTC (every calendar shows them in the reader's own zone),
ORGANIZER and ATTENDEEs as ``mailto:`` addresses with their names, the place as
LOCATION (and as URL when it is a link), and the agenda in the DESCRIPTION in the
language chosen. A cancelled meeting is written with METHOD:CANCEL and STATUS:CANCELLED,
so calendars that accepted the invitation remove it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event, vCalAddress

from workbench import __version__
from workbench.domain import utcnow
from workbench.exports.audience import names_and_count
from workbench.exports.i18n import format_datetime, local_time, t
from workbench.services.cycle.invitation import InvitationDoc, Invitee

PRODID = f"-//Engagement Workbench//{__version__}//EN"


def _address(person: Invitee, *, organiser: bool = False) -> vCalAddress:
    """The person's address, with their name (and organisation) where the invitation's
    audience may see it."""
    address = vCalAddress(f"mailto:{person.email}")
    name = person.name
    if name and person.organisation:
        name = f"{name} ({person.organisation})"
    if name:
        address.params["CN"] = name
    if not organiser:  # every invitee is expected, guests from the company too
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
        address.params["CUTYPE"] = "INDIVIDUAL"
    return address


def description(doc: InvitationDoc, lang: str) -> str:
    """The DESCRIPTION: what, when, the link, the agenda, who cannot be reached."""
    lines: list[str] = []
    if doc.cancelled:
        lines += [t(lang, "ical_cancelled"), ""]
    if doc.engagement:
        lines.append(f"{t(lang, 'engagement')}: {doc.engagement}")
    zone = local_time(doc.starts_at).tzname() or ""  # the writer's zone; calendars convert
    when = format_datetime(doc.starts_at, lang) + (f" ({zone})" if zone else "")
    lines.append(f"{t(lang, 'date_time')}: {when}")
    if doc.link:
        lines.append(t(lang, "ical_join", link=doc.link))
    elif doc.place:
        lines.append(f"{t(lang, 'place')}: {doc.place}")
    if doc.agenda:
        lines += ["", f"{t(lang, 'agenda')}:"]
        for line in doc.agenda:
            extra = f"{line.minutes} {t(lang, 'minutes_short')}"
            if line.presenter:
                extra += f", {line.presenter}"
            lines.append(f"{line.number}. {line.title} ({extra})")
    if doc.unreachable:
        names = names_and_count([p.name for p in doc.unreachable], lang)
        lines += ["", t(lang, "ical_no_address", names=names)]
    return "\n".join(lines)


def invitation_ics(doc: InvitationDoc, lang: str, *, stamp: datetime | None = None) -> bytes:
    """The .ics file of ``doc`` (already filtered for its audience)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "CANCEL" if doc.cancelled else "REQUEST")
    event = Event()
    event.add("uid", doc.uid)
    event.add("sequence", doc.sequence)
    event.add("dtstamp", stamp or utcnow())
    event.add("last-modified", doc.updated_at)
    event.add("dtstart", doc.starts_at)
    event.add("dtend", doc.starts_at + timedelta(minutes=doc.duration_minutes))
    event.add("summary", doc.title)
    event.add("description", description(doc, lang))
    if doc.place:
        event.add("location", doc.place)
    if doc.link:
        event.add("url", doc.link)
    event.add("status", "CANCELLED" if doc.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("organizer", _address(doc.organiser, organiser=True))
    for person in doc.attendees:
        if person.email:
            event.add("attendee", _address(person))
    cal.add_component(event)
    return bytes(cal.to_ical())

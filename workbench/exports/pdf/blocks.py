"""Building blocks shared by the minutes, the agenda and the report.

Commitment and action tables look the same wherever they appear, so a partner reading
the minutes and the report sees one way of showing "who promised what, by when".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from reportlab.platypus import Flowable

from workbench.domain import Audience, Presence
from workbench.exports.audience import audience_label, audience_note, names_and_count
from workbench.exports.i18n import (
    enum_label,
    format_date,
    format_datetime,
    format_short_date,
    local_time,
    t,
)
from workbench.exports.pdf.styles import (
    DocMeta,
    Styles,
    audience_box,
    data_table,
    markup,
    para,
    text,
)
from workbench.services.followup.actions import ActionRow
from workbench.services.followup.commitments import CommitmentRow
from workbench.services.reporting.minutes import Attendee
from workbench.services.visible import MeetingRef


def doc_meta(
    *, title: str, subject: str, footer: str, audience: Audience, lang: str, when: datetime
) -> DocMeta:
    """Header/footer/metadata of a document; nothing in it is group-only content."""
    return DocMeta(
        title=title,
        subject=subject,
        audience_label=audience_label(audience, lang),
        footer_left=footer,
        generated=t(lang, "generated", when=format_date(local_time(when).date(), lang)),
        lang=lang,
        is_group=audience == Audience.GROUP,
        keywords=f"{t(lang, 'author')}, {audience_label(audience, lang)}",
    )


def cover_audience(audience: Audience, lang: str, st: Styles) -> Flowable:
    return audience_box(
        audience_label(audience, lang),
        audience_note(audience, lang),
        audience == Audience.GROUP,
        st,
    )


def meeting_when(meeting: MeetingRef, lang: str) -> str:
    """ "12 March 2021, 14:00–15:30" (local time)."""
    if meeting.starts_at is None:
        return t(lang, "not_scheduled")
    end = local_time(meeting.starts_at + timedelta(minutes=meeting.duration_minutes or 0))
    return f"{format_datetime(meeting.starts_at, lang)}–{end:%H:%M}"


def meeting_line(meeting: MeetingRef, lang: str) -> str:
    """One line naming a meeting: date, title, place."""
    parts = [meeting_when(meeting, lang), meeting.title]
    if meeting.place:
        parts.append(meeting.place)
    return " · ".join(parts)


def status_cell(status: object, overdue: bool, lang: str, st: Styles) -> Flowable:
    """Status in words, with "overdue" spelled out (never colour alone)."""
    label = text(enum_label(lang, status))  # type: ignore[arg-type]
    if overdue:
        return markup(
            f"{label}<br/><font color='#A61B1B'><b>{text(t(lang, 'overdue'))}</b></font>", st.cell
        )
    return markup(label, st.cell)


def group_tag(audience: Audience | None, lang: str) -> str:
    """A small red "[working group only]" after group-only content in a group export.

    The reader of a group export sees at a glance what must not be forwarded.
    """
    if audience != Audience.GROUP:
        return ""
    return f" <font size='7.5' color='#A61B1B'>[{text(t(lang, 'group_only_tag'))}]</font>"


def _group_rows(rows: Sequence[ActionRow | CommitmentRow]) -> list[int]:
    return [i for i, r in enumerate(rows) if r.audience == Audience.GROUP]


def _who(party: str | None, owner: str | None) -> str:
    return " / ".join(x for x in (party, owner) if x)


def _title_and_notes(title: str, notes: str | None, tag: str, st: Styles) -> Flowable:
    if not notes:
        return markup(text(title) + tag, st.cell)
    return markup(
        f"{text(title)}{tag}<br/><font size='7.5' color='#5A6270'>{text(notes)}</font>", st.cell
    )


def _short(when: datetime | None, lang: str) -> str:
    return format_short_date(local_time(when).date(), lang) if when else ""


def _meeting_cell(title: str | None, when: datetime | None, lang: str, st: Styles) -> Flowable:
    """The meeting a follow-up came from: its date, and its title in small print."""
    if not title:
        return para("", st.cell)
    small = f"<font size='7.5' color='#5A6270'>{text(title)}</font>"
    return markup(f"{text(_short(when, lang))}<br/>{small}" if when else small, st.cell)


def commitments_table(
    rows: Sequence[CommitmentRow],
    lang: str,
    st: Styles,
    *,
    show_meeting: bool = False,
    show_evidence: bool = False,
) -> Flowable:
    """Who promised what, by when, and where it stands."""
    if not rows:
        return para(t(lang, "none"), st.muted)
    header = [t(lang, "party"), t(lang, "commitment"), t(lang, "due"), t(lang, "status")]
    widths = [36, 76, 22, 22]
    if show_meeting:
        header.insert(2, t(lang, "made_in"))
        widths = [32, 58, 22, 22, 22]
    if show_evidence:
        header.append(t(lang, "evidence"))
        widths = [26, 44, 22, 22, 22, 38] if show_meeting else [30, 58, 22, 22, 42]
    body = []
    for c in rows:
        row: list[object] = [
            _who(c.party, c.owner),
            markup(text(c.text) + group_tag(c.audience, lang), st.cell),
            format_short_date(c.due_on, lang),
            status_cell(c.status, c.overdue, lang, st),
        ]
        if show_meeting:
            row.insert(2, _short(c.meeting_starts_at, lang))
        if show_evidence:
            row.append(c.evidence or "")
        body.append(row)
    return data_table(header, body, widths, st, highlight=_group_rows(rows))


def actions_table(
    rows: Sequence[ActionRow], lang: str, st: Styles, *, show_meeting: bool = False
) -> Flowable:
    """Follow-up actions: what, who, by when, status."""
    if not rows:
        return para(t(lang, "none"), st.muted)
    header = [t(lang, "action"), t(lang, "owner"), t(lang, "due"), t(lang, "status")]
    widths = [82, 40, 22, 22]
    if show_meeting:
        header.insert(1, t(lang, "from_meeting"))
        widths = [58, 36, 36, 22, 22]
    body = []
    for a in rows:
        owner = f"{a.owner} ({a.organisation})" if a.owner and a.organisation else a.owner
        row: list[object] = [
            _title_and_notes(a.title, a.notes, group_tag(a.audience, lang), st),
            owner or "",
            format_short_date(a.due_on, lang),
            status_cell(a.status, a.overdue, lang, st),
        ]
        if show_meeting:
            row.insert(1, _meeting_cell(a.meeting, a.meeting_starts_at, lang, st))
        body.append(row)
    return data_table(header, body, widths, st, highlight=_group_rows(rows))


def attendance_table(attendees: Sequence[Attendee], lang: str, st: Styles) -> Flowable:
    """Attendance by organisation: who was there, who sent apologies, who was absent."""
    if not attendees:
        return para(t(lang, "no_one"), st.muted)
    by_org: dict[str, dict[Presence, list[str | None]]] = {}
    for a in attendees:
        slot = by_org.setdefault(a.organisation or "—", {p: [] for p in Presence})
        name = a.name
        if name and a.role.value in ("chair", "minutes"):
            name = f"{name} ({enum_label(lang, a.role).lower()})"
        slot[a.presence].append(name)  # None: counted, not named
    header = [t(lang, "organisation"), t(lang, "present"), t(lang, "apologies"), t(lang, "absent")]
    body = [
        [
            org,
            names_and_count(p[Presence.PRESENT], lang),
            names_and_count(p[Presence.APOLOGIES], lang),
            names_and_count(p[Presence.ABSENT], lang),
        ]
        for org, p in sorted(by_org.items(), key=lambda kv: kv[0].casefold())
    ]
    return data_table(header, body, [46, 70, 34, 24], st)

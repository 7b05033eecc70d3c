"""The minutes of one meeting as a PDF, for partners or for the working group.

The content comes from ``workbench.services.reporting.minutes.load_meeting`` already filtered by
audience; this module only lays it out: cover block, attendance, agenda items with notes
and outcomes, decisions, two-way commitments, actions, notes and the next meeting.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from workbench.domain import Direction, MeetingStatus, utcnow
from workbench.exports.i18n import enum_label, format_date, format_datetime, local_time, t
from workbench.exports.pdf.blocks import (
    actions_table,
    attendance_table,
    commitments_table,
    cover_audience,
    doc_meta,
    group_tag,
    meeting_line,
    meeting_when,
)
from workbench.exports.pdf.styles import (
    ProgressFn,
    Styles,
    build_pdf,
    heading,
    kv_table,
    labelled,
    make_styles,
    markup,
    para,
    section,
    spacer,
    text,
)
from workbench.services.cycle.versions import VersionDoc
from workbench.services.reporting.minutes import ItemDoc, MeetingDoc


def version_text(version: VersionDoc | None, lang: str) -> str:
    """ "2, approved 7 April 2026 at Call with Mica Corp (7 April 2026); corrected …"."""
    if version is None:
        return t(lang, "version_draft")
    approved = (
        format_date(local_time(version.approved_at).date(), lang) if version.approved_at else ""
    )
    line = t(lang, "version_line", n=version.number, date=approved)
    if version.approval_meeting:
        day = version.approval_meeting_starts_at
        where = version.approval_meeting + (
            f" ({format_date(local_time(day).date(), lang)})" if day else ""
        )
        line += " " + t(lang, "version_at", meeting=where)
    if version.corrected_at is not None:
        line += "; " + t(
            lang,
            "version_corrected",
            date=format_date(local_time(version.corrected_at).date(), lang),
        )
        if version.reason:
            line += f": {version.reason}"
    for number, when, reason in version.earlier:  # the corrections before, in order
        frozen = format_date(local_time(when).date(), lang) if when else ""
        line += "; " + t(lang, "version_earlier", n=number, date=frozen)
        if reason:
            line += f": {reason}"
    return line


def cover(
    doc: MeetingDoc, doc_title: str, lang: str, st: Styles, *, with_version: bool = False
) -> list[Flowable]:
    """Title, the meeting's facts and the audience statement (shared with the agenda)."""
    m = doc.meeting
    pairs: list[tuple[str, object]] = []
    if doc.engagement_title:
        pairs.append((t(lang, "engagement"), doc.engagement_title))
    pairs += [
        (t(lang, "kind"), enum_label(lang, m.kind)),
        (t(lang, "date_time"), meeting_when(m, lang)),
    ]
    if m.place:
        pairs.append((t(lang, "place"), m.place))
    if doc.chair:
        pairs.append((t(lang, "chair"), doc.chair))
    if doc.minute_taker:
        pairs.append((t(lang, "minute_taker"), doc.minute_taker))
    status = enum_label(lang, m.status)
    # The minutes say which version they are, on the status line; minutes approved before
    # versions were kept (a migrated file, the demo's older meetings) have none to name,
    # and "draft, not yet approved" beside "Minutes approved" would contradict it.
    unversioned = doc.minutes_version is None and m.status == MeetingStatus.MINUTES_APPROVED
    if with_version and not unversioned:
        status += " · " + version_text(doc.minutes_version, lang)
    pairs.append((t(lang, "status"), status))
    return [
        para(doc_title, st.title),
        para(m.title, st.subtitle),
        kv_table(pairs, st),
        spacer(4),
        cover_audience(doc.audience, lang, st),
    ]


def _item(doc: MeetingDoc, item: ItemDoc, lang: str, st: Styles) -> list[Flowable]:
    facts = [enum_label(lang, item.purpose), f"{item.planned_minutes} {t(lang, 'minutes_short')}"]
    if item.presenter:
        facts.append(f"{t(lang, 'presenter')}: {item.presenter}")
    facts_line = text(" · ".join(facts)) + group_tag(item.audience, lang)
    head: list[Flowable] = [
        para(labelled(f"{item.number}. ", item.title), st.h2),
        markup(facts_line, st.small),
    ]
    out: list[Flowable] = [CondPageBreak(30 * mm), KeepTogether(head)]
    if item.notes:
        out.append(markup(f"<b>{text(t(lang, 'notes'))}</b>", st.body))
        out.append(para(item.notes, st.body))
    if item.outcome:
        out.append(markup(f"<b>{text(t(lang, 'outcome'))}:</b> {text(item.outcome)}", st.body))
    for d in doc.decisions:
        if d.agenda_item_id == item.id:
            decided = f"<b>{text(t(lang, 'decided'))}:</b> {text(d.text)}"
            out.append(markup(decided + group_tag(d.audience, lang), st.body))
    return out


def minutes_story(doc: MeetingDoc, lang: str, st: Styles) -> list[Flowable]:
    story = cover(doc, t(lang, "minutes"), lang, st, with_version=True)
    story += section(t(lang, "attendance"), attendance_table(doc.attendees, lang, st), st)

    story += section(t(lang, "agenda_items"), None, st)
    if not doc.items:
        story.append(para(t(lang, "none"), st.muted))
    for item in doc.items:
        story += _item(doc, item, lang, st)

    if doc.decisions:
        lines: list[Flowable] = []
        for n, d in enumerate(doc.decisions, start=1):
            ref = doc.item_number(d.agenda_item_id)
            suffix = f" ({t(lang, 'item_ref', n=ref)})" if ref else ""
            line = text(labelled(f"{n}. ", f"{d.text}{suffix}")) + group_tag(d.audience, lang)
            lines.append(markup(line, st.body))
        story += section(t(lang, "decisions"), lines[0], st) + lines[1:]
    else:
        story += section(t(lang, "decisions"), para(t(lang, "none"), st.muted), st)

    story += section(t(lang, "commitments"), None, st)
    for direction, key in (
        (Direction.BY_COMPANY, "commitments_by_company"),
        (Direction.BY_GROUP, "commitments_by_group"),
    ):
        rows = [c for c in doc.commitments if c.direction == direction]
        story += heading(t(lang, key), st.h2)
        story.append(commitments_table(rows, lang, st))

    story += section(t(lang, "actions"), actions_table(doc.actions, lang, st), st)

    if doc.notes:
        story += section(t(lang, "notes"), None, st)
        for note in doc.notes:
            where = ", ".join(x for x in (format_datetime(note.captured_at, lang), note.place) if x)
            story.append(markup(text(where) + group_tag(note.audience, lang), st.small))
            story.append(para(note.body, st.body))

    nxt = doc.next_meeting
    line = meeting_line(nxt, lang) if nxt else t(lang, "not_scheduled")
    story += section(t(lang, "next_meeting"), para(line, st.body), st)
    return story


def write_minutes(
    doc: MeetingDoc,
    out: BinaryIO,
    *,
    lang: str,
    progress: ProgressFn | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the minutes of ``doc`` (already filtered by audience) as a PDF to ``out``."""
    st = make_styles()
    title = f"{t(lang, 'minutes')}: {doc.meeting.title}"
    meta = doc_meta(
        title=title,
        subject=doc.engagement_title or t(lang, "minutes"),
        footer=doc.engagement_title or "",
        audience=doc.audience,
        lang=lang,
        when=generated_at or utcnow(),
    )
    build_pdf(out, minutes_story(doc, lang, st), meta, progress)

"""The agenda of one meeting as a PDF, to send before the meeting.

Items with their time boxes and presenters, who is invited, and what is still open from
earlier meetings (actions and commitments, both directions), all filtered by audience in
``workbench.services.reporting.minutes.load_meeting``.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.platypus import Flowable

from workbench.domain import Direction, utcnow
from workbench.exports.audience import names_and_count
from workbench.exports.i18n import enum_label, local_time, t
from workbench.exports.pdf.blocks import (
    actions_table,
    commitments_table,
    doc_meta,
    group_tag,
)
from workbench.exports.pdf.minutes import cover
from workbench.exports.pdf.styles import (
    ProgressFn,
    Styles,
    build_pdf,
    data_table,
    heading,
    kv_table,
    make_styles,
    markup,
    para,
    section,
    text,
)
from workbench.services.reporting.minutes import MeetingDoc


def _invited(doc: MeetingDoc, lang: str, st: Styles) -> Flowable:
    by_org: dict[str, list[str | None]] = {}
    for a in doc.attendees:
        by_org.setdefault(a.organisation or "—", []).append(a.name)
    if not by_org:
        return para(t(lang, "none"), st.muted)
    pairs = [
        (org, names_and_count(names, lang))
        for org, names in sorted(by_org.items(), key=lambda kv: kv[0].casefold())
    ]
    return kv_table(pairs, st)


def _items_table(doc: MeetingDoc, lang: str, st: Styles) -> Flowable:
    if not doc.items:
        return para(t(lang, "none"), st.muted)
    header = [
        "#",
        t(lang, "time"),
        t(lang, "item"),
        t(lang, "purpose"),
        t(lang, "minutes_short"),
        t(lang, "presenter"),
    ]
    rows = []
    for item in doc.items:
        title = text(item.title) + group_tag(item.audience, lang)
        if item.is_carry_over:
            title += f" <font color='#5A6270'>({text(t(lang, 'carry_over_item'))})</font>"
        if item.notes:
            title += f"<br/><font size='7.5' color='#5A6270'>{text(item.notes)}</font>"
        start = f"{local_time(item.starts_at):%H:%M}" if item.starts_at else ""
        rows.append(
            [
                str(item.number),
                start,
                markup(title, st.cell),
                enum_label(lang, item.purpose),
                str(item.planned_minutes),
                item.presenter or "",
            ]
        )
    return data_table(header, rows, [8, 14, 86, 22, 12, 32], st)


def agenda_story(doc: MeetingDoc, lang: str, st: Styles) -> list[Flowable]:
    story = cover(doc, t(lang, "agenda"), lang, st)
    story += section(t(lang, "invited"), _invited(doc, lang, st), st)
    story += section(t(lang, "agenda_items"), _items_table(doc, lang, st), st)
    story += section(t(lang, "carried_over"), None, st)
    story += heading(t(lang, "open_actions"), st.h2)
    story.append(actions_table(doc.carried_actions, lang, st, show_meeting=True))
    for direction, key in (
        (Direction.BY_COMPANY, "commitments_by_company"),
        (Direction.BY_GROUP, "commitments_by_group"),
    ):
        rows = [c for c in doc.carried_commitments if c.direction == direction]
        story += heading(t(lang, key), st.h2)
        story.append(commitments_table(rows, lang, st, show_meeting=True))
    return story


def write_agenda(
    doc: MeetingDoc,
    out: BinaryIO,
    *,
    lang: str,
    progress: ProgressFn | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the agenda of ``doc`` (already filtered by audience) as a PDF to ``out``."""
    st = make_styles()
    meta = doc_meta(
        title=f"{t(lang, 'agenda')}: {doc.meeting.title}",
        subject=doc.engagement_title or t(lang, "agenda"),
        footer=doc.engagement_title or "",
        audience=doc.audience,
        lang=lang,
        when=generated_at or utcnow(),
    )
    build_pdf(out, agenda_story(doc, lang, st), meta, progress)

"""The engagement report as a PDF: where the engagement stands and what it taught.

Modelled on the covenant's "lessons learned" reports: the case and its baseline, each
company with its objectives and milestone stages (and when they moved), who leads and
the escalation steps taken (``pdf.stewardship``), the timeline of meetings, what the group
decided (by meeting), the other interactions, the two-way commitment ledger, the actions,
and the lessons learned. Content comes from
``workbench.services.reporting.engagement.load_engagement``, filtered by audience: a text
kept for the working group arrives as None and is left out, in the pages and in the
document's properties alike (a company whose name is kept is "Company A").
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from workbench.domain import Audience, Direction, utcnow
from workbench.exports.audience import target_names
from workbench.exports.i18n import (
    enum_label,
    format_date,
    format_short_date,
    local_time,
    stage_label,
    t,
)
from workbench.exports.pdf.blocks import (
    actions_table,
    commitments_table,
    cover_audience,
    doc_meta,
    group_tag,
)
from workbench.exports.pdf.stewardship import escalation_block, interactions_section, role_pairs
from workbench.exports.pdf.styles import (
    ProgressFn,
    Styles,
    build_pdf,
    data_table,
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
from workbench.services.followup.commitments import CommitmentRow
from workbench.services.reporting.engagement import EngagementDoc, ObjectiveDoc, TargetDoc
from workbench.services.stewardship.record import StewardshipDoc


def _marked(
    value: str, kept: frozenset[str], field: str, lang: str, style: ParagraphStyle
) -> Flowable:
    """A text of the engagement or a target, tagged in a group document when it is for
    the working group only (a partners document never has it)."""
    return markup(text(value) + group_tag(Audience.GROUP if field in kept else None, lang), style)


def _cover(doc: EngagementDoc, lang: str, st: Styles) -> list[Flowable]:
    pairs: list[tuple[str, object]] = []
    if doc.theme:
        pairs.append((t(lang, "theme"), _marked(doc.theme, doc.kept, "theme", lang, st.cell)))
    pairs.append((t(lang, "status"), enum_label(lang, doc.status)))
    if doc.started_on:
        pairs.append((t(lang, "started_on"), format_date(doc.started_on, lang)))
    dated = [m.starts_at for m in doc.meetings if m.starts_at]
    if dated:
        first, last = local_time(min(dated)).date(), local_time(max(dated)).date()
        pairs.append((t(lang, "period"), f"{format_date(first, lang)} – {format_date(last, lang)}"))
    subtitle = (
        [_marked(doc.title, doc.kept, "title", lang, st.subtitle)] if doc.title else [spacer(4)]
    )
    return [
        para(t(lang, "report"), st.title),
        *subtitle,
        kv_table(pairs, st),
        spacer(4),
        cover_audience(doc.audience, lang, st),
    ]


def _summary(doc: EngagementDoc, lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if doc.description:
        out.append(_marked(doc.description, doc.kept, "description", lang, st.body))
    if doc.baseline:
        tag = group_tag(Audience.GROUP if "baseline" in doc.kept else None, lang)
        label = f"<b>{text(t(lang, 'baseline'))}:</b> "
        out.append(markup(f"{label}{text(doc.baseline)}{tag}", st.body))
    return section(t(lang, "summary"), out[0], st) + out[1:] if out else []


def _objectives_table(objectives: tuple[ObjectiveDoc, ...], lang: str, st: Styles) -> Flowable:
    if not objectives:
        return para(t(lang, "no_objectives"), st.muted)
    rows = []
    for o in objectives:
        cell = text(o.text) + group_tag(o.audience, lang)
        if o.stage_changes:
            moves = []
            for ch in o.stage_changes:
                when = format_short_date(local_time(ch.at).date(), lang)
                where = f" ({text(ch.meeting_title)})" if ch.meeting_title else ""
                moves.append(f"{when}: {ch.old if ch.old is not None else '–'} → {ch.new}{where}")
            cell += (
                f"<br/><font size='7.5' color='#5A6270'>{text(t(lang, 'stage_history'))}: "
                + "; ".join(moves)
                + "</font>"
            )
        rows.append(
            [markup(cell, st.cell), stage_label(lang, o.stage), enum_label(lang, o.outcome)]
        )
    return data_table(
        [t(lang, "objective"), t(lang, "stage"), t(lang, "outcome")], rows, [110, 36, 28], st
    )


def _target(
    target: TargetDoc, name: str, lang: str, st: Styles, record: StewardshipDoc
) -> list[Flowable]:
    pairs: list[tuple[str, object]] = [
        (t(lang, "chain_position"), enum_label(lang, target.chain_position))
    ]
    kept = target.kept
    if target.hq_region:
        pairs.append(
            (t(lang, "hq_region"), _marked(target.hq_region, kept, "hq_region", lang, st.cell))
        )
    if target.why_selected:
        why = _marked(target.why_selected, kept, "why_selected", lang, st.cell)
        pairs.append((t(lang, "why_selected"), why))
    pairs += role_pairs(record, target.id, lang)  # who leads, the current escalation step
    named = target.name is not None and "name" in kept
    return [
        CondPageBreak(45 * mm),
        markup(text(name) + group_tag(Audience.GROUP if named else None, lang), st.h2),
        kv_table(pairs, st),
        spacer(2),
        _objectives_table(target.objectives, lang, st),
        *escalation_block(record, target.id, lang, st),
    ]


def _timeline(doc: EngagementDoc, lang: str, st: Styles) -> Flowable:
    if not doc.meetings:
        return para(t(lang, "none"), st.muted)
    rows = [
        [
            format_short_date(local_time(m.starts_at).date(), lang) if m.starts_at else "",
            enum_label(lang, m.kind),
            markup(text(m.title) + group_tag(m.audience, lang), st.cell),
            enum_label(lang, m.status),
        ]
        for m in doc.meetings
    ]
    return data_table(
        [t(lang, "date"), t(lang, "kind"), t(lang, "meeting"), t(lang, "status")],
        rows,
        [22, 30, 92, 30],
        st,
    )


def _decisions(doc: EngagementDoc, lang: str, st: Styles) -> list[Flowable]:
    """What the group decided, meeting by meeting (only decisions of meetings this
    audience sees: the reader leaves out those of group-only meetings)."""
    if not doc.decisions:
        return section(t(lang, "decisions"), para(t(lang, "no_decisions"), st.muted), st)
    meetings = {m.id: m for m in doc.meetings}
    out: list[Flowable] = []
    current: str | None = "\0"
    number = 0
    for d in doc.decisions:
        if d.meeting_id != current:
            current, number = d.meeting_id, 0
            meeting = meetings.get(d.meeting_id or "")
            when = (
                format_date(local_time(d.meeting_starts_at).date(), lang)
                if d.meeting_starts_at
                else ""
            )
            title = " · ".join(x for x in (when, d.meeting_title) if x)
            tag = group_tag(meeting.audience, lang) if meeting else ""
            out += [CondPageBreak(25 * mm), markup(text(title or t(lang, "meeting")) + tag, st.h2)]
        number += 1
        line = text(labelled(f"{number}. ", d.text)) + group_tag(d.audience, lang)
        out.append(markup(line, st.body))
    return section(t(lang, "decisions"), out[0], st) + out[1:]


def _counts(rows: list[CommitmentRow], lang: str, st: Styles) -> Flowable:
    counts = Counter(c.status for c in rows)
    overdue = sum(1 for c in rows if c.overdue)
    parts = [
        f"{enum_label(lang, s)}: {n}" for s, n in sorted(counts.items(), key=lambda kv: kv[0].value)
    ]
    if overdue:
        parts.append(f"{t(lang, 'overdue')}: {overdue}")
    return para(f"{t(lang, 'counts')}: " + ", ".join(parts), st.small)


def _ledger(doc: EngagementDoc, lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for direction, key in (
        (Direction.BY_COMPANY, "commitments_by_company"),
        (Direction.BY_GROUP, "commitments_by_group"),
    ):
        rows = [c for c in doc.commitments if c.direction == direction]
        out += heading(t(lang, key), st.h2)
        if rows:
            out.append(_counts(rows, lang, st))
        out.append(commitments_table(rows, lang, st, show_meeting=True, show_evidence=True))
    return section(t(lang, "ledger"), out[0], st) + out[1:]


def _lessons(doc: EngagementDoc, lang: str, st: Styles) -> list[Flowable]:
    if not doc.lessons:
        return section(t(lang, "lessons"), para(t(lang, "none"), st.muted), st)
    out: list[Flowable] = []
    category: str | None = "\0"
    for lesson in doc.lessons:
        if lesson.category != category:
            category = lesson.category
            out += heading(category or t(lang, "general"), st.h2, 20)
        line = text(labelled("• ", lesson.text)) + group_tag(lesson.audience, lang)
        out.append(markup(line, st.body))
    return section(t(lang, "lessons"), out[0], st) + out[1:]


def report_story(doc: EngagementDoc, lang: str, st: Styles) -> list[Flowable]:
    story = _cover(doc, lang, st)
    story += _summary(doc, lang, st)
    story += section(t(lang, "targets_objectives"), None, st)
    names = target_names(doc.targets, lang)
    for target in doc.targets:
        story += _target(target, names[target.id], lang, st, doc.stewardship)
    loose = tuple(o for o in doc.objectives if o.target_id is None)
    if loose:
        story += [*heading(t(lang, "general"), st.h2), _objectives_table(loose, lang, st)]
    story += section(t(lang, "timeline"), _timeline(doc, lang, st), st)
    story += _decisions(doc, lang, st)
    story += interactions_section(doc.stewardship, lang, st, names)
    story += _ledger(doc, lang, st)
    story += section(
        t(lang, "actions"), actions_table(doc.actions, lang, st, show_meeting=True), st
    )
    story += _lessons(doc, lang, st)
    return story


def write_report(
    doc: EngagementDoc,
    out: BinaryIO,
    *,
    lang: str,
    progress: ProgressFn | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the engagement report of ``doc`` (already filtered by audience) to ``out``."""
    st = make_styles()
    name = t(lang, "report")
    meta = doc_meta(  # only what this audience may see: the theme and title may be kept
        title=f"{name}: {doc.title}" if doc.title else name,
        subject=doc.theme or doc.title or name,
        footer=doc.title or "",
        audience=doc.audience,
        lang=lang,
        when=generated_at or utcnow(),
    )
    build_pdf(out, report_story(doc, lang, st), meta, progress)

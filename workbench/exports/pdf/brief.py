"""The chair's brief as a PDF: one or two pages to read before a company call.

Laid out from ``workbench.services.cycle.brief.load_brief`` (the group's own paper:
every header says "Working group only"): the call's facts, objectives and stages, open
commitments both ways, what was said at the last call, what is overdue, escalation (only
when there is something to say) and the agenda with who asks what.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import BinaryIO

from reportlab.platypus import Flowable

from workbench.domain import utcnow
from workbench.exports.i18n import (
    enum_label,
    format_datetime,
    format_short_date,
    local_time,
    stage_label,
    t,
)
from workbench.exports.pdf.blocks import actions_table, commitments_table, doc_meta, group_tag
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
    text,
)
from workbench.services.cycle.brief import BriefDoc


def _when(doc: BriefDoc, lang: str) -> str:
    if doc.starts_at is None:
        return t(lang, "not_scheduled")
    return format_datetime(doc.starts_at, lang)


def _facts(doc: BriefDoc, lang: str, st: Styles) -> list[Flowable]:
    pairs: list[tuple[str, object]] = []
    if doc.engagement:
        pairs.append((t(lang, "engagement"), doc.engagement))
    if doc.companies:
        pairs.append((t(lang, "companies"), ", ".join(doc.companies)))
    pairs.append((t(lang, "date_time"), _when(doc, lang)))
    if doc.place:
        pairs.append((t(lang, "place"), doc.place))
    if doc.chair:
        pairs.append((t(lang, "chair"), doc.chair))
    return [para(t(lang, "brief"), st.title), para(doc.title, st.subtitle), kv_table(pairs, st)]


def _objectives(doc: BriefDoc, lang: str, st: Styles) -> Flowable:
    if not doc.objectives:
        return para(t(lang, "no_objectives"), st.muted)
    rows = [
        [
            o.company or t(lang, "general"),
            markup(text(o.text) + group_tag(o.audience, lang), st.cell),
            stage_label(lang, o.stage),
        ]
        for o in doc.objectives
    ]
    header = [t(lang, "target"), t(lang, "objective"), t(lang, "stage")]
    return data_table(header, rows, [36, 100, 34], st)


def _last_call(doc: BriefDoc, lang: str, st: Styles) -> list[Flowable]:
    last = doc.last_call
    if last is None:
        return [para(t(lang, "brief_no_last_call"), st.muted)]
    day = format_short_date(local_time(last.starts_at).date(), lang) if last.starts_at else ""
    out: list[Flowable] = [markup(f"<b>{text(day)}</b> · {text(last.title)}", st.body)]
    if not last.said:
        out.append(para(t(lang, "none"), st.muted))
    for line in last.said:
        label = (
            f"<b>{text(line.item)}:</b> " if line.item else f"<b>{text(t(lang, 'decided'))}:</b> "
        )
        tag = group_tag(line.audience, lang)
        out.append(markup(f"• {label}{text(line.text)}{tag}", st.body))
    return out


def _agenda(doc: BriefDoc, lang: str, st: Styles) -> Flowable:
    if not doc.agenda:
        return para(t(lang, "none"), st.muted)
    clock = doc.starts_at
    rows = []
    for line in doc.agenda:
        title = text(line.title)
        if line.notes:
            title += f"<br/><font size='7.5' color='#5A6270'>{text(line.notes)}</font>"
        start = f"{local_time(clock):%H:%M}" if clock else ""
        rows.append(
            [
                str(line.number),
                start,
                markup(title, st.cell),
                enum_label(lang, line.purpose),
                str(line.minutes),
                line.asks or "",
            ]
        )
        if clock is not None:
            clock = clock + timedelta(minutes=line.minutes)
    header = [
        "#",
        t(lang, "time"),
        t(lang, "item"),
        t(lang, "purpose"),
        t(lang, "minutes_short"),
        t(lang, "asks"),
    ]
    return data_table(header, rows, [7, 13, 90, 20, 11, 30], st)


def brief_story(doc: BriefDoc, lang: str, st: Styles) -> list[Flowable]:
    story = _facts(doc, lang, st)
    story += heading(t(lang, "brief_agenda"), st.h1)
    story.append(_agenda(doc, lang, st))
    story += heading(t(lang, "brief_objectives"), st.h1)
    story.append(_objectives(doc, lang, st))
    story += heading(t(lang, "brief_open_company"), st.h1)
    story.append(commitments_table(doc.open_by_company, lang, st))
    story += heading(t(lang, "brief_open_group"), st.h1)
    story.append(commitments_table(doc.open_by_group, lang, st))
    story += heading(t(lang, "brief_last_call"), st.h1)
    story += _last_call(doc, lang, st)
    story += heading(t(lang, "brief_overdue"), st.h1)
    story.append(actions_table(doc.overdue_actions, lang, st))
    if doc.overdue_commitments:  # listed above among the open ones, marked overdue
        n = len(doc.overdue_commitments)
        story.append(para(t(lang, "brief_overdue_commitments", n=n), st.small))
    # HOOK (issue 14): escalation status; the section is left out when there is none.
    if doc.escalation:
        story += heading(t(lang, "brief_escalation"), st.h1)
        story += [para(line, st.body) for line in doc.escalation]
    return story


def write_brief(
    doc: BriefDoc,
    out: BinaryIO,
    *,
    lang: str,
    progress: ProgressFn | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the chair's brief as a PDF to ``out``."""
    st = make_styles()
    meta = doc_meta(
        title=f"{t(lang, 'brief')}: {doc.title}",
        subject=doc.engagement or t(lang, "brief"),
        footer=doc.engagement or "",
        audience=doc.audience,
        lang=lang,
        when=generated_at or utcnow(),
    )
    build_pdf(out, brief_story(doc, lang, st), meta, progress)

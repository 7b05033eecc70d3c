"""The monitoring evidence pack as a PDF: per company and objective, for a period, the
stages at its start and end, the stage changes within it, the interactions and
commitments behind them, and numbered references to the evidence.

The references list at the end names each document, where it is cited ("p. 2") and its
name in the zip that comes with the pack (``exports.evidence_pack``). Content comes from
``services.reporting.evidence.load_evidence_pack``, already filtered by audience.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from workbench.domain import utcnow
from workbench.exports.i18n import (
    enum_label,
    format_date,
    format_short_date,
    local_time,
    stage_label,
    t,
)
from workbench.exports.pdf.blocks import cover_audience, doc_meta, group_tag, status_cell
from workbench.exports.pdf.stewardship import (
    SMALL,
    current_step_text,
    escalation_table,
    interactions_table,
)
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
    spacer,
    text,
)
from workbench.services.reporting.evidence import (
    EvidencePack,
    PackCommitment,
    PackInteraction,
    PackObjective,
    PackTarget,
)
from workbench.services.stewardship.documents import size_text


def ref_text(refs: Sequence[tuple[int, str | None]], lang: str) -> str:
    """ " [1, p. 2; 3]" after a text: the references it rests on."""
    if not refs:
        return ""
    parts = [f"{n}, {t(lang, 'page', page=p)}" if p else str(n) for n, p in refs]
    return f" <font color='#1F4E79'>[{'; '.join(parts)}]</font>"


def period_text(pack: EvidencePack, lang: str) -> str:
    return t(
        lang,
        "period_from_to",
        start=format_date(pack.start, lang),
        end=format_date(pack.end, lang),
    )


def _cover(pack: EvidencePack, lang: str, st: Styles) -> list[Flowable]:
    objectives = sum(len(target.objectives) for target in pack.targets)
    interactions = sum(
        len(o.interactions) for target in pack.targets for o in target.objectives
    ) + sum(len(target.other_interactions) for target in pack.targets)
    pairs: list[tuple[str, object]] = []
    if pack.theme:
        pairs.append((t(lang, "theme"), pack.theme))
    pairs += [
        (t(lang, "period"), period_text(pack, lang)),
        (t(lang, "objectives_count"), str(objectives)),
        (t(lang, "interactions_count"), str(interactions)),
        (t(lang, "references_count"), str(len(pack.references))),
    ]
    return [
        para(t(lang, "evidence_pack"), st.title),
        para(pack.title or "", st.subtitle),
        kv_table(pairs, st),
        spacer(4),
        cover_audience(pack.audience, lang, st),
        spacer(3),
        markup(
            f"<b>{text(t(lang, 'how_to_read'))}.</b> {text(t(lang, 'how_to_read_text'))}", st.small
        ),
    ]


def _stage_line(objective: PackObjective, lang: str, st: Styles) -> Flowable:
    start, end = (
        stage_label(lang, objective.stage_at_start),
        stage_label(lang, objective.stage_at_end),
    )
    line = (
        f"{text(t(lang, 'stage_at_start'))}: <b>{text(start)}</b> · "
        f"{text(t(lang, 'stage_at_end'))}: <b>{text(end)}</b> · "
        f"{text(t(lang, 'outcome'))}: {text(enum_label(lang, objective.outcome))}"
    )
    return markup(line, st.body)


def _changes(objective: PackObjective, lang: str, st: Styles) -> Flowable:
    if not objective.changes:
        return para(t(lang, "stage_unchanged"), st.muted)
    rows = [
        [
            format_short_date(local_time(c.at).date(), lang),
            t(
                lang,
                "stage_moved",
                old="–" if c.old is None else c.old,
                new=stage_label(lang, c.new or 0),
            ),
            c.meeting_title or "",
        ]
        for c in objective.changes
    ]
    return data_table(
        [t(lang, "date"), t(lang, "stage_history"), t(lang, "recorded_in")],
        rows,
        [23, 57, 100],
        st,
    )


def _interactions(items: Sequence[PackInteraction], lang: str, st: Styles) -> Flowable:
    refs = {i.row.id: ref_text([(n, None) for n in i.refs], lang) for i in items}
    return interactions_table([i.row for i in items], lang, st, refs, concerns=False)


def _commitments(items: Sequence[PackCommitment], lang: str, st: Styles) -> Flowable:
    rows = []
    for c in items:
        row = c.row
        who = " / ".join(x for x in (row.party, row.owner) if x)
        cell = text(row.text) + group_tag(row.audience, lang) + ref_text(c.refs, lang)
        if row.evidence:
            cell += "<br/>" + SMALL.format(f"{text(t(lang, 'evidence'))}: {text(row.evidence)}")
        rows.append(
            [
                format_short_date(c.made_on, lang),
                who,
                markup(cell, st.cell),
                status_cell(row.status, row.overdue, lang, st),
                format_short_date(c.settled_on, lang),
            ]
        )
    return data_table(
        [
            t(lang, "made_on"),
            t(lang, "party"),
            t(lang, "commitment"),
            t(lang, "status"),
            t(lang, "settled_on"),
        ],
        rows,
        [23, 30, 82, 22, 23],
        st,
    )


def _objective(objective: PackObjective, lang: str, st: Styles) -> list[Flowable]:
    title = markup(f"{text(objective.text)}{group_tag(objective.audience, lang)}", st.h2)
    out: list[Flowable] = [CondPageBreak(35 * mm), title, _stage_line(objective, lang, st)]
    if objective.quiet:
        return [*out, para(t(lang, "nothing_in_period"), st.muted)]
    out.append(_changes(objective, lang, st))
    if objective.interactions:
        out += [spacer(2), para(t(lang, "interactions_behind"), st.label)]
        out.append(_interactions(objective.interactions, lang, st))
    if objective.commitments:
        out += [spacer(2), para(t(lang, "commitments_behind"), st.label)]
        out.append(_commitments(objective.commitments, lang, st))
    return out


def _target(target: PackTarget, pack: EvidencePack, lang: str, st: Styles) -> list[Flowable]:
    name = target.name or t(lang, "general")
    pairs: list[tuple[str, object]] = []
    if target.chain_position is not None:
        pairs.append((t(lang, "chain_position"), enum_label(lang, target.chain_position)))
    if target.lead:
        pairs.append((t(lang, "lead"), target.lead))
    if target.collaborators:
        pairs.append((t(lang, "collaborating"), ", ".join(target.collaborators)))
    if target.current_step is not None:
        pairs.append((t(lang, "current_step"), current_step_text(target.current_step, lang)))
    out = section(name, kv_table(pairs, st) if pairs else None, st)
    if target.escalations:
        out += [*heading(t(lang, "escalation_steps"), st.h2, 25)]
        out.append(escalation_table(target.escalations, lang, st))
    for objective in target.objectives:
        out += _objective(objective, lang, st)
    if target.other_interactions:
        out += [*heading(t(lang, "other_interactions"), st.h2, 25)]
        out.append(_interactions(target.other_interactions, lang, st))
    if target.other_commitments:
        out += [*heading(t(lang, "other_commitments"), st.h2, 25)]
        out.append(_commitments(target.other_commitments, lang, st))
    if target.documents:
        out += [*heading(t(lang, "company_documents"), st.h2, 20)]
        for n in target.documents:
            ref = pack.reference(n)
            out.append(markup(f"[{n}] {text(ref.document.title)}", st.body))
    return out


def _references(pack: EvidencePack, lang: str, st: Styles) -> list[Flowable]:
    if not pack.references:
        return section(t(lang, "references"), para(t(lang, "no_references"), st.muted), st)
    rows = []
    for ref in pack.references:
        d = ref.document
        cell = f"<b>{text(d.title)}</b>{group_tag(d.audience, lang)}"
        if d.description:  # None where it is kept from this audience
            cell += "<br/>" + text(d.description)
        details = [format_date(d.dated_on, lang)] if d.dated_on else []
        details += [t(lang, "page", page=p) if p[:1].isdigit() else p for p in ref.pages]
        if details:
            cell += "<br/>" + SMALL.format(text(", ".join(details)))
        rows.append(
            [
                f"[{ref.number}]",
                markup(cell, st.cell),
                markup(SMALL.format(text(ref.zip_name)), st.cell),
                size_text(d.size),
            ]
        )
    return [
        *section(t(lang, "references"), para(t(lang, "references_note"), st.small), st),
        data_table(
            [t(lang, "ref"), t(lang, "title"), t(lang, "file_in_zip"), t(lang, "size")],
            rows,
            [12, 90, 62, 16],
            st,
        ),
    ]


def evidence_story(pack: EvidencePack, lang: str, st: Styles) -> list[Flowable]:
    story = _cover(pack, lang, st)
    for target in pack.targets:
        story += _target(target, pack, lang, st)
    story += _references(pack, lang, st)
    return story


def write_evidence_pdf(
    pack: EvidencePack,
    out: BinaryIO,
    *,
    lang: str,
    progress: ProgressFn | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the evidence pack's PDF (already filtered by audience) to ``out``."""
    st = make_styles()
    meta = doc_meta(
        title=f"{t(lang, 'evidence_pack')}: {pack.title}"
        if pack.title
        else t(lang, "evidence_pack"),
        subject=period_text(pack, lang),
        footer=" · ".join(x for x in (pack.title, period_text(pack, lang)) if x),
        audience=pack.audience,
        lang=lang,
        when=generated_at or utcnow(),
    )
    build_pdf(out, evidence_story(pack, lang, st), meta, progress)

"""The stewardship record in PDFs: interactions, escalation and roles, as small blocks.

The engagement report adds these to each company (who leads, the current escalation
step and the steps taken) and as a section of its own (the interactions); the evidence
pack uses the same blocks, so a reader sees one way of writing a letter or a step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.platypus import Flowable

from workbench.exports.i18n import enum_label, format_date, format_short_date, t
from workbench.exports.pdf.blocks import group_tag
from workbench.exports.pdf.styles import Styles, data_table, heading, markup, para, section, text
from workbench.services.stewardship.escalation import EscalationRow
from workbench.services.stewardship.interactions import InteractionRow
from workbench.services.stewardship.record import StewardshipDoc

SMALL = "<font size='7.5' color='#5A6270'>{}</font>"


def step_name(row: EscalationRow, lang: str) -> str:
    """A shipped step in the export's language, unless the group renamed it."""
    if row.step_key and not row.step_renamed:
        return enum_label(lang, f"step_{row.step_key}")
    return row.step


def current_step_text(row: EscalationRow, lang: str) -> str:
    """ "step 2 of 7: Collaborative escalation (since 8 March 2022)"."""
    name = step_name(row, lang)
    where = t(lang, "step_of", n=row.rank, m=row.steps_in_ladder, name=name) if row.rank else name
    return f"{where} ({t(lang, 'since', when=format_date(row.taken_on, lang))})"


def role_pairs(record: StewardshipDoc, target_id: str, lang: str) -> list[tuple[str, object]]:
    """Lead, collaborators and the current step of a company, for its key-value block."""
    pairs: list[tuple[str, object]] = []
    lead = record.lead_of(target_id)
    if lead is not None and lead.organisation:  # a name kept for the group is not given
        pairs.append((t(lang, "lead"), lead.organisation))
    others = [r.organisation for r in record.collaborators_of(target_id) if r.organisation]
    if others:
        pairs.append((t(lang, "collaborating"), ", ".join(others)))
    current = record.current_step(target_id)
    if current is not None:
        pairs.append((t(lang, "current_step"), current_step_text(current, lang)))
    return pairs


def escalation_table(rows: Sequence[EscalationRow], lang: str, st: Styles) -> Flowable:
    """The steps taken: date, step, reason and result."""
    body = [
        [
            format_short_date(x.taken_on, lang),
            markup(text(step_name(x, lang)) + group_tag(x.audience, lang), st.cell),
            x.reason or "",
            x.result or "",
        ]
        for x in rows
    ]
    return data_table(
        [t(lang, "date"), t(lang, "step"), t(lang, "reason"), t(lang, "result")],
        body,
        [23, 37, 60, 60],
        st,
    )


def escalation_block(
    record: StewardshipDoc, target_id: str, lang: str, st: Styles
) -> list[Flowable]:
    rows = record.escalations_of(target_id)
    if not rows:
        return []
    return [*heading(t(lang, "escalation_steps"), st.h2, 25), escalation_table(rows, lang, st)]


def kind_text(row: InteractionRow, lang: str) -> str:
    """ "Letter, received"."""
    return f"{enum_label(lang, row.kind)}, {t(lang, row.direction.value)}"


def counterpart_text(
    row: InteractionRow, lang: str, companies: Mapping[str, str] | None = None
) -> str:
    """The company (as the document names it: "Company A" when its name is kept) and
    the person spoken with, when this reader may see their name."""
    company = row.company or (companies or {}).get(row.target_id or "", "")
    parts = [company]
    if row.counterpart:
        who = row.counterpart
        if row.seniority is not None:
            who += f" ({enum_label(lang, row.seniority).lower()})"
        parts.append(who)
    return "\n".join(p for p in parts if p)


def interaction_cell(
    row: InteractionRow, lang: str, st: Styles, refs: str = "", *, concerns: bool = True
) -> Flowable:
    """Subject in bold, the summary below, the objectives it concerns in small print."""
    cell = f"<b>{text(row.subject)}</b>" if row.subject else ""
    if row.summary and row.summary.strip() != row.subject:
        cell += ("<br/>" if cell else "") + text(row.summary)
    cell += group_tag(row.audience, lang) + refs
    if concerns and row.objectives:
        listed = "; ".join(text(o) for o in row.objectives)
        cell += "<br/>" + SMALL.format(f"{text(t(lang, 'concerns'))}: {listed}")
    return markup(cell, st.cell)


def interactions_table(
    rows: Sequence[InteractionRow],
    lang: str,
    st: Styles,
    refs: dict[str, str] | None = None,
    *,
    concerns: bool = True,
    companies: Mapping[str, str] | None = None,
) -> Flowable:
    """Date, kind and direction, company and counterpart, what was said (and, with
    ``concerns``, the objectives it concerns); ``refs`` adds "[3]" references after an
    interaction's text; ``companies`` names a company whose name is kept, by target."""
    if not rows:
        return para(t(lang, "no_interactions"), st.muted)
    body = [
        [
            format_short_date(r.occurred_on, lang),
            kind_text(r, lang),
            counterpart_text(r, lang, companies),
            interaction_cell(r, lang, st, (refs or {}).get(r.id, ""), concerns=concerns),
        ]
        for r in rows
    ]
    return data_table(
        [t(lang, "date"), t(lang, "kind"), t(lang, "counterpart"), t(lang, "interaction")],
        body,
        [23, 24, 36, 97],
        st,
    )


def interactions_section(
    record: StewardshipDoc, lang: str, st: Styles, companies: Mapping[str, str] | None = None
) -> list[Flowable]:
    table = interactions_table(record.interactions, lang, st, companies=companies)
    return section(t(lang, "interactions"), table, st)

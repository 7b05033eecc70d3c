"""Who an export is for, how it says so on its cover and in its header, and how it
refers to what it may not name.

The filtering itself happens in the service queries (``workbench.services.reporting.minutes`` and
``workbench.services.reporting.engagement``), so that group-only content never reaches a writer;
this module only names the audience for the reader. A text kept for the working group
arrives as None: a company whose name is kept is "Company A" with its place in the
chain, people whose names are kept are counted, not named.
"""

from __future__ import annotations

from collections.abc import Sequence
from string import ascii_uppercase
from typing import Protocol

from workbench.domain import Audience, ChainPosition
from workbench.exports.i18n import t


class _Target(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def chain_position(self) -> ChainPosition: ...


DEFAULT_AUDIENCE = Audience.PARTNERS


def parse_audience(value: Audience | str | None) -> Audience:
    """``"partners"``/``"group"`` (or an Audience) → Audience; None → partners (the safe one)."""
    if value is None:
        return DEFAULT_AUDIENCE
    try:
        return Audience(str(value).strip().lower())
    except ValueError as exc:
        raise ValueError(f"unknown audience {value!r}; choose partners or group") from exc


def audience_label(audience: Audience, lang: str) -> str:
    """The short label for headers: "For partners" / "Working group only"."""
    return t(lang, "aud_partners" if audience == Audience.PARTNERS else "aud_group")


def audience_note(audience: Audience, lang: str) -> str:
    """The sentence on the cover that tells the reader what may be in the document."""
    return t(lang, "aud_partners_note" if audience == Audience.PARTNERS else "aud_group_note")


def target_names(targets: Sequence[_Target], lang: str) -> dict[str, str]:
    """How a document names each target: its company's name, or, when the name is kept
    for the working group, "Company A" (lettered in the report's order; the chain
    position and, if shared, the region say what kind of company it is)."""
    names: dict[str, str] = {}
    unnamed = 0
    for target in targets:
        if target.name:
            names[target.id] = target.name
            continue
        letter = ascii_uppercase[unnamed % 26] + ("" if unnamed < 26 else str(unnamed // 26))
        unnamed += 1
        names[target.id] = t(lang, "company_n", n=letter)
    return names


def names_and_count(names: Sequence[str | None], lang: str) -> str:
    """People as a document lists them: the names it may show, then how many others
    ("Alice Jansen, 2 more"), or only how many ("3 people") when it may name none."""
    given = [n for n in names if n]
    others = len(names) - len(given)
    if not others:
        return ", ".join(given)
    if not given:
        return t(lang, "one_person") if others == 1 else t(lang, "n_people", n=others)
    more = t(lang, "one_more") if others == 1 else t(lang, "n_more", n=others)
    return ", ".join([*given, more])

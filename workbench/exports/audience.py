"""Who an export is for, and how it says so on its cover and in its header.

The filtering itself happens in the service queries (``workbench.services.reporting.minutes`` and
``workbench.services.reporting.engagement``), so that group-only content never reaches a writer;
this module only names the audience for the reader.
"""

from __future__ import annotations

from workbench.domain import Audience
from workbench.exports.i18n import t

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

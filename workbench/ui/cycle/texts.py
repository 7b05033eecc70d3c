"""Short texts of the cycle shared by its panel and dialogs (in the UI language)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from workbench.services.cycle.sendlog import SentRow
from workbench.services.cycle.versions import MinutesState
from workbench.ui.i18n import format_date, format_datetime
from workbench.ui.labels import label

translate = QCoreApplication.translate


def when_text(value: datetime | None) -> str:
    """A stored moment in local time, as the lists show it."""
    return format_datetime(value) if value else "—"


def day_text(value: datetime | None) -> str:
    return format_date(value) if value else "—"


def sent_line(row: SentRow) -> str:
    """ "2026-03-12 14:02 · Minutes · Partners · en · file.pdf · to Priya, Ms Official"."""
    kinds = {
        "minutes": translate("Cycle", "Minutes"),
        "agenda": translate("Cycle", "Agenda"),
        "report": translate("Cycle", "Report"),
        "tracker": translate("Cycle", "Tracker"),
    }
    what = kinds.get(row.kind.value, row.kind.value)
    if row.minutes_version:
        what += " " + translate("Cycle", "v{n}").format(n=row.minutes_version)
    to = ", ".join(row.recipients) or translate("Cycle", "no one on the list")
    return (
        " · ".join([when_text(row.sent_at), what, label(row.audience), row.lang, row.file_name])
        + " · "
        + translate("Cycle", "to {people}").format(people=to)
    )


def minutes_state_text(state: MinutesState) -> str:
    """One sentence on where the minutes stand."""
    if state.stage == "draft":
        return translate("Cycle", "Minutes: draft, not sent yet.")
    if state.stage == "circulated":
        return translate("Cycle", "Minutes: circulated {when} to {people}.").format(
            when=day_text(state.circulated_at), people=", ".join(state.circulated_to) or "—"
        )
    if state.stage == "awaiting_approval":
        first = state.versions[0] if state.versions else None
        day = day_text(first.approval_meeting_starts_at) if first is not None else "—"
        text = translate("Cycle", "Minutes: to be approved at {meeting} ({day}).").format(
            meeting=state.approval_meeting or "—", day=day
        )
        if state.circulated_at:
            text += " " + translate("Cycle", "Circulated {when}.").format(
                when=day_text(state.circulated_at)
            )
        return text
    if state.stage == "correcting":
        return translate("Cycle", "Minutes: correction to version {n} open: {reason}").format(
            n=state.version, reason=state.reason or ""
        )
    text = translate("Cycle", "Minutes approved {when}, version {n}; frozen.").format(
        when=day_text(state.approved_at), n=state.version
    )
    if state.approval_meeting:
        text += " " + translate("Cycle", "Approved at {meeting}.").format(
            meeting=state.approval_meeting
        )
    if state.corrected_at:
        text += " " + translate("Cycle", "Corrected {when}: {reason}").format(
            when=day_text(state.corrected_at), reason=state.reason or ""
        )
    return text

"""Human labels for enum values, translated at display time (context ``Labels``), with
Qt alone: the tracker's first rows show them before the domain is imported
(``ui/shell/first_rows.py``); ``labels`` adds the milestone stages."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from workbench.ui.i18n import QT_TRANSLATE_NOOP

_LABELS: dict[str, str] = {
    # audience
    "group": QT_TRANSLATE_NOOP("Labels", "Working group only"),
    "partners": QT_TRANSLATE_NOOP("Labels", "Partners"),
    # statuses
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "fulfilled": QT_TRANSLATE_NOOP("Labels", "Fulfilled"),
    "not_fulfilled": QT_TRANSLATE_NOOP("Labels", "Not fulfilled"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "minutes_approved": QT_TRANSLATE_NOOP("Labels", "Minutes approved"),
    # meeting kinds
    "working_group": QT_TRANSLATE_NOOP("Labels", "Working-group meeting"),
    "company_call": QT_TRANSLATE_NOOP("Labels", "Company call"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    # directions
    "by_company": QT_TRANSLATE_NOOP("Labels", "By the company"),
    "by_group": QT_TRANSLATE_NOOP("Labels", "By the working group"),
    # purposes
    "inform": QT_TRANSLATE_NOOP("Labels", "Inform"),
    "discuss": QT_TRANSLATE_NOOP("Labels", "Discuss"),
    "decide": QT_TRANSLATE_NOOP("Labels", "Decide"),
    # attendance
    "chair": QT_TRANSLATE_NOOP("Labels", "Chair"),
    "minutes": QT_TRANSLATE_NOOP("Labels", "Minute-taker"),
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
    "guest": QT_TRANSLATE_NOOP("Labels", "Guest"),
    "present": QT_TRANSLATE_NOOP("Labels", "Present"),
    "apologies": QT_TRANSLATE_NOOP("Labels", "Apologies"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Absent"),
    # outcomes
    "ongoing": QT_TRANSLATE_NOOP("Labels", "Ongoing"),
    "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
    "partially_achieved": QT_TRANSLATE_NOOP("Labels", "Partially achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("Labels", "Not achieved"),
    "stopped": QT_TRANSLATE_NOOP("Labels", "Stopped"),
    # organisation kinds
    "pension_fund": QT_TRANSLATE_NOOP("Labels", "Pension fund"),
    "asset_manager": QT_TRANSLATE_NOOP("Labels", "Asset manager"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "union": QT_TRANSLATE_NOOP("Labels", "Trade union"),
    "government": QT_TRANSLATE_NOOP("Labels", "Government"),
    "secretariat": QT_TRANSLATE_NOOP("Labels", "Secretariat"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "initiative": QT_TRANSLATE_NOOP("Labels", "Initiative"),
    # chain positions
    "brand_oem": QT_TRANSLATE_NOOP("Labels", "Brand / OEM"),
    "tier1_supplier": QT_TRANSLATE_NOOP("Labels", "Tier-1 supplier"),
    "processor": QT_TRANSLATE_NOOP("Labels", "Processor"),
    "trader": QT_TRANSLATE_NOOP("Labels", "Trader"),
    "mine_origin": QT_TRANSLATE_NOOP("Labels", "Mine / origin"),
    # interactions (the stewardship record)
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone_call": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "agm_question": QT_TRANSLATE_NOOP("Labels", "AGM question"),
    "agm_vote": QT_TRANSLATE_NOOP("Labels", "AGM vote"),
    "site_visit": QT_TRANSLATE_NOOP("Labels", "Site visit"),
    "public_statement": QT_TRANSLATE_NOOP("Labels", "Public statement"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "board": QT_TRANSLATE_NOOP("Labels", "Board"),
    "executive": QT_TRANSLATE_NOOP("Labels", "Executive"),
    "management": QT_TRANSLATE_NOOP("Labels", "Management"),
    "specialist": QT_TRANSLATE_NOOP("Labels", "Specialist"),
    "lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "collaborator": QT_TRANSLATE_NOOP("Labels", "Collaborating"),
}


def label(value: Enum | str | None) -> str:
    """The translated label of an enum value ("" for None)."""
    if value is None:
        return ""
    key = str(value.value if isinstance(value, Enum) else value)
    text = _LABELS.get(key)
    return QCoreApplication.translate("Labels", text) if text else key  # i18n: ok (NOOP-marked)


# The names of ``MilestoneStage``'s values 0-4 (Qt alone: Home draws them before the
# domain is imported).
STAGE_NAMES: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Stages", "Not started"),
    1: QT_TRANSLATE_NOOP("Stages", "Concern raised"),
    2: QT_TRANSLATE_NOOP("Stages", "Company acknowledges"),
    3: QT_TRANSLATE_NOOP("Stages", "Credible plan"),
    4: QT_TRANSLATE_NOOP("Stages", "Implemented / achieved"),
}


def stage_name(stage: int) -> str:
    name = STAGE_NAMES.get(stage)
    # i18n: ok (the names are marked with QT_TRANSLATE_NOOP above)
    return QCoreApplication.translate("Stages", name) if name else str(stage)

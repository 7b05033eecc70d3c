"""Labels and date formats for exports, in Dutch and English.

The language of an export is chosen per export, independent of the UI language (a Dutch
secretariat may send English minutes to a partner abroad), so exports do not use Qt's
translator: each language is a plain dict here, checked by a test to have the same keys.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

LANGS: tuple[str, ...] = ("en", "nl")
DEFAULT_LANG = "en"

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}

_EN: dict[str, str] = {
    # documents
    "minutes": "Minutes",
    "agenda": "Agenda",
    "report": "Engagement report",
    "tracker": "Tracker",
    "author": "Engagement Workbench",
    "page_of": "page {n} of {m}",
    "generated": "Generated {when}",
    # audience
    "aud_partners": "For partners",
    "aud_group": "Working group only",
    "group_only_tag": "working group only",
    "aud_partners_note": (
        "This document is meant for partner organisations. It contains nothing marked "
        "for the working group only."
    ),
    "aud_group_note": (
        "This document includes content marked for the working group only. Do not forward "
        "it to partners."
    ),
    # cover
    "engagement": "Engagement",
    "meeting": "Meeting",
    "kind": "Kind",
    "date_time": "Date and time",
    "place": "Place",
    "chair": "Chair",
    "minute_taker": "Minute-taker",
    "status": "Status",
    "attendance": "Attendance",
    "invited": "Invited",
    "organisation": "Organisation",
    "present": "Present",
    "apologies": "Apologies",
    "absent": "Absent",
    "no_one": "No attendance recorded.",
    # sections
    "agenda_items": "Agenda items",
    "notes": "Notes",
    "outcome": "Outcome",
    "decisions": "Decisions",
    "decided": "Decided",
    "commitments": "Commitments",
    "commitments_by_company": "Commitments by the company",
    "commitments_by_group": "Commitments by the working group",
    "actions": "Actions",
    "next_meeting": "Next meeting",
    "not_scheduled": "Not yet scheduled.",
    "none": "None.",
    "item": "Item",
    "time": "Time",
    "minutes_short": "min",
    "presenter": "Presenter",
    "purpose": "Purpose",
    "carried_over": "Carried over from earlier meetings",
    "carry_over_item": "carried over",
    "open_actions": "Open actions",
    "open_commitments": "Open commitments",
    "from_meeting": "From meeting",
    "made_in": "Made in",
    "duration": "Duration",
    # tables
    "id": "ID",
    "title": "Title",
    "text": "Text",
    "action": "Action",
    "commitment": "Commitment",
    "decision": "Decision",
    "owner": "Owner",
    "party": "Party",
    "direction": "Direction",
    "due": "Due",
    "done_on": "Done on",
    "evidence": "Evidence",
    "audience": "Audience",
    "overdue": "overdue",
    "date": "Date",
    "captured": "Captured",
    "body": "Note",
    "target": "Company",
    "objective": "Objective",
    "stage": "Stage",
    "item_ref": "item {n}",
    # report
    "summary": "Summary",
    "theme": "Theme",
    "description": "Description",
    "baseline": "Baseline",
    "started_on": "Started",
    "period": "Period",
    "targets_objectives": "Companies and objectives",
    "chain_position": "Chain position",
    "hq_region": "Headquarters",
    "why_selected": "Why selected",
    "no_objectives": "No objectives recorded.",
    "stage_history": "Stage changes",
    "timeline": "Timeline of meetings",
    "ledger": "Commitment ledger",
    "counts": "By status",
    "lessons": "Lessons learned",
    "general": "General",
    # tracker
    "about": "About",
    "what": "What",
    "exported_at": "Exported at",
    "language": "Language",
    "filters": "Filters",
    "filters_text": (
        "Every live action, commitment, decision, meeting and objective of this engagement"
    ),
    "filters_partners": "; only content marked for partners",
    "filters_group": "; all content, notes included",
    "engagement_id": "Engagement ID",
    "format_version": "Format version",
    "how_to_import": "Importing back",
    "how_to_import_text": (
        "You may change status, owner, due date, done on, title and notes of actions, and "
        "status, owner, due date and evidence of commitments, and stage and outcome of "
        "objectives, and add new actions in rows without an ID. Then choose File > Import "
        "tracker, or run: workbench import FILE.xlsx --dry-run"
    ),
    "meetings": "Meetings",
    "objectives": "Objectives",
    "start": "Start",
    "sheet_actions": "Actions",
    "sheet_commitments": "Commitments",
    "sheet_decisions": "Decisions",
    "sheet_meetings": "Meetings",
    "sheet_objectives": "Objectives",
    "sheet_notes": "Notes",
    "sheet_about": "About",
    "status_error": "Choose a status from the list.",
}

_NL: dict[str, str] = {
    "minutes": "Verslag",
    "agenda": "Agenda",
    "report": "Engagementrapport",
    "tracker": "Voortgangsoverzicht",
    "author": "Engagement Workbench",
    "page_of": "pagina {n} van {m}",
    "generated": "Gemaakt op {when}",
    "aud_partners": "Voor partners",
    "aud_group": "Alleen voor de werkgroep",
    "group_only_tag": "alleen werkgroep",
    "aud_partners_note": (
        "Dit document is bedoeld voor partnerorganisaties. Het bevat niets dat alleen voor "
        "de werkgroep is gemarkeerd."
    ),
    "aud_group_note": (
        "Dit document bevat inhoud die alleen voor de werkgroep is bedoeld. Stuur het niet "
        "door naar partners."
    ),
    "engagement": "Engagement",
    "meeting": "Vergadering",
    "kind": "Soort",
    "date_time": "Datum en tijd",
    "place": "Plaats",
    "chair": "Voorzitter",
    "minute_taker": "Notulist",
    "status": "Status",
    "attendance": "Aanwezigheid",
    "invited": "Uitgenodigd",
    "organisation": "Organisatie",
    "present": "Aanwezig",
    "apologies": "Afgemeld",
    "absent": "Afwezig",
    "no_one": "Geen aanwezigheid vastgelegd.",
    "agenda_items": "Agendapunten",
    "notes": "Aantekeningen",
    "outcome": "Uitkomst",
    "decisions": "Besluiten",
    "decided": "Besloten",
    "commitments": "Toezeggingen",
    "commitments_by_company": "Toezeggingen van het bedrijf",
    "commitments_by_group": "Toezeggingen van de werkgroep",
    "actions": "Acties",
    "next_meeting": "Volgende vergadering",
    "not_scheduled": "Nog niet gepland.",
    "none": "Geen.",
    "item": "Punt",
    "time": "Tijd",
    "minutes_short": "min",
    "presenter": "Inleider",
    "purpose": "Doel",
    "carried_over": "Meegenomen uit eerdere vergaderingen",
    "carry_over_item": "meegenomen",
    "open_actions": "Openstaande acties",
    "open_commitments": "Openstaande toezeggingen",
    "from_meeting": "Uit vergadering",
    "made_in": "Gedaan in",
    "duration": "Duur",
    "id": "ID",
    "title": "Titel",
    "text": "Tekst",
    "action": "Actie",
    "commitment": "Toezegging",
    "decision": "Besluit",
    "owner": "Eigenaar",
    "party": "Partij",
    "direction": "Richting",
    "due": "Deadline",
    "done_on": "Afgerond op",
    "evidence": "Bewijs",
    "audience": "Publiek",
    "overdue": "te laat",
    "date": "Datum",
    "captured": "Vastgelegd",
    "body": "Aantekening",
    "target": "Bedrijf",
    "objective": "Doelstelling",
    "stage": "Fase",
    "item_ref": "punt {n}",
    "summary": "Samenvatting",
    "theme": "Thema",
    "description": "Beschrijving",
    "baseline": "Nulmeting",
    "started_on": "Gestart",
    "period": "Periode",
    "targets_objectives": "Bedrijven en doelstellingen",
    "chain_position": "Positie in de keten",
    "hq_region": "Hoofdkantoor",
    "why_selected": "Waarom gekozen",
    "no_objectives": "Geen doelstellingen vastgelegd.",
    "stage_history": "Fasewijzigingen",
    "timeline": "Tijdlijn van vergaderingen",
    "ledger": "Overzicht van toezeggingen",
    "counts": "Per status",
    "lessons": "Geleerde lessen",
    "general": "Algemeen",
    "about": "Over dit bestand",
    "what": "Wat",
    "exported_at": "Geëxporteerd op",
    "language": "Taal",
    "filters": "Filters",
    "filters_text": (
        "Alle actuele acties, toezeggingen, besluiten, vergaderingen en doelstellingen "
        "van dit engagement"
    ),
    "filters_partners": "; alleen inhoud die voor partners is gemarkeerd",
    "filters_group": "; alle inhoud, inclusief aantekeningen",
    "engagement_id": "Engagement-ID",
    "format_version": "Formaatversie",
    "how_to_import": "Terug importeren",
    "how_to_import_text": (
        "U kunt status, eigenaar, deadline, afgerond op, titel en aantekeningen van acties "
        "wijzigen, en status, eigenaar, deadline en bewijs van toezeggingen, en fase en "
        "uitkomst van doelstellingen, en nieuwe acties toevoegen in rijen zonder ID. Kies "
        "daarna Bestand > Voortgangsoverzicht importeren, of: workbench import BESTAND.xlsx "
        "--dry-run"
    ),
    "meetings": "Vergaderingen",
    "objectives": "Doelstellingen",
    "start": "Begin",
    "sheet_actions": "Acties",
    "sheet_commitments": "Toezeggingen",
    "sheet_decisions": "Besluiten",
    "sheet_meetings": "Vergaderingen",
    "sheet_objectives": "Doelstellingen",
    "sheet_notes": "Aantekeningen",
    "sheet_about": "Over",
    "status_error": "Kies een status uit de lijst.",
}

#: Labels of enum values (statuses, kinds, directions...), by language.
_ENUM_EN: dict[str, str] = {
    "group": "Working group only",
    "partners": "Partners",
    "active": "Active",
    "paused": "Paused",
    "closed": "Closed",
    "open": "Open",
    "in_progress": "In progress",
    "done": "Done",
    "cancelled": "Cancelled",
    "fulfilled": "Fulfilled",
    "not_fulfilled": "Not fulfilled",
    "withdrawn": "Withdrawn",
    "draft": "Draft",
    "scheduled": "Scheduled",
    "held": "Held",
    "minutes_approved": "Minutes approved",
    "working_group": "Working-group meeting",
    "company_call": "Company call",
    "event": "Event",
    "by_company": "By the company",
    "by_group": "By the working group",
    "inform": "Inform",
    "discuss": "Discuss",
    "decide": "Decide",
    "chair": "Chair",
    "minutes": "Minute-taker",
    "member": "Member",
    "guest": "Guest",
    "present": "Present",
    "apologies": "Apologies",
    "absent": "Absent",
    "ongoing": "Ongoing",
    "achieved": "Achieved",
    "partially_achieved": "Partially achieved",
    "not_achieved": "Not achieved",
    "stopped": "Stopped",
    "brand_oem": "Brand / OEM",
    "tier1_supplier": "Tier-1 supplier",
    "processor": "Processor",
    "trader": "Trader",
    "mine_origin": "Mine / origin",
    "stage_0": "0 Not started",
    "stage_1": "1 Concern raised",
    "stage_2": "2 Acknowledged",
    "stage_3": "3 Credible plan",
    "stage_4": "4 Achieved",
}

_ENUM_NL: dict[str, str] = {
    "group": "Alleen werkgroep",
    "partners": "Partners",
    "active": "Actief",
    "paused": "Gepauzeerd",
    "closed": "Afgesloten",
    "open": "Open",
    "in_progress": "Bezig",
    "done": "Gedaan",
    "cancelled": "Geannuleerd",
    "fulfilled": "Nagekomen",
    "not_fulfilled": "Niet nagekomen",
    "withdrawn": "Ingetrokken",
    "draft": "Concept",
    "scheduled": "Gepland",
    "held": "Gehouden",
    "minutes_approved": "Verslag vastgesteld",
    "working_group": "Werkgroepvergadering",
    "company_call": "Gesprek met bedrijf",
    "event": "Evenement",
    "by_company": "Door het bedrijf",
    "by_group": "Door de werkgroep",
    "inform": "Informeren",
    "discuss": "Bespreken",
    "decide": "Besluiten",
    "chair": "Voorzitter",
    "minutes": "Notulist",
    "member": "Lid",
    "guest": "Gast",
    "present": "Aanwezig",
    "apologies": "Afgemeld",
    "absent": "Afwezig",
    "ongoing": "Lopend",
    "achieved": "Bereikt",
    "partially_achieved": "Deels bereikt",
    "not_achieved": "Niet bereikt",
    "stopped": "Gestopt",
    "brand_oem": "Merk / OEM",
    "tier1_supplier": "Directe leverancier",
    "processor": "Verwerker",
    "trader": "Handelaar",
    "mine_origin": "Mijn / herkomst",
    "stage_0": "0 Niet gestart",
    "stage_1": "1 Zorg aangekaart",
    "stage_2": "2 Erkend door bedrijf",
    "stage_3": "3 Geloofwaardig plan",
    "stage_4": "4 Bereikt",
}

LABELS: dict[str, dict[str, str]] = {"en": _EN, "nl": _NL}
ENUM_LABELS: dict[str, dict[str, str]] = {"en": _ENUM_EN, "nl": _ENUM_NL}


def check_lang(lang: str) -> str:
    """The language code, or ValueError naming the ones we have."""
    if lang not in LANGS:
        raise ValueError(f"unknown export language {lang!r}; choose one of {', '.join(LANGS)}")
    return lang


def t(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    text = LABELS[lang][key]
    return text.format(**values) if values else text


def enum_label(lang: str, value: Enum | str | None) -> str:
    """The label of an enum value (``"in_progress"`` → "In progress" / "Bezig")."""
    if value is None:
        return ""
    key = str(value.value if isinstance(value, Enum) else value)
    return ENUM_LABELS[lang].get(key, key.replace("_", " "))


def stage_label(lang: str, stage: int) -> str:
    return ENUM_LABELS[lang].get(f"stage_{stage}", str(stage))


def format_date(value: date | None, lang: str) -> str:
    """A date as people write it: "12 March 2021" / "12 maart 2021"."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"


def format_short_date(value: date | None, lang: str) -> str:
    """A compact date for table cells: 2021-03-12 / 12-03-2021."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")


def local_time(value: datetime) -> datetime:
    """A stored UTC timestamp in the machine's local time, where the reader is."""
    return value.astimezone()


def format_datetime(value: datetime | None, lang: str) -> str:
    """A meeting's start, in local time: "12 March 2021, 14:00"."""
    if value is None:
        return ""
    local = local_time(value)
    return f"{format_date(local.date(), lang)}, {local:%H:%M}"


#: Excel number formats for dates, by language.
EXCEL_DATE_FORMAT = {"en": "yyyy-mm-dd", "nl": "dd-mm-yyyy"}
EXCEL_DATETIME_FORMAT = {"en": "yyyy-mm-dd hh:mm", "nl": "dd-mm-yyyy hh:mm"}

"""Plausible text for the generated years: engagements, companies, and what people write.

Templates are filled from small pools with a seeded ``random.Random``, so the same seed
gives the same database. The words are the ones a working group on human rights in
supply chains uses, so a search for "grievance" or "smelter" finds what it would find in
real notes: some thousands of records, not all or none.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class EngagementTheme:
    """An engagement besides the mica case, with the invented companies it engages."""

    slug: str
    title: str
    theme: str
    topics: tuple[str, ...]
    countries: tuple[str, ...]
    companies: tuple[tuple[str, str], ...]  # (name, country code)


THEMES: tuple[EngagementTheme, ...] = (
    EngagementTheme(
        "cobalt",
        "Cobalt in electric-vehicle batteries",
        "Artisanal cobalt mining and child labour (batteries)",
        ("cobalt", "artisanal mining", "refiner audits", "battery passport"),
        ("the DRC", "Zambia", "China"),
        (("Kestrel Cells", "KR"), ("Ardent Motors", "SE"), ("Halvorsen Refining", "FI")),
    ),
    EngagementTheme(
        "cotton",
        "Cotton and forced labour",
        "State-imposed forced labour in cotton picking and spinning",
        ("cotton traceability", "forced labour", "spinning mills", "isotope testing"),
        ("Xinjiang", "Turkmenistan", "Uzbekistan"),
        (("Linnea Apparel", "NL"), ("Corvin Denim", "IT"), ("Sable Home Textiles", "GB")),
    ),
    EngagementTheme(
        "palm-oil",
        "Palm oil and land rights",
        "Land rights, deforestation and labour on palm-oil plantations",
        ("free, prior and informed consent", "plantation wages", "deforestation", "mill lists"),
        ("Indonesia", "Malaysia", "Liberia"),
        (("Orla Foods", "NL"), ("Benedikt Snacks", "DE"), ("Marisol Oleo", "ES")),
    ),
    EngagementTheme(
        "cocoa",
        "Cocoa and child labour",
        "Child labour and living income in cocoa farming",
        ("living income", "child labour monitoring", "farm mapping", "cooperatives"),
        ("Ghana", "Côte d'Ivoire", "Cameroon"),
        (("Brandt Chocolatiers", "BE"), ("Hollis Confectionery", "US"), ("Varen Cacao", "CH")),
    ),
    EngagementTheme(
        "gold",
        "Gold in electronics",
        "Conflict gold and mercury use in small-scale mining",
        ("smelter due diligence", "mercury", "conflict minerals", "recycled gold"),
        ("Peru", "Ghana", "the Philippines"),
        (("Tessel Devices", "TW"), ("Quorra Electronics", "NL"), ("Ilmari Components", "FI")),
    ),
    EngagementTheme(
        "garments",
        "Living wages in garments",
        "Wages, freedom of association and purchasing practices in garment factories",
        ("living wage", "purchasing practices", "freedom of association", "factory audits"),
        ("Bangladesh", "Cambodia", "Ethiopia"),
        (("Mareva Fashion", "NL"), ("Ostrander Sports", "US"), ("Calyx Retail", "FR")),
    ),
    EngagementTheme(
        "seafood",
        "Seafood and forced labour at sea",
        "Forced labour and debt bondage on fishing vessels",
        ("recruitment fees", "vessel inspections", "debt bondage", "transhipment"),
        ("Thailand", "Taiwan", "Ecuador"),
        (("Nordhavn Seafood", "NO"), ("Pelagos Foods", "GR"), ("Tidewell Retail", "GB")),
    ),
    EngagementTheme(
        "solar",
        "Polysilicon in solar panels",
        "Forced labour risk in polysilicon for solar modules",
        ("polysilicon", "module traceability", "forced labour", "supplier declarations"),
        ("China", "Malaysia", "Vietnam"),
        (("Helion Power", "DE"), ("Sunvale Energy", "NL"), ("Corona Modules", "ES")),
    ),
    EngagementTheme(
        "tin",
        "Tin from Bangka",
        "Unsafe artisanal tin mining and environmental damage",
        ("tin smelters", "mine safety", "offshore dredging", "solder supply"),
        ("Indonesia", "Myanmar", "Bolivia"),
        (("Voss Solder", "DE"), ("Arkwright Circuits", "GB"), ("Linde Mobile", "SE")),
    ),
    EngagementTheme(
        "rubber",
        "Natural rubber and smallholders",
        "Smallholder incomes, land grabbing and labour in natural rubber",
        ("smallholder incomes", "land grabbing", "tyre supply chain", "rubber traceability"),
        ("Thailand", "Liberia", "Cambodia"),
        (("Grenville Tyres", "FR"), ("Osaki Rubber", "JP"), ("Patton Wheels", "US")),
    ),
)

DOCUMENTS = (
    "human-rights policy",
    "supplier code of conduct",
    "smelter list",
    "risk assessment",
    "audit summary",
    "grievance log",
    "remediation plan",
    "sustainability report",
    "supplier map",
    "board response",
)
STANDARDS = (
    "OECD Guidelines",
    "UN Guiding Principles",
    "OECD due diligence guidance",
    "ILO conventions",
    "RMI standard",
)
PLACES = (
    "Utrecht",
    "The Hague",
    "Amsterdam",
    "Brussels",
    "Geneva",
    "Paris",
    "online",
    "Frankfurt",
    "OECD Forum, Paris",
    "UN Forum on Business and Human Rights, Geneva",
)

NOTE_SENTENCES = (
    "{company} says its {document} will be updated before the summer.",
    "Asked {company} how it checks {topic} beyond its tier-1 suppliers; no clear answer yet.",
    "{company} acknowledged the risk of {topic} in {country} for the first time.",
    "The grievance mechanism received {n} complaints last year; none came from {country}.",
    "NGO partners report that the situation in {country} has not improved since the last visit.",
    "Investor relations promised a call with the head of procurement in {month}.",
    "The {standard} are the benchmark we agreed to use for {company}.",
    "{person} thinks {company} is ready to commit to a time-bound plan on {topic}.",
    "Smelter and refiner data are incomplete; {company} only covers {n} percent of volume.",
    "Follow up on the remediation plan: who pays, and who checks that children go to school?",
    "{company} prefers bilateral calls over meetings with the whole working group.",
    "Field research in {country} shows wages well below a living wage.",
    "Consider escalation: a letter to the chair of the board of {company} before the AGM.",
    "{person} will ask the asset managers whether {company} is on their voting list.",
    "The sector initiative on {topic} is slow; {company} could take the lead.",
    "Suppliers in {country} were audited in {month}; the summary leaves out subcontractors.",
    "{company} disclosed its {document} on request, not yet publicly.",
    "Good meeting: specific answers, named staff, and a date for the next update.",
    "The company mixed up {topic} with general ESG reporting; explain the difference again.",
    "Trade union contacts in {country} confirm retaliation against organisers.",
    "We should share the lessons of the mica case with the {theme} group.",
    "Remember to mark this note for partners before the minutes go out.",
)
ACTION_TITLES = (
    "Send {company} the questions on {topic}",
    "Draft the letter to {company} about its {document}",
    "Ask {company} for its {document}",
    "Check {company}'s {document} against the {standard}",
    "Prepare a briefing on {topic} in {country}",
    "Circulate the minutes to the working group",
    "Schedule the follow-up call with {company}",
    "Update the engagement tracker for {company}",
    "Share the field research on {country} with {company}",
    "Collect the asset managers' voting intentions on {company}",
    "Review the grievance cases reported by NGO partners",
    "Invite {company} to the round table on {topic}",
)
COMMITMENTS_BY_COMPANY = (
    "{company} will publish its {document} by {month}.",
    "{company} will map {topic} beyond its direct suppliers.",
    "{company} will report on the remediation of the cases found in {country}.",
    "{company} will name a manager responsible for {topic}.",
    "{company} will join the sector initiative on {topic}.",
    "{company} will share the audit findings from {country} with the group.",
)
COMMITMENTS_BY_GROUP = (
    "The working group will share its research on {topic} in {country}.",
    "The working group will introduce {company} to NGO partners in {country}.",
    "The working group will give feedback on the draft {document}.",
    "The working group will bring the {standard} expectations in writing.",
)
ITEM_TITLES = (
    "Welcome and minutes of the last meeting",
    "Update from {company}",
    "{topic}: where do we stand",
    "Review of the {document} of {company}",
    "Preparation of the call with {company}",
    "Escalation options for {company}",
    "Field research in {country}",
    "Progress on the objectives (stages 0-4)",
    "Communication with partners",
    "Any other business",
)
ITEM_OUTCOMES = (
    "Agreed to wait for the {document} before the next step.",
    "{company} to be asked for a time-bound plan on {topic}.",
    "Noted; no decision needed.",
    "The group will escalate if nothing changes by {month}.",
)
DECISIONS = (
    "Ask {company} for a time-bound plan on {topic}.",
    "Escalate {company} with a letter to the board.",
    "Publish the progress on {topic} in the annual report.",
    "Invite {company} to the next round table.",
)
MONTHS = (
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
)


class Writer:
    """Fills the templates for one engagement's companies, people and topics."""

    def __init__(self, rng: random.Random, people: tuple[str, ...]) -> None:
        self.rng = rng
        self.people = people

    def fill(self, template: str, theme: EngagementTheme, company: str) -> str:
        if "{" not in template:
            return template
        r = self.rng
        return template.format(
            company=company,
            topic=r.choice(theme.topics),
            country=r.choice(theme.countries),
            document=r.choice(DOCUMENTS),
            standard=r.choice(STANDARDS),
            person=r.choice(self.people),
            month=r.choice(MONTHS),
            n=r.randint(2, 95),
            theme=theme.title.lower(),
        )

    def pick(self, templates: tuple[str, ...], theme: EngagementTheme, company: str) -> str:
        return self.fill(self.rng.choice(templates), theme, company)

    def note(self, theme: EngagementTheme, company: str) -> str:
        """One to four sentences, the way notes are jotted down during a call."""
        count = self.rng.choice((1, 2, 2, 3, 3, 4))
        return " ".join(self.pick(NOTE_SENTENCES, theme, company) for _ in range(count))

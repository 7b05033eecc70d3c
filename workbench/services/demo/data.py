"""The content of the demo case: the mica engagement, as tables of plain specs.

The case follows the SER lessons-learned report on the working group of Dutch pension
funds, NGOs, a union and the Ministry that engaged the car industry on child labour in
mica mining (2020-2022). The people and the two companies are invented; the working-group
organisations and the initiatives are the ones the report names.

References between specs are short slugs (``"velora"``, ``"joost"``); ``demo.py`` turns
them into deterministic ids. Instants are aware UTC datetimes, or a ``timedelta`` from
midnight UTC of the day the demo is built (for what must lie ahead of "today").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypedDict

from workbench.domain import (
    ActionStatus,
    Audience,
    ChainPosition,
    CommitmentStatus,
    Direction,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    Outcome,
    Purpose,
)

#: An instant: an aware UTC datetime, or an offset from midnight UTC of "today".
When = datetime | timedelta
#: A due date: a fixed date, an offset in days from "today", or none.
Due = date | timedelta | None

G, P = Audience.GROUP, Audience.PARTNERS


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware UTC datetime (meetings are given in UTC, not Dutch local time)."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def mmss(minutes: int, seconds: int = 0) -> int:
    """A duration in seconds, written the way the chairing clock shows it."""
    return minutes * 60 + seconds


@dataclass(frozen=True)
class DecisionSpec:
    text: str
    audience: Audience = P


@dataclass(frozen=True)
class CommitmentSpec:
    """A promise made under an agenda item; ``settled_on`` is when it was fulfilled or not."""

    key: str
    direction: Direction
    party: str
    owner: str | None
    text: str
    due: Due
    status: CommitmentStatus
    evidence: str | None = None
    settled_on: date | None = None
    audience: Audience = P


@dataclass(frozen=True)
class ActionSpec:
    title: str
    owner: str
    due: Due
    status: ActionStatus = ActionStatus.DONE
    done_on: date | None = None
    notes: str | None = None
    commitment: str | None = None
    audience: Audience = G


@dataclass(frozen=True)
class ItemSpec:
    """An agenda item and what came of it; ``audience`` None means the meeting's."""

    title: str
    purpose: Purpose
    minutes: int
    presenter: str | None = None
    notes: str | None = None
    outcome: str | None = None
    actual_seconds: int | None = None
    objective: str | None = None
    target: str | None = None
    audience: Audience | None = None
    decisions: tuple[DecisionSpec, ...] = ()
    commitments: tuple[CommitmentSpec, ...] = ()
    actions: tuple[ActionSpec, ...] = ()


@dataclass(frozen=True)
class NoteSpec:
    key: str
    body: str
    captured: When
    place: str | None = None
    target: str | None = None
    triaged: bool = True
    audience: Audience = G
    in_engagement: bool = True


@dataclass(frozen=True)
class MeetingSpec:
    """A meeting with its invitees: members and guests present, and apologies."""

    key: str
    kind: MeetingKind
    title: str
    starts: When
    duration: int
    place: str
    chair: str
    minutes: str
    status: MeetingStatus
    audience: Audience
    members: tuple[str, ...]
    guests: tuple[str, ...] = ()
    apologies: tuple[str, ...] = ()
    items: tuple[ItemSpec, ...] = ()
    notes: tuple[NoteSpec, ...] = ()


#: (slug, name, kind, country, known since)
ORGANISATIONS: tuple[tuple[str, str, OrganisationKind, str, date], ...] = (
    ("ser", "SER secretariat", OrganisationKind.SECRETARIAT, "NL", date(2020, 1, 20)),
    ("bpl", "BPL Pensioen", OrganisationKind.PENSION_FUND, "NL", date(2020, 1, 20)),
    ("detailhandel", "Pensioenfonds Detailhandel", OrganisationKind.PENSION_FUND, "NL",
     date(2020, 1, 20)),
    ("pme", "PME pensioenfonds", OrganisationKind.PENSION_FUND, "NL", date(2020, 1, 20)),
    ("pmt", "Pensioenfonds Metaal & Techniek", OrganisationKind.PENSION_FUND, "NL",
     date(2020, 1, 20)),
    ("pfzw", "Pensioenfonds Zorg en Welzijn", OrganisationKind.PENSION_FUND, "NL",
     date(2020, 1, 20)),
    ("schilders", "BPF Schilders", OrganisationKind.PENSION_FUND, "NL", date(2020, 1, 20)),
    ("rabo-pf", "Rabobank Pensioenfonds", OrganisationKind.PENSION_FUND, "NL", date(2020, 1, 20)),
    ("robeco", "Robeco", OrganisationKind.ASSET_MANAGER, "NL", date(2020, 1, 20)),
    ("mn", "MN", OrganisationKind.ASSET_MANAGER, "NL", date(2020, 1, 20)),
    ("achmea-im", "Achmea Investment Management", OrganisationKind.ASSET_MANAGER, "NL",
     date(2020, 1, 20)),
    ("pggm", "PGGM", OrganisationKind.ASSET_MANAGER, "NL", date(2020, 1, 20)),
    ("save-the-children", "Save the Children", OrganisationKind.NGO, "NL", date(2020, 1, 20)),
    ("terre-des-hommes", "Terre des Hommes", OrganisationKind.NGO, "NL", date(2020, 1, 20)),
    ("fnv", "FNV", OrganisationKind.UNION, "NL", date(2020, 1, 20)),
    ("foreign-affairs", "Ministry of Foreign Affairs", OrganisationKind.GOVERNMENT, "NL",
     date(2020, 1, 20)),
    ("velora", "Velora Automotive", OrganisationKind.COMPANY, "DE", date(2020, 2, 18)),
    ("northgate", "Northgate Components", OrganisationKind.COMPANY, "US", date(2021, 2, 9)),
    ("rmi", "Responsible Mica Initiative", OrganisationKind.INITIATIVE, "FR", date(2020, 2, 18)),
    ("drive-sustainability", "Drive Sustainability", OrganisationKind.INITIATIVE, "BE",
     date(2020, 11, 10)),
)  # fmt: skip

#: (slug, name, organisation slug, role, working-group member, known since)
PEOPLE: tuple[tuple[str, str, str, str, bool, date], ...] = (
    ("joost", "Joost Verhagen", "mn",
     "Senior engagement specialist for PME and PMT; chair of the working group", True,
     date(2020, 1, 20)),
    ("marieke", "Marieke van Dalen", "robeco",
     "Active ownership specialist for Rabobank Pensioenfonds", True, date(2020, 1, 20)),
    ("sanne", "Sanne Bosman", "achmea-im", "Responsible investment advisor for BPL Pensioen",
     True, date(2020, 1, 20)),
    ("femke", "Femke Kramer", "detailhandel", "Responsible investment policy advisor", True,
     date(2020, 1, 20)),
    ("thomas", "Thomas Hendriks", "pggm", "Engagement lead for PFZW and BPF Schilders", True,
     date(2020, 1, 20)),
    ("noor", "Noor El Amrani", "save-the-children", "Child rights and business advisor", True,
     date(2020, 1, 20)),
    ("lotte", "Lotte Brouwer", "terre-des-hommes", "Programme manager, mica", True,
     date(2020, 1, 20)),
    ("ruud", "Ruud Mulder", "fnv", "International trade union policy officer", True,
     date(2020, 1, 20)),
    ("ingrid", "Ingrid Smits", "foreign-affairs", "Policy officer, responsible business conduct",
     True, date(2020, 1, 20)),
    ("daan", "Daan Visser", "ser", "Covenant secretary", True, date(2020, 1, 20)),
    ("eva", "Eva Koster", "ser", "Policy advisor, covenant secretariat", True, date(2020, 1, 20)),
    ("katrin", "Katrin Albers", "velora", "Head of Supply Chain Sustainability", False,
     date(2020, 6, 1)),
    ("julia", "Julia Rehm", "velora", "Investor Relations, ESG", False, date(2020, 6, 1)),
    ("stefan", "Stefan Vogt", "velora", "Responsible Raw Materials Manager, mica", False,
     date(2021, 1, 15)),
    ("rebecca", "Rebecca Lindqvist", "northgate", "Vice President, Investor Relations", False,
     date(2021, 5, 6)),
    ("brian", "Brian Kessler", "northgate", "Director, Supplier Compliance", False,
     date(2021, 5, 6)),
    ("claire", "Claire Dumont", "rmi", "Membership and outreach", False, date(2021, 3, 4)),
    ("elena", "Elena Rossi", "drive-sustainability", "Programme manager", False,
     date(2020, 12, 3)),
)  # fmt: skip


class EngagementSpec(TypedDict):
    """The fields of the case's engagement, and who may read each text."""

    title: str
    theme: str
    description: str
    started_on: date
    baseline: str
    title_audience: Audience
    theme_audience: Audience
    description_audience: Audience
    baseline_audience: Audience


ENGAGEMENT: EngagementSpec = {
    "title": "Mica supply chain",
    "theme": "Child labour and low wages in mica mining (automotive)",
    "description": (
        "Collective engagement under the Dutch covenant on international responsible "
        "investment by pension funds. Seven pension funds, through their asset managers, work "
        "with Save the Children, Terre des Hommes, FNV and the Ministry of Foreign Affairs, "
        "supported by the SER secretariat, to make a car maker and one of its direct suppliers "
        "aware of the worst forms of child labour and low wages in the mica supply chain "
        "(India, Madagascar), and to have them address it."
    ),
    "started_on": date(2020, 2, 18),
    "baseline": (
        "February 2020. Terre des Hommes research: about 30,000 children work in mica mines "
        "in India and about 11,000 in Madagascar. Velora Automotive has mapped mica in its "
        "paints and coatings only, has no staff dedicated to mica, is not a member of the "
        "Responsible Mica Initiative, and mica does not appear in its human-rights risk "
        "assessment. The tier-1 supplier is still to be chosen. Mica hardly features in the "
        "sector's joint raw-materials work."
    ),
    # The case is public (the covenant reports on it); the baseline is the group's own
    # frank assessment of the car maker, kept for the working group.
    "title_audience": P,
    "theme_audience": P,
    "description_audience": P,
    "baseline_audience": G,
}

#: Who may read a target's texts: where a company sits is plain to partners; why the group
#: chose it (its leverage, the company's sensitivity to reputational risk) is the group's.
TARGET_AUDIENCES: dict[str, Audience] = {"hq_region": P, "why_selected": G}

#: (slug, organisation slug, chain position, HQ region, why selected)
TARGETS: tuple[tuple[str, str, ChainPosition, str, str], ...] = (
    ("velora", "velora", ChainPosition.BRAND_OEM, "Western Europe (Germany)",
     "Leading consumer-facing car maker, held by all participating funds; sensitive to "
     "reputational risk; already aware of mica in paint; culturally close to the group and "
     "influential among other car makers and its suppliers."),
    ("northgate", "northgate", ChainPosition.TIER1_SUPPLIER, "North America (United States)",
     "Smaller direct supplier of electrical components, insulation and brake parts to several "
     "car makers, Velora among them; mica is in many of its products; chosen to see how far "
     "car makers' demands reach down the chain."),
)  # fmt: skip

#: (slug, target slug, text, stage 0-4, outcome, audience, set on)
OBJECTIVES: tuple[tuple[str, str, str, int, Outcome, Audience, date], ...] = (
    ("velora-capacity", "velora",
     "Appoint dedicated, full-time capacity for responsible mica sourcing.",
     4, Outcome.ACHIEVED, P, date(2020, 2, 18)),
    ("velora-rmi", "velora", "Join the Responsible Mica Initiative and take part in its work.",
     4, Outcome.ACHIEVED, P, date(2020, 2, 18)),
    ("velora-mapping", "velora",
     "Map mica in all components, beyond paints and coatings, and set requirements for "
     "suppliers.", 3, Outcome.ONGOING, P, date(2020, 2, 18)),
    ("velora-peers", "velora",
     "Help bring other car makers into RMI, for a level playing field.",
     3, Outcome.PARTIALLY_ACHIEVED, P, date(2020, 11, 10)),
    ("northgate-mapping", "northgate",
     "Map mica in all product lines, not only in paint, and verify suppliers' mapping.",
     1, Outcome.ONGOING, P, date(2021, 2, 9)),
    ("northgate-grievance", "northgate",
     "Follow up whistle-blower complaints with suppliers through an effective grievance "
     "mechanism.", 1, Outcome.ONGOING, G, date(2021, 9, 14)),
    ("northgate-risk", "northgate",
     "Acknowledge child labour in mica mining as a salient risk in its own risk assessment.",
     2, Outcome.ONGOING, P, date(2021, 2, 9)),
)  # fmt: skip

#: How each objective got to its stage: (objective slug, meeting key, old stage, new stage).
#: Recorded as history so the progress timeline shows when each step was reached.
STAGE_HISTORY: tuple[tuple[str, str, int, int], ...] = (
    ("velora-capacity", "2020-06-velora-first-call", 0, 2),
    ("velora-capacity", "2020-11-velora-second-call", 2, 3),
    ("velora-capacity", "2021-02-wg-event-and-supplier", 3, 4),
    ("velora-rmi", "2020-06-velora-first-call", 0, 1),
    ("velora-rmi", "2020-11-velora-second-call", 1, 3),
    ("velora-rmi", "2021-06-drive-sustainability-session", 3, 4),
    ("velora-mapping", "2020-06-velora-first-call", 0, 1),
    ("velora-mapping", "2020-11-velora-second-call", 1, 2),
    ("velora-mapping", "2022-05-velora-third-call", 2, 3),
    ("velora-peers", "2020-11-velora-second-call", 0, 1),
    ("velora-peers", "2021-06-drive-sustainability-session", 1, 2),
    ("velora-peers", "2022-05-velora-third-call", 2, 3),
    ("northgate-mapping", "2021-09-northgate-first-call", 0, 1),
    ("northgate-grievance", "2021-09-northgate-first-call", 0, 1),
    ("northgate-risk", "2021-09-northgate-first-call", 0, 1),
    ("northgate-risk", "2022-10-northgate-second-call", 1, 2),
)  # fmt: skip

MEMBERS = ("marieke", "sanne", "femke", "thomas", "noor", "lotte", "ruud", "ingrid", "eva")

MEETINGS: tuple[MeetingSpec, ...] = (
    MeetingSpec(
        "2020-02-wg-kick-off", MeetingKind.WORKING_GROUP,
        "Working group kick-off: mica in the car industry", utc(2020, 2, 18, 9), 120,
        "SER, Bezuidenhoutseweg 60, The Hague", "joost", "daan", MeetingStatus.MINUTES_APPROVED,
        G, members=tuple(m for m in MEMBERS if m != "ingrid"), apologies=("ingrid",),
        items=(
            ItemSpec("Welcome, introductions and the covenant's case criteria", Purpose.INFORM,
                     10, "joost",
                     "The case meets the covenant's criteria: severe harm, added value of "
                     "joint work, fundamental rights (child labour), instructive for the sector.",
                     "Confirmed as a deep-track case of the covenant.", mmss(11, 40)),
            ItemSpec("Mica supply chain: what field research shows", Purpose.INFORM, 25, "lotte",
                     "Mica is mined by hand in India and Madagascar; about 30,000 and 11,000 "
                     "children work in the mines. China imports and processes most of it, which "
                     "hides the origin. In cars mica sits in paint, electrical parts, insulation "
                     "and brake linings: up to 15,000 parts contain small amounts.",
                     "Shared understanding of the risks.", mmss(31, 5),
                     actions=(ActionSpec("Circulate the Terre des Hommes research to all members",
                                         "lotte", date(2020, 2, 28), done_on=date(2020, 2, 24)),)),
            ItemSpec("Choice of companies to engage", Purpose.DECIDE, 40, "thomas",
                     "Criteria: research and benchmarks, data providers' company reports, "
                     "holdings of all funds, cultural distance and position in the sector. A "
                     "consumer-facing car maker is more receptive to reputational risk; a direct "
                     "supplier shows how far demand reaches down the chain.",
                     "Velora Automotive first; a tier-1 supplier within a year.", mmss(43, 20),
                     audience=G,
                     decisions=(DecisionSpec("Engage Velora Automotive first as a leading "
                                             "consumer-facing car maker; select a tier-1 supplier "
                                             "within a year.", G),),
                     actions=(ActionSpec("Draft the engagement letter to Velora Automotive",
                                         "joost", date(2020, 3, 13), done_on=date(2020, 3, 11)),)),
            ItemSpec("Baseline and monitoring", Purpose.DECIDE, 20, "eva",
                     "Impact will be hard to show later unless monitoring starts now, with a "
                     "baseline of what the companies do on mica today.",
                     "Secretariat writes the baseline; objectives tracked on stages 0-4.",
                     mmss(18, 30),
                     decisions=(DecisionSpec("Track every objective on the 0-4 milestone scale "
                                             "from the start, against a written baseline.", G),),
                     actions=(ActionSpec("Write the baseline note for the engagement file", "eva",
                                         date(2020, 3, 31), done_on=date(2020, 4, 2)),)),
        ),
    ),
    MeetingSpec(
        "2020-06-velora-first-call", MeetingKind.COMPANY_CALL,
        "First engagement call with Velora Automotive", utc(2020, 6, 16, 12), 60, "Video call",
        "joost", "daan", MeetingStatus.MINUTES_APPROVED, P,
        members=("marieke", "thomas", "lotte", "noor", "femke"), guests=("katrin", "julia"),
        apologies=("sanne", "ruud"),
        items=(
            ItemSpec("Introductions and purpose of the engagement", Purpose.INFORM, 5, "joost",
                     "The group explained the covenant and why mica. Velora welcomed the "
                     "collective approach.", None, mmss(6, 10)),
            ItemSpec("Velora's mapping of mica in paints and coatings", Purpose.DISCUSS, 20,
                     "katrin",
                     "Velora has traced mica in its paints and coatings with its paint "
                     "suppliers back to the processors; beyond that the chain is not visible. "
                     "No staff are dedicated to mica.",
                     "Velora is aware of the issue; its mapping covers paint only.", mmss(22, 45),
                     objective="velora-mapping", target="velora"),
            ItemSpec("Mica beyond paint: electrical parts, insulation, brake linings",
                     Purpose.DISCUSS, 15, "lotte",
                     "Terre des Hommes showed where mica sits in a car beyond paint. Velora "
                     "asked for the research.", "Velora will look at electrical components.",
                     mmss(14, 30), objective="velora-mapping", target="velora",
                     commitments=(CommitmentSpec(
                         "group-share-research-car-maker", Direction.BY_GROUP,
                         "terre-des-hommes", "lotte",
                         "Share the field research on mica in car components with Velora.",
                         date(2020, 6, 30), CommitmentStatus.FULFILLED,
                         "Report and country briefs sent by e-mail on 24 June 2020.",
                         date(2020, 6, 24)),)),
            ItemSpec("Dedicated capacity and membership of RMI", Purpose.DISCUSS, 15, "marieke",
                     "The group asked Velora to appoint dedicated capacity for responsible mica "
                     "sourcing and to join the Responsible Mica Initiative.",
                     "Velora commits to both, after internal approval.", mmss(13, 50),
                     objective="velora-capacity", target="velora",
                     commitments=(
                         CommitmentSpec(
                             "car-maker-mica-capacity", Direction.BY_COMPANY, "velora", "katrin",
                             "Appoint full-time capacity for responsible mica sourcing.",
                             date(2021, 3, 31), CommitmentStatus.FULFILLED,
                             "Velora's letter of 15 January 2021: Stefan Vogt appointed full-time "
                             "Responsible Raw Materials Manager for mica as of 11 January 2021.",
                             date(2021, 1, 15)),
                         CommitmentSpec(
                             "car-maker-join-rmi", Direction.BY_COMPANY, "velora", "katrin",
                             "Join the Responsible Mica Initiative (RMI).",
                             date(2021, 6, 30), CommitmentStatus.FULFILLED,
                             "Listed as an RMI member since March 2021; Velora press release of "
                             "22 March 2021.", date(2021, 3, 22)),
                     )),
            ItemSpec("What can investors do?", Purpose.DISCUSS, 5, "joost",
                     "Asked what the group can do. Velora: competitors are less aware, a level "
                     "playing field is needed; it will come back with suggestions.",
                     "Velora to suggest how the group can help.", mmss(7, 20),
                     actions=(ActionSpec("Schedule the autumn call with Velora", "daan",
                                         date(2020, 7, 15), done_on=date(2020, 7, 9)),)),
        ),
        notes=(NoteSpec("2020-06-velora-debrief",
                        "Debrief after the call: Velora open and well prepared; Katrin Albers "
                        "clearly has internal support. Push on RMI before the summer break, do "
                        "not overload them with asks.", utc(2020, 6, 16, 13, 15),
                        target="velora"),),
    ),
    MeetingSpec(
        "2020-11-velora-second-call", MeetingKind.COMPANY_CALL,
        "Follow-up call with Velora Automotive", utc(2020, 11, 10, 13), 60, "Video call",
        "joost", "eva", MeetingStatus.MINUTES_APPROVED, P,
        members=("marieke", "sanne", "thomas", "lotte", "ruud", "ingrid"),
        guests=("katrin", "julia"), apologies=("noor",),
        items=(
            ItemSpec("Progress on dedicated capacity and the RMI application", Purpose.INFORM, 15,
                     "katrin",
                     "A full-time responsible raw materials manager for mica has been recruited "
                     "and starts in January. The RMI application is in; decision in Q1.",
                     "On track.", mmss(12, 10), objective="velora-rmi", target="velora"),
            ItemSpec("Level playing field: how the group can help", Purpose.DISCUSS, 25, "katrin",
                     "Velora suggested a session on the Drive Sustainability platform, where "
                     "many European car makers are members, to motivate other car makers and "
                     "suppliers to join RMI and to carry out due diligence on mica.",
                     "The group will organise a Drive Sustainability event.", mmss(27, 40),
                     objective="velora-peers", target="velora",
                     decisions=(DecisionSpec("The working group organises a member session on "
                                             "mica on the Drive Sustainability platform, with "
                                             "Velora sharing its experience."),),
                     commitments=(CommitmentSpec(
                         "group-drive-sustainability-event", Direction.BY_GROUP, "ser", "daan",
                         "Organise an event on the Drive Sustainability platform to bring other "
                         "car makers and suppliers into RMI.", date(2021, 6, 30),
                         CommitmentStatus.FULFILLED,
                         "Member session held online on 8 June 2021 with participants from 11 car "
                         "makers and 9 suppliers.", date(2021, 6, 8)),),
                     actions=(ActionSpec("Approach Drive Sustainability about a member session "
                                         "on mica", "daan", date(2020, 12, 15),
                                         done_on=date(2020, 12, 3),
                                         commitment="group-drive-sustainability-event"),)),
            ItemSpec("Mica in electrical components", Purpose.DISCUSS, 15, "lotte",
                     "Velora started a survey of its tier-1 suppliers of electrical components; "
                     "the first answers show little knowledge of origin.",
                     "Velora will share the survey results.", mmss(16, 5),
                     objective="velora-mapping", target="velora",
                     commitments=(CommitmentSpec(
                         "car-maker-supplier-survey", Direction.BY_COMPANY, "velora", "katrin",
                         "Share the results of the supplier survey on mica in electrical "
                         "components.", date(2021, 9, 30), CommitmentStatus.FULFILLED,
                         "Presented by Stefan Vogt in the call of 17 May 2022.",
                         date(2022, 5, 17)),)),
            ItemSpec("Any other business", Purpose.INFORM, 5, "joost",
                     "Next call after the Drive Sustainability session.", None, mmss(3, 30)),
        ),
    ),
    MeetingSpec(
        "2021-02-wg-event-and-supplier", MeetingKind.WORKING_GROUP,
        "Working group: Drive Sustainability event and choice of supplier",
        utc(2021, 2, 9, 9), 90, "Video call", "joost", "daan", MeetingStatus.MINUTES_APPROVED, G,
        members=tuple(m for m in MEMBERS if m != "femke"), apologies=("femke",),
        items=(
            ItemSpec("Velora: results so far", Purpose.INFORM, 10, "joost",
                     "Full-time mica manager started on 11 January; RMI membership expected in "
                     "March.", "Noted.", mmss(9, 15), objective="velora-capacity",
                     target="velora"),
            ItemSpec("Drive Sustainability member session: programme and speakers",
                     Purpose.DECIDE, 30, "daan",
                     "Drive Sustainability offers a 90-minute online member session in June. "
                     "Proposed speakers: Terre des Hommes (field research), Velora (its "
                     "experience), RMI (membership and tools).", "Programme agreed.",
                     mmss(34, 10), objective="velora-peers",
                     decisions=(DecisionSpec("Hold the member session online on 8 June 2021 with "
                                             "Terre des Hommes, Velora and RMI as speakers."),),
                     actions=(
                         ActionSpec("Invite RMI to present membership and tools", "lotte",
                                    date(2021, 3, 15), done_on=date(2021, 3, 4)),
                         ActionSpec("Ask Velora to present its experience", "joost",
                                    date(2021, 3, 15), done_on=date(2021, 3, 10)),
                     )),
            ItemSpec("Choice of a tier-1 supplier", Purpose.DECIDE, 35, "thomas",
                     "Three candidates compared on holdings, mica exposure and position in "
                     "Velora's chain. Northgate Components supplies electrical components and "
                     "brake parts to several car makers and is held by five of the seven funds.",
                     "Northgate Components selected.", mmss(38, 45), audience=G,
                     decisions=(DecisionSpec("Engage Northgate Components as the tier-1 supplier "
                                             "of the case.", G),),
                     actions=(ActionSpec("Send the engagement letter to Northgate Components",
                                         "thomas", date(2021, 4, 30),
                                         done_on=date(2021, 5, 6)),)),
            ItemSpec("Round of members", Purpose.INFORM, 10, "joost",
                     "FNV: contacts with unions active in Indian mica areas. Ministry: EU "
                     "proposal on due diligence expected this year.", None, mmss(8, 0)),
        ),
    ),
    MeetingSpec(
        "2021-06-drive-sustainability-session", MeetingKind.EVENT,
        "Drive Sustainability member session: responsible mica sourcing",
        utc(2021, 6, 8, 12), 90, "Online (Drive Sustainability platform)", "joost", "eva",
        MeetingStatus.HELD, P,
        members=("marieke", "sanne", "thomas", "noor", "lotte", "ruud", "ingrid", "daan"),
        guests=("elena", "claire", "katrin", "stefan"), apologies=("femke",),
        items=(
            ItemSpec("Opening: why investors care about mica", Purpose.INFORM, 10, "joost",
                     "Investors' expectations under the OECD Guidelines and the UN Guiding "
                     "Principles; why a collective approach.", None, mmss(9, 40)),
            ItemSpec("Child labour in mica mining: field research", Purpose.INFORM, 20, "lotte",
                     "Low prices, no schools and drought keep families dependent on mica; few "
                     "buyers reach the mines, so miners cannot negotiate.", None, mmss(21, 30)),
            ItemSpec("A car maker's experience: from paint to all components", Purpose.INFORM,
                     20, "stefan",
                     "Velora explained how it moved from mapping paint to surveying its "
                     "suppliers, and why it joined RMI.", None, mmss(19, 50), target="velora",
                     objective="velora-peers"),
            ItemSpec("Joining RMI: membership, workplan and tools", Purpose.INFORM, 20, "claire",
                     "Membership levels, the supply-chain mapping tool, community programmes in "
                     "Jharkhand and Bihar.", None, mmss(22, 15)),
            ItemSpec("Questions and next steps", Purpose.DISCUSS, 20, "elena",
                     "Participants from 11 car makers and 9 suppliers. Two car makers asked RMI "
                     "for a follow-up.",
                     "Drive Sustainability adds mica to its raw-materials work.", mmss(16, 40),
                     actions=(ActionSpec("Send the slides and a research summary to all "
                                         "participants", "eva", date(2021, 6, 15),
                                         done_on=date(2021, 6, 11), audience=P),)),
        ),
    ),
    MeetingSpec(
        "2021-09-northgate-first-call", MeetingKind.COMPANY_CALL,
        "First engagement call with Northgate Components", utc(2021, 9, 14, 15), 60,
        "Video call", "thomas", "daan", MeetingStatus.MINUTES_APPROVED, P,
        members=("joost", "marieke", "sanne", "noor", "lotte", "ruud"),
        guests=("rebecca", "brian"), apologies=("ingrid",),
        items=(
            ItemSpec("Introductions and purpose", Purpose.INFORM, 5, "thomas", None, None,
                     mmss(5, 20)),
            ItemSpec("How Northgate manages mica in its supply chain", Purpose.DISCUSS, 20,
                     "brian",
                     "Northgate's supplier code asks suppliers to map high-risk minerals; mica "
                     "is only considered for paint-related products. There is no check that "
                     "suppliers map. Customers have not asked about mica.",
                     "Northgate is largely unaware that mica is in parts other than paint.",
                     mmss(24, 10), objective="northgate-mapping", target="northgate",
                     commitments=(
                         CommitmentSpec(
                             "supplier-map-mica-beyond-paint", Direction.BY_COMPANY, "northgate",
                             "brian", "Map where mica is used beyond paint, across all product "
                             "lines, and report the results to the working group.",
                             date(2022, 3, 31), CommitmentStatus.OPEN),
                         CommitmentSpec(
                             "group-share-research-supplier", Direction.BY_GROUP,
                             "terre-des-hommes", "lotte",
                             "Share NGO field research on mica in car components with Northgate.",
                             date(2021, 10, 15), CommitmentStatus.FULFILLED,
                             "Research by Terre des Hommes and Save the Children sent on 5 "
                             "October 2021; receipt confirmed by Northgate.", date(2021, 10, 5)),
                     )),
            ItemSpec("Whistle-blower complaints about a mica processor", Purpose.DISCUSS, 20,
                     "noor",
                     "The group raised whistle-blower complaints about a processor in "
                     "Northgate's chain. Northgate passed them to its supplier, had no answer "
                     "and took no further steps.",
                     "Northgate will respond to the complaints and report what it did.",
                     mmss(21, 0), objective="northgate-grievance", target="northgate",
                     commitments=(CommitmentSpec(
                         "supplier-whistle-blower-response", Direction.BY_COMPANY, "northgate",
                         "rebecca", "Respond to the whistle-blower complaints and report the "
                         "follow-up with the supplier concerned.", date(2022, 1, 31),
                         CommitmentStatus.NOT_FULFILLED,
                         "No report by the call of 4 October 2022; Northgate said the supplier "
                         "had closed the matter, without an independent check.",
                         date(2022, 10, 4)),)),
            ItemSpec("Next steps", Purpose.DECIDE, 10, "thomas", None,
                     "Written summary of the asks; follow-up call in 2022.", mmss(8, 30),
                     actions=(ActionSpec("Send Northgate a written summary of the asks",
                                         "thomas", date(2021, 9, 30), done_on=date(2021, 9, 28),
                                         audience=P),)),
        ),
        notes=(NoteSpec("2021-09-northgate-debrief",
                        "Internal debrief: Northgate is customer- and compliance-driven and will "
                        "move only if car makers ask. Its handling of the whistle-blower "
                        "complaints may point to an ineffective whistle-blower mechanism.",
                        utc(2021, 9, 14, 16, 20), target="northgate"),),
    ),
    MeetingSpec(
        "2021-12-wg-supplier-escalation", MeetingKind.WORKING_GROUP,
        "Working group: assessment of Northgate and escalation", utc(2021, 12, 7, 10), 90,
        "Video call", "joost", "daan", MeetingStatus.MINUTES_APPROVED, G,
        members=tuple(m for m in MEMBERS if m not in ("sanne", "ruud")),
        apologies=("sanne", "ruud"),
        items=(
            ItemSpec("Internal assessment of Northgate Components", Purpose.DISCUSS, 30, "thomas",
                     "Compliance-driven, waits for customers; no verification of suppliers' "
                     "mapping; little action after the whistle-blower complaints.",
                     "Stage 1 on mapping and grievance handling: concern raised, not yet "
                     "acknowledged.", mmss(33, 0), objective="northgate-grievance",
                     target="northgate"),
            ItemSpec("Escalation strategy for Northgate", Purpose.DECIDE, 30, "joost",
                     "Options: a letter to the board, raising it through car-maker customers "
                     "and Drive Sustainability, voting at the AGM.",
                     "Stepwise escalation agreed.", mmss(31, 20), target="northgate",
                     decisions=(DecisionSpec("If Northgate has not delivered its mica mapping by "
                                             "the end of Q2 2022, raise it with its car-maker "
                                             "customers through Velora and Drive Sustainability, "
                                             "then write to its board.", G),),
                     actions=(
                         ActionSpec("Ask Velora whether its supplier requirements for Northgate "
                                    "cover mica", "joost", date(2022, 2, 28),
                                    done_on=date(2022, 3, 8)),
                         ActionSpec("Prepare a draft letter to Northgate's board", "thomas",
                                    date(2022, 9, 30), ActionStatus.OPEN),
                     )),
            ItemSpec("Velora: preparing the next call", Purpose.DISCUSS, 15, "marieke",
                     "Ask for the survey results and the next step in mapping.",
                     "Call planned for May 2022.", mmss(12, 0), target="velora",
                     actions=(ActionSpec("Schedule the spring call with Velora", "daan",
                                         date(2022, 1, 31), done_on=date(2022, 1, 20)),)),
            ItemSpec("Reporting to the covenant", Purpose.INFORM, 10, "eva",
                     "Annual progress report due in January.", None, mmss(9, 40),
                     actions=(ActionSpec("Write the annual progress report on the case", "eva",
                                         date(2022, 1, 31), done_on=date(2022, 1, 28)),)),
        ),
    ),
    MeetingSpec(
        "2022-05-velora-third-call", MeetingKind.COMPANY_CALL,
        "Progress call with Velora Automotive", utc(2022, 5, 17, 12), 60, "Video call",
        "marieke", "eva", MeetingStatus.MINUTES_APPROVED, P,
        members=("joost", "thomas", "noor", "lotte", "femke"), guests=("katrin", "stefan"),
        apologies=("ingrid",),
        items=(
            ItemSpec("Results of the supplier survey on mica", Purpose.INFORM, 20, "stefan",
                     "240 tier-1 suppliers surveyed; 61 report mica in their parts (electrical, "
                     "insulation, brake linings, coatings). Origin known for about a third.",
                     "Mapping now goes beyond paint; origin still largely unknown.",
                     mmss(23, 30), objective="velora-mapping", target="velora",
                     commitments=(CommitmentSpec(
                         "car-maker-supplier-requirements", Direction.BY_COMPANY, "velora",
                         "stefan", "Add mica to the supplier sustainability requirements and ask "
                         "tier-1 suppliers that use mica to join RMI or an equivalent scheme.",
                         date(2023, 6, 30), CommitmentStatus.IN_PROGRESS),)),
            ItemSpec("RMI membership: the first year", Purpose.INFORM, 15, "stefan",
                     "Velora takes part in RMI's workplan and supports community programmes in "
                     "Jharkhand.", None, mmss(14, 0), objective="velora-rmi", target="velora"),
            ItemSpec("Suppliers and the level playing field", Purpose.DISCUSS, 15, "joost",
                     "The group asked whether Velora asks its suppliers about mica. Velora will "
                     "include mica in next year's supplier questionnaire.",
                     "Mica goes into Velora's supplier questionnaire.", mmss(17, 10),
                     objective="velora-peers", target="velora"),
            ItemSpec("What else can the group do?", Purpose.DISCUSS, 10, "joost",
                     "Velora suggested raising mica in the discussions on EU due-diligence "
                     "legislation.", "The Ministry takes the case into those discussions.",
                     mmss(9, 0),
                     commitments=(CommitmentSpec(
                         "group-eu-due-diligence", Direction.BY_GROUP, "foreign-affairs",
                         "ingrid", "Bring the mica case into the Dutch input on EU due-diligence "
                         "legislation.", date(2022, 12, 31), CommitmentStatus.FULFILLED,
                         "Case shared with the ministry's EU team on 20 September 2022 and used "
                         "as an example in its briefing.", date(2022, 9, 20)),)),
        ),
    ),
    MeetingSpec(
        "2022-10-northgate-second-call", MeetingKind.COMPANY_CALL,
        "Follow-up call with Northgate Components", utc(2022, 10, 4, 14), 45, "Video call",
        "thomas", "daan", MeetingStatus.HELD, P,
        members=("joost", "marieke", "noor", "lotte"), guests=("brian",),
        apologies=("ruud", "sanne", "rebecca"),
        items=(
            ItemSpec("Mica mapping beyond paint", Purpose.DISCUSS, 20, "brian",
                     "Northgate has not started mapping beyond paint; it waits for customer "
                     "requests or a legal requirement. It asks suppliers to map but does not "
                     "check.", "Mapping not delivered; the commitment stands, no new date.",
                     mmss(18, 45), objective="northgate-mapping", target="northgate",
                     actions=(ActionSpec("Send Northgate the list of components that typically "
                                         "contain mica", "lotte", date(2022, 10, 31),
                                         done_on=date(2022, 10, 19), audience=P,
                                         commitment="supplier-map-mica-beyond-paint"),)),
            ItemSpec("Whistle-blower complaints: follow-up", Purpose.DISCUSS, 15, "noor",
                     "No report on the complaints. Northgate said the supplier had closed the "
                     "matter; there was no independent check.",
                     "Commitment not fulfilled; the concern remains.", mmss(16, 20),
                     objective="northgate-grievance", target="northgate",
                     actions=(ActionSpec("Request Northgate's grievance procedure and its log of "
                                         "complaints", "noor", date(2022, 11, 30),
                                         ActionStatus.OPEN, audience=P,
                                         commitment="supplier-whistle-blower-response"),)),
            ItemSpec("Next steps", Purpose.DECIDE, 10, "thomas", None,
                     "The working group will discuss escalation.", mmss(7, 0)),
        ),
        notes=(NoteSpec("2022-10-northgate-impression",
                        "Brian Kessler seems willing but has no mandate. Investor relations sent "
                        "apologies again: interest at the top is fading.",
                        utc(2022, 10, 4, 15, 5), target="northgate"),),
    ),
    MeetingSpec(
        "2022-11-wg-lessons-learned", MeetingKind.WORKING_GROUP,
        "Working group: lessons learned and next phase", utc(2022, 11, 22, 10), 120,
        "SER, Bezuidenhoutseweg 60, The Hague", "joost", "daan", MeetingStatus.HELD, G,
        members=tuple(m for m in MEMBERS if m != "ingrid"), apologies=("ingrid",),
        items=(
            ItemSpec("Results of the engagement so far", Purpose.INFORM, 15, "eva",
                     "Velora: stage 4 on capacity and RMI, stage 3 on mapping and peers. "
                     "Northgate: stages 1-2.", "Noted.", mmss(14, 30)),
            ItemSpec("Lessons learned for the report", Purpose.DISCUSS, 45, "eva",
                     "Walked through the draft lessons.",
                     "Lessons agreed; the report is published through the SER.", mmss(52, 10),
                     audience=P,
                     decisions=(DecisionSpec("Publish a lessons-learned report on the case "
                                             "through the SER."),),
                     actions=(ActionSpec("Finalise the lessons-learned report", "eva",
                                         date(2022, 12, 16), done_on=date(2022, 12, 14),
                                         audience=P),)),
            ItemSpec("Northgate: next escalation step", Purpose.DECIDE, 30, "thomas",
                     "Mapping deadline of March 2022 missed; the whistle-blower commitment not "
                     "fulfilled.", "Second step of the escalation.", mmss(28, 0),
                     target="northgate",
                     decisions=(DecisionSpec("Continue with Northgate for one more year; raise "
                                             "the missed mapping with its car-maker customers "
                                             "through Drive Sustainability and prepare a letter "
                                             "to its board.", G),)),
            ItemSpec("Next phase", Purpose.DISCUSS, 20, "joost",
                     "Continue with Velora on supplier requirements; keep Northgate on the "
                     "agenda.", None, mmss(21, 0)),
        ),
    ),
)  # fmt: skip

#: The meeting to prepare: two weeks after the day the demo is built.
UPCOMING = MeetingSpec(
    "upcoming-working-group", MeetingKind.WORKING_GROUP,
    "Working group: follow-up on Northgate and next steps", timedelta(days=14, hours=9), 90,
    "Video call", "joost", "daan", MeetingStatus.SCHEDULED, G,
    members=tuple(m for m in MEMBERS if m != "ruud"), apologies=("ruud",),
    items=(
        ItemSpec("Open commitments: what is overdue", Purpose.DISCUSS, 20, "daan",
                 "Northgate's mica mapping (due March 2022) and whistle-blower follow-up; "
                 "Velora's supplier requirements.",
                 actions=(ActionSpec("Circulate the agenda and the tracker of open commitments",
                                     "daan", timedelta(days=7), ActionStatus.OPEN),)),
        ItemSpec("Northgate: decide the next escalation step", Purpose.DECIDE, 30, "thomas",
                 target="northgate", objective="northgate-mapping",
                 actions=(ActionSpec("Update the internal assessment of Northgate", "thomas",
                                     timedelta(days=12), ActionStatus.IN_PROGRESS),)),
        ItemSpec("Velora: supplier requirements on mica", Purpose.DISCUSS, 20, "marieke",
                 target="velora", objective="velora-mapping", audience=P),
        ItemSpec("Any other business", Purpose.INFORM, 10, "joost"),
    ),
)  # fmt: skip

#: Notes captured outside any meeting.
LOOSE_NOTES: tuple[NoteSpec, ...] = (
    NoteSpec("2021-04-rmi-webinar",
             "RMI public webinar on its 2021 workplan: Velora announced as a new member. Good "
             "hook for the Drive Sustainability session in June.", utc(2021, 4, 20, 14, 40),
             place="RMI webinar (online)", audience=P),
    NoteSpec("2022-05-minerals-conference",
             "Spoke with sourcing staff of two car makers at the responsible minerals session: "
             "both know RMI, neither has mapped mica beyond paint. One asked for the recording "
             "of the Drive Sustainability session. Ask Velora whether it will share its supplier "
             "questionnaire on mica.", utc(2022, 5, 4, 13, 30),
             place="Responsible minerals conference, Paris", triaged=False),
    NoteSpec("2022-12-idea-general-assembly",
             "Idea: ask Drive Sustainability for a short update on mica at its next general "
             "assembly.", utc(2022, 12, 5, 7, 50), triaged=False, in_engagement=False),
)  # fmt: skip

#: (category, text), from the SER report's lessons, agreed in the last meeting of 2022.
LESSONS: tuple[tuple[str, str], ...] = (
    ("Supply chain",
     "Some problems hide deep in the supply chain. Companies know little about where mica "
     "comes from, and because it is used in small amounts in many parts, child labour does "
     "not show up in individual companies' risk analyses, while it is a serious collective "
     "problem for every sector that uses mica."),
    ("Topic selection",
     "Choose a topic with strong relevance when you start a dialogue: the worst forms of "
     "child labour in a widely used but little-known mineral made the case urgent and "
     "concrete."),
    ("Company selection",
     "Select companies that are strategically placed in the chain. A consumer-facing car "
     "maker is exposed to reputational risk and more receptive; a customer-driven supplier "
     "moves when its customers ask, so investors reach suppliers through the car makers they "
     "invest in."),
    ("Context",
     "Companies work in different cultural and regulatory settings: human-rights due "
     "diligence rules are growing fast in Europe, while the North-American approach is "
     "traditionally focused on compliance."),
    ("Multi-stakeholder",
     "Work multi-stakeholder and use each other's networks and expertise: the NGOs brought "
     "field research, the union its contacts, the ministry the policy context, the investors "
     "their leverage."),
    ("Influence",
     "Be creative in exercising influence: besides direct dialogue, investors can work through "
     "industry platforms and initiatives such as Drive Sustainability and RMI, and through "
     "regulators."),
    ("Two-way dialogue",
     "Engagement goes both ways. Asking the car maker what we could do led to the Drive "
     "Sustainability session; engagement is a shared responsibility to reduce and remedy "
     "serious human-rights harm."),
    ("Timing",
     "Timing matters. Receptiveness depends on the public debate of the moment: there was some "
     "awareness of mica, more pressure was needed to speed up action, and the car maker's "
     "leading position helped."),
    ("Impact measurement",
     "Impact is almost impossible to measure in the short term and hard to separate from "
     "other factors. Start monitoring at the beginning, with a baseline, and give the "
     "engagement enough time."),
    ("Knowledge sharing",
     "Share the knowledge and lessons learned in your network, so others can build on them."),
)  # fmt: skip

"""The stewardship record of the demo case, as plain specs: who leads, the interactions
that were not meetings, the documents kept as evidence, and the escalation step with
Northgate.

It follows the story of ``data``: Velora's letter of 15 January 2021 appointing a
full-time manager for responsible mica sourcing, its membership of the Responsible Mica
Initiative (the member list as evidence), and Northgate's weak follow-up of the
whistle-blower complaints, which led the group to a collaborative escalation step in
November 2022. Every text is plain data (to be translated with the rest of the demo);
references are slugs of ``data`` (organisations, people, targets, objectives,
commitments). ``stewardship`` builds the records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench.domain import (
    Audience,
    InteractionDirection,
    InteractionKind,
    OrganisationKind,
    Seniority,
    TargetRoleKind,
)

G, P = Audience.GROUP, Audience.PARTNERS
SENT, RECEIVED = InteractionDirection.SENT, InteractionDirection.RECEIVED

#: People the stewardship record needs beyond ``data.PEOPLE``:
#: (slug, name, organisation slug, role, known since)
PEOPLE: tuple[tuple[str, str, str, str, date], ...] = (
    ("margaret", "Margaret Holloway", "northgate", "Chair of the Board of Directors",
     date(2021, 5, 6)),
)  # fmt: skip

#: Organisations it needs beyond ``data.ORGANISATIONS``: (slug, name, kind, country, since)
ORGANISATIONS: tuple[tuple[str, str, OrganisationKind, str, date], ...] = ()

#: (target slug, organisation slug, role, audience, since)
ROLES: tuple[tuple[str, str, TargetRoleKind, Audience, date], ...] = (
    ("velora", "pme", TargetRoleKind.LEAD, P, date(2020, 2, 18)),
    ("velora", "rabo-pf", TargetRoleKind.COLLABORATOR, P, date(2020, 2, 18)),
    ("velora", "detailhandel", TargetRoleKind.COLLABORATOR, P, date(2020, 2, 18)),
    ("northgate", "pfzw", TargetRoleKind.LEAD, P, date(2021, 2, 9)),
    ("northgate", "pmt", TargetRoleKind.COLLABORATOR, P, date(2021, 2, 9)),
    ("northgate", "schilders", TargetRoleKind.COLLABORATOR, G, date(2021, 2, 9)),
)


@dataclass(frozen=True)
class DocumentSpec:
    """A document kept as evidence; its pages are made into a small PDF when the demo
    is built (each page: a heading and paragraphs)."""

    key: str
    title: str
    filename: str
    dated_on: date
    audience: Audience
    letterhead: str
    pages: tuple[tuple[str, ...], ...]
    description: str | None = None


@dataclass(frozen=True)
class InteractionSpec:
    key: str
    target: str
    occurred_on: date
    kind: InteractionKind
    direction: InteractionDirection
    counterpart: str | None
    seniority: Seniority | None
    subject: str
    summary: str
    objectives: tuple[str, ...] = ()
    audience: Audience = P
    documents: tuple[DocumentSpec, ...] = ()


VELORA_LETTER = DocumentSpec(
    "velora-letter-2021-01-15",
    "Letter from Velora Automotive, 15 January 2021",
    "velora-letter-2021-01-15.pdf",
    date(2021, 1, 15),
    P,
    "Velora Automotive · Supply Chain Sustainability",
    (
        (
            "To the working group on mica, c/o SER secretariat, The Hague",
            "15 January 2021",
            "Subject: dedicated capacity for responsible mica sourcing",
            "Dear members of the working group,",
            "In our call of 16 June 2020 we committed to appoint dedicated, full-time "
            "capacity for responsible mica sourcing, and in November we told you that the "
            "recruitment was nearly done. We are pleased to confirm that this commitment "
            "has now been met.",
            "The appointment is set out on the next page, together with the tasks of the "
            "position and how it reports within our organisation.",
        ),
        (
            "Appointment",
            "As of 11 January 2021, Mr Stefan Vogt has joined Velora Automotive as full-time "
            "Responsible Raw Materials Manager for mica. He reports to the Head of Supply "
            "Chain Sustainability.",
            "His first tasks are to extend our mapping of mica beyond paints and coatings, "
            "to prepare our application to the Responsible Mica Initiative, and to set "
            "requirements for our suppliers of electrical components.",
            "We look forward to continuing our dialogue with the working group.",
            "Yours sincerely,",
            "Katrin Albers, Head of Supply Chain Sustainability",
        ),
    ),
)

VELORA_PRESS_RELEASE = DocumentSpec(
    "velora-press-release-2021-03-22",
    "Velora press release: joining the Responsible Mica Initiative",
    "velora-press-release-2021-03-22.pdf",
    date(2021, 3, 22),
    P,
    "Velora Automotive · Press release",
    (
        (
            "Velora Automotive joins the Responsible Mica Initiative",
            "22 March 2021",
            "Velora Automotive today became a member of the Responsible Mica Initiative "
            "(RMI), the multi-stakeholder initiative working towards a fair, responsible "
            "and sustainable mica supply chain free of child labour in India and "
            "Madagascar.",
            "Membership follows the appointment of a full-time manager for responsible mica "
            "sourcing and a survey of Velora's tier-1 suppliers of electrical components.",
        ),
    ),
)

RMI_MEMBERS = DocumentSpec(
    "rmi-members-2021-03",
    "Responsible Mica Initiative: list of members, March 2021",
    "rmi-members-2021-03.pdf",
    date(2021, 3, 31),
    P,
    "Responsible Mica Initiative · Members",
    (
        (
            "List of members, as of 31 March 2021",
            "Automotive: Velora Automotive (joined 22 March 2021), and other car makers and "
            "suppliers.",
            "Cosmetics, electronics, paints and coatings, mica processors and traders.",
            "Members commit to the RMI workplan: traceability of mica to the mines, fair "
            "working conditions, and community programmes in Jharkhand and Bihar.",
        ),
    ),
)

NORTHGATE_EMAIL = DocumentSpec(
    "northgate-email-2022-04-12",
    "E-mail from Northgate on the whistle-blower complaints",
    "northgate-email-2022-04-12.pdf",
    date(2022, 4, 12),
    G,
    "Northgate Components · Supplier Compliance",
    (
        (
            "From: Brian Kessler, Director, Supplier Compliance",
            "Date: 12 April 2022",
            "Subject: your question about the complaints on a mica processor",
            "We passed the complaints to our supplier, who informed us that the matter has "
            "been closed. We have no further information and do not plan an independent "
            "check at this time.",
        ),
    ),
)

ENGAGEMENT_LETTER = DocumentSpec(
    "engagement-letter-velora-2020-03-11",
    "Engagement letter to Velora Automotive",
    "engagement-letter-velora-2020-03-11.pdf",
    date(2020, 3, 11),
    P,
    "Working group on mica · c/o SER secretariat",
    (
        (
            "To Velora Automotive, Head of Supply Chain Sustainability",
            "11 March 2020",
            "Subject: child labour in the mica supply chain",
            "Seven Dutch pension funds, through their asset managers, with Save the "
            "Children, Terre des Hommes, FNV and the Ministry of Foreign Affairs, ask "
            "Velora Automotive to discuss the risks of child labour in its mica supply "
            "chain, and in particular: dedicated capacity for responsible mica sourcing, "
            "membership of the Responsible Mica Initiative, and mapping of mica beyond "
            "paints and coatings.",
        ),
    ),
)

INTERACTIONS: tuple[InteractionSpec, ...] = (
    InteractionSpec(
        "2020-03-velora-engagement-letter", "velora", date(2020, 3, 11),
        InteractionKind.LETTER, SENT, "katrin", Seniority.EXECUTIVE,
        "Engagement letter: child labour in the mica supply chain",
        "The working group introduced itself and asked for a first call on dedicated "
        "capacity, RMI membership and mapping of mica beyond paint.",
        ("velora-capacity", "velora-rmi", "velora-mapping"),
        documents=(ENGAGEMENT_LETTER,),
    ),
    InteractionSpec(
        "2020-06-velora-research", "velora", date(2020, 6, 24), InteractionKind.EMAIL, SENT,
        "katrin", Seniority.EXECUTIVE, "Field research on mica in car components",
        "Terre des Hommes sent its report and country briefs, as promised in the call.",
        ("velora-mapping",),
    ),
    InteractionSpec(
        "2021-01-velora-appointment-letter", "velora", date(2021, 1, 15),
        InteractionKind.LETTER, RECEIVED, "katrin", Seniority.EXECUTIVE,
        "Letter appointing the Responsible Raw Materials Manager for mica",
        "Velora confirmed that Stefan Vogt joined on 11 January 2021 as full-time "
        "Responsible Raw Materials Manager for mica, reporting to the Head of Supply Chain "
        "Sustainability.",
        ("velora-capacity",),
        documents=(VELORA_LETTER,),
    ),
    InteractionSpec(
        "2021-03-velora-rmi-statement", "velora", date(2021, 3, 22),
        InteractionKind.PUBLIC_STATEMENT, RECEIVED, "julia", Seniority.MANAGEMENT,
        "Press release: Velora joins the Responsible Mica Initiative",
        "Velora announced its RMI membership publicly.",
        ("velora-rmi", "velora-peers"),
        documents=(VELORA_PRESS_RELEASE,),
    ),
    InteractionSpec(
        "2021-05-northgate-engagement-letter", "northgate", date(2021, 5, 6),
        InteractionKind.LETTER, SENT, "rebecca", Seniority.EXECUTIVE,
        "Engagement letter to Northgate Components",
        "The working group asked Northgate for a call on mica beyond paint, its own risk "
        "assessment, and its handling of complaints about suppliers.",
        ("northgate-mapping", "northgate-risk"),
    ),
    InteractionSpec(
        "2021-09-northgate-summary", "northgate", date(2021, 9, 28), InteractionKind.EMAIL,
        SENT, "brian", Seniority.MANAGEMENT, "Written summary of the asks",
        "Summary of the first call: map mica across all product lines by March 2022, and "
        "report on the follow-up of the whistle-blower complaints by January 2022.",
        ("northgate-mapping", "northgate-risk"),
    ),
    InteractionSpec(
        "2022-03-velora-northgate-requirements", "velora", date(2022, 3, 8),
        InteractionKind.PHONE_CALL, SENT, "stefan", Seniority.SPECIALIST,
        "Do Velora's supplier requirements for Northgate cover mica?",
        "Stefan Vogt: not yet; mica goes into next year's supplier questionnaire, and "
        "Velora will ask Northgate about its mapping.",
        ("velora-peers",), G,
    ),
    InteractionSpec(
        "2022-04-northgate-complaints-reply", "northgate", date(2022, 4, 12),
        InteractionKind.EMAIL, RECEIVED, "brian", Seniority.MANAGEMENT,
        "Reply on the whistle-blower complaints",
        "Northgate passed the complaints to its supplier, who closed the matter; Northgate "
        "has no further information and plans no independent check. A weak follow-up: the "
        "complaints were never investigated.",
        ("northgate-grievance",), G,
        documents=(NORTHGATE_EMAIL,),
    ),
)  # fmt: skip

#: Documents attached to a commitment, and the commitments' evidence citing documents:
#: (commitment slug, document spec or None, citations: (document key, page))
COMMITMENT_EVIDENCE: tuple[tuple[str, DocumentSpec | None, tuple[tuple[str, str], ...]], ...] = (
    ("car-maker-mica-capacity", None, (("velora-letter-2021-01-15", "2"),)),
    ("car-maker-join-rmi", RMI_MEMBERS, (("rmi-members-2021-03", "1"),
                                         ("velora-press-release-2021-03-22", "1"))),
)  # fmt: skip


@dataclass(frozen=True)
class EscalationSpec:
    key: str
    target: str
    step: str  # key of a shipped step of the ladder
    taken_on: date
    reason: str
    result: str | None
    audience: Audience = G


ESCALATIONS: tuple[EscalationSpec, ...] = (
    EscalationSpec(
        "2022-11-northgate-collaborative",
        "northgate",
        "collaborative",
        date(2022, 11, 22),
        "Weak follow-up of the whistle-blower complaints: Northgate let its supplier close "
        "the matter without an independent check, and missed the March 2022 deadline for "
        "mapping mica beyond paint.",
        "Raised with Velora and other car-maker customers through Drive Sustainability; a "
        "letter to Northgate's board is being prepared.",
    ),
)

"""The generated records, as plain dicts for Core ``insert()``: the plan, the parties.

Every dict of a table has the same keys (every column), as ``executemany`` needs. Ids
come from the seeded ``random.Random``. ``RowBuilder`` makes the extra members, the
invented companies and their engagements; ``workbench.bench.meetings`` adds the meetings
and what came of them.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from workbench.bench import texts
from workbench.bench.texts import EngagementTheme, Writer
from workbench.domain import (
    Action,
    AgendaItem,
    Attendance,
    Audience,
    ChainPosition,
    Commitment,
    Decision,
    Engagement,
    EngagementStatus,
    Meeting,
    Note,
    Objective,
    Organisation,
    OrganisationKind,
    Outcome,
    Person,
    Record,
    Target,
)
from workbench.services.demo import data
from workbench.services.demo.records import demo_id

Row = dict[str, Any]
Batch = dict[type, list[Row]]
#: Parents before children: SQLite checks every foreign key as the row goes in.
INSERT_ORDER: tuple[type[Record], ...] = (
    *(Organisation, Person, Engagement, Target, Objective, Meeting, Attendance),
    *(AgendaItem, Decision, Commitment, Action, Note),
)
FIRST_NAMES = (
    "Anouk", "Bram", "Carmen", "Dirk", "Esra", "Floor", "Gijs", "Hanna", "Ilse", "Jeroen",
    "Kim", "Lars", "Mila", "Niels", "Olga", "Pieter", "Rosa", "Sem", "Tessa", "Yusuf",
)  # fmt: skip
LAST_NAMES = (
    "de Vries", "Jansen", "Bakker", "Smit", "Meijer", "de Boer", "Mulder", "Peters",
    "Dekker", "Vos", "Hoekstra", "Brouwer", "Kok", "Willems", "Aydin", "Nguyen",
)  # fmt: skip
#: Working-group organisations whose extra members join the busier years.
MEMBER_ORGS = ("pggm", "mn", "robeco", "achmea-im", "pfzw", "save-the-children", "fnv", "ser")
EXTRA_MEMBERS = 12


@dataclass
class ThemeIds:
    """An engagement as generated: its text pools and the ids of its parties."""

    theme: EngagementTheme
    engagement_id: str
    started: datetime
    companies: list[tuple[str, str, str]]  # (name, organisation id, target id)
    contacts: dict[str, list[str]]  # organisation id -> person ids
    objectives: dict[str, list[str]] = field(default_factory=dict)  # target id -> ids


@dataclass(frozen=True)
class Plan:
    """When each new meeting starts and in which engagement; how many notes are loose."""

    starts: list[datetime]
    engagements: list[ThemeIds]
    add: dict[str, int]
    loose_notes: int
    themes: list[ThemeIds]
    first: datetime
    now: datetime


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def plan(
    rng: random.Random,
    today: date,
    themes: list[ThemeIds],
    add: dict[str, int],
    years: int,
    ahead: timedelta,
) -> Plan:
    """Meetings on working days, in office hours, from five years back to ``ahead``."""
    now = midnight(today)
    first = now - timedelta(days=365 * years)
    last = now + ahead
    pairs = []
    for _ in range(add["meetings"]):
        theme = rng.choice(themes)
        begin = max(first, theme.started)
        day = begin + timedelta(days=rng.randrange(max(1, (last - begin).days)))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        starts = day.replace(hour=rng.choice((7, 8, 9, 12, 13, 14)), minute=rng.choice((0, 30)))
        pairs.append((starts, theme))
    pairs.sort(key=lambda p: p[0])
    loose = add["notes"] if not pairs else add["notes"] // 4
    return Plan([p[0] for p in pairs], [p[1] for p in pairs], add, loose, themes, first, now)


class RowBuilder:
    """Builds the rows; holds the rng, "now" and the people who own and attend."""

    def __init__(self, rng: random.Random, today: date, writer: Writer) -> None:
        self.rng, self.today, self.writer = rng, today, writer
        self.now = midnight(today)
        #: (person id, organisation id) of every working-group member.
        self.members: list[tuple[str, str]] = [
            (demo_id(f"person:{slug}"), demo_id(f"organisation:{org}"))
            for slug, _name, org, _role, member, _since in data.PEOPLE
            if member
        ]

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def record(self, at: datetime, updated: datetime | None = None, **values: Any) -> Row:
        return {
            "id": self.uid(),
            "created_at": at,
            "updated_at": updated or at,
            "deleted_at": None,
            **values,
        }

    # -- parties and engagements ----------------------------------------------------------
    def parties(self, batch: Batch, mica: ThemeIds) -> list[ThemeIds]:
        """Extra members, the invented companies with two contacts each, ten engagements."""
        r = self.rng
        since = self.now - timedelta(days=365 * 5 + 30)
        for n in range(EXTRA_MEMBERS):
            name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {r.choice(LAST_NAMES)}"
            org = demo_id(f"organisation:{MEMBER_ORGS[n % len(MEMBER_ORGS)]}")
            person = self._person(batch, name, org, "Engagement specialist", True, since)
            self.members.append((person, org))
        themes = [mica]
        self._objectives(batch, mica, since)
        for theme in texts.THEMES:
            started = since + timedelta(days=r.randrange(400))
            engagement = self.record(
                started,
                title=theme.title,
                theme=theme.theme,
                description=f"Collective engagement on {theme.theme.lower()}.",
                status=EngagementStatus.ACTIVE,
                started_on=started.date(),
                baseline=f"At the start no company engaged had mapped {theme.topics[0]}.",
            )
            batch.setdefault(Engagement, []).append(engagement)
            ids = ThemeIds(theme, engagement["id"], started, [], {})
            for position, (company, country) in enumerate(theme.companies):
                company_row = self.record(
                    started, name=company, kind=OrganisationKind.COMPANY, country=country
                )
                batch.setdefault(Organisation, []).append(company_row)
                ids.contacts[company_row["id"]] = [
                    self._person(batch, self._name(), company_row["id"], role, False, started)
                    for role in ("Head of Sustainability", "Investor Relations")
                ]
                target = self.record(
                    started,
                    engagement_id=engagement["id"],
                    organisation_id=company_row["id"],
                    chain_position=list(ChainPosition)[position % 3],
                    hq_region=country,
                    why_selected=f"Large buyer with exposure to {theme.topics[0]}.",
                )
                batch.setdefault(Target, []).append(target)
                ids.companies.append((company, company_row["id"], target["id"]))
            self._objectives(batch, ids, started)
            themes.append(ids)
        return themes

    def _name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def _person(
        self, batch: Batch, name: str, org: str, role: str, member: bool, at: datetime
    ) -> str:
        email = f"{name.lower().replace(' ', '.')}@example.org"
        row = self.record(
            at, name=name, organisation_id=org, role=role, email=email, is_member=member
        )
        batch.setdefault(Person, []).append(row)
        return str(row["id"])

    def _objectives(self, batch: Batch, ids: ThemeIds, at: datetime) -> None:
        for company, _org, target in ids.companies:
            for topic in ids.theme.topics[:2]:
                row = self.record(
                    at,
                    audience=Audience.PARTNERS,
                    engagement_id=ids.engagement_id,
                    target_id=target,
                    text=f"{company} addresses {topic} across its supply chain.",
                    stage=self.rng.randint(0, 4),
                    outcome=Outcome.ONGOING,
                )
                batch.setdefault(Objective, []).append(row)
                ids.objectives.setdefault(target, []).append(str(row["id"]))

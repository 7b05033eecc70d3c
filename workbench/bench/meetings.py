"""Meetings and what came of them, as rows: attendance, agenda items, decisions,
commitments, actions and notes; and the notes captured outside any meeting.

Dates follow the life of a meeting: the agenda is drawn up three weeks before, what comes
out of it is stamped when it ends, actions fall due one to eight weeks later and
commitments one to six months later. What fell due long ago is mostly done; a share stays
open and so is overdue, as in any real tracker. Notes are triaged within days.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from workbench.bench import texts
from workbench.bench.rows import Batch, Plan, RowBuilder, ThemeIds, midnight
from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Commitment,
    CommitmentStatus,
    Decision,
    Direction,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
    Presence,
    Purpose,
)


class MeetingBuilder(RowBuilder):
    """A ``RowBuilder`` that also makes meetings, their follow-up and loose notes."""

    # -- a meeting and what came of it ----------------------------------------------------
    def meeting(
        self,
        batch: Batch,
        starts: datetime,
        ids: ThemeIds,
        *,
        items: int,
        commitments: int,
        actions: int,
        notes: int,
    ) -> None:
        r, w, theme = self.rng, self.writer, ids.theme
        company, org, target = r.choice(ids.companies)
        kind = r.choices(list(MeetingKind), weights=(4, 5, 1))[0]
        title = {
            MeetingKind.WORKING_GROUP: f"{theme.title}: working group",
            MeetingKind.COMPANY_CALL: f"Call with {company}",
            MeetingKind.EVENT: f"Round table on {r.choice(theme.topics)}",
        }[kind]
        duration = r.choice((60, 60, 90, 120))
        # Drawn up three weeks before, and never later than today (a record from the
        # future would confuse "changed since" exports).
        created = min(starts - timedelta(days=21), self.now - timedelta(days=r.randint(1, 9)))
        held = starts < self.now
        if held:
            old = starts < self.now - timedelta(days=30)
            status = MeetingStatus.MINUTES_APPROVED if old else MeetingStatus.HELD
            started: datetime | None = starts + timedelta(minutes=2)
            ended: datetime | None = starts + timedelta(minutes=duration + 2)
        else:
            near = starts < self.now + timedelta(days=30)
            status = MeetingStatus.SCHEDULED if near else MeetingStatus.DRAFT
            started = ended = None
        closed = ended or created
        (chair, _), (minutes, _) = r.sample(self.members, 2)
        audience = Audience.PARTNERS if r.random() < 0.3 else Audience.GROUP
        meeting = self.record(
            created,
            closed,
            audience=audience,
            engagement_id=ids.engagement_id,
            kind=kind,
            title=title,
            starts_at=starts,
            duration_minutes=duration,
            place=r.choice(texts.PLACES),
            chair_id=chair,
            minute_taker_id=minutes,
            status=status,
            started_at=started,
            ended_at=ended,
        )
        batch.setdefault(Meeting, []).append(meeting)
        mid = meeting["id"]
        self._attendance(batch, mid, created, closed, chair, minutes, ids.contacts[org], kind)
        item_ids = [
            self._item(batch, mid, ids, company, target, n, created, closed, held)
            for n in range(1, items + 1)
        ]
        links = {"engagement_id": ids.engagement_id, "meeting_id": mid}
        made = [
            self._commitment(batch, links, item_ids, ids, company, org, starts, closed)
            for _ in range(commitments)
        ]
        for _ in range(actions):
            commitment = r.choice(made) if made and r.random() < 0.3 else None
            self._action(batch, links, item_ids, commitment, ids, company, starts, closed)
        for _ in range(notes):
            if held:
                captured = starts + timedelta(minutes=r.randrange(duration))
            else:
                captured = created - timedelta(hours=r.randrange(1, 200))
            body = w.note(theme, company)
            triaged = self._triaged(settled=captured < self.now - timedelta(days=7))
            self._note(batch, ids, captured, body, mid, target, None, triaged=triaged)

    def _attendance(
        self,
        batch: Batch,
        meeting_id: str,
        created: datetime,
        closed: datetime,
        chair: str,
        minutes: str,
        contacts: list[str],
        kind: MeetingKind,
    ) -> None:
        r = self.rng
        others = [p for p, _ in self.members if p not in (chair, minutes)]
        people = [(chair, AttendanceRole.CHAIR), (minutes, AttendanceRole.MINUTES)]
        people += [(p, AttendanceRole.MEMBER) for p in r.sample(others, r.randint(2, 6))]
        if kind == MeetingKind.COMPANY_CALL:
            people += [(p, AttendanceRole.GUEST) for p in contacts]
        rows = batch.setdefault(Attendance, [])
        for person, role in people:
            presence = Presence.APOLOGIES if r.random() < 0.1 else Presence.PRESENT
            rows.append(
                self.record(
                    created,
                    closed,
                    meeting_id=meeting_id,
                    person_id=person,
                    role=role,
                    presence=presence,
                )
            )

    def _item(
        self,
        batch: Batch,
        meeting_id: str,
        ids: ThemeIds,
        company: str,
        target: str,
        position: int,
        created: datetime,
        closed: datetime,
        held: bool,
    ) -> str:
        r, w, theme = self.rng, self.writer, ids.theme
        purpose = r.choice(list(Purpose))
        planned = r.choice((5, 10, 10, 15, 20, 30))
        audience = Audience.PARTNERS if r.random() < 0.4 else Audience.GROUP
        item = self.record(
            created,
            closed,
            audience=audience,
            meeting_id=meeting_id,
            position=position,
            title=w.pick(texts.ITEM_TITLES, theme, company),
            purpose=purpose,
            planned_minutes=planned,
            presenter_id=r.choice(self.members)[0],
            notes=w.note(theme, company) if r.random() < 0.6 else None,
            outcome=w.pick(texts.ITEM_OUTCOMES, theme, company) if held else None,
            actual_seconds=planned * 60 + r.randint(-120, 300) if held else None,
            objective_id=r.choice(ids.objectives[target]) if r.random() < 0.3 else None,
            target_id=target if r.random() < 0.5 else None,
            is_carry_over=False,
        )
        batch.setdefault(AgendaItem, []).append(item)
        if held and purpose == Purpose.DECIDE:
            decision = self.record(
                closed,
                audience=audience,
                meeting_id=meeting_id,
                agenda_item_id=item["id"],
                text=w.pick(texts.DECISIONS, theme, company),
            )
            batch.setdefault(Decision, []).append(decision)
        return str(item["id"])

    def _commitment(
        self,
        batch: Batch,
        links: dict[str, str],
        item_ids: list[str],
        ids: ThemeIds,
        company: str,
        org: str,
        starts: datetime,
        closed: datetime,
    ) -> str:
        r, w, theme = self.rng, self.writer, ids.theme
        due = starts.date() + timedelta(days=r.randint(30, 180))
        if r.random() < 0.6:
            direction, party = Direction.BY_COMPANY, org
            owner: str | None = r.choice(ids.contacts[org])
            text = w.pick(texts.COMMITMENTS_BY_COMPANY, theme, company)
        else:
            direction = Direction.BY_GROUP
            owner, party = r.choice(self.members)
            text = w.pick(texts.COMMITMENTS_BY_GROUP, theme, company)
        if due < self.today - timedelta(days=30):
            status = r.choices(list(CommitmentStatus), weights=(5, 10, 60, 20, 5))[0]
        else:
            status = r.choice((CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS))
        settled = not status.is_open
        updated = max(closed, midnight(due)) if settled else closed
        row = self.record(
            closed,
            min(updated, self.now),
            audience=Audience.PARTNERS if r.random() < 0.7 else Audience.GROUP,
            **links,
            agenda_item_id=r.choice(item_ids) if item_ids else None,
            direction=direction,
            party_id=party,
            owner_id=owner,
            text=text,
            due_on=due,
            status=status,
            evidence=f"See the {r.choice(texts.DOCUMENTS)}." if settled else None,
        )
        batch.setdefault(Commitment, []).append(row)
        return str(row["id"])

    def _action(
        self,
        batch: Batch,
        links: dict[str, str],
        item_ids: list[str],
        commitment: str | None,
        ids: ThemeIds,
        company: str,
        starts: datetime,
        closed: datetime,
    ) -> None:
        r, w = self.rng, self.writer
        due = starts.date() + timedelta(days=r.randint(7, 60))
        done_on: date | None = None
        if due < self.today:
            status = r.choices(list(ActionStatus), weights=(6, 3, 86, 5))[0]
        else:
            status = r.choices(list(ActionStatus), weights=(70, 20, 10, 0))[0]
        if status == ActionStatus.DONE:
            done_on = min(due + timedelta(days=r.randint(-10, 5)), self.today)
            done_on = max(done_on, starts.date())
        updated = midnight(done_on) + timedelta(hours=12) if done_on else closed
        if r.random() < 0.9:
            owner = r.choice(self.members)[0]
        else:
            owner = r.choice(ids.contacts[r.choice(ids.companies)[1]])
        row = self.record(
            closed,
            min(max(updated, closed), self.now),
            audience=Audience.GROUP if r.random() < 0.8 else Audience.PARTNERS,
            **links,
            agenda_item_id=r.choice(item_ids) if item_ids else None,
            commitment_id=commitment,
            title=w.pick(texts.ACTION_TITLES, ids.theme, company),
            owner_id=owner,
            due_on=due,
            status=status,
            done_on=done_on,
            notes=w.note(ids.theme, company) if r.random() < 0.2 else None,
        )
        batch.setdefault(Action, []).append(row)

    def _note(
        self,
        batch: Batch,
        ids: ThemeIds | None,
        captured: datetime,
        body: str,
        meeting_id: str | None,
        target: str | None,
        place: str | None,
        *,
        triaged: bool,
    ) -> None:
        r = self.rng
        row = self.record(
            captured,
            audience=Audience.PARTNERS if r.random() < 0.2 else Audience.GROUP,
            engagement_id=ids.engagement_id if ids else None,
            meeting_id=meeting_id,
            target_id=target if r.random() < 0.3 else None,
            body=body,
            captured_at=captured,
            place=place,
            triaged=triaged,
        )
        batch.setdefault(Note, []).append(row)

    def _triaged(self, *, settled: bool) -> bool:
        """Notes are triaged within days (``settled``: long enough ago); a few old ones
        stay forgotten in the inbox."""
        if settled:
            return self.rng.random() > 0.001
        return self.rng.random() < 0.5

    def loose_notes(self, plan: Plan, per_batch: int = 10_000) -> Iterator[Batch]:
        """Notes captured outside meetings: at conferences, on calls, on the train."""
        r = self.rng
        span = int((plan.now - plan.first).total_seconds())
        for start in range(0, plan.loose_notes, per_batch):
            batch: Batch = {}
            for _ in range(min(per_batch, plan.loose_notes - start)):
                ids = r.choice(plan.themes)
                company, _org, target = r.choice(ids.companies)
                captured = plan.first + timedelta(seconds=r.randrange(span))
                recent = captured > plan.now - timedelta(days=14)
                self._note(
                    batch,
                    ids if r.random() < 0.85 else None,
                    captured,
                    self.writer.note(ids.theme, company),
                    None,
                    target,
                    r.choice(texts.PLACES),
                    triaged=self._triaged(settled=not recent),
                )
            yield batch

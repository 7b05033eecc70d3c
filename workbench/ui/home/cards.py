"""Home's six cards, filled from one ``HomeData``: the next meeting, what is overdue, my
actions, notes to file, the engagements' stages and the exchange.

Qt and the standard library only (the rows are ``workbench.rows``; enums compared by
their values): the window draws Home's first reading, through ``sqlite3``, with these
cards before the data stack is imported (``first.py``). Each card is emptied and filled
again on every reading; a line is a ``RecordLink`` that
opens what it names (``opening.HomeOpener``). Overdue lines carry the overdue icon, and
their card says "Overdue" in words: never colour alone.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from workbench.rows import ActionRow, CommitmentRow, HomeData, MeetingLine
from workbench.ui.home.opening import HomeOpener
from workbench.ui.home.parts import Card, RecordLink, StageStrip
from workbench.ui.i18n import format_date, format_datetime
from workbench.ui.icons import icon, themed_icon
from workbench.ui.label_texts import label
from workbench.ui.palette import css

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow

#: Engagements listed in the overdue card before "… and n more".
OVERDUE_GROUPS = 4


def _day(value: date | None) -> str:
    return format_date(value)


def _when(value: datetime) -> str:
    """ "Wednesday 16 December 2026, 10:00" in the UI's language, local time."""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(local, "dddd d MMMM yyyy, HH:mm")


class HomeCards(QObject):
    """The cards of one Home page and how each shows its part of ``HomeData``."""

    def __init__(self, window: MainWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.open = HomeOpener(window)
        self.meeting = Card("meeting", parent)
        self.overdue = Card("overdue", parent)
        self.mine = Card("mine", parent)
        self.notes = Card("notes", parent)
        self.engagements = Card("engagements", parent)
        self.exchange = Card("exchange", parent)

    def show_data(self, data: HomeData) -> None:
        for card in self.cards():
            card.clear()
        self._meeting(data)
        self._overdue(data)
        self._mine(data)
        self._notes(data)
        self._engagements(data)
        self._exchange(data)
        for card in self.cards():
            card.show()

    def cards(self) -> tuple[Card, ...]:
        return (
            self.meeting,
            self.overdue,
            self.mine,
            self.notes,
            self.engagements,
            self.exchange,
        )

    # -- helpers --------------------------------------------------------------------
    def _button(
        self, text: str, name: str, slot: Callable[[], object], icon_name: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        if icon_name:
            button.setIcon(themed_icon(icon_name, button.palette()))
            button.setIconSize(QSize(18, 18))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _quiet(self, card: Card, text: str, name: str = "") -> QLabel:
        label_ = card.add_text(html.escape(text), name)
        label_.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a quiet hint
        return label_

    def _count(self, title: str, n: int) -> str:
        return (
            f"{html.escape(title)} <span style='font-weight:normal'>({n})</span>"
            if n
            else (html.escape(title))
        )

    # -- the next meeting -----------------------------------------------------------
    def _meeting(self, data: HomeData) -> None:
        card, m = self.meeting, data.next_meeting
        running = m is not None and m.status == "in_progress"  # MeetingStatus.IN_PROGRESS
        card.set_heading(
            html.escape(self.tr("Meeting in progress") if running else self.tr("Next meeting"))
        )
        if m is None:
            self._quiet(card, self.tr("No meeting planned."), "home_no_meeting")
            card.add_row(
                self._button(
                    self.tr("&Plan a meeting…"), "home_plan", self.open.plan_meeting, "plan"
                ),
                stretch_first=False,
            )
            return
        card.add(
            RecordLink(
                m.title,
                lambda: self.open.record("meeting", m.id),
                icon=themed_icon("meetings"),
                description=self.tr("Opens the meeting"),
            )
        )
        when = []
        if m.starts_at is not None:
            when.append(f"<b>{html.escape(_when(m.starts_at))}</b>")
            days = (m.starts_at.astimezone().date() - data.today).days
            if not running:
                when.append(html.escape(self._relative(days)))
        when.append(html.escape(self.tr("%n minute(s)", "", m.duration_minutes)))
        if m.place:
            when.append(html.escape(m.place))
        card.add_text(" · ".join(when), "home_meeting_when")
        who = [
            self.tr("With {organisations}").format(organisations=", ".join(m.guests))
            if m.guests
            else label(m.kind)
        ]
        if m.invited:
            who.append(self.tr("%n invited", "", m.invited))
        if m.chair:
            who.append(self.tr("chair: {name}").format(name=m.chair))
        if m.engagement:
            who.append(m.engagement)
        card.add_text(html.escape(" · ".join(who)), "home_meeting_who")
        card.add_text(self._agenda_state(m), "home_agenda_state")
        card.add_row(
            self._button(
                self.tr("Prepare &agenda"),
                "home_prepare",
                lambda: self.open.prepare(m.id),
                "plan",
            ),
            self._button(
                self.tr("&Resume chairing") if running else self.tr("&Chair meeting"),
                "home_chair",
                lambda: self.open.chair(m.id),
                "chair",
            ),
            stretch_first=False,
        )
        for later in data.later_meetings:
            starts = _day(later.starts_at.astimezone().date()) if later.starts_at else ""
            card.add(
                RecordLink(
                    self.tr("Then: {date} · {title}").format(date=starts, title=later.title),
                    partial(self.open.record, "meeting", later.id),
                    description=self.tr("Opens the meeting"),
                )
            )

    def _relative(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days < 0:
            return self.tr("%n day(s) ago", "", -days)
        return self.tr("in %n day(s)", "", days)

    def _agenda_state(self, m: MeetingLine) -> str:
        pal = self.meeting.palette()
        if m.agenda_items == 0:
            text, tone, mark = self.tr("No agenda yet"), "warning", "⚠"
        elif m.over_minutes:
            text = self.tr("The agenda runs %n minute(s) over", "", m.over_minutes)
            tone, mark = "warning", "⚠"
        else:
            text = self.tr("Agenda ready: {items}, {minutes} of {duration} minutes").format(
                items=self.tr("%n item(s)", "", m.agenda_items),
                minutes=m.agenda_minutes,
                duration=m.duration_minutes,
            )
            tone, mark = "success", "✓"
        return f"<b style='color:{css(tone, pal)}'>{mark} {html.escape(text)}</b>"

    # -- overdue --------------------------------------------------------------------
    def _overdue(self, data: HomeData) -> None:
        card = self.overdue
        card.set_heading(self._count(self.tr("Overdue"), data.overdue_total))
        if not data.overdue:
            self._quiet(card, self.tr("Nothing is overdue."), "home_nothing_overdue")
            return
        mark = icon("overdue")
        for group in data.overdue[:OVERDUE_GROUPS]:
            parts = []
            if group.actions:
                parts.append(self.tr("%n action(s)", "", group.actions))
            if group.by_company:
                parts.append(self.tr("%n promised by the company", "", group.by_company))
            if group.by_group:
                parts.append(self.tr("%n promised by the working group", "", group.by_group))
            name = group.engagement or self.tr("No engagement")
            danger = css("overdue", card.palette())
            card.add_text(
                f"<b>{html.escape(name)}</b> — "
                f"<span style='color:{danger}'>{html.escape(' · '.join(parts))}</span>"
            )
            for row in group.oldest:
                card.add(self._late_line(row, mark))
            if group.total > len(group.oldest) and group.engagement_id:
                engagement = group.engagement_id
                if group.actions:
                    card.add(
                        RecordLink(
                            self.tr("All %n overdue action(s) in the tracker", "", group.actions),
                            partial(self.open.tracker, engagement_id=engagement, overdue=True),
                        )
                    )
                if group.by_company + group.by_group:
                    card.add(
                        RecordLink(
                            self.tr("Commitments still to do, both ways"),
                            partial(self.open.ledger, engagement),
                        )
                    )
        rest = len(data.overdue) - OVERDUE_GROUPS
        if rest > 0:
            card.add(
                RecordLink(
                    self.tr("… and %n more engagement(s) with overdue items", "", rest),
                    lambda: self.open.tracker(overdue=True),
                )
            )

    def _late_line(self, row: ActionRow | CommitmentRow, mark: object) -> RecordLink:
        if isinstance(row, ActionRow):
            text = f"{_day(row.due_on)} · {row.title}" + (f" ({row.owner})" if row.owner else "")
            what = self.tr("Overdue action")
            return RecordLink(
                text,
                partial(self.open.record, "action", row.id),
                icon=mark,  # type: ignore[arg-type]
                description=what,
            )
        who = row.party or row.owner or ""
        text = f"{_day(row.due_on)} · " + (f"{who}: " if who else "") + row.text
        what = self.tr("Overdue commitment, {made}").format(made=label(row.direction).lower())
        return RecordLink(
            text,
            partial(self.open.record, "commitment", row.id),
            icon=mark,  # type: ignore[arg-type]
            description=what,
        )

    # -- my actions -----------------------------------------------------------------
    def _mine(self, data: HomeData) -> None:
        card = self.mine
        title = self.tr("My actions")
        if data.me_name:
            title = self.tr("My actions ({name})").format(name=data.me_name)
        card.set_heading(self._count(title, data.my_actions_total))
        if data.me_id is None:
            self._quiet(
                card, self.tr("Say who you are to see your open actions here."), "home_no_me"
            )
            card.add_row(
                self._button(self.tr("&I am…"), "home_i_am", self.open.choose_me),
                stretch_first=False,
            )
            return
        if not data.my_actions:
            self._quiet(card, self.tr("No open actions."), "home_no_actions")
            return
        mark = icon("overdue")
        for row in data.my_actions:
            due = _day(row.due_on) or self.tr("no date")
            text = f"{due} · {row.title}" + (f" — {row.engagement}" if row.engagement else "")
            card.add(
                RecordLink(
                    text,
                    partial(self.open.record, "action", row.id),
                    icon=mark if row.overdue else None,
                    description=self.tr("Overdue action") if row.overdue else self.tr("Action"),
                )
            )
        if data.my_actions_total > len(data.my_actions):
            card.add(
                RecordLink(
                    self.tr("All %n of my open actions in the tracker", "", data.my_actions_total),
                    lambda: self.open.tracker(mine=True),
                )
            )

    # -- notes to file --------------------------------------------------------------
    def _notes(self, data: HomeData) -> None:
        card = self.notes
        card.set_heading(self._count(self.tr("Notes to file"), data.notes_total))
        if not data.notes:
            self._quiet(card, self.tr("Every note is filed."), "home_notes_filed")
            return
        empty = self.tr("(empty note)")
        for note in data.notes:
            captured = _day(note.captured_at.astimezone().date())
            card.add(
                RecordLink(
                    f"{captured} · {note.preview or empty}",
                    partial(self.open.note_to_file, note.id),
                    description=self.tr("Opens the note in the inbox"),
                )
            )
        card.add(
            RecordLink(
                self.tr("File them now (%n)", "", data.notes_total),
                self.open.inbox,
                icon=themed_icon("inbox"),
            )
        )

    # -- engagements ----------------------------------------------------------------
    def _engagements(self, data: HomeData) -> None:
        card = self.engagements
        card.set_heading(html.escape(self.tr("Engagements")))
        if not data.engagements:
            self._quiet(card, self.tr("No engagement yet."))
            return
        self._quiet(card, self.tr("Objectives by stage, from 0 (not started) to 4 (achieved)"))
        for line in data.engagements:
            title = line.title
            if line.status != "active":  # EngagementStatus.ACTIVE
                title = f"{title} ({label(line.status).lower()})"
            strip = StageStrip(line.stages)
            strip.clicked.connect(partial(self.open.progress, line.id))
            count = QLabel(self.tr("%n objective(s)", "", line.objectives))
            count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            card.add_row(
                RecordLink(
                    title,
                    partial(self.open.record, "engagement", line.id),
                    description=self.tr("Opens the engagement"),
                ),
                strip,
                count,
            )

    # -- the exchange ---------------------------------------------------------------
    def _exchange(self, data: HomeData) -> None:
        # The conflicts waiting and the last package in and out (``services.home``, from
        # the merge's ``meta``); with an exchange folder, its state as the status bar
        # says it and "Sync now" (``HomeOpener.sync_summary``, ``sync_now``).
        card, state = self.exchange, data.exchange
        card.set_heading(self._count(self.tr("Exchange"), state.conflicts))
        if state.conflicts:
            card.add(
                RecordLink(
                    self.tr("%n conflict(s) waiting: settle them", "", state.conflicts),
                    self.open.conflicts,
                    icon=themed_icon("conflicts"),
                )
            )
        else:
            self._quiet(card, self.tr("No conflicts waiting."), "home_no_conflicts")
        folder = self.open.sync_summary()
        if folder is not None:
            card.add_text(html.escape(folder), "home_sync_state")
            card.add(
                RecordLink(
                    self.tr("Sync now"),
                    self.open.sync_now,
                    icon=themed_icon("exchange"),
                    description=self.tr("Merges the other laptops' changes and writes this one's"),
                )
            )
        if state.last_import_at is None and state.last_export_at is None:
            self._quiet(card, self.tr("No package exchanged yet."), "home_last_exchange")
            return
        never = self.tr("never")
        card.add_text(
            html.escape(
                self.tr("Last package in: {received}; out: {sent}").format(
                    received=format_datetime(state.last_import_at)
                    if state.last_import_at
                    else never,
                    sent=format_datetime(state.last_export_at) if state.last_export_at else never,
                )
            ),
            "home_last_exchange",
        )

"""The meeting cycle's menus: send, invite, brief, approve, correct, plan the next one.

``install(window)`` adds to the Meeting menu (acting on the meeting selected on the
Meetings page) and to the File menu (acting on the current engagement), each action
with an ``objectName`` so other parts of the window (the end-of-meeting summary, the
panels under the forms) trigger them by name: ``action_send_minutes``,
``action_send_agenda``, ``action_export_invitation``, ``action_chair_brief``,
``action_plan_next_meeting``, ``action_approve_minutes``, ``action_correct_minutes``,
``action_finish_correction``, ``action_minutes_history``, ``action_edit_distribution``,
``action_send_report``, ``action_send_tracker``. A meeting action acts on the meeting
it carries (``action.setData(meeting_id)`` before ``trigger()``, as the end-of-meeting
summary may do), else on that of the active chair or agenda window, else on the meeting
selected on the Meetings page. It also puts the panel of the minutes'
stage and the send log under the meeting and engagement forms.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from workbench.domain import Meeting
from workbench.exports.runner import ExportKind
from workbench.ui.cycle.panel import CyclePanel, attach_panel
from workbench.ui.i18n import format_datetime

if TYPE_CHECKING:  # icalendar (behind the invitation) is imported when one is written
    from workbench.exports.meeting_files import InvitationFile
    from workbench.ui.shell.main_window import MainWindow

MESSAGE_MS = 8000


class CycleFeature(QObject):
    """Owns the cycle's actions and opens its dialogs (each returned, for tests)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: list[QWidget] = []
        self.actions: dict[str, QAction] = {}
        self._trigger: QAction | None = None
        menu = window.findChild(QMenu, "meeting_menu")
        if menu is None:  # the meeting feature is not installed: a menu of our own
            menu = window.menuBar().addMenu(self.tr("&Meeting"))
        menu.addSeparator()
        slot: Callable[[], Any]
        for name, text, slot in (
            ("action_send_minutes", self.tr("Send &minutes…"), self.send_minutes),
            ("action_send_agenda", self.tr("Send ag&enda…"), self.send_agenda),
            ("action_export_invitation", self.tr("Export &invitation…"), self.export_invitation),
            ("action_chair_brief", self.tr("Chair's &brief…"), self.chair_brief),
            ("action_plan_next_meeting", self.tr("&Plan the next meeting"), self.plan_next),
        ):
            menu.addAction(self._action(name, text, slot))
        menu.addSeparator()
        for name, text, slot in (
            ("action_approve_minutes", self.tr("Appro&ve minutes…"), self.approve_minutes),
            ("action_correct_minutes", self.tr("C&orrect approved minutes…"), self.correct),
            ("action_finish_correction", self.tr("&Finish correction"), self.finish_correction),
            (
                "action_minutes_history",
                self.tr("Minutes versions and send &log…"),
                self.minutes_history,
            ),
            ("action_edit_distribution", self.tr("&Distribution list…"), self.distribution),
        ):
            menu.addAction(self._action(name, text, slot))
        for name, text, slot in (
            ("action_send_report", self.tr("Send the re&port…"), self.send_report),
            ("action_send_tracker", self.tr("Send the trac&ker…"), self.send_tracker),
        ):
            window.add_file_action(self._action(name, text, slot))
        events = window.events
        for key, entity in (("meetings", "meeting"), ("engagements", "engagement")):
            page = window.pages.get(key)
            if page is not None:
                panel = CyclePanel(window.db, entity, self.actions.get)
                attach_panel(page, panel, events)
                setattr(self, f"{entity}_panel", panel)

    def _action(self, name: str, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self._run(action, slot))
        self.actions[name] = action
        return action

    def _run(self, action: QAction, slot: Callable[[], Any]) -> None:
        """Run an action's slot knowing which action it was (for the meeting it carries)."""
        self._trigger = action
        try:
            slot()
        finally:
            self._trigger = None
            action.setData(None)  # once: the menu acts on the selection again

    # -- what the actions act on ----------------------------------------------------
    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _meeting(self) -> str | None:
        """The meeting to act on: the one the triggering action carries (``setData``),
        else that of the active chair or agenda window, else the one selected."""
        action = self._trigger
        meeting_id = None
        if action is not None and isinstance(action.data(), str) and action.data():
            meeting_id = action.data()
        if meeting_id is None:
            active = QApplication.activeWindow()
            chair = getattr(active, "session", None)
            meeting_id = getattr(chair, "meeting_id", None) or getattr(active, "meeting_id", None)
            meeting_id = meeting_id if isinstance(meeting_id, str) else None
        meeting_id = meeting_id or self.window.current_meeting_id()
        if meeting_id is None:
            self._say(self.tr("Select a meeting on the Meetings page first."))
        return meeting_id

    def _engagement(self) -> str | None:
        engagement_id = None
        if self.window.current_page_key() == "meetings":
            meeting_id = self.window.current_meeting_id()
            if meeting_id:
                with self.window.db.session() as s:
                    meeting = s.get(Meeting, meeting_id)
                    engagement_id = meeting.engagement_id if meeting else None
        engagement_id = engagement_id or self.window.current_engagement_id()
        if engagement_id is None:
            self._say(self.tr("Select an engagement first."))
        return engagement_id

    def _show(self, dialog: QWidget) -> QWidget:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.open() if hasattr(dialog, "open") else dialog.show()
        return dialog

    def _changed(self, *meeting_ids: str | None) -> None:
        ids = [m for m in meeting_ids if m]
        self.window.events.records_changed.emit("meeting", ids)
        self.window.events.records_changed.emit("sentexport", [])

    # -- send -------------------------------------------------------------------------
    def approval_title(self) -> str:
        return self.tr("Approve the minutes of {title} ({date})")

    def _send(self, kind: ExportKind, record_id: str | None) -> QWidget | None:
        if record_id is None:
            return None
        from workbench.ui.cycle.send_dialog import SendDialog

        dialog = SendDialog(
            self.window.db,
            kind,
            record_id,
            approval_title=self.approval_title(),
            parent=self.window,
        )
        dialog.finished.connect(lambda _r: self._changed(record_id if kind.of_meeting else None))
        return self._show(dialog)

    def send_minutes(self) -> QWidget | None:
        return self._send(ExportKind.MINUTES, self._meeting())

    def send_agenda(self) -> QWidget | None:
        return self._send(ExportKind.AGENDA, self._meeting())

    def send_report(self) -> QWidget | None:
        return self._send(ExportKind.REPORT, self._engagement())

    def send_tracker(self) -> QWidget | None:
        return self._send(ExportKind.TRACKER, self._engagement())

    # -- invitation and brief -----------------------------------------------------------
    def export_invitation(self, path: Path | None = None) -> QWidget | None:
        """The invitation dialog; with ``path``, written there at once (for scripts)."""
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.meeting_dialogs import InvitationDialog

        dialog = InvitationDialog(self.window.db, meeting_id, self.window)
        dialog.accepted.connect(lambda: self._invitation_written(dialog.made))
        self._show(dialog)
        if path is not None:
            dialog.path.setText(str(path))
            dialog.accept()
        return dialog

    def _invitation_written(self, made: InvitationFile | None) -> None:
        if made is None:
            return
        text = (
            self.tr("Cancellation written to {path}.")
            if made.cancelled
            else self.tr("Invitation written to {path} (update {n}).")
        ).format(path=made.path, n=made.sequence)
        if made.unreachable:
            text += " " + self.tr("Not in it, no e-mail address: {names}.").format(
                names=", ".join(p.name or "" for p in made.unreachable)
            )
        self._say(text)

    def chair_brief(self) -> QWidget | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.brief_view import BriefDialog

        return self._show(BriefDialog(self.window.db, meeting_id, self.window))

    # -- the next meeting ---------------------------------------------------------------
    def plan_next(self) -> QWidget | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.meeting_dialogs import PlanNextDialog

        dialog = PlanNextDialog(
            self.window.db, meeting_id, approval_title=self.approval_title(), parent=self.window
        )
        dialog.accepted.connect(lambda: self._planned(meeting_id, dialog.new_id))
        return self._show(dialog)

    def _planned(self, meeting_id: str, new_id: str | None) -> None:
        if new_id is None:
            return
        self._changed(new_id, meeting_id)
        self.window.show_record("meeting", new_id)
        feature = getattr(self.window, "meeting_feature", None)
        if feature is not None:
            feature.open_agenda(new_id)
        with self.window.db.session() as s:
            meeting = s.get(Meeting, new_id)
            when = meeting.starts_at if meeting is not None else None
        stamp = format_datetime(when)
        self._say(self.tr("The next meeting is planned for {when}.").format(when=stamp))

    # -- minutes ------------------------------------------------------------------------
    def approve_minutes(self) -> QWidget | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.minutes_dialogs import ApproveDialog

        dialog = ApproveDialog(
            self.window.db,
            meeting_id,
            decision=self.tr("The minutes of {title} ({date}) are approved."),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._approved(meeting_id, dialog.at.currentData()))
        return self._show(dialog)

    def _approved(self, meeting_id: str, at_meeting_id: str | None) -> None:
        self._changed(meeting_id, at_meeting_id)
        self._say(self.tr("The minutes are approved and frozen."))

    def correct(self) -> QWidget | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.minutes_dialogs import CorrectDialog

        dialog = CorrectDialog(self.window.db, meeting_id, self.window)
        dialog.accepted.connect(lambda: self._correcting(meeting_id, dialog.version))
        return self._show(dialog)

    def _correcting(self, meeting_id: str, version: int | None) -> None:
        self._changed(meeting_id)
        feature = getattr(self.window, "meeting_feature", None)
        if feature is not None:
            feature.open_agenda(meeting_id)
        self._say(
            self.tr(
                "Correcting: version {n} is open. Edit the minutes, then choose "
                "Meeting → Finish correction."
            ).format(n=version)
        )

    def finish_correction(self) -> QWidget | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.meeting_dialogs import FinishCorrectionDialog

        dialog = FinishCorrectionDialog(self.window.db, meeting_id, self.window)
        dialog.accepted.connect(lambda: self._frozen(meeting_id, dialog.version))
        return self._show(dialog)

    def _frozen(self, meeting_id: str, version: int | None) -> None:
        self._changed(meeting_id)
        self._say(self.tr("Version {n} of the minutes is frozen.").format(n=version))

    def minutes_history(self) -> QWidget | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        from workbench.ui.cycle.minutes_dialogs import MinutesHistoryDialog

        return self._show(MinutesHistoryDialog(self.window.db, meeting_id, self.window))

    def distribution(self) -> QWidget | None:
        engagement_id = self._engagement()
        if engagement_id is None:
            return None
        from workbench.ui.cycle.distribution_dialog import DistributionDialog

        return self._show(DistributionDialog(self.window.db, engagement_id, self.window))


def install(window: MainWindow) -> None:
    """Add the meeting cycle to the main window (``window.cycle_feature``)."""
    window.cycle_feature = CycleFeature(window)  # type: ignore[attr-defined]

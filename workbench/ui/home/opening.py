"""Where Home's lines lead: a record on its page, the tracker with the right filters, the
agenda editor or chair mode of a meeting, the inbox, the conflicts, "I am…".

Home sees the main window only through what it exposes (``show_record``, ``show_page``,
``pages``) and the features it installed (``meeting_feature``, ``followup``,
``exchange_actions``); a feature that is not there makes its line say so in the status
bar instead of failing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow


class HomeOpener(QObject):
    """Opens what a line of Home names."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _feature(self, name: str) -> Any:
        feature = getattr(self.window, name, None)
        if feature is None:
            self.window.statusBar().showMessage(self.tr("That is not available here."), 5000)
        return feature

    # -- records --------------------------------------------------------------------
    def record(self, entity: str, record_id: str) -> bool:
        """The record on its page (an objective on Progress)."""
        followup = getattr(self.window, "followup", None)
        if followup is not None:
            return bool(followup.open(entity, record_id))
        return self.window.show_record(entity, record_id)

    def progress(self, engagement_id: str) -> None:
        """The engagement's objectives at their stages, and its timeline."""
        followup = self._feature("followup")
        if followup is None:
            return
        self.window.show_page("progress")
        box = followup.overview.engagement_box
        index = box.findData(engagement_id)
        if index >= 0:
            box.setCurrentIndex(index)

    def note_to_file(self, note_id: str) -> None:
        """The note in the inbox, ready to be filed."""
        self.window.show_page("inbox")
        inbox = self.window.page_widget("inbox")
        select = getattr(inbox, "select_id", None)
        if select is not None:
            select(note_id)

    def inbox(self) -> None:
        self.window.show_page("inbox")

    # -- the tracker ----------------------------------------------------------------
    def tracker(
        self, *, engagement_id: str | None = None, overdue: bool = False, mine: bool = False
    ) -> None:
        """The tracker showing the overdue actions (of an engagement), or my open ones."""
        page: Any = self.window.pages["actions"]
        self.window.show_page("actions")
        if page.engagement_filter.count() <= 1:
            page.fill_choices()
        page.clear_filters()
        for combo in (page.engagement_filter, page.status_filter):
            combo.blockSignals(True)
        page.engagement_filter.setCurrentIndex(
            max(0, page.engagement_filter.findData(engagement_id))
        )
        page.status_filter.setCurrentIndex(0)  # still open
        for combo in (page.engagement_filter, page.status_filter):
            combo.blockSignals(False)
        page.overdue_check.setChecked(overdue)
        page.mine_check.setChecked(mine)
        page.apply_filters()

    def ledger(self, engagement_id: str) -> None:
        """Both sides of an engagement's commitments, what is still to do."""
        followup = self._feature("followup")
        if followup is None:
            return
        self.window.show_page("ledger")
        followup.ledger.select(engagement_id)
        followup.ledger.open_only.setChecked(True)

    # -- meetings -------------------------------------------------------------------
    def prepare(self, meeting_id: str) -> None:
        """The meeting's agenda editor."""
        feature = self._feature("meeting_feature")
        if feature is not None:
            feature.open_agenda(meeting_id)

    def chair(self, meeting_id: str) -> None:
        """Chair mode for the meeting (it acts on the meeting selected on its page)."""
        feature = self._feature("meeting_feature")
        if feature is not None and self.window.pages["meetings"].select_id(meeting_id):
            feature.open_chair()

    def plan_meeting(self) -> None:
        """A new meeting from a template."""
        feature = self._feature("meeting_feature")
        if feature is not None:
            feature.new_from_template()

    # -- the rest -------------------------------------------------------------------
    def conflicts(self) -> None:
        actions = self._feature("exchange_actions")
        if actions is not None:
            actions.show_conflicts()

    def sync_summary(self) -> str | None:
        """The exchange folder's state in one line; None when the program has no
        exchange folder feature or no folder is chosen."""
        feature = getattr(self.window, "sync_feature", None)
        return feature.summary() if feature is not None else None

    def sync_now(self) -> None:
        feature = self._feature("sync_feature")
        if feature is not None:
            feature.controller.sync_now()

    def choose_me(self) -> None:
        followup = self._feature("followup")
        if followup is not None:
            followup.choose_me()

"""Where Home's lines lead: a record on its page, the tracker with the right filters, the
agenda editor or chair mode of a meeting, the inbox, the conflicts, "I am…".

Home sees the main window only through what it exposes (``show_record``, ``show_page``,
``pages``) and the features it installed (``meeting_feature``, ``followup``,
``exchange_actions``); a feature that is not there makes its line say so in the status
bar instead of failing. Until the window is ready (Home drawn from its first reading,
before the pages are built) a line clicked is kept, the last one, and followed once the
window is ready (``ready``): nothing to open yet, and nothing lost.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow


def when_ready(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method`` now when the window is ready, else kept until it is (the last kept)."""

    @functools.wraps(method)
    def follow(self: HomeOpener, *args: Any, **kwargs: Any) -> Any:
        ready = getattr(self.window, "is_ready", None)
        if ready is None or ready():
            return method(self, *args, **kwargs)
        self.pending = functools.partial(method, self, *args, **kwargs)
        return None

    return follow


class HomeOpener(QObject):
    """Opens what a line of Home names."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # a line clicked before the window was ready, followed when it is
        self.pending: Callable[[], Any] | None = None
        if hasattr(window, "ready"):
            window.ready.connect(self._follow_pending)

    def _follow_pending(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending()

    def _feature(self, name: str) -> Any:
        feature = getattr(self.window, name, None)
        if feature is None:
            self.window.statusBar().showMessage(self.tr("That is not available here."), 5000)
        return feature

    # -- records --------------------------------------------------------------------
    @when_ready
    def record(self, entity: str, record_id: str) -> bool:
        """The record on its page (an objective on Progress)."""
        followup = getattr(self.window, "followup", None)
        if followup is not None:
            return bool(followup.open(entity, record_id))
        return self.window.show_record(entity, record_id)

    @when_ready
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

    @when_ready
    def note_to_file(self, note_id: str) -> None:
        """The note in the inbox, ready to be filed."""
        self.window.show_page("inbox")
        inbox = self.window.page_widget("inbox")
        select = getattr(inbox, "select_id", None)
        if select is not None:
            select(note_id)

    @when_ready
    def inbox(self) -> None:
        self.window.show_page("inbox")

    # -- the tracker ----------------------------------------------------------------
    @when_ready
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

    @when_ready
    def ledger(self, engagement_id: str) -> None:
        """Both sides of an engagement's commitments, what is still to do."""
        followup = self._feature("followup")
        if followup is None:
            return
        self.window.show_page("ledger")
        followup.ledger.select(engagement_id)
        followup.ledger.open_only.setChecked(True)

    # -- meetings -------------------------------------------------------------------
    @when_ready
    def prepare(self, meeting_id: str) -> None:
        """The meeting's agenda editor."""
        feature = self._feature("meeting_feature")
        if feature is not None:
            feature.open_agenda(meeting_id)

    @when_ready
    def chair(self, meeting_id: str) -> None:
        """Chair mode for the meeting (it acts on the meeting selected on its page)."""
        feature = self._feature("meeting_feature")
        if feature is not None and self.window.pages["meetings"].select_id(meeting_id):
            feature.open_chair()

    @when_ready
    def plan_meeting(self) -> None:
        """A new meeting from a template."""
        feature = self._feature("meeting_feature")
        if feature is not None:
            feature.new_from_template()

    # -- the rest -------------------------------------------------------------------
    @when_ready
    def conflicts(self) -> None:
        actions = self._feature("exchange_actions")
        if actions is not None:
            actions.show_conflicts()

    def sync_summary(self) -> str | None:
        """The exchange folder's state in one line; None when the program has no
        exchange folder feature or no folder is chosen."""
        feature = getattr(self.window, "sync_feature", None)
        return feature.summary() if feature is not None else None

    @when_ready
    def sync_now(self) -> None:
        feature = self._feature("sync_feature")
        if feature is not None:
            feature.controller.sync_now()

    @when_ready
    def choose_me(self) -> None:
        followup = self._feature("followup")
        if followup is not None:
            followup.choose_me()

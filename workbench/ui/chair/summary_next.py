"""What follows a meeting, offered where it ends: the draft minutes, the minutes for
partners, sending them, and the next meeting.

"Open the draft minutes" writes the minutes for the working group (everything, in the
UI's language) to the app's drafts folder off the GUI thread and opens the PDF. "Export
for partners…" opens the Export dialog on this meeting's minutes, for partners. "Send
the minutes…" and "Plan the next meeting…" trigger the main window's Meeting-menu
actions of those names (``action_send_minutes``, ``action_plan_next_meeting``) and are
offered only when the window has them; planning falls back to "New meeting from
template…" when it has not.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench import config
from workbench.domain import Audience
from workbench.exports.runner import ExportKind, ExportRequest, run_export, suggest_filename
from workbench.store import Database
from workbench.ui.i18n import error_text
from workbench.ui.icons import themed_icon
from workbench.ui.palette import css
from workbench.ui.tasks import run_task

SEND_ACTION = "action_send_minutes"
PLAN_ACTION = "action_plan_next_meeting"


def drafts_dir() -> Path:
    """Where draft minutes are written (the app's own folder, not the user's documents)."""
    return config.data_dir() / "drafts"


class NextSteps(QWidget):
    """The buttons that lead on from a meeting that has just ended."""

    draft_written = Signal(object)  # a draft was written (its path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_next_steps")
        self.db: Database | None = None
        self.meeting_id: str | None = None
        self.main: Any = None
        self.open_files = True  # tests turn the desktop's PDF viewer off
        self.draft_button = self._button(
            self.tr("Open the &draft minutes"), "summary_draft_minutes", "minutes"
        )
        self.draft_button.clicked.connect(self.draft_minutes)
        self.export_button = self._button(
            self.tr("E&xport for partners…"), "summary_export", "share"
        )
        self.export_button.clicked.connect(self.export)
        self.send_button = self._button(self.tr("&Send the minutes…"), "summary_send", "share")
        self.send_button.clicked.connect(lambda: self._trigger(SEND_ACTION))
        self.plan_button = self._button(
            self.tr("&Plan the next meeting…"), "summary_plan_next", "plan"
        )
        self.plan_button.clicked.connect(self.plan_next)
        self.status = QLabel()
        self.status.setObjectName("summary_next_status")
        self.status.setWordWrap(True)
        self.status.hide()  # shown when it has something to say
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.draft_button, self.export_button, self.send_button, self.plan_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def _button(self, text: str, name: str, icon_name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setIcon(themed_icon(icon_name, button.palette()))
        button.setIconSize(QSize(18, 18))
        button.setAutoDefault(False)
        return button

    def set_meeting(self, db: Database, meeting_id: str, main: Any) -> None:
        """The meeting that ended, and the main window whose actions lead on (or None)."""
        self.db, self.meeting_id, self.main = db, meeting_id, main
        self._say("")
        self.send_button.setVisible(self._action(SEND_ACTION) is not None)
        self.plan_button.setVisible(
            self._action(PLAN_ACTION) is not None or self._fallback_plan() is not None
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- what the main window offers ------------------------------------------------
    def _action(self, name: str) -> QAction | None:
        if self.main is None:
            return None
        found = self.main.findChild(QAction, name)
        return found if isinstance(found, QAction) else None

    def _fallback_plan(self) -> QAction | None:
        feature = getattr(self.main, "meeting_feature", None)
        action = getattr(feature, "new_action", None)
        return action if isinstance(action, QAction) else None

    def _select_meeting(self) -> None:
        """The Meeting menu acts on the meeting selected on its page: this one."""
        pages = getattr(self.main, "pages", None)
        if self.meeting_id and isinstance(pages, dict) and "meetings" in pages:
            pages["meetings"].select_id(self.meeting_id)

    def _trigger(self, name: str) -> None:
        action = self._action(name)
        if action is not None:
            self._select_meeting()
            action.trigger()

    def plan_next(self) -> None:
        action = self._action(PLAN_ACTION) or self._fallback_plan()
        if action is not None:
            self._select_meeting()
            action.trigger()

    # -- exports --------------------------------------------------------------------
    def export(self) -> QWidget | None:
        """The Export dialog on these minutes, for partners."""
        if self.db is None or self.meeting_id is None:
            return None
        from workbench.ui.share.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.db, meeting_id=self.meeting_id, kind=ExportKind.MINUTES, parent=self.window()
        )
        dialog.audience.setCurrentIndex(max(0, dialog.audience.findData(Audience.PARTNERS)))
        dialog.show()
        return dialog

    def draft_minutes(self) -> None:
        """Write the group's minutes as they stand and open the PDF."""
        db, meeting_id = self.db, self.meeting_id
        if db is None or meeting_id is None:
            return
        language = QLocale().name().split("_")[0]
        lang = language if language in ("en", "nl") else "en"
        kind, audience = ExportKind.MINUTES, Audience.GROUP
        path = drafts_dir() / f"draft-{suggest_filename(db, kind, meeting_id, audience, lang)}"
        self.draft_button.setEnabled(False)
        self._say(self.tr("Writing the draft minutes…"))

        def work(_ctx: Any) -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            request = ExportRequest(kind, meeting_id, path, audience=audience, lang=lang)
            return run_export(db, request)

        def done(written: Path) -> None:
            self.draft_button.setEnabled(True)
            self._say(self.tr("Draft minutes (working group only): {path}").format(path=written))
            self.draft_written.emit(written)
            if self.open_files:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        def failed(exc: BaseException) -> None:
            self.draft_button.setEnabled(True)
            danger = css("danger", self.palette())
            message = self.tr("The draft minutes were not written: {error}").format(
                error=html.escape(error_text(exc))
            )
            self._say(f"<span style='color:{danger}'>{message}</span>")

        run_task(work, done, failed)

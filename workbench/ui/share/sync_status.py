"""The sync in the status bar: when it last reached the folder, how many other laptops,
conflicts waiting, the last problem, and a button to sync now.

The words are made here, from the ``SyncState`` the controller keeps (``state_text``),
so the Home page of a later change can say the same in the same words.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from workbench.services.sync import Problem, SyncState
from workbench.services.sync import status as st
from workbench.ui.i18n import QT_TRANSLATE_NOOP, error_text, format_datetime, format_time
from workbench.ui.share.sync_controller import SyncController

CONTEXT = "SyncStatus"
_PROBLEMS = {
    st.FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "SyncStatus", "The exchange folder is not there (is the drive connected?)"
    ),
    st.FOLDER_UNREADABLE: QT_TRANSLATE_NOOP("SyncStatus", "The exchange folder cannot be read"),
    st.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "SyncStatus", "This laptop's changes could not be written to the exchange folder"
    ),
    st.NEWER_PACKAGE: QT_TRANSLATE_NOOP(
        "SyncStatus", "Update the workbench to read {laptop}'s changes"
    ),
    st.DAMAGED_PACKAGE: QT_TRANSLATE_NOOP(
        "SyncStatus", "A package from {laptop} stays unreadable; a fresh copy was asked for"
    ),
    st.FOREIGN_PACKAGE: QT_TRANSLATE_NOOP(
        "SyncStatus", "A file in {laptop}'s folder was not written by that laptop"
    ),
    st.MERGE_FAILED: QT_TRANSLATE_NOOP("SyncStatus", "{laptop}'s changes could not be merged"),
    st.LAPTOP_UNREADABLE: QT_TRANSLATE_NOOP("SyncStatus", "{laptop}'s folder cannot be read"),
    st.REFUSED_PACKAGE: QT_TRANSLATE_NOOP(
        "SyncStatus", "A package from {laptop} was refused; nothing from it was merged"
    ),
    st.DATABASE_IN_FOLDER: QT_TRANSLATE_NOOP(
        "SyncStatus", "The database lies in a synced folder: move it out"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # i18n: ok (marked above or literal)


def problem_text(code: str | None, laptop: str = "", fallback: str | None = None) -> str:
    """A sync problem in the user's language."""
    text = _PROBLEMS.get(code or "")
    if text is None:
        return fallback or ""
    return _tr(text).format(laptop=laptop or _tr(QT_TRANSLATE_NOOP("SyncStatus", "another laptop")))


def problem_of(problem: Problem) -> str:
    """A problem as the status bar says it: a refused package with why."""
    if problem.code == st.REFUSED_PACKAGE and problem.extra:
        laptop = problem.laptop or _tr(QT_TRANSLATE_NOOP("SyncStatus", "another laptop"))
        text = QT_TRANSLATE_NOOP(
            "SyncStatus", "A package from {laptop} was refused, nothing from it merged: {reason}"
        )
        reason = error_text(problem.reason())  # the seal's reason, with its values
        return _tr(text).format(laptop=laptop, reason=reason)
    return problem_text(problem.code, problem.laptop, problem.message)


def _count(n: int, one: str, many: str) -> str:
    """A count in words: the singular for one, else the plural (both marked texts)."""
    return _tr(one if n == 1 else many).format(n=n)


_LAPTOPS = (
    QT_TRANSLATE_NOOP("SyncStatus", "1 other laptop"),
    QT_TRANSLATE_NOOP("SyncStatus", "{n} other laptops"),
)
_CONFLICTS = (
    QT_TRANSLATE_NOOP("SyncStatus", "1 conflict waiting"),
    QT_TRANSLATE_NOOP("SyncStatus", "{n} conflicts waiting"),
)
_WAITING = (
    QT_TRANSLATE_NOOP("SyncStatus", "1 change on this laptop not yet written"),
    QT_TRANSLATE_NOOP("SyncStatus", "{n} changes on this laptop not yet written"),
)


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return format_time(local)
    return format_datetime(local)


def state_text(state: SyncState, running: bool = False) -> str:
    """One line: "Synced 14:02 · 2 other laptops · 1 conflict waiting"."""
    if state.folder is None:
        return _tr(QT_TRANSLATE_NOOP("SyncStatus", "Sync: off"))
    parts = []
    if running:
        parts.append(_tr(QT_TRANSLATE_NOOP("SyncStatus", "Syncing…")))
    elif state.problem_code is not None:
        parts.append("⚠ " + problem_text(state.problem_code, state.problem_laptop, state.problem))
    elif state.last_sync is None:
        parts.append(_tr(QT_TRANSLATE_NOOP("SyncStatus", "Not synced yet")))
    else:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("SyncStatus", "Synced {time}")).format(
                time=_when(state.last_sync)
            )
        )
    parts.append(_count(state.peers, *_LAPTOPS))
    if state.conflicts:
        parts.append(_count(state.conflicts, *_CONFLICTS))
    return " · ".join(parts)


class SyncStatusWidget(QWidget):
    """A label and two small buttons for the status bar."""

    def __init__(self, controller: SyncController, show_conflicts: Any = None) -> None:
        super().__init__()
        self.controller = controller
        self.label = QLabel()
        self.label.setObjectName("sync_status")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("sync_conflicts_button")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setText(self.tr("Settle…"))
        self.conflicts_button.setToolTip(self.tr("Open the conflicts to settle them"))
        self.conflicts_button.setAccessibleName(self.tr("Settle conflicts"))
        if show_conflicts is not None:
            self.conflicts_button.clicked.connect(show_conflicts)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("sync_now_button")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Sync with the exchange folder now (F9)"))
        self.sync_button.clicked.connect(controller.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.sync_button)
        controller.state_changed.connect(lambda _s: self.update_text())
        controller.running_changed.connect(lambda _r: self.update_text())
        self.update_text()

    def update_text(self) -> None:
        state, running = self.controller.state, self.controller.running
        self.label.setText(state_text(state, running))
        self.label.setToolTip(self._tooltip(state))
        self.sync_button.setEnabled(state.folder is not None and not running)
        self.sync_button.setVisible(state.folder is not None)
        self.conflicts_button.setVisible(state.conflicts > 0)

    def _tooltip(self, state: SyncState) -> str:
        if state.folder is None:
            return self.tr(
                "Choose an exchange folder in Tools → Settings to keep the group's laptops in step."
            )
        lines = [self.tr("Exchange folder: {folder}").format(folder=state.folder)]
        if state.problem_code is not None:
            lines.append(problem_text(state.problem_code, state.problem_laptop, state.problem))
        if state.waiting:
            lines.append(_count(state.waiting, *_WAITING))
        return "\n".join(lines)

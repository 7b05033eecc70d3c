"""Tools → Escalation ladder…: the steps the group takes when dialogue stalls, as data.

The ladder ships with seven steps (a letter to the board up to a recommendation to
divest). The group renames a step, says what it means, moves it up or down, retires it
(steps taken with it keep its name) or adds one of its own. Every change is saved at
once; the ladder travels to other laptops in exchange packages like any record.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from workbench.services.errors import DomainError
from workbench.services.stewardship import ladder
from workbench.services.stewardship.ladder import StepRow
from workbench.store import Database
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text
from workbench.ui.stewardship.common import step_description, step_name


class LadderDialog(QDialog):
    """Edit the escalation ladder: rename, describe, move, retire, add."""

    def __init__(
        self, db: Database, events: AppEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.steps: list[StepRow] = []
        self.setObjectName("ladder_dialog")
        self.setWindowTitle(self.tr("Escalation ladder"))
        self.setMinimumSize(620, 420)
        intro = QLabel(
            self.tr(
                "The steps the group takes when dialogue with a company stalls, lowest first. "
                "Changes are saved at once."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("ladder_steps")
        self.list.setAccessibleName(self.tr("Steps of the escalation ladder"))
        self.list.currentRowChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setObjectName("ladder_name")
        self.name.setAccessibleName(self.tr("Name of the step"))
        self.name.editingFinished.connect(self.save)
        self.description = QPlainTextEdit()
        self.description.setObjectName("ladder_description")
        self.description.setAccessibleName(self.tr("What the step means"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("ladder_up")
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setObjectName("ladder_down")
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("ladder_save")
        self.save_button.clicked.connect(self.save)
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.setObjectName("ladder_retire")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.add_button = QPushButton(self.tr("&Add a step"))
        self.add_button.setObjectName("ladder_add")
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setObjectName("ladder_message")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&What it means:"), self.description),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        grid = QGridLayout()
        grid.addWidget(self.up_button, 0, 0)
        grid.addWidget(self.down_button, 0, 1)
        grid.addWidget(self.save_button, 1, 0)
        grid.addWidget(self.retire_button, 1, 1)
        grid.addWidget(self.add_button, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()
        if self.steps:
            self.list.setCurrentRow(0)

    def reload(self, select: str | None = None) -> None:
        with self.db.session() as s:
            self.steps = ladder.all_steps(s)
        self.list.blockSignals(True)
        self.list.clear()
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for step in self.steps:
            name = step_name(step.key, step.name, step.renamed)
            text = (
                f"{step.rank}. {name}"
                if step.rank
                else self.tr("{name} (retired)").format(name=name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            if step.description:
                item.setToolTip(step_description(step.key, step.description))
            if step.retired:
                item.setForeground(muted)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if select is not None:
            for n, step in enumerate(self.steps):
                if step.id == select:
                    self.list.setCurrentRow(n)

    def current(self) -> StepRow | None:
        row = self.list.currentRow()
        return self.steps[row] if 0 <= row < len(self.steps) else None

    def _selected(self, _row: int) -> None:
        step = self.current()
        for widget in (self.name, self.description, self.save_button, self.retire_button):
            widget.setEnabled(step is not None)
        if step is None:
            return
        self.name.setText(step_name(step.key, step.name, step.renamed))
        self.description.setPlainText(step_description(step.key, step.description))
        self.retire_button.setText(self.tr("Bring &back") if step.retired else self.tr("&Retire"))
        self.up_button.setEnabled(not step.retired and step.rank > 1)
        self.down_button.setEnabled(
            not step.retired and step.rank < sum(1 for s in self.steps if not s.retired)
        )

    def _apply(self, work: Callable[[Session, StepRow], object]) -> None:
        step = self.current()
        if step is None:
            return
        try:
            with self.db.transaction() as s:
                work(s, step)
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        self.message.setText(self.tr("Saved"))
        self.reload(select=step.id)
        if self.events is not None:
            self.events.records_changed.emit("escalationstep", [])

    def save(self) -> None:
        step = self.current()
        if step is None:
            return
        shown = step_name(step.key, step.name, step.renamed)
        name = self.name.text().strip()
        description = self.description.toPlainText().strip()
        shown_text = step_description(step.key, step.description)
        if name == shown and description == shown_text:
            return  # nothing changed (a translated shipped name or text stays shipped)
        self._apply(
            lambda s, st: ladder.update_step(
                s,
                st.id,
                name=None if name == shown else name,
                description=None if description == shown_text else description,
            )
        )

    def move_step(self, offset: int) -> None:
        self._apply(lambda s, st: ladder.move_step(s, st.id, offset))

    def toggle_retired(self) -> None:
        self._apply(lambda s, st: ladder.update_step(s, st.id, retired=not st.retired))

    def add(self) -> None:
        try:
            with self.db.transaction() as s:
                made = ladder.add_step(s, self.tr("New step"))
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        self.reload(select=made.id)
        self.name.setFocus()
        self.name.selectAll()
        if self.events is not None:
            self.events.records_changed.emit("escalationstep", [])

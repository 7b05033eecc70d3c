"""Dialogs for agenda templates: start a meeting from one, save an agenda as one.

Both are small forms the keyboard fills in order (Tab, Enter to accept). The work is
done by ``services.meetings.templates``; a refusal is shown in the dialog, which stays open.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Audience, Meeting
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.services.meetings import templates
from workbench.services.records import get_record
from workbench.store import Database
from workbench.ui.i18n import datetime_entry_format, error_text
from workbench.ui.labels import label


class NewFromTemplateDialog(QDialog):
    """Choose a template, an engagement, a title and a start; creates a draft meeting."""

    def __init__(
        self, db: Database, engagement_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id: str | None = None
        self.setObjectName("new_from_template")
        self.setWindowTitle(self.tr("New meeting from a template"))
        with db.session() as s:
            rows = templates.list_templates(s)
            engagements = [(r.id, r.title) for r in listing.list_engagements(s)]

        self.templates = QListWidget()
        self.templates.setObjectName("template_list")
        self.templates.setAccessibleName(self.tr("Templates"))
        for row in rows:
            item = QListWidgetItem(
                self.tr("{name} — {kind}, {minutes} min, {items}").format(
                    name=row.name,
                    kind=label(row.kind),
                    minutes=row.duration_minutes,
                    items=self.tr("%n item(s)", "", row.item_count),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            item.setToolTip(row.description or "")
            self.templates.addItem(item)
        self.templates.currentItemChanged.connect(self._template_changed)
        self.engagement = QComboBox()
        self.engagement.setObjectName("template_engagement")
        self.engagement.addItem("—", None)
        for key, title in engagements:
            self.engagement.addItem(title, key)
        self.engagement.setCurrentIndex(max(0, self.engagement.findData(engagement_id)))
        self.title = QLineEdit()
        self.title.setObjectName("template_meeting_title")
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("template_starts")
        self.starts.setDisplayFormat(datetime_entry_format())
        self.starts.setCalendarPopup(True)
        self.starts.setDateTime(QDateTime(QDate.currentDate().addDays(7), QTime(10, 0)))
        self.audience = QComboBox()
        self.audience.setObjectName("template_audience")
        for a in Audience:
            self.audience.addItem(label(a), a.value)
        self.message = QLabel()
        self.message.setObjectName("template_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Template:"), self.templates),
            (self.tr("&Engagement:"), self.engagement),
            (self.tr("T&itle:"), self.title),
            (self.tr("&Starts:"), self.starts),
            (self.tr("&Audience:"), self.audience),
        ):
            lab = QLabel(caption)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if rows:
            self.templates.setCurrentRow(0)
        self.templates.setFocus()

    def _template_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        prev_name = previous.data(Qt.ItemDataRole.UserRole + 1) if previous else None
        if not self.title.text() or self.title.text() == prev_name:
            self.title.setText(current.data(Qt.ItemDataRole.UserRole + 1))

    def accept(self) -> None:
        item = self.templates.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a template."))
            return
        start = self.starts.dateTime().toSecsSinceEpoch()
        try:
            with self.db.transaction() as s:
                meeting = templates.create_meeting_from_template(
                    s,
                    item.data(Qt.ItemDataRole.UserRole),
                    engagement_id=self.engagement.currentData(),
                    title=self.title.text().strip() or None,
                    starts_at=datetime.fromtimestamp(start, UTC),
                    audience=self.audience.currentData(),
                )
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        self.meeting_id = meeting.id
        super().accept()


class SaveTemplateDialog(QDialog):
    """Name the template that keeps this meeting's agenda."""

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.template_id: str | None = None
        self.setObjectName("save_template")
        self.setWindowTitle(self.tr("Save the agenda as a template"))
        with db.session() as s:
            title = get_record(s, Meeting, meeting_id).title
        self.name = QLineEdit(title)
        self.name.setObjectName("template_name")
        self.name.selectAll()
        self.description = QLineEdit()
        self.description.setObjectName("template_description")
        self.message = QLabel()
        self.message.setObjectName("template_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Description:"), self.description),
        ):
            lab = QLabel(caption)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.db.transaction() as s:
                template = templates.save_as_template(
                    s, self.meeting_id, self.name.text(), description=self.description.text()
                )
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        self.template_id = template.id
        super().accept()

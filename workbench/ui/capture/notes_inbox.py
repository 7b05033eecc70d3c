"""The inbox, "Notes to file": notes not yet triaged, and what to do with each.

A note can be attached to an engagement or a meeting, turned into an action or a
commitment (keeping its text and the time it was captured), recorded as an interaction
(a letter, a call, an AGM question: ``ui.stewardship.interaction_capture``), or simply
marked triaged.
Whatever is done, the note leaves the inbox and the other pages hear of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import Direction, Note
from workbench.domain.rules import local_today
from workbench.services import listing
from workbench.services.capture import notes as capture
from workbench.services.errors import DomainError
from workbench.services.records import get_record, parse_due
from workbench.services.stewardship.documents import Owner, read_documents, size_text
from workbench.store import Database
from workbench.ui.capture.notes_model import COL_CAPTURED, COL_TRIAGED, NotesModel
from workbench.ui.events import AppEvents
from workbench.ui.i18n import error_text, read_date
from workbench.ui.labels import label
from workbench.ui.lists.columns import ColumnFitter
from workbench.ui.lists.fast_rows import FastFilterProxy
from workbench.ui.lists.rows_model import ID_ROLE
from workbench.ui.stewardship.interaction_capture import InteractionCapture


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


def _fill(combo: QComboBox, choices: list[tuple[Any, str]], keep: Any = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("—", None)
    for key, text in choices:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


class NotesInbox(QWidget):
    """Untriaged notes on the left; the selected note and the triage actions on the right."""

    def __init__(self, db: Database, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.setObjectName("page_inbox")
        self._stale = True
        self.model = NotesModel(self)
        self.proxy = FastFilterProxy(self)  # sorts in one pass, not by ``lessThan`` calls
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("inbox_list")
        self.view.setAccessibleName(self.tr("Untriaged notes"))
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_CAPTURED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        # Key columns whole on a laptop screen; "Triaged" is always "No" here.
        self.columns = ColumnFitter(self.view, never=(COL_TRIAGED,))
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.count = QLabel()
        self.count.setObjectName("inbox_count")

        self.body = QPlainTextEdit()
        self.body.setObjectName("inbox_body")
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Note"))
        self.documents = QLabel()  # a photo, a PDF, an e-mail's attachments
        self.documents.setObjectName("inbox_documents")
        self.documents.setWordWrap(True)

        self.engagement = _combo("inbox_engagement")
        self.engagement.currentIndexChanged.connect(self._fill_meetings)
        self.meeting = _combo("inbox_meeting")
        self.attach_button = QPushButton(self.tr("&Attach"))
        self.attach_button.setObjectName("inbox_attach")
        self.attach_button.clicked.connect(self.attach)
        self.owner = _combo("inbox_owner")
        self.party = _combo("inbox_party")
        self.direction = _combo("inbox_direction")
        for d in Direction:
            self.direction.addItem(label(d), d.value)
        self.due = QLineEdit()
        self.due.setObjectName("inbox_due")
        self.due.setPlaceholderText(self.tr("2024-06-30, +14 or +2w"))
        self.action_button = QPushButton(self.tr("Ma&ke an action"))
        self.action_button.setObjectName("inbox_to_action")
        self.action_button.clicked.connect(self.to_action)
        self.commitment_button = QPushButton(self.tr("Make a &commitment"))
        self.commitment_button.setObjectName("inbox_to_commitment")
        self.commitment_button.clicked.connect(self.to_commitment)
        self.interaction = InteractionCapture()  # or record it as a letter, a call...
        self.interaction.button.clicked.connect(self.to_interaction)
        self.engagement.currentIndexChanged.connect(self._fill_companies)
        self.triaged_button = QPushButton(self.tr("Mark t&riaged"))
        self.triaged_button.setObjectName("inbox_triaged")
        self.triaged_button.clicked.connect(self.mark_triaged)
        self.message = QLabel()
        self.message.setObjectName("inbox_message")
        self.message.setWordWrap(True)
        self._build()
        events.records_changed.connect(self._on_records_changed)
        events.database_reloaded.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        attach = QGroupBox(self.tr("File under"))
        af = QFormLayout(attach)
        af.addRow(self.tr("E&ngagement:"), self.engagement)
        af.addRow(self.tr("Meet&ing:"), self.meeting)
        af.addRow(self.attach_button)
        follow = QGroupBox(self.tr("Turn into a follow-up"))
        ff = QFormLayout(follow)
        ff.addRow(self.tr("&Owner:"), self.owner)
        ff.addRow(self.tr("&Due:"), self.due)
        ff.addRow(self.tr("Made &by:"), self.direction)
        ff.addRow(self.tr("&Party:"), self.party)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.commitment_button)
        ff.addRow(buttons)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.body, 1)
        r.addWidget(self.documents)
        r.addWidget(attach)
        r.addWidget(follow)
        r.addWidget(self.interaction)
        r.addWidget(self.triaged_button)
        r.addWidget(self.message)
        left = QWidget()
        lft = QVBoxLayout(left)
        lft.setContentsMargins(0, 0, 0, 0)
        title = self.tr("Notes to file")
        lft.addWidget(QLabel(f"<h2>{title}</h2>"))
        lft.addWidget(self.count)
        lft.addWidget(self.view, 1)
        self._left = lft
        scroll = QScrollArea()  # the triage controls must not force a tall main window
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.view)
        done = QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.mark_triaged)
        done.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def add_header(self, widget: QWidget) -> None:
        """A row above the list (the drop folder's *Scan the phone folder now*)."""
        self._left.insertWidget(self._left.indexOf(self.view), widget)

    # -- data -----------------------------------------------------------------------
    def reload(self) -> None:
        if not self.isVisible():  # read when shown: a busy inbox costs start-up otherwise
            self._stale = True
            return
        self._load()

    def _load(self) -> None:
        self._stale = False
        current = self.current_id()
        with self.db.session() as s:
            rows = capture.inbox(s)
            engagements = [(r.id, r.title) for r in listing.list_engagements(s)]
            people = listing.list_people(s)
            organisations = listing.list_organisations(s)
        self.model.set_rows(rows)
        self.proxy.sort(COL_CAPTURED, Qt.SortOrder.DescendingOrder)
        self.columns.measure()
        self.columns.fit()
        _fill(self.engagement, engagements, self.engagement.currentData())
        _fill(self.owner, people, self.owner.currentData())
        _fill(self.party, organisations, self.party.currentData())
        self.count.setText(self.tr("{n} to triage").format(n=len(rows)))
        row = self.model.row_of(current) if current else None
        target = self.proxy.mapFromSource(self.model.index(row if row is not None else 0, 0))
        if rows:
            self.view.setCurrentIndex(target)
        else:
            self._on_current(QModelIndex(), QModelIndex())

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)

    def _on_records_changed(self, entity: str, _ids: list[str]) -> None:
        if entity in ("note", "document"):
            self.reload()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, note_id: str) -> bool:
        """Make the note current (Home's "notes to file" open it here)."""
        if self._stale:
            self._load()
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note_id = current.data(ID_ROLE) if current.isValid() else None
        enabled = note_id is not None
        for w in (
            self.attach_button,
            self.action_button,
            self.commitment_button,
            self.interaction.button,
        ):
            w.setEnabled(enabled)
        self.triaged_button.setEnabled(enabled)
        if note_id is None:
            self.body.clear()
            self.documents.clear()
            return
        with self.db.session() as s:
            note = get_record(s, Note, note_id)
            body, engagement_id, meeting_id = note.body, note.engagement_id, note.meeting_id
            target_id = note.target_id
            files = read_documents(s, owner=Owner("note", note_id))
        self.body.setPlainText(body)
        self.documents.setText(
            self.tr("Attached: {files}").format(
                files=", ".join(f"{d.filename} ({size_text(d.size)})" for d in files)
            )
            if files
            else ""
        )
        self.documents.setVisible(bool(files))
        self.engagement.setCurrentIndex(max(0, self.engagement.findData(engagement_id)))
        self._fill_meetings()
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting_id)))
        self._fill_companies()
        company = self.interaction.company
        company.setCurrentIndex(max(0, company.findData(target_id)))

    def _fill_meetings(self, *_args: Any) -> None:
        engagement_id = self.engagement.currentData()
        with self.db.session() as s:
            meetings = (
                listing.list_meetings(s, engagement_id=engagement_id) if engagement_id else []
            )
        choices = [
            (m.id, f"{m.starts_at.astimezone():%Y-%m-%d} {m.title}" if m.starts_at else m.title)
            for m in meetings
        ]
        _fill(self.meeting, choices, self.meeting.currentData())

    # -- triage ---------------------------------------------------------------------
    def _triage(self, fn: Any, entity: str | None = None) -> None:
        note_id = self.current_id()
        if note_id is None:
            return
        try:
            with self.db.transaction() as s:
                result = fn(s, note_id)
        except DomainError as exc:
            self.message.setText(self.tr("Not done: {reason}").format(reason=error_text(exc)))
            return
        self.message.setText(self.tr("Done: the note left the inbox."))
        self.due.clear()
        if entity is not None and result is not None:
            self.events.records_changed.emit(entity, [result.id])
        self.events.records_changed.emit("note", [note_id])

    def attach(self) -> None:
        self._triage(
            lambda s, nid: capture.attach_note(
                s,
                nid,
                engagement_id=self.engagement.currentData(),
                meeting_id=self.meeting.currentData(),
            )
        )

    def _due(self, s: Any) -> Any:
        return parse_due(read_date(self.due.text()), local_today())

    def to_action(self) -> None:
        self._triage(
            lambda s, nid: capture.note_to_action(
                s,
                nid,
                owner_id=self.owner.currentData(),
                due_on=self._due(s),
                engagement_id=self.engagement.currentData(),
            ),
            "action",
        )

    def to_commitment(self) -> None:
        self._triage(
            lambda s, nid: capture.note_to_commitment(
                s,
                nid,
                direction=self.direction.currentData(),
                party_id=self.party.currentData(),
                owner_id=self.owner.currentData(),
                due_on=self._due(s),
                engagement_id=self.engagement.currentData(),
            ),
            "commitment",
        )

    def mark_triaged(self) -> None:
        self._triage(lambda s, nid: capture.mark_triaged(s, nid))

    def _fill_companies(self, *_args: Any) -> None:
        with self.db.session() as s:
            companies = capture.target_choices(s, self.engagement.currentData())
            people = listing.list_people(s)
        self.interaction.fill(companies, people)

    def to_interaction(self) -> None:
        self._triage(
            lambda s, nid: self.interaction.record(
                s, nid, engagement_id=self.engagement.currentData()
            ),
            "interaction",
        )

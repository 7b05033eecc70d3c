"""The Interactions page: the demo's letters listed, a new interaction edited in the form,
its objectives ticked, its documents attached and opened; and capture from notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from workbench.domain import Audience, InteractionKind, Note
from workbench.services.demo.build import CAR_MAKER_TARGET_ID, ENGAGEMENT_ID
from workbench.services.stewardship import documents
from workbench.services.stewardship.interactions import read_interactions
from workbench.ui.stewardship import common


def page_of(window):  # type: ignore[no-untyped-def]
    window.show_page("interactions")
    return window.stewardship.interactions


def test_the_demo_interactions_are_listed_newest_first(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    page = page_of(window)
    first = page.proxy.index(0, 0).data()
    assert first == "4/12/2022"
    texts = [page.proxy.index(r, 5).data() for r in range(page.proxy.rowCount())]
    assert "Letter appointing the Responsible Raw Materials Manager for mica" in texts
    page.filter_edit.setText("appointing")
    assert page.proxy.rowCount() == 1


def test_a_new_interaction_is_edited_and_linked_to_an_objective(
    qtbot, demo_db, make_window
) -> None:
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.pages["engagements"].select_id(ENGAGEMENT_ID)
    page = page_of(window)
    page.create_record()
    interaction_id = page.current_id()
    subject = page.form.editor("subject")
    assert isinstance(subject, QLineEdit) and subject.hasFocus()
    qtbot.keyClicks(subject, "Call with Velora's new mica manager")
    kind = page.form.editor("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(InteractionKind.PHONE_CALL.value))
    company = page.form.editor("target_id")
    company.setCurrentIndex(company.findData(CAR_MAKER_TARGET_ID))
    page.form.flush()
    checklist = page.checklist.list
    item = next(
        checklist.item(i)
        for i in range(checklist.count())
        if checklist.item(i).text().startswith("Appoint dedicated")
    )
    item.setCheckState(Qt.CheckState.Checked)
    with demo_db.session() as s:
        [row] = read_interactions(s, ids=[interaction_id])
    assert row.subject == "Call with Velora's new mica manager"
    assert row.kind is InteractionKind.PHONE_CALL and row.company == "Velora Automotive"
    assert row.occurred_on == date.today() and row.audience is Audience.GROUP
    assert row.objectives == (
        "Appoint dedicated, full-time capacity for responsible mica sourcing.",
    )
    shown = page.proxy.index(page.view.currentIndex().row(), 1).data()
    assert shown == "Phone call"


def test_documents_are_attached_refused_and_opened_from_the_panel(
    qtbot, demo_db, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(demo_db)
    page = page_of(window)
    panel = page.documents
    interaction_id = page.current_id()
    good = tmp_path / "minutes.pdf"
    good.write_bytes(b"%PDF-1.4 minutes")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    before = panel.table.model().rowCount()
    monkeypatch.setattr(panel, "choose_files", lambda: [str(good), str(empty)])
    panel.attach_button.click()
    assert panel.table.model().rowCount() == before + 1
    assert "Attached 1 document(s)." in panel.message.text()
    assert "empty.pdf is empty; nothing was attached." in panel.message.text()
    with demo_db.session() as s:
        rows = documents.read_documents(s, owner=documents.Owner("interaction", interaction_id))
    assert "minutes.pdf" in [r.filename for r in rows]
    opened = []
    monkeypatch.setattr(common, "opener", lambda url: opened.append(url.toLocalFile()) or True)
    panel.select(next(r.id for r in rows if r.filename == "minutes.pdf"))
    panel.open_button.click()
    assert len(opened) == 1 and Path(opened[0]).name == "minutes.pdf"
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 minutes"


def test_a_document_too_big_is_named_with_the_reason(
    qtbot, demo_db, make_window, tmp_path: Path
) -> None:
    window = make_window(demo_db)
    panel = page_of(window).documents
    big = tmp_path / "annual-report-2021.pdf"
    with big.open("wb") as fh:
        fh.truncate(30 * 1024 * 1024)
    before = panel.table.model().rowCount()
    assert panel.attach_paths([big]) == 0
    assert panel.table.model().rowCount() == before
    assert panel.message.text() == (
        "annual-report-2021.pdf is 30 MiB, more than the 25 MiB a document may be; nothing "
        "was attached. Attach the pages that matter, or a smaller copy."
    )


def test_a_commitment_cites_a_document_with_its_page(qtbot, demo_db, make_window) -> None:
    from workbench.services.demo.records import demo_id

    window = make_window(demo_db)
    window.show_page("commitments")
    commitments = window.pages["commitments"]
    commitment = demo_id("commitment:car-maker-mica-capacity")
    assert commitments.select_id(commitment)
    evidence = commitments.documents.evidence
    assert evidence.isVisible()
    cited = [evidence.list.item(i).text() for i in range(evidence.list.count())]
    assert cited == ["Letter from Velora Automotive, 15 January 2021, p. 2"]
    evidence.document.setCurrentIndex(
        evidence.document.findText("Velora press release: joining the Responsible Mica Initiative")
    )
    evidence.page.setText("1")
    evidence.cite_button.click()
    assert evidence.list.count() == 2


def test_a_note_is_recorded_as_an_interaction_from_the_inbox(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("inbox")
    inbox = window.meeting_feature.inbox
    note_id = inbox.current_id()  # the newest: an idea about no engagement yet
    capture = inbox.interaction
    capture.button.click()
    assert inbox.message.text() == (
        "Not done: An interaction belongs to an engagement: choose one for this note first."
    )
    inbox.engagement.setCurrentIndex(inbox.engagement.findData(ENGAGEMENT_ID))
    capture.kind.setCurrentIndex(capture.kind.findData(InteractionKind.SITE_VISIT.value))
    capture.direction.setCurrentIndex(capture.direction.findData("sent"))
    capture.company.setCurrentIndex(capture.company.findData(CAR_MAKER_TARGET_ID))
    capture.button.click()
    QApplication.processEvents()
    assert inbox.message.text() == "Done: the note left the inbox."
    with demo_db.session() as s:
        assert s.get(Note, note_id).triaged
        visits = [r for r in read_interactions(s) if r.kind is InteractionKind.SITE_VISIT]
    assert len(visits) == 1 and visits[0].company == "Velora Automotive"


def test_the_quick_note_records_an_interaction(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.meeting_feature.open_quick_note()
    note_window = window.meeting_feature.quick_note
    note_window.engagement.setCurrentIndex(note_window.engagement.findData(ENGAGEMENT_ID))
    note_window.target.setCurrentIndex(note_window.target.findData(CAR_MAKER_TARGET_ID))
    qtbot.keyClicks(note_window.body, "Stefan Vogt called: supplier questionnaire is out")
    capture = note_window.interaction
    capture.kind.setCurrentIndex(capture.kind.findData(InteractionKind.PHONE_CALL.value))
    capture.button.click()
    assert note_window.note_id is None  # a new note is ready
    assert "Recorded as an interaction" in note_window.status.text()
    with demo_db.session() as s:
        calls = [r for r in read_interactions(s) if r.subject.startswith("Stefan Vogt called")]
    assert len(calls) == 1
    assert (calls[0].kind, calls[0].direction.value, calls[0].company) == (
        InteractionKind.PHONE_CALL,
        "received",
        "Velora Automotive",
    )

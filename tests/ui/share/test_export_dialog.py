"""The Export and Import tracker dialogs, driven like a user would."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from workbench.domain import Action, ActionStatus, Audience, Meeting, MeetingKind
from workbench.exports.runner import ExportKind
from workbench.services.demo.build import ENGAGEMENT_ID, UPCOMING_MEETING_ID
from workbench.ui.share.export_dialog import ExportDialog
from workbench.ui.share.export_menu import install
from workbench.ui.share.import_dialog import ImportDialog


@pytest.fixture
def call_id(demo_db) -> str:
    m = Meeting.__table__
    with demo_db.session() as s:
        return (
            s.execute(
                sa.select(m.c.id)
                .where(m.c.kind == MeetingKind.COMPANY_CALL, m.c.audience == Audience.PARTNERS)
                .order_by(m.c.starts_at)
            )
            .scalars()
            .first()
        )


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    """What the dialog asked the desktop to open."""
    urls: list[QUrl] = []
    monkeypatch.setattr("workbench.ui.share.export_dialog.QDesktopServices.openUrl", urls.append)
    return urls


def make_dialog(qtbot, demo_db, call_id: str, tmp_path: Path, **kw) -> ExportDialog:
    dialog = ExportDialog(
        demo_db, meeting_id=call_id, engagement_id=ENGAGEMENT_ID, folder=tmp_path, **kw
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_minutes_then_open_and_show_in_folder(
    qtbot, demo_db, call_id, tmp_path, opened
) -> None:
    dialog = make_dialog(qtbot, demo_db, call_id, tmp_path, kind=ExportKind.MINUTES)
    assert dialog.kind() == ExportKind.MINUTES
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["pdf"]
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    path = Path(dialog.path.text())
    assert path.parent == tmp_path and path.name.startswith("verslag-") and path.suffix == ".pdf"
    assert path.name.endswith("-partners-nl.pdf")
    assert not dialog.open_button.isVisible()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.written == path and path.exists()
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "Verslag" in text and "Voor partners" in text
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    assert str(path) in dialog.status.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(path), str(tmp_path)]


def test_choices_follow_the_kind_and_audience(qtbot, demo_db, call_id, tmp_path) -> None:
    dialog = make_dialog(qtbot, demo_db, call_id, tmp_path)
    assert dialog.what.count() == 5  # minutes, agenda, report, tracker, evidence pack
    dialog.what.setCurrentIndex(dialog.what.findData(ExportKind.TRACKER))
    assert dialog.format.currentData() == "xlsx"
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.GROUP))
    assert dialog.path.text().endswith("tracker-mica-supply-chain-group-en.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wb = load_workbook(dialog.written)
    assert "Notes" in wb.sheetnames  # the group tracker


def test_only_what_the_window_has_selected_is_offered(qtbot, demo_db, tmp_path) -> None:
    dialog = ExportDialog(demo_db, engagement_id=ENGAGEMENT_ID, folder=tmp_path)
    qtbot.addWidget(dialog)
    kinds = [dialog.what.itemData(i) for i in range(dialog.what.count())]
    assert kinds == [ExportKind.REPORT, ExportKind.TRACKER, ExportKind.EVIDENCE]
    empty = ExportDialog(demo_db, folder=tmp_path)
    qtbot.addWidget(empty)
    assert not empty.export_button.isEnabled() and "Select a meeting" in empty.status.text()


def test_errors_show_in_the_dialog(qtbot, demo_db, tmp_path) -> None:
    dialog = ExportDialog(demo_db, meeting_id=UPCOMING_MEETING_ID, folder=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "working group only" in dialog.status.text()  # a group meeting, for partners
    assert dialog.written is None and not dialog.open_button.isVisible()
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "missing" / "agenda.pdf"))
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.GROUP))
    assert dialog.path.text() == str(tmp_path / "missing" / "agenda.pdf")  # typed: kept
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.status.text()
    assert dialog.export_button.isEnabled()  # the user can correct and try again


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot, demo_db, call_id, tmp_path, monkeypatch
) -> None:
    from workbench.ui.tasks import TaskContext

    pending = []

    def deferred_run_task(fn, on_done, on_error, on_progress=None):
        ctx = TaskContext(on_progress)
        pending.append((fn, ctx, on_done, on_error))
        return ctx

    monkeypatch.setattr("workbench.ui.share.export_dialog.run_task", deferred_run_task)
    dialog = make_dialog(qtbot, demo_db, call_id, tmp_path, kind=ExportKind.REPORT)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    assert not dialog.what.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    [(fn, ctx, on_done, on_error)] = pending
    try:  # the worker notices the cancel at its next progress report
        on_done(fn(ctx))
    except BaseException as exc:  # what run_task does on the worker
        on_error(exc)
    assert "cancelled" in dialog.status.text()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()


def _tracker(demo_db, tmp_path: Path) -> Path:
    from workbench.exports.runner import ExportRequest, run_export

    return run_export(
        demo_db, ExportRequest(ExportKind.TRACKER, ENGAGEMENT_ID, tmp_path / "t.xlsx")
    )


def test_import_preview_then_apply(qtbot, demo_db, tmp_path) -> None:
    path = _tracker(demo_db, tmp_path)
    wb = load_workbook(path)
    ws = wb["Actions"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 6).value == "Open")
    action_id = ws.cell(row, 1).value
    ws.cell(row, 6).value = "Done"
    ws.cell(row, 5).value = datetime(2030, 1, 31)
    wb.save(path)

    from workbench.ui.events import AppEvents

    events = AppEvents()
    changed: list[str] = []
    events.records_changed.connect(lambda entity, _ids: changed.append(entity))
    dialog = ImportDialog(demo_db, path, events=events)
    qtbot.addWidget(dialog)
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("Status: Open → Done" in t for t in items)
    assert any("→ 2030-01-31" in t for t in items)
    assert "2 changes" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Imported 2 changes" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    assert "action" in changed
    with demo_db.session() as s:
        assert s.get(Action, action_id).status == ActionStatus.DONE


def test_import_with_problems_cannot_be_applied(qtbot, demo_db, tmp_path) -> None:
    path = _tracker(demo_db, tmp_path)
    wb = load_workbook(path)
    wb["Actions"]["F2"] = "Finished"
    wb.save(path)
    dialog = ImportDialog(demo_db, path)
    qtbot.addWidget(dialog)
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items[0].startswith(
        "Problem: Actions, row 2, column F (Status): 'Finished' is not one of"
    )
    assert "1 problem in" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    junk = tmp_path / "junk.xlsx"
    junk.write_text("no")
    dialog.path.setText(str(junk))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "not an Excel workbook" in dialog.summary.text() and dialog.list.count() == 0


def test_install_adds_export_and_import_to_the_file_menu(qtbot, make_window, demo_db) -> None:
    window = make_window(demo_db)
    if window.findChild(type(window.menu("file").actions()[0]), "export_action") is None:
        install(window)
    actions = {a.objectName(): a for a in window.menu("file").actions()}
    assert actions["export_action"].shortcut().toString() == "Ctrl+E"
    assert "import_tracker_action" in actions
    window.show_page("meetings")
    actions["export_action"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.engagement_id == window.current_engagement_id()
    actions["import_tracker_action"].trigger()
    imp = window.findChild(ImportDialog)
    assert imp is not None
    qtbot.addWidget(imp)


def test_the_evidence_pack_is_exported_for_a_period(qtbot, demo_db, tmp_path) -> None:
    import zipfile
    from datetime import date

    dialog = ExportDialog(demo_db, engagement_id=ENGAGEMENT_ID, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.period.isVisible()
    dialog.what.setCurrentIndex(dialog.what.findData(ExportKind.EVIDENCE))
    assert dialog.period.isVisible()
    dialog.period.set_period(date(2021, 1, 1), date(2021, 12, 31))
    assert dialog.path.text().endswith(
        "monitoring-evidence-pack-2021-01-01-2021-12-31-mica-supply-chain-partners-en.pdf"
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written is not None and dialog.written.read_bytes().startswith(b"%PDF")
    zipped = dialog.written.with_name(dialog.written.stem + "-documents.zip")
    assert "documents in " + zipped.name in dialog.status.text()
    with zipfile.ZipFile(zipped) as zf:
        assert any("letter-from-velora" in n for n in zf.namelist())

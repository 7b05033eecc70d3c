"""Importing an edited tracker: preview every change, apply all or nothing."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from export_case import GENERATED, TODAY
from openpyxl import load_workbook

from workbench.domain import Action, ActionStatus, Audience, Change, Commitment, CommitmentStatus
from workbench.exports.xlsx.importer import (
    TrackerImportError,
    apply_import,
    preview_import,
)
from workbench.exports.xlsx.tracker import write_tracker
from workbench.services.reporting.engagement import load_engagement


def export(db, engagement_id: str, path: Path, audience=Audience.PARTNERS, lang="en") -> Path:
    with db.session() as s:
        doc = load_engagement(s, engagement_id, audience, today=TODAY)
    buf = io.BytesIO()
    write_tracker(doc, buf, lang=lang, generated_at=GENERATED)
    path.write_bytes(buf.getvalue())
    return path


def row_of(ws, record_id: str) -> int:
    return next(c.row for c in ws["A"] if c.value == record_id)


def snapshot(db) -> list[tuple]:
    """Every action and commitment as stored, to prove nothing changed."""
    with db.session() as s:
        a = s.execute(sa.select(Action.__table__)).all()
        c = s.execute(sa.select(Commitment.__table__)).all()
        h = s.execute(sa.select(sa.func.count()).select_from(Change.__table__)).scalar()
    return [*a, *c, h]


def edit_like_excel(path: Path, ids, lang: str = "en") -> None:
    """A status changed, a due date moved and a new action added without an ID."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]  # Actions / Acties
    r = row_of(ws, ids.partners_action)
    ws.cell(r, 6).value = "Done" if lang == "en" else "Gedaan"
    ws.cell(r, 5).value = datetime(2021, 4, 30)
    new = ws.max_row + 1
    ws.cell(new, 2).value = "Call Velora about the audit"
    ws.cell(new, 3).value = "Alice Jansen"
    ws.cell(new, 5).value = datetime(2021, 5, 15)
    ws.cell(new, 6).value = "In progress" if lang == "en" else "Bezig"
    cws = wb.worksheets[1]
    cr = row_of(cws, ids.partners_commitment)
    cws.cell(cr, 8).value = "Fulfilled" if lang == "en" else "Nagekomen"
    cws.cell(cr, 9).value = "Letter of 1 April"
    wb.save(path)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_round_trip_preview_then_apply(marked, tmp_path: Path, lang: str) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx", lang=lang)
    assert preview_import(db, path).count == 0  # an untouched workbook changes nothing
    edit_like_excel(path, ids, lang)

    before = snapshot(db)
    plan = preview_import(db, path)
    assert plan.ok, plan.problems
    assert snapshot(db) == before  # the preview changes nothing
    changed = {(c.kind, c.record_id, c.field): c.value for c in plan.changes}
    assert changed == {
        ("actions", ids.partners_action, "status"): "done",
        ("actions", ids.partners_action, "due_on"): date(2021, 4, 30),
        ("commitments", ids.partners_commitment, "status"): "fulfilled",
        ("commitments", ids.partners_commitment, "evidence"): "Letter of 1 April",
    }
    [new] = plan.new_actions
    assert new.values["title"] == "Call Velora about the audit"
    lines = plan.lines()
    assert len(lines) == 5 and any("→ 2021-04-30" in line for line in lines)

    apply_import(db, path, plan)
    with db.session() as s:
        action = s.get(Action, ids.partners_action)
        assert action.status == ActionStatus.DONE and action.due_on == date(2021, 4, 30)
        commitment = s.get(Commitment, ids.partners_commitment)
        assert commitment.status == CommitmentStatus.FULFILLED
        assert commitment.evidence == "Letter of 1 April"
        [added] = s.execute(
            sa.select(Action).where(Action.title == "Call Velora about the audit")
        ).scalars()
        assert added.engagement_id == ids.engagement and added.owner_id == ids.alice
        assert added.due_on == date(2021, 5, 15) and added.status == ActionStatus.IN_PROGRESS
        assert added.audience == Audience.GROUP  # new content stays in the group until marked
        history = (
            s.execute(sa.select(Change).where(Change.entity_id == ids.partners_action))
            .scalars()
            .all()
        )
        assert {h.field for h in history} >= {"status", "due_on"}
        assert all(h.note == "imported from tracker.xlsx" for h in history)
    # importing the same file again changes nothing and adds no duplicate
    again = preview_import(db, path)
    assert again.count == 0 and any("already exists" in n for n in again.notices)


def test_a_bad_row_is_reported_and_nothing_is_applied(marked, tmp_path: Path) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx")
    edit_like_excel(path, ids)
    wb = load_workbook(path)
    ws = wb["Actions"]
    r = row_of(ws, ids.partners_action)
    ws.cell(r, 7).value = "next week"  # done on: not a date
    ws.cell(r + 1, 6).value = "Finished"  # not a status
    wb.save(path)

    before = snapshot(db)
    plan = preview_import(db, path)
    assert not plan.ok
    messages = [str(p) for p in plan.problems]
    assert (
        f"Actions, row {r}, column G (Done on): 'next week' is not a date (write it as 2024-05-31)"
        in messages
    )
    assert any(
        m.startswith(f"Actions, row {r + 1}, column F (Status): 'Finished' is not one of")
        for m in messages
    )
    with pytest.raises(TrackerImportError, match="nothing was imported") as info:
        apply_import(db, path)
    assert info.value.plan is not None and len(info.value.plan.problems) == 2
    assert snapshot(db) == before


def test_unknown_owner_unknown_id_and_read_only_columns(marked, tmp_path: Path) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx")
    wb = load_workbook(path)
    ws = wb["Actions"]
    r = row_of(ws, ids.partners_action)
    ws.cell(r, 3).value = "Nobody Known"
    ws.cell(r, 4).value = "Edited organisation"  # read-only: noticed, not applied
    extra = ws.max_row + 1
    ws.cell(extra, 1).value = "00000000-0000-0000-0000-000000000000"
    ws.cell(extra, 2).value = "Copied from elsewhere"
    wb.save(path)
    plan = preview_import(db, path)
    messages = [str(p) for p in plan.problems]
    assert (
        f"Actions, row {r}, column C (Owner): "
        "there is no person called 'Nobody Known' in the workbench" in messages
    )
    assert any(m.startswith(f"Actions, row {extra}: no action with the ID 0000") for m in messages)
    assert any("column D (Organisation): read-only" in n for n in plan.notices)


def test_group_only_record_cannot_be_edited_through_a_partners_workbook(
    marked, tmp_path: Path
) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx")
    wb = load_workbook(path)
    ws = wb["Actions"]
    row = ws.max_row + 1
    ws.cell(row, 1).value = ids.group_action
    ws.cell(row, 6).value = "Open"
    wb.save(path)
    plan = preview_import(db, path)
    assert any(p.row == row and "partners tracker" in p.reason for p in plan.problems)


def test_a_stale_preview_is_not_applied(marked, tmp_path: Path) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx")
    edit_like_excel(path, ids)
    plan = preview_import(db, path)
    wb = load_workbook(path)
    wb["Actions"].cell(row_of(wb["Actions"], ids.partners_action), 6).value = "Cancelled"
    wb.save(path)
    before = snapshot(db)
    with pytest.raises(TrackerImportError, match="changed since the preview"):
        apply_import(db, path, plan)
    assert snapshot(db) == before


def test_files_that_are_not_trackers_are_refused(db, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(TrackerImportError, match="not an Excel workbook"):
        preview_import(db, text)
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    with pytest.raises(TrackerImportError, match="not a workbench tracker"):
        preview_import(db, plain)


def test_a_workbook_that_would_unpack_to_far_too_much_is_refused_unread(db, tmp_path: Path) -> None:
    """A "zip bomb" named .xlsx: refused from its directory, before openpyxl unpacks it."""
    import zipfile

    bomb = tmp_path / "tracker.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<" * (40 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    with pytest.raises(TrackerImportError, match=r"is refused: xl/worksheets/sheet1\.xml would"):
        preview_import(db, bomb)


def test_tracker_from_another_database_is_refused(marked, db_path, tmp_path: Path) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx")
    from workbench.store import open_database

    other = open_database(tmp_path / "other.sqlite")
    try:
        with pytest.raises(TrackerImportError, match="another database"):
            preview_import(other, path)
    finally:
        other.close()


def test_group_tracker_round_trip_with_objective_stage(marked, tmp_path: Path) -> None:
    db, ids = marked
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx", audience=Audience.GROUP, lang="nl")
    wb = load_workbook(path)
    ws = wb["Doelstellingen"]
    r = row_of(ws, ids.objective)
    ws.cell(r, 4).value = "3 Geloofwaardig plan"
    wb.save(path)
    plan = apply_import(db, path)
    assert [(c.field, c.value) for c in plan.changes] == [("stage", 3)]
    from workbench.domain import Objective

    with db.session() as s:
        assert s.get(Objective, ids.objective).stage == 3

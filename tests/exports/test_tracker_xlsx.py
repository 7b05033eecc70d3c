"""The tracker workbook: real tables, types, drop-downs, formatting, and the audience rule."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pytest
from export_case import GENERATED, GROUP_MARKERS, MARK, TODAY
from openpyxl import load_workbook

from workbench.domain import Action, Audience
from workbench.exports.xlsx.tracker import write_tracker
from workbench.services.records import update_record
from workbench.services.reporting.engagement import load_engagement


def tracker_bytes(db, engagement_id: str, audience: Audience, lang: str) -> bytes:
    with db.session() as s:
        doc = load_engagement(s, engagement_id, audience, today=TODAY)
    out = io.BytesIO()
    write_tracker(doc, out, lang=lang, generated_at=GENERATED)
    return out.getvalue()


def workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def all_cell_values(wb) -> list[object]:
    return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]


def test_sheets_are_tables_with_frozen_bold_header_and_hidden_ids(marked) -> None:
    db, ids = marked
    wb = workbook(tracker_bytes(db, ids.engagement, Audience.PARTNERS, "en"))
    assert wb.sheetnames == [
        "Actions",
        "Commitments",
        "Decisions",
        "Meetings",
        "Objectives",
        "About",
    ]
    for title, table_name in [
        ("Actions", "Actions"),
        ("Commitments", "Commitments"),
        ("Decisions", "Decisions"),
        ("Meetings", "Meetings"),
        ("Objectives", "Objectives"),
    ]:
        ws = wb[title]
        [table] = ws.tables.values()
        assert table.name == table_name
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert ws.freeze_panes == "A2"
        assert ws["A1"].value == "ID" and ws.column_dimensions["A"].hidden
        assert all(c.font.bold for c in ws[1] if c.value)
        assert [col.name for col in table.tableColumns] == [c.value for c in ws[1]]
        assert ws.column_dimensions["B"].width >= 12


def test_actions_sheet_cells_types_and_labels(marked) -> None:
    db, ids = marked
    ws = workbook(tracker_bytes(db, ids.engagement, Audience.PARTNERS, "nl"))["Acties"]
    header = [c.value for c in ws[1]]
    assert header == [
        "ID",
        "Actie",
        "Eigenaar",
        "Organisatie",
        "Deadline",
        "Status",
        "Afgerond op",
        "Uit vergadering",
        "Aantekeningen",
    ]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    slides = rows[ids.partners_action]
    assert slides[1] == "Send the slides" and slides[2] == "Alice Jansen"
    assert slides[3] == "Terre des Hommes"
    assert slides[4] == datetime(2021, 3, 5)  # a real date
    assert slides[5] == "Open"
    assert slides[7] == "2021-03-01 Call with Velora"
    due = next(c for c in ws["E"][1:] if c.value == datetime(2021, 3, 5))
    assert due.is_date and due.number_format == "dd-mm-yyyy"
    # the action from a group-only meeting: the meeting is not named
    [orphan] = [r for r in rows.values() if r[1] == "Action from a group meeting"]
    assert orphan[7] is None


def test_status_drop_downs_and_overdue_formatting(marked) -> None:
    db, ids = marked
    wb = workbook(tracker_bytes(db, ids.engagement, Audience.PARTNERS, "en"))
    ws = wb["Actions"]
    lists = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    assert lists["F2"].type == "list"
    assert lists["F2"].formula1 == '"Open,In progress,Done,Cancelled"'
    assert lists["F2"].showErrorMessage
    [rule_range] = list(ws.conditional_formatting)
    [rule] = rule_range.rules
    assert (
        "TODAY()" in rule.formula[0]
        and "$E2" in rule.formula[0]
        and '$F2="Open"' in rule.formula[0]
    )
    assert rule.dxf.fill is not None
    assert str(rule_range.sqref).startswith("A2:")
    commitments = wb["Commitments"]
    coords = {dv.formula1 for dv in commitments.data_validations.dataValidation}
    assert '"Open,In progress,Fulfilled,Not fulfilled,Withdrawn"' in coords
    objectives = wb["Objectives"]
    assert any(
        "3 Credible plan" in dv.formula1 for dv in objectives.data_validations.dataValidation
    )


def test_about_sheet_and_properties(marked) -> None:
    db, ids = marked
    wb = workbook(tracker_bytes(db, ids.engagement, Audience.PARTNERS, "en"))
    about = {r[0]: r[1] for r in wb["About"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert about["Engagement"] == "Mica supply chain"
    assert about["Audience"] == "For partners"
    assert about["Engagement ID"] == ids.engagement
    assert "only content marked for partners" in about["Filters"]
    assert "Exported at" in about
    assert wb.properties.title == "Tracker: Mica supply chain"
    assert wb.custom_doc_props["workbench.engagement_id"].value == ids.engagement
    assert wb.custom_doc_props["workbench.audience"].value == "partners"


def test_partners_tracker_contains_nothing_group_only_anywhere(marked) -> None:
    db, ids = marked
    for lang in ("en", "nl"):
        data = tracker_bytes(db, ids.engagement, Audience.PARTNERS, lang)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:  # every part: cells, comments, metadata
            for name in zf.namelist():
                assert MARK.encode() not in zf.read(name), name
        wb = workbook(data)
        assert "Notes" not in wb.sheetnames and "Aantekeningen" not in wb.sheetnames
        assert all(c.value != "Audience" for c in wb.worksheets[0][1])


def test_group_tracker_has_notes_audience_and_everything(marked) -> None:
    db, ids = marked
    wb = workbook(tracker_bytes(db, ids.engagement, Audience.GROUP, "en"))
    assert "Notes" in wb.sheetnames
    values = {str(v) for v in all_cell_values(wb) if v is not None}
    for key in (
        "action",
        "commitment_company",
        "commitment_group",
        "decision",
        "objective",
        "note",
        "note_engagement",
        "meeting",
    ):
        assert GROUP_MARKERS[key] in values, key
    assert wb["Actions"]["J1"].value == "Audience"
    assert wb["Actions"]["J2"].value in ("Working group only", "Partners")


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+31 6 123", "-2+3", "@SUM(A1)"])
def test_formula_like_text_is_stored_as_text(marked, text: str) -> None:
    db, ids = marked
    with db.transaction() as s:
        update_record(
            s, Action, ids.partners_action, title=text, notes=text, notes_audience=Audience.PARTNERS
        )
    data = tracker_bytes(db, ids.engagement, Audience.PARTNERS, "en")
    ws = workbook(data)["Actions"]
    [row] = [r for r in ws.iter_rows(min_row=2) if r[0].value == ids.partners_action]
    for cell in (row[1], row[8]):
        assert cell.value == text
        assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in zf.read(n) or b"<f " in zf.read(n) for n in sheets)


def test_demo_tracker_exports_in_both_languages_and_audiences(demo_db) -> None:
    from workbench.services.demo.build import ENGAGEMENT_ID

    for audience in Audience:
        for lang in ("en", "nl"):
            wb = workbook(tracker_bytes(demo_db, ENGAGEMENT_ID, audience, lang))
            first = wb.worksheets[0]
            assert first.max_row > 5
            due = [c for c in first["E"][1:] if c.value is not None]
            assert due and all(isinstance(c.value, datetime) for c in due)
    assert date  # dates are compared as datetimes read back

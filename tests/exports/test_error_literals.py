"""Text that is exactly an Excel error literal is written as text, never as an error
cell: a note that says "#N/A" must read "#N/A", not show Excel's error."""

from __future__ import annotations

import io
import zipfile

import pytest
from export_case import GENERATED, TODAY
from openpyxl import Workbook, load_workbook

from workbench.domain import Action, Audience, Commitment, Engagement
from workbench.exports.xlsx.cells import choice_column, sheet_rows, text_column
from workbench.exports.xlsx.columns import ERROR_LITERALS, SHEETS_BY_TABLE
from workbench.exports.xlsx.tracker import write_tracker
from workbench.services.records import update_record
from workbench.services.reporting.engagement import load_engagement

LITERALS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]


def test_the_list_is_excel_s_and_openpyxl_s() -> None:
    from openpyxl.cell.cell import ERROR_CODES

    assert set(LITERALS) == ERROR_LITERALS == set(ERROR_CODES)


@pytest.mark.parametrize("literal", LITERALS)
def test_an_error_literal_is_text_in_every_place_the_tracker_writes_it(marked, literal) -> None:
    db, ids = marked
    with db.transaction() as s:
        update_record(s, Action, ids.partners_action, title=literal, notes=literal)
        update_record(s, Commitment, ids.partners_commitment, text=literal)
        update_record(s, Engagement, ids.engagement, title=literal)
    with db.session() as s:
        doc = load_engagement(s, ids.engagement, Audience.GROUP, today=TODAY)
    out = io.BytesIO()
    write_tracker(doc, out, lang="en", generated_at=GENERATED)
    data = out.getvalue()

    wb = load_workbook(io.BytesIO(data))
    found = [
        cell
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value == literal
    ]
    places = {(cell.parent.title, cell.column_letter) for cell in found}
    assert {("Actions", "B"), ("Actions", "I"), ("About", "B")} <= places
    assert any(sheet.startswith("Commitments") for sheet, _ in places)
    for cell in found:
        assert cell.data_type == "s" and cell.quotePrefix, (cell.coordinate, cell.data_type)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # no error cell anywhere in the file
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b't="e"' not in zf.read(name), name


@pytest.mark.parametrize("literal", LITERALS)
def test_columns_written_at_once_keep_the_literal_as_text(literal) -> None:
    ws = Workbook(write_only=True).create_sheet("x")
    [cell, plain] = text_column(ws, [literal, f"{literal} and more"])
    assert cell.value == literal and cell.data_type == "s" and cell.quotePrefix
    assert plain == f"{literal} and more"  # only the exact literal is an error to Excel
    status = next(c for c in SHEETS_BY_TABLE["Actions"].columns if c.key == "status")
    assert choice_column(status, [literal], "en") == [literal]  # unknown: as stored
    rows = list(sheet_rows(ws, [status], [{"status": literal}], "en", {}))
    assert rows[0][0].data_type == "s" and rows[0][0].value == literal

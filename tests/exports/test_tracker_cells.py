"""Columns converted at once give exactly what converting each cell would give."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from export_case import GENERATED, TODAY
from openpyxl import Workbook, load_workbook

from workbench.domain import Action, Audience
from workbench.exports.i18n import local_time
from workbench.exports.xlsx.cells import choice_column, text_column
from workbench.exports.xlsx.columns import (
    MAX_CELL,
    SHEETS_BY_TABLE,
    cell_text,
    choice_label,
    is_formula_like,
    local_naive,
)
from workbench.exports.xlsx.tracker import write_tracker
from workbench.services.records import update_record
from workbench.services.reporting.engagement import load_engagement

LONG = "y" * (MAX_CELL + 100)


def _one_by_one(values: list[object]) -> list[tuple[object, bool]]:
    out = []
    for value in values:
        value = cell_text(value)
        out.append((value, is_formula_like(value)))
    return out


def _as_written(cells: list[object]) -> list[tuple[object, bool]]:
    """(value, stored as quoted text?) of what ``text_column`` hands to openpyxl."""
    out = []
    for cell in cells:
        if hasattr(cell, "quotePrefix"):
            assert cell.data_type == "s" and cell.quotePrefix
            out.append((cell.value, True))
        else:
            out.append((cell, False))
    return out


def test_text_column_matches_cell_by_cell() -> None:
    ws = Workbook(write_only=True).create_sheet("x")
    columns = [
        ["plain", None, "also plain", "Tom & Jerry <b>"],  # nothing to fix: the fast path
        ["=SUM(A1)", "+31 6", "-2", "@x", "ok", None, "a = b", "x\n-bullet line"],
        ["bell\x07", "null\x00 gone", "a\r\nb", LONG, "\x07=1+1", None, "fine"],
        ["mixed", 5, None, "=1", 2.5],  # not all text: each cell is looked at
        [None, None],
        [],
    ]
    for values in columns:
        got = _as_written(text_column(ws, values))
        assert got == _one_by_one(values), values
    assert len(text_column(ws, [LONG])[0]) == MAX_CELL


def test_choice_column_labels_known_and_unknown_values() -> None:
    status = next(c for c in SHEETS_BY_TABLE["Actions"].columns if c.key == "status")
    values = ["open", None, "in_progress", "done", "something_else"]
    for lang in ("en", "nl"):
        assert choice_column(status, values, lang) == [
            choice_label(status, v, lang) for v in values
        ]
    stage = next(c for c in SHEETS_BY_TABLE["Objectives"].columns if c.key == "stage")
    assert choice_column(stage, ["3", None], "en") == [choice_label(stage, "3", "en"), None]


def test_dates_do_not_carry_over_and_text_is_cleaned_in_the_workbook(marked) -> None:
    """A date column reuses one cell: a row without a date must stay empty."""
    db, ids = marked
    with db.transaction() as s:
        update_record(s, Action, ids.group_action, due_on=date(2021, 2, 1))
        update_record(
            s, Action, ids.partners_action, due_on=None, title="bell\x07 rang", notes=LONG
        )
    with db.session() as s:
        doc = load_engagement(s, ids.engagement, Audience.GROUP, today=TODAY)
    out = io.BytesIO()
    write_tracker(doc, out, lang="en", generated_at=GENERATED)
    ws = load_workbook(io.BytesIO(out.getvalue()))["Actions"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    dated, undated = rows[ids.group_action], rows[ids.partners_action]
    assert dated[4].value == datetime(2021, 2, 1) and dated[4].number_format == "yyyy-mm-dd"
    assert undated[4].value is None
    assert undated[1].value == "bell rang"
    assert undated[8].value == LONG[: MAX_CELL - 1] + "…"
    for action in doc.actions:  # every row holds its own due date, or none
        got = rows[action.id][4].value
        assert (got.date() if got else None) == action.due_on


def test_local_naive_is_local_wall_clock_time_to_the_second() -> None:
    for value in (
        datetime(2021, 3, 28, 0, 59, 59, 999_999, tzinfo=UTC),  # around a DST change
        datetime(2021, 3, 28, 1, 0, 0, tzinfo=UTC),
        datetime(2021, 10, 31, 0, 30, 15, 500_000, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 59, 250_000, tzinfo=UTC),  # before the epoch
    ):
        assert local_naive(value) == local_time(value).replace(tzinfo=None, microsecond=0)
    assert local_naive(None) is None


@pytest.mark.parametrize(
    ("lang", "day", "moment"),
    [("en", "yyyy-mm-dd", "yyyy-mm-dd hh:mm"), ("nl", "dd-mm-yyyy", "dd-mm-yyyy hh:mm")],
)
def test_dates_and_times_are_real_dates_in_the_language_format(
    marked, lang: str, day: str, moment: str
) -> None:
    db, ids = marked
    with db.session() as s:
        doc = load_engagement(s, ids.engagement, Audience.GROUP, today=TODAY)
    out = io.BytesIO()
    write_tracker(doc, out, lang=lang, generated_at=GENERATED)
    wb = load_workbook(io.BytesIO(out.getvalue()))
    starts = [c for c in wb.worksheets[3]["B"][1:] if c.value is not None]  # meetings
    dues = [c for c in wb.worksheets[0]["E"][1:] if c.value is not None]  # actions
    assert starts and dues
    assert all(c.is_date and c.number_format == moment for c in starts)
    assert all(c.is_date and c.number_format == day for c in dues)
    assert {c.value for c in starts} == {local_naive(m.starts_at) for m in doc.meetings}
    # openpyxl's own defaults are untouched: a plain datetime elsewhere keeps its format
    plain = Workbook()
    plain.active["A1"] = datetime(2021, 3, 1, 10, 30)
    assert plain.active["A1"].number_format == "yyyy-mm-dd h:mm:ss"

"""The tracker workbook: one Excel table per kind of record, and an About sheet.

Written in openpyxl's write-only mode (the tracker of a busy group has tens of thousands
of rows) with everything a spreadsheet user expects: a bold frozen header, auto-filter,
sensible widths, dates stored as dates, drop-downs on status columns, overdue rows
highlighted by a conditional format (so they stay right as the days pass), and a hidden
ID column that lets the workbook come back in (``workbench.exports.xlsx.importer``).
Text that looks like a formula (``= + - @``) is stored as text with a quote prefix.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import datetime
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from workbench.domain import Audience, utcnow
from workbench.exports.audience import audience_label, audience_note
from workbench.exports.i18n import (
    EXCEL_DATE_FORMAT,
    EXCEL_DATETIME_FORMAT,
    format_datetime,
    t,
)
from workbench.exports.xlsx.cells import sheet_rows, text_cell
from workbench.exports.xlsx.columns import (
    FORMAT_VERSION,
    PROP_PREFIX,
    SHEETS,
    SheetSpec,
    cell_text,
    choice_label,
    is_formula_like,
)
from workbench.services.reporting.engagement import EngagementDoc
from workbench.services.visible import collector_paused

ProgressFn = Callable[[int, int, str], None]

HEADER_FONT = Font(bold=True, color="FFFFFF")
# An explicit fill, not only the table style: LibreOffice does not draw table styles,
# and white text on no fill would make the header invisible there.
HEADER_FILL = PatternFill(fill_type="solid", fgColor="1F4E79")
OVERDUE_FILL = PatternFill(fill_type="solid", bgColor="F8D7DA")
OVERDUE_FONT = Font(color="9C0006")
SPARE_ROWS = 500  # drop-downs and the overdue format also cover rows added below the table
PROGRESS_EVERY = 500


def _titled(name: str, title: str | None) -> str:
    """ "Tracker: Mica supply chain", or "Tracker" when the title is kept from the reader."""
    return f"{name}: {title}" if title else name


class _Writer:
    def __init__(self, doc: EngagementDoc, lang: str, progress: ProgressFn | None) -> None:
        self.doc, self.lang, self.progress = doc, lang, progress
        self.total = sum(len(spec.rows(doc)) for spec in self._specs()) or 1
        self.done = 0

    def _specs(self) -> list[SheetSpec]:
        group = self.doc.audience == Audience.GROUP
        return [spec for spec in SHEETS if group or not spec.group_only]

    def sheet(self, wb: Workbook, spec: SheetSpec) -> None:
        lang = self.lang
        ws = wb.create_sheet(t(lang, spec.title))
        ws.conditional_formatting = ConditionalFormattingList()
        columns = spec.columns_for(self.doc.audience)
        rows = spec.rows(self.doc)
        letters = {c.key: get_column_letter(i) for i, c in enumerate(columns, start=1)}
        last = get_column_letter(len(columns))
        for column in columns:
            dim = ws.column_dimensions[letters[column.key]]
            dim.width = column.width
            dim.hidden = column.kind == "id"
        ws.freeze_panes = "A2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

        headers = [t(lang, c.label) for c in columns]
        head_cells = []
        for h in headers:
            cell = WriteOnlyCell(ws, value=h)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            head_cells.append(cell)
        ws.append(head_cells)
        formats = {"date": EXCEL_DATE_FORMAT[lang], "datetime": EXCEL_DATETIME_FORMAT[lang]}
        records = [spec.values(row) for row in rows]
        append, progress = ws.append, self.progress
        for row in sheet_rows(ws, columns, records, lang, formats):
            append(row)
            self.done += 1
            if progress is not None and self.done % PROGRESS_EVERY == 0:
                progress(self.done, self.total, spec.table)

        end = max(len(rows), 1) + 1
        table = Table(displayName=spec.table, ref=f"A1:{last}{end}")
        table._initialise_columns()  # type: ignore[attr-defined]  # openpyxl's, not in its stubs
        for col, name in zip(table.tableColumns, headers, strict=True):
            col.name = name
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="In write-only mode")
            ws.add_table(table)

        spare = end + SPARE_ROWS
        for column in columns:
            if (
                column.kind == "choice"
                and column.choices
                and (column.editable or column.key == "direction")
            ):
                labels = [choice_label(column, v, lang) or "" for v in column.choices]
                dv = DataValidation(
                    type="list",
                    formula1='"' + ",".join(labels) + '"',
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle=t(lang, column.label),
                    error=t(lang, "status_error"),
                )
                dv.add(f"{letters[column.key]}2:{letters[column.key]}{spare}")
                ws.data_validations.append(dv)
        if spec.overdue:
            due, status = (letters[k] for k in spec.overdue)
            status_col = next(c for c in columns if c.key == spec.overdue[1])
            open_labels = [choice_label(status_col, v, lang) for v in ("open", "in_progress")]
            still_open = ",".join(f'${status}2="{label}"' for label in open_labels)
            formula = f"AND(ISNUMBER(${due}2),${due}2<TODAY(),OR({still_open}))"
            ws.conditional_formatting.add(
                f"A2:{last}{spare}",
                FormulaRule(  # type: ignore[no-untyped-call]  # untyped in openpyxl's stubs
                    formula=[formula], fill=OVERDUE_FILL, font=OVERDUE_FONT
                ),
            )

    def about(self, wb: Workbook, exported_at: datetime) -> None:
        doc, lang = self.doc, self.lang
        ws = wb.create_sheet(t(lang, "sheet_about"))
        ws.column_dimensions["A"].width = 22
        ws.column_dimensions["B"].width = 100
        filters = t(lang, "filters_text") + t(
            lang, "filters_group" if doc.audience == Audience.GROUP else "filters_partners"
        )
        rows = [
            (t(lang, "what"), _titled(t(lang, "tracker"), doc.title)),
            *([(t(lang, "engagement"), doc.title)] if doc.title else []),
            (t(lang, "exported_at"), format_datetime(exported_at, lang)),
            (t(lang, "audience"), audience_label(doc.audience, lang)),
            ("", audience_note(doc.audience, lang)),
            (t(lang, "language"), lang),
            (t(lang, "filters"), filters),
            (t(lang, "how_to_import"), t(lang, "how_to_import_text")),
            (t(lang, "engagement_id"), doc.id),
            (t(lang, "format_version"), FORMAT_VERSION),
        ]
        wrap = Alignment(wrap_text=True, vertical="top")
        title = WriteOnlyCell(ws, value=cell_text(_titled(t(lang, "tracker"), doc.title)))
        title.font = Font(bold=True, size=14)
        ws.append([title])
        ws.append([])
        for label, value in rows:
            a = WriteOnlyCell(ws, value=label)
            a.font = Font(bold=True)
            a.alignment = wrap
            value = cell_text(value)
            b = text_cell(ws, value) if is_formula_like(value) else WriteOnlyCell(ws, value=value)
            b.alignment = wrap
            ws.append([a, b])

    def write(self, out: BinaryIO, exported_at: datetime) -> None:
        doc, lang = self.doc, self.lang
        wb = Workbook(write_only=True)
        for spec in self._specs():
            self.sheet(wb, spec)
        self.about(wb, exported_at)
        # the document's properties carry only what this audience may see
        wb.properties.title = cell_text(_titled(t(lang, "tracker"), doc.title))
        wb.properties.subject = cell_text(doc.theme or doc.title or t(lang, "tracker"))
        wb.properties.creator = t(lang, "author")
        wb.properties.keywords = audience_label(doc.audience, lang)
        wb.properties.language = lang
        for key, value in (
            ("kind", "tracker"),
            ("engagement_id", doc.id),
            ("audience", doc.audience.value),
            ("lang", lang),
            ("format_version", FORMAT_VERSION),
        ):
            props = wb.custom_doc_props  # type: ignore[attr-defined]  # openpyxl 3.1, newer than its stubs
            props.append(StringProperty(name=PROP_PREFIX + key, value=value))
        wb.save(out)
        if self.progress is not None:
            self.progress(self.total, self.total, "")


def write_tracker(
    doc: EngagementDoc,
    out: BinaryIO,
    *,
    lang: str,
    progress: ProgressFn | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the tracker workbook of ``doc`` (already filtered by audience) to ``out``."""
    with collector_paused():
        _Writer(doc, lang, progress).write(out, generated_at or utcnow())

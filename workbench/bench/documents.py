"""The minutes of one meeting to PDF and the tracker workbook, each against the library
doing the same work with nothing of ours.

*Minutes.* The export (``run_export``: read the meeting, build the story, lay it out,
number the pages, write the file) against reportlab laying out the same paragraphs and
tables — their text taken from the export's own story, every paragraph in one plain
style of the same font, the tables with the same column widths and no style — into a
file, with no styling logic: no headings, marks, colours, header or footer.

*Workbook.* The export against openpyxl's write-only mode writing the same cells (read
back from the export's file), in the same process, so with the same XML writer: lxml
when it is installed (openpyxl then writes through it), the standard library's if not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlalchemy as sa

from workbench.bench.figures import Figure, in_turn
from workbench.bench.registry import Bench, step
from workbench.domain import Action, AgendaItem, Audience, Engagement, Meeting, MeetingStatus
from workbench.store import Database

MINUTES_RATIO = 1.5
WORKBOOK_RATIO = 1.2


def busiest_engagement(db: Database) -> tuple[str, str]:
    with db.session() as session:
        a, e = Action.__table__, Engagement.__table__
        return tuple(
            session.execute(
                sa.select(e.c.id, e.c.title)
                .join(a, a.c.engagement_id == e.c.id)
                .group_by(e.c.id)
                .order_by(sa.func.count().desc())
                .limit(1)
            ).one()
        )


def latest_held_meeting(db: Database, engagement_id: str) -> tuple[str, str]:
    """The last meeting held in the engagement: the minutes one writes next."""
    with db.session() as session:
        m, i = Meeting.__table__, AgendaItem.__table__
        return tuple(
            session.execute(
                sa.select(m.c.id, m.c.title)
                .where(
                    m.c.engagement_id == engagement_id,
                    m.c.status.in_([MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED]),
                    sa.exists().where(i.c.meeting_id == m.c.id),
                )
                .order_by(m.c.starts_at.desc())
                .limit(1)
            ).one()
        )


# -- minutes ------------------------------------------------------------------------------
def plain_story(story: list[Any], style: Any) -> list[Any]:
    """The paragraphs and tables of ``story`` with their text only, in ``style``."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    def cell(value: Any) -> Any:
        if isinstance(value, Paragraph):
            return Paragraph(escape(value.getPlainText()), style)
        if isinstance(value, (list, tuple)):
            return [cell(v) for v in value]
        return "" if value is None or not isinstance(value, str) else value

    out: list[Any] = []
    for flowable in story:
        if isinstance(flowable, Paragraph):
            out.append(Paragraph(escape(flowable.getPlainText()), style))
        elif isinstance(flowable, Table):  # reportlab keeps its cells and widths private
            rows = [[cell(v) for v in row] for row in getattr(flowable, "_cellvalues")]  # noqa: B009
            out.append(Table(rows, colWidths=getattr(flowable, "_argW")))  # noqa: B009
        elif isinstance(flowable, KeepTogether):
            out += plain_story(list(getattr(flowable, "_content")), style)  # noqa: B009
        elif type(flowable) is Spacer:
            out.append(Spacer(flowable.width, flowable.height))
    return out


@step("minutes")
def minutes_figure(bench: Bench) -> list[Figure]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from workbench.exports.pdf.fonts import FONT, register_fonts
    from workbench.exports.pdf.minutes import minutes_story
    from workbench.exports.pdf.styles import make_styles
    from workbench.exports.runner import ExportKind, ExportRequest, run_export
    from workbench.services.reporting.minutes import load_meeting

    db = bench.db
    engagement_id, _title = busiest_engagement(db)
    meeting_id, title = latest_held_meeting(db, engagement_id)
    path, floor_path = bench.folder / "minutes.pdf", bench.folder / "plain.pdf"
    request = ExportRequest(ExportKind.MINUTES, meeting_id, path, audience=Audience.GROUP)
    register_fonts()
    with db.session() as session:
        doc = load_meeting(session, meeting_id, Audience.GROUP)
    style = ParagraphStyle("plain", fontName=FONT, fontSize=9.5, leading=12)
    text = plain_story(minutes_story(doc, "en", make_styles()), style)

    def floor() -> None:
        flowables = plain_story(text, style)  # fresh flowables: a story is laid out once
        SimpleDocTemplate(str(floor_path), pagesize=A4).build(flowables)

    seconds, floor_seconds = in_turn(lambda: run_export(db, request), floor, bench.runs)
    pages = path.read_bytes().count(b"/Type /Page") - path.read_bytes().count(b"/Type /Pages")
    plain = floor_path.read_bytes()
    plain_pages = plain.count(b"/Type /Page") - plain.count(b"/Type /Pages")
    return [
        Figure(
            "minutes of one meeting to PDF",
            seconds,
            floor=floor_seconds,
            floor_name="reportlab laying out the same paragraphs and tables, no styling",
            max_ratio=MINUTES_RATIO,
            note=f"{title}: {pages} pages, the floor {plain_pages}",
        )
    ]


# -- workbook -----------------------------------------------------------------------------
def workbook_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """The values of every sheet of a workbook, read back (outside any timing)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in wb]
    wb.close()
    return sheets


def write_plain(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    """openpyxl's write-only mode writing the same cells, with nothing else."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


@step("workbook")
def workbook_figure(bench: Bench) -> list[Figure]:
    from openpyxl.xml import LXML

    from workbench.exports.runner import ExportKind, ExportRequest, run_export

    db = bench.db
    engagement_id, title = busiest_engagement(db)
    path = bench.folder / "tracker.xlsx"
    request = ExportRequest(ExportKind.TRACKER, engagement_id, path, audience=Audience.GROUP)
    run_export(db, request)
    sheets = workbook_cells(path)
    cells = sum(len(r) for _t, rows in sheets for r in rows)
    plain = bench.folder / "plain.xlsx"
    seconds, floor_seconds = in_turn(
        lambda: run_export(db, request), lambda: write_plain(sheets, plain), bench.slow_runs
    )
    return [
        Figure(
            "tracker workbook of the busiest engagement",
            seconds,
            floor=floor_seconds,
            floor_name="openpyxl write-only, the same cells",
            max_ratio=WORKBOOK_RATIO,
            note=f"{title}: {cells:,} cells; XML through {'lxml' if LXML else 'the stdlib'}",
        )
    ]

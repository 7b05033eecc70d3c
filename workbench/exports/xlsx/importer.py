"""Bring an edited tracker workbook back in: preview every change, then apply all or nothing.

The workbook is compared with what the tracker would export now (``columns.SHEETS``), so
only cells the user actually changed become changes. Editable columns (status, owner,
due dates, evidence, stage...) become updates through ``services.records`` (validated,
and written to the history with the file's name as the note); a row of Actions without
an ID becomes a new action. Anything that cannot be applied is a ``Problem`` naming the
sheet, row, column and reason, and then nothing at all is applied. A partners workbook
never overwrites a text kept for the working group (its cell was empty because it was
kept): that change is set aside with a notice.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlmodel import Session

from workbench.domain import Action, Audience, Commitment, Engagement, Objective, Person, Record
from workbench.domain.audiences import audience_column
from workbench.exports.i18n import LANGS, t
from workbench.exports.xlsx.columns import (
    FORMAT_VERSION,
    PROP_PREFIX,
    SHEETS_BY_TABLE,
    Column,
    SheetSpec,
    cell_value,
    header_keys,
    meeting_label,
    parse_choice,
    same_value,
)
from workbench.exports.xlsx.limits import check_zip
from workbench.exports.xlsx.plan import (
    FieldChange,
    ImportPlan,
    NewAction,
    Problem,
    TrackerImportError,
    display,
    parse_date,
    short,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.exchange.zip_limits import ZipRefused
from workbench.services.records import create_record, update_record
from workbench.services.reporting.engagement import EngagementDoc, load_engagement
from workbench.store import Database
from workbench.store.sqlite_file import is_database_file

#: Sheets whose editable columns are imported, with the record class and field per column.
TARGETS: dict[str, tuple[type[Record], dict[str, str]]] = {
    "actions": (
        Action,
        {"title": "title", "owner": "owner_id", "due": "due_on", "status": "status",
         "done_on": "done_on", "notes": "notes", "audience": "audience"},
    ),
    "commitments": (
        Commitment,
        {"owner": "owner_id", "due": "due_on", "status": "status", "evidence": "evidence",
         "audience": "audience"},
    ),
    "objectives": (Objective, {"stage": "stage", "outcome": "outcome", "audience": "audience"}),
}  # fmt: skip
REQUIRED = {"title", "status", "stage", "outcome", "audience"}


class _Reader:
    def __init__(self, session: Session, plan: ImportPlan, doc: EngagementDoc) -> None:
        self.session, self.plan, self.doc = session, plan, doc
        p = Person.__table__
        people = session.execute(sa.select(p.c.id, p.c.name).where(p.c.deleted_at.is_(None)))
        self.people: dict[str, list[str]] = {}
        for pid, name in people:
            self.people.setdefault(name.strip().casefold(), []).append(pid)
        # every live action of the engagement, whatever its audience: a row imported before
        # became a group-only action, and must not be added twice
        a = Action.__table__
        titles = session.execute(
            sa.select(a.c.title).where(a.c.engagement_id == doc.id, a.c.deleted_at.is_(None))
        )
        self.action_titles = {title.strip().casefold() for (title,) in titles}
        self.meetings = {}
        for m in doc.meetings:
            self.meetings[(meeting_label(m.title, m.starts_at) or "").casefold()] = m.id

    def problem(self, sheet: str, row: int, column: str, reason: str) -> None:
        self.plan.problems.append(Problem(sheet, row, column, reason))

    def parse(self, column: Column, raw: Any) -> Any:
        """The stored value for an edited cell, or ValueError with the reason."""
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        if empty and column.key in REQUIRED:
            raise ValueError("cannot be empty")
        if column.kind == "date":
            return parse_date(raw)
        if column.kind == "choice":
            value = parse_choice(column, raw)
            if value is None:
                options = ", ".join(cell_value(column, v, self.plan.lang) for v in column.choices)
                raise ValueError(f"{short(raw, 40)!r} is not one of: {options}")
            return int(value) if column.key == "stage" else value
        if column.key == "owner":
            if empty:
                return None
            ids = self.people.get(str(raw).strip().casefold(), [])
            if not ids:
                raise ValueError(f"there is no person called {short(raw, 40)!r} in the workbench")
            if len(ids) > 1:
                raise ValueError(f"more than one person is called {short(raw, 40)!r}")
            return ids[0]
        return None if empty else str(raw).replace("\r\n", "\n")

    def kept_from_workbook(self, kind: str, record_id: str, field: str) -> bool:
        """Is ``field`` of the record kept from this workbook's audience while it holds
        text? Then its empty cell says nothing, and writing over it would lose the
        group's text (a partners workbook shows no evidence the group keeps)."""
        if self.plan.audience == Audience.GROUP:
            return False
        table = TARGETS[kind][0].__table__
        mark = audience_column(field)
        if mark not in table.c:
            return False
        stored, audience = self.session.execute(
            sa.select(table.c[field], table.c[mark]).where(table.c.id == record_id)
        ).one()
        return audience != Audience.PARTNERS and bool(stored)

    def sheet(self, ws: Any, spec: SheetSpec, ref: str) -> None:
        from openpyxl.utils.cell import range_boundaries

        min_col, head_row, max_col, _ = range_boundaries(ref)
        assert min_col is not None and head_row is not None and max_col is not None, ref
        by_letter: dict[int, Column] = {}
        columns = spec.columns_for(Audience.GROUP)
        for idx in range(min_col, max_col + 1):
            header = str(ws.cell(head_row, idx).value or "").strip().casefold()
            match = next((c for c in columns if header in header_keys(c)), None)
            if match is None:
                self.plan.notices.append(
                    f"{ws.title}: column {get_column_letter(idx)} ({header}) is not imported"
                )
            else:
                by_letter[idx] = match
        if not any(c.key == "id" for c in by_letter.values()):
            self.problem(
                ws.title, head_row, "", "the ID column is missing, so rows cannot be matched"
            )
            return
        expected = {str(v["id"]): v for v in (spec.values(r) for r in spec.rows(self.doc))}
        seen: set[str] = set()
        for row in range(head_row + 1, ws.max_row + 1):
            cells = {c.key: (idx, ws.cell(row, idx).value) for idx, c in by_letter.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for _, v in cells.values()):
                continue
            rid = str(cells["id"][1] or "").strip() if "id" in cells else ""
            if not rid:
                self.new_row(ws.title, spec, row, by_letter, cells)
                continue
            if rid in seen:
                self.problem(ws.title, row, "", f"the ID {rid} appears twice")
                continue
            seen.add(rid)
            if rid not in expected:
                self.problem(
                    ws.title,
                    row,
                    "",
                    f"no {spec.key[:-1]} with the ID {rid} in this engagement's "
                    f"{self.plan.audience.value} tracker",
                )
                continue
            self.existing_row(ws.title, spec, row, by_letter, cells, expected[rid])

    def existing_row(
        self,
        sheet: str,
        spec: SheetSpec,
        row: int,
        by_letter: dict[int, Column],
        cells: dict[str, tuple[int, Any]],
        exp: dict[str, Any],
    ) -> None:
        lang = self.plan.lang
        fields = TARGETS.get(spec.key, (None, {}))[1]
        label = exp.get("title") or exp.get("text") or exp["id"]
        for column in by_letter.values():
            idx, raw = cells[column.key]
            if column.key == "id" or same_value(column, raw, exp.get(column.key), lang):
                continue
            where = f"{get_column_letter(idx)} ({t(lang, column.label)})"
            if column.key not in fields:
                self.plan.notices.append(
                    f"{sheet}, row {row}, column {where}: read-only, change ignored"
                )
                continue
            try:
                value = self.parse(column, raw)
            except ValueError as exc:
                self.problem(sheet, row, where, str(exc))
                continue
            if self.kept_from_workbook(spec.key, exp["id"], fields[column.key]):
                self.plan.notices.append(
                    f"{sheet}, row {row}, column {where}: kept for the working group, so not "
                    "in this workbook; change ignored"
                )
                continue
            old = cell_value(column, exp.get(column.key), lang)
            self.plan.changes.append(
                FieldChange(sheet, row, spec.key, exp["id"], str(label), t(lang, column.label),
                            fields[column.key], display(old), display(raw), value)
            )  # fmt: skip

    def new_row(
        self,
        sheet: str,
        spec: SheetSpec,
        row: int,
        by_letter: dict[int, Column],
        cells: dict[str, tuple[int, Any]],
    ) -> None:
        if spec.key != "actions":
            if spec.key in TARGETS:
                self.problem(
                    sheet,
                    row,
                    "",
                    "a row without an ID: new rows can only be added to "
                    + t(self.plan.lang, "sheet_actions"),
                )
            else:
                self.plan.notices.append(
                    f"{sheet}, row {row}: a row without an ID on a read-only sheet, ignored"
                )
            return
        fields = TARGETS["actions"][1]
        values: dict[str, Any] = {"engagement_id": self.doc.id, "status": "open"}
        for idx, column in by_letter.items():
            raw = cells[column.key][1]
            where = f"{get_column_letter(idx)} ({t(self.plan.lang, column.label)})"
            if column.key == "meeting" and raw not in (None, ""):
                mid = self.meetings.get(str(raw).strip().casefold())
                if mid is None:
                    self.problem(
                        sheet, row, where, f"no meeting {short(raw, 40)!r} in this engagement"
                    )
                values["meeting_id"] = mid
            if column.key not in fields or (raw in (None, "") and column.key not in ("title",)):
                continue
            try:
                values[fields[column.key]] = self.parse(column, raw)
            except ValueError as exc:
                self.problem(sheet, row, where, str(exc))
        if "title" not in values and not any(
            p.row == row and p.sheet == sheet for p in self.plan.problems
        ):
            self.problem(sheet, row, "", "a new action needs a title")
            return
        if "title" not in values:
            return
        if str(values["title"]).strip().casefold() in self.action_titles:
            self.plan.notices.append(
                f"{sheet}, row {row}: an action {short(values['title'])!r} already exists "
                "(imported before?); not added again"
            )
            return
        self.plan.new_actions.append(NewAction(sheet, row, values))


def _properties(wb: Any) -> dict[str, str]:
    props = {}
    for prop in wb.custom_doc_props:
        if prop.name.startswith(PROP_PREFIX):
            props[prop.name[len(PROP_PREFIX) :]] = str(prop.value)
    if "engagement_id" not in props:  # custom properties lost: read the About sheet
        labels = {t(lang, "engagement_id").casefold() for lang in LANGS}
        for ws in wb.worksheets:
            for row in ws.iter_rows(max_col=2, values_only=True):
                if row and str(row[0] or "").strip().casefold() in labels and row[1]:
                    props["engagement_id"] = str(row[1]).strip()
    return props


def plan_import(session: Session, path: Path) -> ImportPlan:
    """Read a tracker workbook and work out what importing it would change."""
    path = Path(path)
    plan = ImportPlan(path=path)
    try:
        check_zip(path)
        wb = load_workbook(path, data_only=True)
    except ZipRefused as exc:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP("DomainError", "{path} is refused: {reason}"), path=path, reason=exc
        ) from exc
    except FileNotFoundError as exc:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP("DomainError", "{path}: no such file"), path=path
        ) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} is not an Excel workbook (.xlsx) the workbench can read: {reason}",
            ),
            path=path,
            reason=exc,
        ) from exc
    props = _properties(wb)
    if "engagement_id" not in props:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} is not a workbench tracker: it names no engagement (About sheet)",
            ),
            path=path,
        )
    if props.get("format_version", FORMAT_VERSION) != FORMAT_VERSION:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} was written by another version of the workbench (tracker format {props})",
            ),
            path=path,
            props=props["format_version"],
        )
    plan.lang = props.get("lang", "en") if props.get("lang") in LANGS else "en"
    try:
        plan.audience = Audience(props.get("audience", "partners"))
    except ValueError:
        plan.audience = Audience.PARTNERS
    try:
        doc = load_engagement(session, props["engagement_id"], plan.audience)
    except DomainError as exc:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path}: {reason} Was the tracker exported from another database?"
            ),
            path=path,
            reason=exc,
        ) from exc
    e = Engagement.__table__  # the one importing is of the group: the title, kept or not
    title = session.execute(sa.select(e.c.title).where(e.c.id == doc.id)).scalar_one()
    plan.engagement_id, plan.engagement = doc.id, title
    reader = _Reader(session, plan, doc)
    found = 0
    for ws in wb.worksheets:
        for table in ws.tables.values():
            spec = SHEETS_BY_TABLE.get(table.name)
            if spec is not None:
                found += 1
                reader.sheet(ws, spec, table.ref)
    if not found:
        raise TrackerImportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} has none of the tracker's tables (Actions, Commitments...)"
            ),
            path=path,
        )
    return plan


def _refuse_the_database(db: Database, path: Path) -> None:
    """Reading the live database as a workbook would break its locks (``workbench.store``)."""
    if is_database_file(path, db.path):
        raise TrackerImportError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is the workbench database itself, not a workbook"
            ),
            path=path,
        )


def preview_import(db: Database, path: Path) -> ImportPlan:
    """The preview: what would change, what is wrong. Changes nothing."""
    _refuse_the_database(db, Path(path))
    with db.session() as session:
        return plan_import(session, Path(path))


def apply_import(db: Database, path: Path, expected: ImportPlan | None = None) -> ImportPlan:
    """Apply the workbook in one transaction: every change, or (on any problem) none.

    ``expected`` is the preview the user saw; if the database or the file changed since,
    nothing is applied and the user is asked to preview again.
    """
    path = Path(path)
    _refuse_the_database(db, path)
    with db.transaction(change_note=f"imported from {path.name}") as session:
        plan = plan_import(session, path)
        if not plan.ok and len(plan.problems) == 1:
            raise TrackerImportError(
                QT_TRANSLATE_NOOP("DomainError", "A problem in {name}; nothing was imported"),
                name=path.name,
                plan=plan,
            )
        if not plan.ok:
            raise TrackerImportError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{count} problems in {name}; nothing was imported"
                ),
                count=len(plan.problems),
                name=path.name,
                plan=plan,
            )
        if expected is not None and expected.signature() != plan.signature():
            raise TrackerImportError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "the workbench or the file changed since the preview; nothing was imported. "
                    "Preview again.",
                ),
                plan,
            )
        try:
            for change in plan.changes:
                cls = TARGETS[change.kind][0]
                update_record(session, cls, change.record_id, **{change.field: change.value})
            for new in plan.new_actions:
                create_record(session, Action, **new.values)
        except DomainError as exc:
            raise TrackerImportError(
                QT_TRANSLATE_NOOP("DomainError", "{reason} Nothing was imported."),
                reason=exc,
                plan=plan,
            ) from exc
    return plan

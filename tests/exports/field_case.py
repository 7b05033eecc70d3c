"""A case built from the models themselves: a marker in every text of every table.

Nothing here names a table or a field. The case walks every table the models define
(``RECORD_TYPES`` first, then any other ``Record`` table: one a helper added and forgot to
list is still found) and fills every text column (``workbench.domain.audiences.is_text``)
with a marker that names the table, the column and how it must be kept:

- ``ZQXG...``: in a record whose own ``audience`` is the working group;
- ``ZQXF...``: a text with an audience of its own, kept for the group, in a record that
  is for partners (or that has no audience of its own: engagement, person...);
- ``ZQXN...``: a text no export shows (``NOT_EXPORTED``) or of a table that never
  reaches a document (``INTERNAL_TABLES``);
- ``SHOWN...``: the title or text of a record for partners, which partners do see.

For each table there is one *canonical* record (for partners, if it has an audience),
which every other record points to through its foreign keys, so everything hangs off one
engagement and one meeting for partners; a content table also gets a group-only record.
With ``shared=True`` every text with an audience of its own is marked for partners
instead (``SHARED...``), to check that the rule hides nothing it should show.

``export_texts`` makes every export the runner knows (each ``ExportKind``, in each of its
formats) and reads back everything in the files: PDF page text, metadata and outline;
every part of a workbook (cells, comments, defined names, data validations, core, app
and custom properties) both as XML and through openpyxl; any other file as text, a zip
or an e-mail by its parts. A new export kind is covered by being added to the runner.
"""

from __future__ import annotations

import email
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from openpyxl import load_workbook
from pypdf import PdfReader

from workbench.domain import RECORD_TYPES, Audience, Record
from workbench.domain.audiences import (
    INTERNAL_TABLES,
    NOT_EXPORTED,
    TextRule,
    audience_column,
    field_audiences,
    is_text,
    text_rule,
)
from workbench.exports.runner import (
    FORMATS,
    ExportKind,
    ExportRequest,
    run_export,
    suggest_filename,
)

MARK = "ZQX"
TODAY = date(2021, 3, 15)
GENERATED = datetime(2021, 3, 15, 9, 0, tzinfo=UTC)


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def model_classes() -> list[type[Record]]:
    """Every table class: those of ``RECORD_TYPES`` in their order, then any other."""
    classes = list(RECORD_TYPES)
    for cls in _subclasses(Record):
        if getattr(cls, "__table__", None) is not None and cls not in classes:
            classes.append(cls)
    return classes


def has_audience(cls: type[Record]) -> bool:
    return "audience" in cls.__table__.c


@dataclass
class FieldCase:
    """The records made and the text put in each (table, column, kind of marker)."""

    shared: bool
    canonical: dict[str, str] = field(default_factory=dict)  # table -> id
    texts: dict[tuple[str, str, str], str] = field(default_factory=dict)

    @property
    def engagement(self) -> str:
        return self.canonical["engagement"]

    @property
    def meeting(self) -> str:
        return self.canonical["meeting"]

    def of_kind(self, *kinds: str) -> dict[str, str]:
        """The texts of these kinds of marker, by "table.column (kind)"."""
        return {f"{t}.{c} ({k})": v for (t, c, k), v in self.texts.items() if k in kinds}


def _filler(column: sa.Column[Any], python_type: Any) -> Any:
    """A value for a required column that has no default (not text, not a key)."""
    if isinstance(python_type, type) and issubclass(python_type, Enum):
        return next(iter(python_type))
    if python_type is bool:
        return False
    if python_type is int:
        return 0
    if python_type is datetime:
        return GENERATED
    if python_type is date:
        return TODAY
    return None


def _needs_value(column: sa.Column[Any]) -> bool:
    return not (
        column.nullable
        or column.primary_key
        or column.default is not None
        or column.server_default is not None
    )


class Builder:
    """Makes the records of a ``FieldCase`` in one session."""

    def __init__(self, session: Any, case: FieldCase) -> None:
        self.session, self.case = session, case
        self.by_table = {cls.__tablename__: cls for cls in model_classes()}

    def text(self, table: str, column: str, kind: str) -> str:
        prefix = {"S": "SHOWN", "H": "SHARED"}.get(kind, MARK + kind)
        value = f"{prefix}{table}{column}".replace("_", "")
        self.case.texts[(table, column, kind)] = value
        return value

    def canonical(self, table: str) -> str:
        if table not in self.case.canonical:
            self.case.canonical[table] = self.make(self.by_table[table], group_only=False)
        return self.case.canonical[table]

    def make(self, cls: type[Record], *, group_only: bool) -> str:
        t = cls.__table__
        values: dict[str, Any] = {}
        audiences = field_audiences(t)
        for column in t.c:
            name = column.name
            if column.primary_key:
                continue
            if column.foreign_keys:
                (fk,) = column.foreign_keys
                target = fk.column.table.name
                if target != t.name:
                    values[name] = self.canonical(target)
                continue
            rule = text_rule(t, name)
            if rule is None:
                raise AssertionError(f"{t.name}.{name} has no audience rule")
            if is_text(column):
                values[name] = self._text(t.name, name, rule, group_only)
            elif _needs_value(column):
                values[name] = _filler(column, cls.model_fields[name].annotation)
        if has_audience(cls):
            values["audience"] = Audience.GROUP if group_only else Audience.PARTNERS
        for mark in audiences.values():
            shared = self.case.shared and not group_only
            values[mark] = Audience.PARTNERS if shared else Audience.GROUP
        obj = cls(**values)
        self.session.add(obj)
        self.session.flush()
        return obj.id

    def _text(self, table: str, column: str, rule: TextRule, group_only: bool) -> str:
        if rule in (TextRule.INTERNAL, TextRule.NOT_EXPORTED):
            return self.text(table, column, "N")
        if group_only:
            return self.text(table, column, "G")
        if rule is TextRule.FIELD:
            return self.text(table, column, "H" if self.case.shared else "F")
        return self.text(table, column, "S")


def build_field_case(db: Any, *, shared: bool = False) -> FieldCase:
    """Every table's canonical record, and a group-only one of every content table."""
    case = FieldCase(shared=shared)
    with db.transaction() as session:
        builder = Builder(session, case)
        for cls in model_classes():
            builder.canonical(cls.__tablename__)
        for cls in model_classes():
            if has_audience(cls):
                builder.make(cls, group_only=True)
    return case


# -- what the files hold -------------------------------------------------------------------
def squeeze(text: str) -> str:
    """Text without any white space: a marker wrapped across lines is found whole."""
    return "".join(text.split())


def pdf_texts(raw: bytes) -> list[str]:
    """Every page's text, the document information, XMP metadata and outline."""
    reader = PdfReader(io.BytesIO(raw))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [f"{k}={v}" for k, v in (reader.metadata or {}).items()]
    xmp = reader.xmp_metadata
    if xmp is not None:
        parts.append(xmp.stream.get_data().decode("utf-8", "replace"))

    def outline(items: Any) -> Iterator[str]:
        for item in items:
            if isinstance(item, list):
                yield from outline(item)
            else:
                yield str(item.title)

    parts += list(outline(reader.outline))
    parts.append(raw.decode("latin-1"))  # strings the PDF holds uncompressed
    return parts


def workbook_texts(raw: bytes) -> list[str]:
    """Every part of the workbook as XML, and what openpyxl reads of it: each sheet's
    name and cells, comments, data validations, tables, defined names and properties."""
    parts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        parts += [f"{n}:{zf.read(n).decode('utf-8', 'replace')}" for n in zf.namelist()]
    wb = load_workbook(io.BytesIO(raw))
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                parts.append(str(cell.value or ""))
                if cell.comment is not None:
                    parts.append(cell.comment.text)
        for dv in ws.data_validations.dataValidation:
            parts += [str(dv.formula1 or ""), str(dv.error or ""), str(dv.prompt or "")]
        for table in ws.tables.values():
            parts += [table.name, table.displayName or ""]
            parts += [c.name for c in table.tableColumns]
        parts += [str(v) for v in ws.defined_names.values()]
    parts += [f"{name}={dn.attr_text}" for name, dn in wb.defined_names.items()]
    props = wb.properties
    parts += [str(getattr(props, a) or "") for a in props.__elements__]
    parts += [f"{p.name}={p.value}" for p in wb.custom_doc_props]
    return parts


def file_texts(name: str, raw: bytes) -> list[str]:
    """Everything a file of any kind holds, read as its kind is read."""
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return pdf_texts(raw)
    if suffix == ".xlsx":
        return workbook_texts(raw)
    if suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            return [t for n in zf.namelist() for t in [n, *file_texts(n, zf.read(n))]]
    if suffix == ".eml":
        parts: list[str] = []
        for part in email.message_from_bytes(raw).walk():
            parts += [f"{k}: {v}" for k, v in part.items()]
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                parts += file_texts(part.get_filename() or "part.txt", payload)
        return parts
    return [raw.decode("utf-8", "replace")]


@dataclass
class Exported:
    """What every export of the case holds, for one audience, by file."""

    files: dict[str, str]  # file name -> its texts, squeezed

    def holding(self, text: str) -> list[str]:
        wanted = squeeze(text)
        return [name for name, held in self.files.items() if wanted in held]

    @property
    def everything(self) -> str:
        return "\n".join(self.files.values())


def export_texts(db: Any, case: FieldCase, audience: Audience, folder: Path) -> Exported:
    """Make every export kind in every format for ``audience``, with its proposed name."""
    files: dict[str, str] = {}
    for kind in ExportKind:
        record = case.meeting if kind.of_meeting else case.engagement
        for lang in ("en", "nl"):
            proposed = suggest_filename(db, kind, record, audience, lang)
            files[f"name of {kind} ({lang})"] = squeeze(proposed)
            for fmt in FORMATS[kind]:
                path = folder / f"{kind.value}-{audience.value}-{lang}.{fmt}"
                request = ExportRequest(
                    kind, record, path, audience=audience, lang=lang, fmt=fmt,
                    today=TODAY, generated_at=GENERATED,
                )  # fmt: skip
                run_export(db, request)
                files[path.name] = squeeze("\n".join(file_texts(path.name, path.read_bytes())))
    return Exported(files)


def not_exported_note() -> str:
    """The exemptions, as the failure message lists them."""
    lines = [f"  {t}.{c}: {why}" for (t, c), why in NOT_EXPORTED.items()]
    lines += [f"  {t} (table): {why}" for t, why in INTERNAL_TABLES.items()]
    return "\n".join(lines)


__all__ = [
    "GENERATED",
    "MARK",
    "TODAY",
    "Exported",
    "FieldCase",
    "audience_column",
    "build_field_case",
    "export_texts",
    "model_classes",
    "not_exported_note",
]

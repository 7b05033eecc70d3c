"""A case built from the models themselves: a marker in every text of every table.

Nothing here names a table or a field, but for the few states a record must be in
for its texts to show at all (``SHOWING_STATE``). The case walks every table the models
define (``RECORD_TYPES`` first, then any other table: one a helper added and forgot to
list is still found; only a non-record table that never leaves the program, ``meta``, is
left out) and fills every text column (``workbench.domain.audiences.is_text``) with a
marker that names the table, the column and how it must be kept:

- ``ZQXG...``: in a record whose own ``audience`` is the working group;
- ``ZQXF...``: a text with an audience of its own, kept for the group, in a record that
  is for partners (or that has no audience of its own: engagement, person...);
- ``ZQXN...``: a text no export shows (``NOT_EXPORTED``) or of a table that never
  reaches a document (``INTERNAL_TABLES``);
- ``SHOWN...``: the title or text of a record for partners (or a text shown with one:
  ``LINKED_TEXT``; or a document's bytes), which partners do see;
- ``ADDRESS...@example.org``: an address (``ADDRESSES``): in the address fields of an
  invitation or a draft, in no document.

An id kept without a foreign key (``REFERENCES``) names the canonical record of the table
it refers to, like a foreign key; a table keyed by the hash of its bytes (a document's
blob) gets bytes holding a marker and their SHA-256 as its key.

For each table there is one *canonical* record (for partners, if it has an audience),
which every other record points to through its foreign keys, so everything hangs off one
engagement and one meeting for partners; a content table also gets a group-only record.
With ``shared=True`` every text with an audience of its own is marked for partners
instead (``SHARED...``), to check that the rule hides nothing it should show.

``export_texts`` makes every export the runner knows (each ``ExportKind``, in each of its
formats; the evidence pack with its zip of documents), the e-mail draft of each kind
that can be sent, the meeting's invitation and, for the group, the chair's brief, and
reads back everything in the files: PDF page text, metadata and outline;
every part of a workbook (cells, comments, defined names, data validations, core, app
and custom properties) both as XML and through openpyxl; any other file as text, a zip
or an e-mail by its parts. A new export kind is covered by being added to the runner.
"""

from __future__ import annotations

import email
import hashlib
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
from sqlmodel import SQLModel

from workbench.domain import RECORD_TYPES, Audience, Record, SentKind
from workbench.domain.audiences import (
    ADDRESSES,
    INTERNAL_TABLES,
    LINKED_TEXT,
    NOT_EXPORTED,
    REFERENCES,
    TextRule,
    audience_column,
    field_audiences,
    is_text,
    text_rule,
)
from workbench.exports.evidence_pack import documents_path
from workbench.exports.meeting_files import (
    brief_filename,
    invitation_filename,
    write_brief_file,
    write_invitation,
)
from workbench.exports.runner import (
    FORMATS,
    ExportKind,
    ExportRequest,
    run_export,
    suggest_filename,
)
from workbench.exports.sending import SendRequest, prepare_send

MARK = "ZQX"
TODAY = date(2021, 3, 15)
GENERATED = datetime(2021, 3, 15, 9, 0, tzinfo=UTC)
PERIOD = (date(2000, 1, 1), TODAY)  # the evidence pack's: everything in the case

#: Values a record needs for its texts to show at all, by table (canonical, group-only):
#: a meeting needs a time to have an invitation; a version of the minutes says its
#: reason only when it is a frozen correction, and only the latest one's (the partners
#: one, so the group's older reason must still stay out). Set once the case is built:
#: frozen minutes take no new items.
SHOWING_STATE: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "meeting": ({"starts_at": GENERATED}, {"starts_at": GENERATED}),
    "minutesversion": (
        {"number": 3, "frozen_at": GENERATED},
        {"number": 2, "frozen_at": GENERATED},
    ),
}


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def model_classes() -> list[type[SQLModel]]:
    """Every table class: those of ``RECORD_TYPES`` in their order, then any other
    record, then tables that are no record (a document's bytes), but those that never
    leave the program (``INTERNAL_TABLES``: the file's own facts)."""
    classes: list[type[SQLModel]] = list(RECORD_TYPES)
    others = sorted(_subclasses(SQLModel), key=lambda c: not issubclass(c, Record))
    for cls in others:
        table = getattr(cls, "__table__", None)
        if table is None or cls in classes:
            continue
        if issubclass(cls, Record) or table.name not in INTERNAL_TABLES:
            classes.append(cls)
    return classes


def has_audience(cls: type[SQLModel]) -> bool:
    return "audience" in cls.__table__.c


@dataclass
class FieldCase:
    """The records made and the text put in each (table, column, kind of marker)."""

    shared: bool
    canonical: dict[str, str] = field(default_factory=dict)  # table -> id
    texts: dict[tuple[str, str, str], str] = field(default_factory=dict)
    group_only: dict[str, list[str]] = field(default_factory=dict)  # table -> ids

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
        prefix = {"S": "SHOWN", "H": "SHARED", "A": "ADDRESS"}.get(kind, MARK + kind)
        value = f"{prefix}{table}{column}".replace("_", "")
        if kind == "A":  # an address, as the mail program and calendar need it
            value += "@example.org"
        self.case.texts[(table, column, kind)] = value
        return value

    def canonical(self, table: str) -> str:
        if table not in self.case.canonical:
            self.case.canonical[table] = self.make(self.by_table[table], group_only=False)
        return self.case.canonical[table]

    def make(self, cls: type[SQLModel], *, group_only: bool) -> str:
        t: sa.Table = cls.__table__  # type: ignore[attr-defined]
        values: dict[str, Any] = {}
        audiences = field_audiences(t)
        for column in t.c:
            name = column.name
            if column.primary_key:
                continue
            if column.foreign_keys or (t.name, name) in REFERENCES:
                target = (
                    REFERENCES[(t.name, name)]
                    if (t.name, name) in REFERENCES
                    else next(iter(column.foreign_keys)).column.table.name
                )
                if target != t.name:
                    values[name] = self.canonical(target)
                continue
            if isinstance(column.type, sa.LargeBinary):  # bytes leave as a file
                data = self.text(t.name, name, "G" if group_only else "S").encode()
                values[name] = data
                (key,) = t.primary_key.columns
                if key.default is None:  # keyed by the hash of its bytes
                    values[key.name] = hashlib.sha256(data).hexdigest()
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
        (key,) = t.primary_key.columns
        made: str = getattr(obj, key.name)
        if group_only:
            self.case.group_only.setdefault(t.name, []).append(made)
        return made

    def put_in_showing_state(self) -> None:
        """The states of ``SHOWING_STATE``, set on the records once all are made."""
        for table, (canonical, group_only) in SHOWING_STATE.items():
            t = self.by_table[table].__table__  # type: ignore[attr-defined]
            ids = [(self.case.canonical[table], canonical)]
            ids += [(i, group_only) for i in self.case.group_only.get(table, [])]
            for record_id, values in ids:
                self.session.execute(t.update().where(t.c.id == record_id).values(**values))

    def _text(self, table: str, column: str, rule: TextRule, group_only: bool) -> str:
        if rule in (TextRule.INTERNAL, TextRule.NOT_EXPORTED):
            return self.text(table, column, "N")
        if rule is TextRule.ADDRESS:
            return self.text(table, column, "A")
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
        builder.put_in_showing_state()
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
    """Make every export kind in every format for ``audience``, with its proposed name;
    the e-mail draft of every kind that can be sent; the meeting's invitation; and, the
    group's own paper, the chair's brief."""
    files: dict[str, str] = {}

    def read(path: Path) -> None:
        files[path.name] = squeeze("\n".join(file_texts(path.name, path.read_bytes())))

    for kind in ExportKind:
        record = case.meeting if kind.of_meeting else case.engagement
        period = PERIOD if kind is ExportKind.EVIDENCE else None
        for lang in ("en", "nl"):
            proposed = suggest_filename(db, kind, record, audience, lang, period)
            files[f"name of {kind} ({lang})"] = squeeze(proposed)
            for fmt in FORMATS[kind]:
                path = folder / f"{kind.value}-{audience.value}-{lang}.{fmt}"
                request = ExportRequest(
                    kind, record, path, audience=audience, lang=lang, fmt=fmt,
                    today=TODAY, generated_at=GENERATED, period=period,
                )  # fmt: skip
                run_export(db, request)
                read(path)
                if kind is ExportKind.EVIDENCE:
                    read(documents_path(path))
            if kind.value in {k.value for k in SentKind}:
                eml = folder / f"draft-{kind.value}-{audience.value}-{lang}.eml"
                send = SendRequest(
                    kind, record, audience, lang, eml_path=eml, today=TODAY,
                    generated_at=GENERATED,
                )  # fmt: skip
                prepare_send(db, send)
                read(eml)
    for lang in ("en", "nl"):
        ics = folder / f"invitation-{audience.value}-{lang}.ics"
        write_invitation(db, case.meeting, ics, lang=lang, audience=audience, stamp=GENERATED)
        read(ics)
        files[f"name of the invitation ({audience.value})"] = squeeze(
            invitation_filename(db, case.meeting)
        )
        if audience == Audience.GROUP:  # the brief is never for partners
            brief = folder / f"brief-{lang}.pdf"
            write_brief_file(db, case.meeting, brief, lang=lang, today=TODAY)
            read(brief)
            files[f"name of the brief ({lang})"] = squeeze(brief_filename(db, case.meeting, lang))
    return Exported(files)


def not_exported_note() -> str:
    """The exemptions, as the failure message lists them."""
    lines = [f"  {t}.{c}: {why}" for (t, c), why in NOT_EXPORTED.items()]
    lines += [f"  {t}.{c}: {why}" for (t, c), why in LINKED_TEXT.items()]
    lines += [f"  {t}.{c}: {why}" for (t, c), why in ADDRESSES.items()]
    lines += [f"  {t} (table): {why}" for t, why in INTERNAL_TABLES.items()]
    return "\n".join(lines)


__all__ = [
    "GENERATED",
    "MARK",
    "PERIOD",
    "TODAY",
    "Exported",
    "FieldCase",
    "audience_column",
    "build_field_case",
    "export_texts",
    "model_classes",
    "not_exported_note",
]

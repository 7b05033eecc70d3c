"""The exchange package on disk: a zip of JSON records with a manifest and checksums.

Layout::

    manifest.json            format, format_version, schema (Alembic revision),
                             installation_id, exported_at, since, counts, files (sha256)
    records/<table>.json     a list of records, one JSON object each, columns by name,
                             plus "_lineage": the versions the record descends from
    blobs/<sha256>           the bytes of the documents, once per content (``blobs``)

Values are canonical so that the same record always encodes to the same JSON on every
laptop (the merge compares encodings and keeps losing versions as JSON): timestamps as
UTC ISO 8601 with microseconds, dates as ISO dates, enums by value. Reading checks
everything before the merge sees a single record: a damaged zip, a wrong checksum, an
unknown table or column, a bad value are each a ``PackageError`` with a clear message.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.domain import RECORD_TYPES, Audience
from workbench.domain.audiences import AUDIENCE_SUFFIX
from workbench.domain.types import EnumText, UTCDateTime
from workbench.services.errors import QT_TRANSLATE_NOOP, UserMessage
from workbench.services.exchange import blobs as blob_members
from workbench.services.exchange.zip_limits import (
    MIB,
    ZipLimits,
    ZipRefused,
    check_directory_extent,
    check_members,
    read_member,
    size_text,
)
from workbench.store.lineage import stamp

FORMAT = "workbench-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
LINEAGE_KEY = "_lineage"


class PackageError(UserMessage):
    """A package that cannot be read or merged; nothing was changed. For the user."""


class NewerPackageError(PackageError):
    """A package made by a newer version of the workbench: this one cannot read it."""


Convert = Callable[[Any], Any]


def _ident(value: Any) -> Any:
    return value


# -- timestamps: canonical "YYYY-MM-DDTHH:MM:SS.ffffff+00:00", stored "YYYY-MM-DD HH:MM:SS.ffffff"
def _canon_datetime(value: Any) -> str:
    parsed = datetime.fromisoformat(value)
    if len(value) == 32 and value[10] == "T" and value[19] == "." and value[26:] == "+00:00":
        return str(value)  # already canonical (what every export writes); parsing checked it
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp without time zone: {value}")
    return stamp(parsed)


def _datetime_from_db(raw: Any) -> str:
    if isinstance(raw, str) and len(raw) == 26 and raw[10] == " ":
        return f"{raw[:10]}T{raw[11:]}+00:00"
    parsed = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return stamp(parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed)


def _datetime_to_db(canonical: str) -> str:
    return f"{canonical[:10]} {canonical[11:26]}"


def stored_stamp(value: datetime) -> str:
    """A moment as the store writes it (to compare with stored timestamps in SQL)."""
    return _datetime_to_db(stamp(value))


def _datetime_to_python(canonical: str) -> datetime:
    return datetime.fromisoformat(canonical)


def _canon_date(value: Any) -> str:
    return date.fromisoformat(value).isoformat()


def _canon_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"not true/false: {value!r}")
    return value


def _canon_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


def _canon_str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not text: {value!r}")
    return value


def _enum_canon(enum_cls: type[Enum]) -> Convert:
    allowed = {str(m.value) for m in enum_cls}

    def canon(value: Any) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return str(value)

    return canon


@dataclass(frozen=True)
class ColumnCodec:
    """One column: JSON value -> canonical (validating), stored value <-> canonical, and
    canonical -> the Python value a model attribute holds."""

    name: str
    nullable: bool
    canon: Convert
    from_db: Convert
    to_db: Convert
    to_python: Convert
    #: The canonical value of a column a package leaves out because it was made before
    #: the column existed (an audience added later: ``group``, the safe one). A merge
    #: from such a package may narrow an audience the other laptop widened, never widen.
    absent: Any = None


def _column_codec(column: sa.Column[Any]) -> ColumnCodec:
    kind, name, nullable = column.type, column.name, bool(column.nullable)
    if isinstance(kind, UTCDateTime):
        return ColumnCodec(
            name,
            nullable,
            _canon_datetime,
            _datetime_from_db,
            _datetime_to_db,
            _datetime_to_python,
        )
    if isinstance(kind, EnumText):
        enum_cls = kind.enum_cls
        # the audience of a field, added after the first packages were made: a package
        # from before leaves it out, and the field is for the working group
        absent = Audience.GROUP.value if name.endswith(AUDIENCE_SUFFIX) else None
        return ColumnCodec(name, nullable, _enum_canon(enum_cls), str, _ident, enum_cls, absent)
    if isinstance(kind, sa.Date) and not isinstance(kind, sa.DateTime):
        return ColumnCodec(name, nullable, _canon_date, str, _ident, date.fromisoformat)
    if isinstance(kind, sa.Boolean):
        return ColumnCodec(name, nullable, _canon_bool, bool, int, bool)
    if isinstance(kind, sa.Integer):
        return ColumnCodec(name, nullable, _canon_int, int, _ident, int)
    return ColumnCodec(name, nullable, _canon_str, str, _ident, str)


@dataclass(frozen=True)
class TableCodec:
    """How the rows of one table become canonical JSON and back, without going through
    SQLAlchemy's per-value processing (a merge handles tens of thousands of rows)."""

    name: str
    table: sa.Table
    columns: tuple[ColumnCodec, ...]

    @cached_property
    def by_name(self) -> dict[str, ColumnCodec]:
        return {c.name: c for c in self.columns}

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def select_sql(self, where: str = "") -> str:
        cols = ", ".join(f'"{n}"' for n in self.names)
        return f'SELECT {cols} FROM "{self.name}" {where}'

    def insert_sql(self) -> str:
        cols = ", ".join(f'"{n}"' for n in self.names)
        marks = ", ".join("?" for _ in self.columns)
        return f'INSERT INTO "{self.name}" ({cols}) VALUES ({marks})'

    def update_sql(self, columns: tuple[str, ...]) -> str:
        """Set ``columns`` (never the id) of the row with the id bound last."""
        sets = ", ".join(f'"{name}" = ?' for name in columns)
        return f'UPDATE "{self.name}" SET {sets} WHERE id = ?'

    def from_db(self, raw: tuple[Any, ...]) -> dict[str, Any]:
        """A stored row (in ``names`` order) as a canonical record."""
        return {
            c.name: None if v is None else c.from_db(v)
            for c, v in zip(self.columns, raw, strict=True)
        }

    def to_db(self, record: dict[str, Any]) -> tuple[Any, ...]:
        """A canonical record as stored values, in ``names`` order."""
        return tuple(
            None if record[c.name] is None else c.to_db(record[c.name]) for c in self.columns
        )

    def to_db_update(self, record: dict[str, Any], columns: tuple[str, ...]) -> tuple[Any, ...]:
        """The stored values of ``columns``, then the id (for ``update_sql``)."""
        by_name = self.by_name
        values = []
        for name in columns:
            value = record[name]
            values.append(None if value is None else by_name[name].to_db(value))
        return (*values, record["id"])

    def canonical(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """A package record checked and made canonical; ``ValueError`` names the field."""
        unknown = set(data) - {c.name for c in self.columns} - {LINEAGE_KEY}
        if unknown:
            raise ValueError(f"unknown field {sorted(unknown)[0]!r}")
        out: dict[str, Any] = {}
        for c in self.columns:
            if c.name not in data and c.absent is not None:
                out[c.name] = c.absent  # a package from before the column existed
                continue
            value = data.get(c.name)
            if value is None:
                if not c.nullable:
                    raise ValueError(f"{c.name} is missing")
                out[c.name] = None
                continue
            try:
                out[c.name] = c.canon(value)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{c.name}: {exc}") from exc
        return out

    def to_python(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """A canonical record as the values model attributes hold (resolving a conflict)."""
        return {
            c.name: None if record.get(c.name) is None else c.to_python(record[c.name])
            for c in self.columns
        }


def _build_codecs() -> dict[str, TableCodec]:
    codecs = {}
    for cls in RECORD_TYPES:
        table: sa.Table = cls.__table__
        if table.columns[0].name != "id":
            raise RuntimeError(f"{table.name}: the id must be the first column")
        columns = tuple(_column_codec(c) for c in table.columns)
        codecs[table.name] = TableCodec(table.name, table, columns)
    return codecs


#: Codec per synchronised table, in insertion order (parents first).
CODECS: dict[str, TableCodec] = _build_codecs()


def canonical_json(record: Mapping[str, Any]) -> str:
    """One record as the text kept in a ``Conflict`` (sorted keys, no lineage)."""
    return json.dumps(
        {k: v for k, v in record.items() if k != LINEAGE_KEY},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


@dataclass
class Package:
    """A package read from disk and checked: its manifest and records per table."""

    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: The documents' contents it holds (sha256 -> member), checked but not read; the
    #: merge reads them from ``path`` (``blobs.merge_blobs``).
    blobs: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    @property
    def installation_id(self) -> str:
        return str(self.manifest["installation_id"])

    @property
    def schema(self) -> str:
        return str(self.manifest["schema"])

    @property
    def total(self) -> int:
        return sum(len(rows) for rows in self.records.values())


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_package(
    path: Path,
    manifest: dict[str, Any],
    records: dict[str, list[dict[str, Any]]],
    blobs: Iterable[tuple[str, bytes]] = (),
) -> Path:
    """Write a package: complete or not at all (a temporary name, then renamed).
    ``blobs`` are the documents' contents, ``(sha256, bytes)``, each written once."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    files, counts = {}, {}
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, rows in records.items():
                data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()
                member = f"records/{name}.json"
                zf.writestr(member, data)
                files[member] = _sha256(data)
                counts[name] = len(rows)
            for sha, data in blobs:
                member = blob_members.member_name(sha)
                if member not in files:
                    zf.writestr(member, data, compress_type=zipfile.ZIP_STORED)
                    files[member] = sha
            full = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                **manifest,
                "counts": counts,
                "files": files,
            }
            zf.writestr(MANIFEST, json.dumps(full, ensure_ascii=False, indent=2))
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


#: What a package may hold: the manifest and one file per kind of record, of sizes far
#: beyond the five busy years ``make bench`` generates (about 200 MB unpacked, 6 times
#: compressed), and the documents' contents within their own limits (``blobs``: how
#: many, each no bigger than a document may be, and all together), and no more: a
#: package unpacked past these is not one we wrote. The list of members grows by about
#: 120 bytes per document, hence a bigger directory than the default megabyte.
LIMITS = ZipLimits(
    max_members=len(CODECS) + 1 + blob_members.MAX_BLOBS,
    max_member_bytes=512 * MIB,
    max_total_bytes=512 * MIB + blob_members.MAX_BLOB_TOTAL,
    max_ratio=50,
    max_directory_bytes=2 * MIB,
)
MAX_MANIFEST_BYTES = MIB
_RECORDS_MEMBER = re.compile(r"records/[a-z_]{1,64}\.json")


def _belongs(name: str) -> bool:
    """The package layout: the manifest, ``records/<table>.json`` and ``blobs/<sha256>``,
    nothing else."""
    return (
        name == MANIFEST
        or _RECORDS_MEMBER.fullmatch(name) is not None
        or blob_members.is_blob_member(name)
    )


def read_package(path: Path, accept: Callable[[Package], None] | None = None) -> Package:
    """Read and check a package; every problem is a ``PackageError`` for the user.

    The zip's directory is checked against ``LIMITS`` before anything is unpacked, the
    manifest is read (and given to ``accept``, which may refuse the package before its
    records are read), every member is checked against its checksum while streaming
    (nothing kept), and only then are the records read: a package refused for its size,
    layout, manifest or a checksum costs no more memory than its manifest and a megabyte.
    """
    path = Path(path)
    if not path.is_file():
        raise PackageError(
            QT_TRANSLATE_NOOP("DomainError", "There is no package at {path}."), path=path
        )
    try:
        with path.open("rb") as fh:
            check_directory_extent(fh, LIMITS)
            with zipfile.ZipFile(fh) as zf:
                return _read_zip(path, zf, path.stat().st_size, accept)
    except ZipRefused as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("DomainError", "{name} was refused: {reason}; nothing was imported."),
            name=path.name,
            reason=exc,
        ) from exc
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{name} is not an exchange package, or it was cut short ({reason})."
            ),
            name=path.name,
            reason=exc,
        ) from exc
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, AttributeError) as e:
        raise PackageError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is damaged: {reason}"),
            name=path.name,
            reason=e,
        ) from e
    except OSError as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("DomainError", "{name} could not be read: {reason}."),
            name=path.name,
            reason=exc.strerror or exc,
        ) from exc


def _read_zip(
    path: Path, zf: zipfile.ZipFile, size: int, accept: Callable[[Package], None] | None
) -> Package:
    names = {info.filename: info for info in zf.infolist()}
    if MANIFEST not in names:
        raise PackageError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is not an exchange package (no manifest)."),
            name=path.name,
        )
    check_members(zf, LIMITS, size, _belongs)
    blob_members.check_blob_members(zf.infolist())
    if names[MANIFEST].file_size > MAX_MANIFEST_BYTES:
        raise ZipRefused(
            QT_TRANSLATE_NOOP("DomainError", "its manifest is {size}"),
            size=size_text(names[MANIFEST].file_size),
        )
    manifest = json.loads(read_member(zf, names[MANIFEST], LIMITS, keep=True)[0])
    _check_manifest(path, manifest)
    package = Package(manifest, path=path)
    if accept is not None:
        accept(package)
    files = manifest["files"]
    for member in names:
        if member != MANIFEST and member not in files:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{name} holds {member}, which its manifest does not list."
                ),
                name=path.name,
                member=member,
            )
    for member in files:
        if member not in names:
            raise PackageError(
                QT_TRANSLATE_NOOP("DomainError", "{name} is incomplete: {member} is missing."),
                name=path.name,
                member=member,
            )
        if blob_members.is_blob_member(member):
            if files[member] != blob_members.sha_of(member):
                raise PackageError(
                    QT_TRANSLATE_NOOP("DomainError", "{name} is damaged: {member} is misnamed."),
                    name=path.name,
                    member=member,
                )
            package.blobs[files[member]] = member
            continue
        table = member.removeprefix("records/").removesuffix(".json")
        if table not in CODECS:
            raise NewerPackageError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} holds records of a kind this version does not know ({table}); it was "
                    "made by a newer version of the workbench.",
                ),
                name=path.name,
                table=table,
            )
    blob_names = set(package.blobs.values())
    for keep in (False, True):  # check every checksum first, then read the records
        for member, digest in files.items():
            if keep and member in blob_names:
                continue  # checked; the merge reads a blob only if it needs it
            data, found = read_member(zf, names[member], LIMITS, keep=keep)
            if found != digest:
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "{name} is damaged: the checksum of {member} does not match."
                    ),
                    name=path.name,
                    member=member,
                )
            if keep:
                table = member.removeprefix("records/").removesuffix(".json")
                rows = json.loads(data)
                del data
                if not isinstance(rows, list) or len(rows) != manifest["counts"].get(table):
                    raise PackageError(
                        QT_TRANSLATE_NOOP(
                            "DomainError", "{name} is damaged: {member} has the wrong count."
                        ),
                        name=path.name,
                        member=member,
                    )
                package.records[table] = rows
    return package


def _check_manifest(path: Path, manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(
            QT_TRANSLATE_NOOP("DomainError", "{name} is not an exchange package of the workbench."),
            name=path.name,
        )
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise NewerPackageError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} was made by a newer version of the workbench (package format {version}); "
                "update to import it.",
            ),
            name=path.name,
            version=manifest.get("format_version"),
        )
    for key in ("schema", "installation_id", "exported_at", "files", "counts"):
        if key not in manifest:
            raise PackageError(
                QT_TRANSLATE_NOOP("DomainError", "{name} is damaged: its manifest has no {key}."),
                name=path.name,
                key=key,
            )

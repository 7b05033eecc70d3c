"""The exchange package on disk: a zip of JSON records with a manifest and checksums.

Layout::

    manifest.json            format, format_version, schema (Alembic revision),
                             installation_id, exported_at, since, counts, files (sha256)
    records/<table>.json     a list of records, one JSON object each, columns by name,
                             plus "_lineage": the versions the record descends from

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
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.domain import RECORD_TYPES
from workbench.domain.types import EnumText, UTCDateTime
from workbench.store.lineage import stamp

FORMAT = "workbench-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
LINEAGE_KEY = "_lineage"


class PackageError(Exception):
    """A package that cannot be read or merged; nothing was changed. For the user."""


Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


def _enc_datetime(value: datetime) -> str:
    return stamp(value)


def _dec_datetime(value: Any) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp without time zone: {value}")
    return parsed.astimezone(UTC)


def _enc_enum(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _dec_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"not true/false: {value!r}")
    return value


def _dec_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


def _dec_str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not text: {value!r}")
    return value


def _codec(column: sa.Column[Any]) -> tuple[Encoder, Decoder]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _enc_datetime, _dec_datetime
    if isinstance(kind, EnumText):
        enum_cls = kind.enum_cls
        return _enc_enum, lambda v: enum_cls(v).value
    if isinstance(kind, sa.Date) and not isinstance(kind, sa.DateTime):
        return date.isoformat, date.fromisoformat
    if isinstance(kind, sa.Boolean):
        return bool, _dec_bool
    if isinstance(kind, sa.Integer):
        return int, _dec_int
    return str, _dec_str


@dataclass(frozen=True)
class TableCodec:
    """How the rows of one table become JSON and back."""

    name: str
    table: sa.Table
    columns: tuple[tuple[str, Encoder, Decoder, bool], ...]  # name, enc, dec, nullable

    def encode(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """A database row (Core mapping) as canonical JSON values."""
        out = {}
        for name, enc, _dec, _nullable in self.columns:
            value = row[name]
            out[name] = None if value is None else enc(value)
        return out

    def decode(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """A package record as values to bind; raises ``ValueError`` naming the field."""
        unknown = set(data) - {c[0] for c in self.columns} - {LINEAGE_KEY}
        if unknown:
            raise ValueError(f"unknown field {sorted(unknown)[0]!r}")
        out = {}
        for name, _enc, dec, nullable in self.columns:
            value = data.get(name)
            if value is None:
                if not nullable:
                    raise ValueError(f"{name} is missing")
                out[name] = None
                continue
            try:
                out[name] = dec(value)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{name}: {exc}") from exc
        return out


def _build_codecs() -> dict[str, TableCodec]:
    codecs = {}
    for cls in RECORD_TYPES:
        table: sa.Table = cls.__table__  # type: ignore[attr-defined]
        columns = tuple((c.name, *_codec(c), bool(c.nullable)) for c in table.columns)
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


def write_package(path: Path, manifest: dict[str, Any], records: dict[str, list[dict]]) -> Path:
    """Write a package: complete or not at all (a temporary name, then renamed)."""
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


def read_package(path: Path) -> Package:
    """Read and check a package; every problem is a ``PackageError`` for the user."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"There is no package at {path}.")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise PackageError(f"{path.name} is not an exchange package (no manifest).")
            manifest = json.loads(zf.read(MANIFEST))
            _check_manifest(path, manifest)
            package = Package(manifest)
            for member, digest in manifest["files"].items():
                if member not in names:
                    raise PackageError(f"{path.name} is incomplete: {member} is missing.")
                data = zf.read(member)
                if _sha256(data) != digest:
                    raise PackageError(
                        f"{path.name} is damaged: the checksum of {member} does not match."
                    )
                table = member.removeprefix("records/").removesuffix(".json")
                if table not in CODECS:
                    raise PackageError(
                        f"{path.name} holds records of a kind this version does not know "
                        f"({table}); it was made by a newer version of the workbench."
                    )
                rows = json.loads(data)
                if not isinstance(rows, list) or len(rows) != manifest["counts"].get(table):
                    raise PackageError(f"{path.name} is damaged: {member} has the wrong count.")
                package.records[table] = rows
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        raise PackageError(
            f"{path.name} is not an exchange package, or it was cut short ({exc})."
        ) from exc
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, AttributeError) as e:
        raise PackageError(f"{path.name} is damaged: {e}") from e
    return package


def _check_manifest(path: Path, manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"{path.name} is not an exchange package of the workbench.")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise PackageError(
            f"{path.name} was made by a newer version of the workbench "
            f"(package format {manifest.get('format_version')}); update to import it."
        )
    for key in ("schema", "installation_id", "exported_at", "files", "counts"):
        if key not in manifest:
            raise PackageError(f"{path.name} is damaged: its manifest has no {key}.")

"""Conflicts left by merges: list them, and resolve one (keep this / take the other).

A ``Conflict`` row holds the version that was kept and the one set aside, as JSON.
Resolving is an ordinary local edit: "take the other" writes the set-aside values back
into the record (so ``updated_at`` and the history are stamped as for any edit, and the
choice travels to the other laptops in the next package); both choices mark the conflict
resolved, which travels too.

Seen from one laptop, the two versions are *mine* (the one this database held before
the merge) and *theirs* (the one that came in a package). ``source`` names the
installation the set-aside version came from: if that is this database, the merge kept
theirs and set mine aside; otherwise it set theirs aside. The command line
(``workbench conflicts resolve ID --keep mine|theirs``) chooses in those words and
settles through ``resolve_conflict``, like the dialog's two buttons. The Conflicts page
offers a third way, *edit*: the user writes the value of each field that differs
(``resolve_conflict_by_edit``), an ordinary local edit like the other two.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.domain import RECORD_TYPES, Conflict, Record, utcnow
from workbench.domain.types import EnumText
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError, kind_of
from workbench.services.exchange.format import CODECS
from workbench.services.exchange.merge import differences, label_of
from workbench.store import lineage
from workbench.store.database import Database

#: As ``packages.INSTALLATION_KEY`` (not imported: packages brings the sealing's
#: cryptography and the keyring, which the window's start does not need).
INSTALLATION_KEY = "installation_id"
KEEP = "kept this"
TAKE_OTHER = "took the other"
EDITED = "edited"
_NOT_COPIED = {"id", "created_at", "updated_at"}


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the user sees it (read-only; never a live session object)."""

    id: str
    entity: str
    entity_id: str
    label: str
    at: datetime
    source: str | None
    differences: list[tuple[str, Any, Any]]
    resolved_at: datetime | None
    resolution: str | None


def local_installation(session: Session) -> str | None:
    """This database's installation ID as stored (None before its first exchange)."""
    return lineage.get_value(session.connection(), INSTALLATION_KEY)


def mine_was_kept(row: ConflictRow, installation: str | None) -> bool:
    """Did the merge keep this laptop's version (and set the package's aside)?"""
    return row.source is None or row.source != installation


def take_other_to_keep(row: ConflictRow, keep: str, installation: str | None) -> bool:
    """``resolve_conflict``'s ``take_other`` that keeps ``keep`` ("mine" or "theirs")."""
    if keep not in ("mine", "theirs"):
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Keep mine or theirs, not “{value}”."), value=keep
        )
    return (keep == "mine") != mine_was_kept(row, installation)


def mine_and_theirs(row: ConflictRow, installation: str | None) -> list[tuple[str, Any, Any]]:
    """The fields that differ, each with this laptop's value and the other laptop's."""
    if mine_was_kept(row, installation):
        return [(name, kept, other) for name, kept, other in row.differences]
    return [(name, other, kept) for name, kept, other in row.differences]


def written_as_text(entity: str, field: str) -> bool:
    """Is this field free text (typed), rather than a choice (a status, a date, a link)?"""
    codec = CODECS.get(entity)
    if codec is None or field not in codec.table.columns:
        return False
    column = codec.table.columns[field]
    kind = column.type
    stored = kind.impl_instance if isinstance(kind, sa.types.TypeDecorator) else kind
    return (
        isinstance(stored, sa.String) and not isinstance(kind, EnumText) and not column.foreign_keys
    )


def find_conflict(session: Session, given: str) -> ConflictRow:
    """The conflict whose id is ``given`` or begins with it (as ``workbench list`` shows)."""
    given = given.strip().lower()
    rows = [r for r in list_conflicts(session, include_resolved=True) if r.id.startswith(given)]
    exact = [r for r in rows if r.id == given]
    if exact:
        return exact[0]
    if not rows or not given:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "No conflict with an ID starting with “{id}”."),
            id=given,
        )
    if len(rows) > 1:
        listed = "; ".join(f"{r.id[:8]} {r.label}" for r in rows[:5])
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "“{id}” matches more than one conflict: {listed}; give more of it."
            ),
            id=given,
            listed=listed,
        )
    return rows[0]


def _record_class(entity: str) -> type[Record]:
    for cls in RECORD_TYPES:
        if cls.__tablename__ == entity:
            return cls
    raise DomainError(
        QT_TRANSLATE_NOOP("DomainError", "Unknown kind of record “{kind}”."), kind=entity
    )


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictRow]:
    """Conflicts, newest first; unresolved only unless ``include_resolved``."""
    query = select(Conflict).where(col(Conflict.deleted_at).is_(None))
    if not include_resolved:
        query = query.where(col(Conflict.resolved_at).is_(None))
    rows = []
    for c in session.exec(query.order_by(col(Conflict.updated_at).desc())):
        kept, other = json.loads(c.kept), json.loads(c.other)
        rows.append(
            ConflictRow(
                c.id,
                c.entity,
                c.entity_id,
                label_of(kept),
                c.updated_at,
                c.source,
                differences(kept, other),
                c.resolved_at,
                c.resolution,
            )
        )
    return rows


def resolve_conflict(db: Database, conflict_id: str, *, take_other: bool) -> None:
    """Keep the current version, or put the set-aside one back; mark the conflict done."""
    with db.transaction(change_note="merge conflict resolved") as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.deleted_at is not None:
            raise NotFoundError("conflict", conflict_id)
        if take_other:
            cls = _record_class(conflict.entity)
            record = session.get(cls, conflict.entity_id)
            if record is None:
                raise NotFoundError(kind_of(cls), conflict.entity_id)
            codec = CODECS[conflict.entity]
            values = codec.to_python(json.loads(conflict.other))
            for name, value in values.items():
                if name in _NOT_COPIED:
                    continue
                column_value = _as_attribute(cls, name, value)
                if getattr(record, name) != column_value:
                    setattr(record, name, column_value)
            session.add(record)
        conflict.resolved_at = utcnow()
        conflict.resolution = TAKE_OTHER if take_other else KEEP
        session.add(conflict)


def resolve_conflict_by_edit(db: Database, conflict_id: str, values: dict[str, Any]) -> None:
    """Write the values the user settled on into the record; mark the conflict done.

    ``values`` maps fields to what the user typed or chose (as a form gives them); a value
    that does not fit its field is a ``DomainError`` and nothing is changed.
    """
    from workbench.services.records import coerce_value

    with db.transaction(change_note="merge conflict resolved") as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.deleted_at is not None:
            raise NotFoundError("conflict", conflict_id)
        if conflict.resolved_at is not None:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "This conflict is already settled."))
        cls = _record_class(conflict.entity)
        record = session.get(cls, conflict.entity_id)
        if record is None:
            raise NotFoundError(kind_of(cls), conflict.entity_id)
        for name, value in values.items():
            if name in _NOT_COPIED:
                continue
            column_value = coerce_value(cls, name, value)
            if getattr(record, name) != column_value:
                setattr(record, name, column_value)
        session.add(record)
        conflict.resolved_at = utcnow()
        conflict.resolution = EDITED
        session.add(conflict)


def _as_attribute(cls: type[Record], name: str, value: Any) -> Any:
    """A decoded package value as the model attribute holds it (enums as enums)."""
    from workbench.services.records import coerce_value

    if value is None:
        return None
    return coerce_value(cls, name, value)

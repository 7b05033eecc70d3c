"""Generic create, read, update and tombstone for any record, with validation.

The detail panes of the app save through ``update_record``: one field or several,
coerced to the column's type, so a typo in a date is a clear error, not a crash.
A due date typed in a hurry (``+10``, ``+2w``) is read by ``parse_due``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.domain import Record, utcnow
from workbench.domain.types import EnumText
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError, Word, kind_of

R = TypeVar("R", bound=Record)


def get_record(session: Session, cls: type[R], record_id: str) -> R:
    """The live record with this id; tombstoned records count as missing."""
    obj = session.get(cls, record_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(kind_of(cls), record_id)
    return obj


def live(cls: type[R]) -> Any:
    """A select of the records of ``cls`` that are not tombstoned."""
    return select(cls).where(col(cls.deleted_at).is_(None))


def coerce_value(cls: type[Record], field: str, value: Any) -> Any:
    """Turn a value from the UI or the command line into the column's Python type."""
    column = sa.inspect(cls).columns.get(field)
    if column is None or field in ("id", "created_at", "updated_at"):
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A {kind} has no editable field “{field}”."),
            kind=Word(kind_of(cls)),
            field=field,
        )
    if value is None or (isinstance(value, str) and value.strip() == "" and column.nullable):
        if not column.nullable:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "The {field} cannot be empty."),
                field=Word(field.replace("_", " ")),
            )
        return None
    col_type = column.type
    try:
        if isinstance(col_type, EnumText):
            return col_type.enum_cls(value.value if isinstance(value, Enum) else value)
        if isinstance(col_type, sa.Boolean):
            return bool(value)
        if isinstance(col_type, sa.Integer):
            return int(value)
        if isinstance(col_type, sa.Date) and not isinstance(col_type, sa.DateTime):
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if isinstance(col_type, sa.types.TypeDecorator) and isinstance(
            col_type.impl_instance, sa.DateTime
        ):
            if isinstance(value, datetime):
                return value
            return datetime.fromisoformat(str(value))
    except (TypeError, ValueError) as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "“{value}” is not a valid {field}."),
            value=value,
            field=Word(field.replace("_", " ")),
        ) from exc
    if not column.nullable and isinstance(value, str) and not value.strip():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The {field} cannot be empty."),
            field=Word(field.replace("_", " ")),
        )
    return value


def update_record(session: Session, cls: type[R], record_id: str, **changes: Any) -> R:
    """Set fields on a record; unchanged values are left alone (no history noise)."""
    obj = get_record(session, cls, record_id)
    for field, raw in changes.items():
        value = coerce_value(cls, field, raw)
        if getattr(obj, field) != value:
            setattr(obj, field, value)
    session.add(obj)
    session.flush()
    return obj


def create_record(session: Session, cls: type[R], **fields: Any) -> R:
    obj = cls(**{k: coerce_value(cls, k, v) for k, v in fields.items()})
    session.add(obj)
    session.flush()
    return obj


def tombstone(session: Session, cls: type[R], record_id: str) -> R:
    """Mark a record deleted; it stays in the file so the deletion can be merged."""
    obj = get_record(session, cls, record_id)
    obj.deleted_at = utcnow()
    session.add(obj)
    session.flush()
    return obj


def parse_due(text: str | None, today: date) -> date | None:
    """A due date as typed while people talk: ``2024-06-30``, ``+10`` (days) or ``+2w``.

    Empty means no due date; anything else raises ``DomainError`` with a hint.
    """
    text = (text or "").strip().lower()
    if not text:
        return None
    if text.startswith("+"):
        number, unit = text[1:-1] if text[-1] in "dw" else text[1:], text[-1]
        if number.isdigit():
            days = int(number) * (7 if unit == "w" else 1)
            return today + timedelta(days=days)
    else:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "“{text}” is not a due date. Type it as 2024-06-30, or +10 for ten days, +2w for two "
            "weeks.",
        ),
        text=text,
    )

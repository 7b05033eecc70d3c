"""Errors raised by the services; their messages are meant for the user.

A message is a complete English sentence with ``{name}`` placeholders and the values
apart: ``DomainError(QT_TRANSLATE_NOOP("DomainError", "No person whose name contains
“{name}”."), name=typed)``. ``str(error)`` is the sentence filled in, in English (logs,
tests); the window and the command line look the sentence up in the catalogue first
(``ui.i18n.error_text``, ``commands.error_text``), then fill in the values. The services
stay free of Qt: ``QT_TRANSLATE_NOOP`` here is a plain function that lupdate recognises
by its name, so the sentences land in the catalogue under the ``DomainError`` context.
A value that is itself a word of the interface (a kind of record: "meeting") is given
as a ``Word`` and translated too. The exchange's refusals (``PackageError``,
``GroupError``, ``SealError``, ``BlobError``, ``ZipRefused``) take the same form: all are
``UserMessage``; one passed on as the value of another ("{name} was refused: {reason}")
is translated in turn. ``tests/services/test_errors.py`` checks every raise.
"""

from __future__ import annotations

import re

from workbench.messages import CONTEXT, QT_TRANSLATE_NOOP, UserMessage, Word

__all__ = [
    "CONTEXT",
    "FIELDS",
    "KINDS",
    "QT_TRANSLATE_NOOP",
    "DomainError",
    "NotFoundError",
    "UserMessage",
    "Word",
    "kind_of",
]

# The kinds of record a message may name, for lupdate; ``Word(kind)`` of any of these
# is translated. A record class is named by ``kind_of``.
KINDS = (
    QT_TRANSLATE_NOOP("DomainError", "action"),
    QT_TRANSLATE_NOOP("DomainError", "agenda item"),
    QT_TRANSLATE_NOOP("DomainError", "agenda template"),
    QT_TRANSLATE_NOOP("DomainError", "attendance"),
    QT_TRANSLATE_NOOP("DomainError", "commitment"),
    QT_TRANSLATE_NOOP("DomainError", "commitment evidence"),
    QT_TRANSLATE_NOOP("DomainError", "conflict"),
    QT_TRANSLATE_NOOP("DomainError", "decision"),
    QT_TRANSLATE_NOOP("DomainError", "distribution"),
    QT_TRANSLATE_NOOP("DomainError", "document"),
    QT_TRANSLATE_NOOP("DomainError", "engagement"),
    QT_TRANSLATE_NOOP("DomainError", "escalation"),
    QT_TRANSLATE_NOOP("DomainError", "escalation step"),
    QT_TRANSLATE_NOOP("DomainError", "interaction"),
    QT_TRANSLATE_NOOP("DomainError", "lesson"),
    QT_TRANSLATE_NOOP("DomainError", "meeting"),
    QT_TRANSLATE_NOOP("DomainError", "minutes version"),
    QT_TRANSLATE_NOOP("DomainError", "note"),
    QT_TRANSLATE_NOOP("DomainError", "objective"),
    QT_TRANSLATE_NOOP("DomainError", "organisation"),
    QT_TRANSLATE_NOOP("DomainError", "person"),
    QT_TRANSLATE_NOOP("DomainError", "target"),
    QT_TRANSLATE_NOOP("DomainError", "target role"),
)

# The fields a message may name (``coerce_value``: "The {field} cannot be empty.").
FIELDS = (
    QT_TRANSLATE_NOOP("DomainError", "title"),
    QT_TRANSLATE_NOOP("DomainError", "name"),
    QT_TRANSLATE_NOOP("DomainError", "text"),
    QT_TRANSLATE_NOOP("DomainError", "body"),
    QT_TRANSLATE_NOOP("DomainError", "subject"),
    QT_TRANSLATE_NOOP("DomainError", "description"),
    QT_TRANSLATE_NOOP("DomainError", "kind"),
    QT_TRANSLATE_NOOP("DomainError", "status"),
    QT_TRANSLATE_NOOP("DomainError", "audience"),
    QT_TRANSLATE_NOOP("DomainError", "stage"),
    QT_TRANSLATE_NOOP("DomainError", "role"),
    QT_TRANSLATE_NOOP("DomainError", "presence"),
    QT_TRANSLATE_NOOP("DomainError", "due"),
    QT_TRANSLATE_NOOP("DomainError", "due on"),
    QT_TRANSLATE_NOOP("DomainError", "starts at"),
    QT_TRANSLATE_NOOP("DomainError", "occurred on"),
    QT_TRANSLATE_NOOP("DomainError", "taken on"),
    QT_TRANSLATE_NOOP("DomainError", "planned minutes"),
    QT_TRANSLATE_NOOP("DomainError", "duration minutes"),
    QT_TRANSLATE_NOOP("DomainError", "purpose"),
    QT_TRANSLATE_NOOP("DomainError", "outcome"),
    QT_TRANSLATE_NOOP("DomainError", "direction"),
    QT_TRANSLATE_NOOP("DomainError", "receives"),
    QT_TRANSLATE_NOOP("DomainError", "email"),
)


def kind_of(cls: type) -> str:
    """A record class's kind as a message names it ("agenda item" for ``AgendaItem``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()


class DomainError(UserMessage):
    """A request the domain refuses (bad value, unknown record), said to the user."""


class NotFoundError(DomainError):
    """No live record of that kind with that id."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DomainError", "No {kind} with id {id}."),
            kind=Word(kind),
            id=record_id,
        )
        self.kind = kind
        self.record_id = record_id

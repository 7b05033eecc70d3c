"""Messages for the user, marked for the catalogue without Qt: the form every refusal
takes, from the store up (``services/errors.py`` tells it; the store's, the services',
the exchange's and the exports' errors are all ``UserMessage``).

A leaf module at the top of the package, importing nothing of ours, so that the store
(below the services) can raise in this form too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "DomainError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context``; hands it back unchanged."""
    return text


class Word(str):
    """A value that is a word of the interface (a record kind), translated with the
    sentence it is filled into; the word itself is marked where it is written."""


class UserMessage(Exception):
    """An error whose message is for the user, as the module says: ``text`` the English
    sentence as marked for the catalogue, ``params`` the values of its placeholders;
    ``str()`` gives it filled in, in English. A value that is itself a ``UserMessage``
    (a reason passed on: "{name} was refused: {reason}") is translated in turn."""

    def __init__(self, text: str, /, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(_fill(text, params, text))

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of ``translate(context, text)`` (Qt's or the
        command line's); the English one if a translation does not fit its values."""
        values = {name: _value(value, translate) for name, value in self.params.items()}
        return _fill(translate(CONTEXT, self.text) or self.text, values, str(self))


def _value(value: Any, translate: Callable[[str, str], str]) -> Any:
    if isinstance(value, Word):
        return translate(CONTEXT, value) or value
    if isinstance(value, UserMessage):
        return value.translated(translate)
    return value


def _fill(text: str, params: Mapping[str, Any], fallback: str) -> str:
    try:
        return text.format(**{k: str(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return fallback

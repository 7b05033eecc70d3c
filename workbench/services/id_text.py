"""Many record ids held as the one text SQLite gave them in: 50,000 ids in 1.8 MB.

A record's id is a UUID (``domain.base``), 36 characters; as a Python string each takes
85 bytes and a slot in a list, so the tracker's 50,000 action ids took 4.6 MB. Read as
one text (``group_concat``, see ``followup.actions``), the ids sit at a fixed stride and
``IdText`` hands out an id when asked (a slice), finds one by a search of the text at C
speed, and splits the text when the list is walked whole (a filter). Ids of another
length are split at once into a list, as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

#: Between the ids of the text; a UUID never holds it.
SEP = "\x1f"
WIDTH = 36  # a UUID written out
STRIDE = WIDTH + 1


def id_sequence(text: str | None) -> Sequence[str]:
    """The ids of ``text`` (joined by ``SEP``) in order: an ``IdText`` when each is a
    UUID's length, else a list."""
    if not text:
        return []
    count = (len(text) + 1) // STRIDE
    fixed = len(text) == count * STRIDE - 1 and text.count(SEP) == count - 1
    if fixed and text[WIDTH::STRIDE] == SEP * (count - 1):  # every id WIDTH long
        return IdText(text, count)
    return text.split(SEP)


class IdText(Sequence[str]):
    """A read-only sequence of ids of ``WIDTH`` characters, kept as one text."""

    __slots__ = ("_count", "_text")

    def __init__(self, text: str, count: int) -> None:
        self._text, self._count = text, count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("id index out of range")
        start = index * STRIDE
        return self._text[start : start + WIDTH]

    def __iter__(self) -> Iterator[str]:
        return iter(self._text.split(SEP))

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """Where ``value`` is (a search of the text, not a walk of the ids)."""
        stop = self._count if stop is None else min(stop, self._count)
        if isinstance(value, str) and len(value) == WIDTH and SEP not in value:
            text, at = self._text, self._text.find(value, max(0, start) * STRIDE)
            while 0 <= at < stop * STRIDE:
                if at % STRIDE == 0:
                    return at // STRIDE
                at = text.find(value, at + 1)
        raise ValueError(f"{value!r} is not in the ids")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdText):
            return self._text == other._text
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._count and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value, like a list

    def __repr__(self) -> str:
        return f"IdText({self._count} ids)"

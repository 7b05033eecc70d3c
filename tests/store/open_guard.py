"""A guard for tests: any open of a database file that is not SQLite's own fails.

``only_sqlite_opens(db_path)`` wraps ``builtins.open``, ``io.open`` (which ``Path.open``,
``read_bytes``/``read_text`` and ``zipfile`` use), ``os.open`` (``tempfile`` and raw
descriptors) and ``io.FileIO`` while it is active. An open of the database, its
``-wal``, ``-shm`` or ``-journal`` raises ``PlainOpenOfTheDatabase`` (a BaseException,
so an ``except Exception`` in the code under test cannot hide it) and is remembered, so
the guard fails at its end even if something swallowed the exception. SQLite's own
opens happen in C and are not seen, which is the point: only they are allowed.
"""

from __future__ import annotations

import builtins
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.store.sqlite_file import companions


class PlainOpenOfTheDatabase(BaseException):
    """The app process opened a database file with something other than SQLite."""


@contextmanager
def only_sqlite_opens(db_path: Path | str) -> Iterator[list[str]]:
    watched = {os.path.realpath(p) for p in (db_path, *companions(db_path))}
    caught: list[str] = []

    def check(file: Any, how: str) -> None:
        if isinstance(file, int):
            return  # a descriptor someone already has
        try:
            name = os.fsdecode(os.fspath(file))
        except TypeError:
            return
        if os.path.realpath(name) in watched:
            caught.append(f"{how}({name})")
            raise PlainOpenOfTheDatabase(f"{how} of {name} while the store is open")

    real_open, real_io_open, real_os_open, real_file_io = (
        builtins.open,
        io.open,
        os.open,
        io.FileIO,
    )

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        check(file, "open")
        return real_open(file, *args, **kwargs)

    def guarded_io_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        check(file, "io.open")
        return real_io_open(file, *args, **kwargs)

    def guarded_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        check(path, "os.open")
        return real_os_open(path, *args, **kwargs)

    class GuardedFileIO(real_file_io):  # type: ignore[misc, valid-type]
        def __init__(self, file: Any, *args: Any, **kwargs: Any) -> None:
            check(file, "io.FileIO")
            super().__init__(file, *args, **kwargs)

    builtins.open = guarded_open
    io.open = guarded_io_open  # type: ignore[assignment]
    os.open = guarded_os_open
    io.FileIO = GuardedFileIO  # type: ignore[misc]
    try:
        yield caught
    finally:
        builtins.open, io.open, os.open, io.FileIO = (  # type: ignore[misc]
            real_open,
            real_io_open,
            real_os_open,
            real_file_io,
        )
    assert not caught, f"plain opens of the database: {caught}"

"""PySide6's import hook, made to read a module's file without keeping its source.

After ``import PySide6`` every module imported is asked whether it uses PySide
(``shibokensupport.feature._mod_uses_pyside``, PYSIDE-2029: the ``__feature__`` switch
needs to know). PySide asks through ``inspect.getsource``, which puts the whole source of
every module imported into ``linecache`` and keeps it there for good: some 700 modules
at start, 24 MB of the window's memory and a tenth of a second of the data stack's
import (``make bench``, "peak memory, tracker open"). ``install`` asks the same question
of the file's bytes, read and let go; a module without a ``.py`` file is asked as before.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_MARK = "_workbench_reads_bytes"


def install() -> bool:
    """Replace PySide's question by the same question asked of the bytes (once; False
    when this PySide has no such hook)."""
    import PySide6  # noqa: F401  (installs the hook)

    feature: Any = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or getattr(asked, _MARK, False):
        return asked is not None

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:  # a module's source, never the database
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(asked(module))

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True

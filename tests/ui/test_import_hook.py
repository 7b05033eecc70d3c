"""PySide's import hook asks each imported module whether it uses PySide; it must do so
without keeping the module's source in ``linecache`` (24 MB at start, ``import_hook``)."""

from __future__ import annotations

import linecache
import subprocess
import sys
from pathlib import Path

from workbench.ui import import_hook


def test_imported_modules_leave_no_source_behind(tmp_path: Path, monkeypatch) -> None:
    assert import_hook.install()  # installed by ``workbench.ui``; a second call keeps it
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "uses_qt_wb.py").write_text("import PySide6.QtCore\nX = 1\n", encoding="utf-8")
    (tmp_path / "plain_wb.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    exec("import uses_qt_wb, plain_wb", {})  # an import statement: PySide hooks ``__import__``
    # PySide's answers are the same as before: 0 for a module that uses it, -1 otherwise
    assert feature.pyside_feature_dict["uses_qt_wb"] == 0
    assert feature.pyside_feature_dict["plain_wb"] == -1
    assert str(tmp_path / "uses_qt_wb.py") not in linecache.cache
    assert str(tmp_path / "plain_wb.py") not in linecache.cache


def test_a_start_keeps_no_library_source() -> None:
    """In a fresh process: the data stack imported after ``workbench.ui`` leaves none of
    its files in ``linecache`` (before: every module's whole source)."""
    code = (
        "import linecache, workbench.ui, sqlalchemy.orm, sqlmodel, workbench.domain\n"
        "print(sum(1 for k in linecache.cache if k.endswith('.py')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert int(out.stdout.strip()) <= 3  # PySide's own few, read before the hook is set

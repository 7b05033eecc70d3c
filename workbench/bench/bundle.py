"""The built program (``dist/workbench``) from start to its data on screen, against a
bare PySide6 window built the same way with PyInstaller.

The built program cannot be given a probe, so both are timed as whole processes, from
starting them to their end: the program with ``WORKBENCH_QUIT_AFTER_START=data`` (it
quits once the page it opened on shows its data: ``MainWindow.data_shown``) on the
tracker, the page open last, with the navigation of a window used before, the bare
window quitting once painted. The program's figure so also holds its exit.

``dist/`` is built again (``pyinstaller build.spec``) when a source is newer than it; the
bare bundle is built once per PyInstaller and PySide6 version, from ``build.spec``'s own
list of excluded modules, and kept with the generated databases.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from workbench.bench.figures import Figure, failed
from workbench.bench.generate import cache_dir
from workbench.bench.registry import Bench, step
from workbench.bench.startup import APP, environment, probe
from workbench.config import bundle_root

BUNDLE_RATIO = 4.0
NAME = "the built program (dist/) from start to the last page's data on screen (the tracker)"

BARE_SCRIPT = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
app.processEvents()
"""

BARE_SPEC = """\
# -*- mode: python ; coding: utf-8 -*-
a = Analysis([{script!r}], excludes={excludes!r}, noarchive=False)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=True)
coll = COLLECT(exe, a.binaries, a.datas, name="bare")
"""


def _newest_source(root: Path) -> float:
    files = [root / "build.spec", *(root / "workbench").rglob("*.py")]
    files += [p for p in (root / "resources").rglob("*") if p.is_file()]
    return max(p.stat().st_mtime for p in files if "bench" not in p.parts)


def _pyinstaller(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"PyInstaller failed: {done.stderr.strip()[-600:]}")


def app_bundle() -> tuple[Path, str]:
    """``dist/workbench/workbench``, built again if a source is newer; and what was done."""
    root = bundle_root()
    exe = root / "dist" / "workbench" / "workbench"
    if exe.exists() and exe.stat().st_mtime >= _newest_source(root):
        return exe, "dist/ as built"
    _pyinstaller("build.spec", cwd=root)
    return exe, "dist/ built for this run"


def _excluded() -> list[str]:
    spec = (bundle_root() / "build.spec").read_text(encoding="utf-8")
    block = spec[spec.index("excluded_qt = [") : spec.index("]", spec.index("excluded_qt"))]
    return [*re.findall(r'"([\w.]+)"', block), "tkinter", "pytest"]


def bare_bundle() -> Path:
    """A bare window built with the same PyInstaller and exclusions, cached."""
    import PySide6

    versions = f"{metadata.version('pyinstaller')}-{PySide6.__version__}"
    folder = cache_dir() / f"bare-bundle-{versions}"
    exe = folder / "dist" / "bare" / "bare"
    if exe.exists():
        return exe
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "bare.py"
    script.write_text(BARE_SCRIPT, encoding="utf-8")
    spec = folder / "bare.spec"
    spec.write_text(BARE_SPEC.format(script=str(script), excludes=_excluded()), "utf-8")
    _pyinstaller(
        str(spec),
        "--distpath",
        str(folder / "dist"),
        "--workpath",
        str(folder / "build"),
        cwd=folder,
    )
    return exe


def _run(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    spent = time.perf_counter() - began
    if done.returncode:
        raise RuntimeError(f"{command[0]} ended with {done.returncode}: {done.stderr[-600:]}")
    return spent


@step("bundle", processes=True)
def bundle_figures(bench: Bench) -> list[Figure]:
    if importlib.util.find_spec("PyInstaller") is None:
        return [
            failed(NAME, "PyInstaller is not installed (pip install -e '.[bundle]')", BUNDLE_RATIO)
        ]
    exe, built = app_bundle()
    bare = bare_bundle()
    db = bench.copy("bundle.sqlite")
    home = bench.folder / "home-bundle"
    home.mkdir(exist_ok=True)
    probe(APP, str(db), "prepare", "actions", home=home)  # a window used before
    env = {**environment(home), "WORKBENCH_QUIT_AFTER_START": "data"}  # at ``data_shown``
    app_times, bare_times = [], []
    for n in range(bench.runs + 1):  # in turn, after a warm-up of each
        spent_app = _run([str(exe), "--db", str(db)], env)
        spent_bare = _run([str(bare)], env)
        if n:
            app_times.append(spent_app)
            bare_times.append(spent_bare)
    return [
        Figure(
            NAME,
            statistics.median(app_times),
            floor=statistics.median(bare_times),
            floor_name="a bare window built the same way with PyInstaller",
            max_ratio=BUNDLE_RATIO,
            note=f"{built}; each to its exit",
        )
    ]

"""Start-up and memory, in fresh processes, against a bare PySide6 window started alike.

Every probe is ``python -c`` starting from nothing (interpreter, imports, QApplication)
and printing ``time.perf_counter()`` when it gets there: that clock is
``CLOCK_MONOTONIC``, shared by all processes, so the parent subtracts the moment it
started the child and the figure holds interpreter start and every import, as the user
waits for them. The floor is a bare window: ``QApplication``, ``QMainWindow``, shown,
its events processed.

The app probe runs the real entry point (``workbench --db``) with one thing added: when
``MainWindow.show`` returns it processes the events that paint the window (as the bare
window does) and notes the time of that *first paint*; when the window is ``ready`` it
processes the events that draw Home (the window always opens on it) and, for a page
figure of another page, opens that page (as the user would at once) and processes the
events that draw its rows; then it notes *data on screen*, with the peak resident
memory (``VmHWM``). A first run opens the page and closes the window, so the start
measured has the navigation of a window used before. Each page figure is one
``page(...)`` line.

Probes run as a user's start does: bytecode compiled (``compile_bytecode``), settings in
a home folder of their own found through the user folders (no ``WORKBENCH_HOME``).
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from workbench.bench.figures import Figure, failed
from workbench.bench.registry import Bench, step

FIRST_PAINT_RATIO = 1.5
DATA_RATIO = 4.0
MEMORY_RATIO = 2.5


@dataclass(frozen=True)
class Page:
    """A start-up figure: ``key``'s data on screen, opened as soon as the window is ready
    (Home: the page the window opens on)."""

    name: str
    key: str
    max_ratio: float


PAGES: list[Page] = []


def page(name: str, key: str, max_ratio: float = DATA_RATIO) -> None:
    """Register a start-up figure: the data of page ``key`` on screen, from the start."""
    PAGES.append(Page(name, key, max_ratio))


page("the last page's data on screen: the tracker (50,000 actions), open last", "actions")
page("Home's data on screen (the page the window opens on)", "home")

#: Peak resident memory in MB, from ``/proc`` (``VmHWM``): a child's ``ru_maxrss``
#: counts the parent's memory copied at ``fork`` too.
PEAK = """
def PEAK():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BARE = (
    PEAK
    + """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
app.processEvents()
stamp = time.perf_counter()
print("READY", stamp, stamp, PEAK(), flush=True)
"""
)

#: The bare window, then what the data needs (imported after Qt, as in the app): what
#: no start that shows data from the database can go below. Reported, not a goal.
DATA_FLOOR = BARE.replace(
    "stamp = time.perf_counter()\n",
    "import workbench.ui, sqlalchemy, sqlmodel, workbench.domain\nstamp = time.perf_counter()\n",
)

APP = (
    PEAK
    + """
import os, sys, time
from PySide6.QtWidgets import QApplication
import workbench.ui.shell.main_window as main_window
DB, MODE, PAGE = sys.argv[1:4]
shown = main_window.MainWindow.show
paint = []

data = []

def show(self):
    shown(self)
    QApplication.processEvents()
    paint.append(time.perf_counter())
    self.data_shown.connect(lambda: shown_data(self))
    self.ready.connect(lambda: ready(self))

def shown_data(window):
    if MODE != "prepare" and window.current_page_key() == PAGE:
        QApplication.processEvents()  # its rows, drawn
        data.append((time.perf_counter(), PEAK()))

def ready(window):
    if MODE == "prepare":  # the user opens the page, then quits
        window.show_page(PAGE)
        QApplication.processEvents()
        now = time.perf_counter()
        print("READY", paint[0], now, PEAK(), window.current_page_key(), now, PEAK())
        window.close()
        return
    QApplication.processEvents()  # the page, drawn
    if window.current_page_key() != PAGE:
        window.show_page(PAGE)
        QApplication.processEvents()
    done = time.perf_counter()
    first, first_peak = data[0] if data else (done, PEAK())
    key = window.current_page_key()
    print("READY", paint[0], first, PEAK(), key, done, first_peak, flush=True)
    os._exit(0)

main_window.MainWindow.show = show
from workbench.cli import main
sys.exit(main(["--db", DB]))
"""
)


@dataclass(frozen=True)
class Probe:
    paint: float  # seconds from starting the process to the first paint
    data: float  # … to the data on screen (the same as ``paint`` for a bare window)
    peak_mb: float  # at the end: the window ready (every page built, the stack imported)
    page: str = ""
    ready: float = 0.0  # … to the window ready (the data stack imported, pages built)
    data_peak_mb: float = 0.0  # peak memory when the data was first on screen


class ProbeError(RuntimeError):
    pass


def environment(home: Path) -> dict[str, str]:
    """A user's environment with a home folder of its own (settings, logs, backups)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "WORKBENCH_")) and k != "QT_QPA_PLATFORM"
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def probe(snippet: str, *args: str, home: Path, timeout: float = 600) -> Probe:
    """Run one snippet in a fresh interpreter; when it got there, and its peak memory."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", snippet, *args],
        capture_output=True,
        text=True,
        env=environment(home),
        timeout=timeout,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("READY "):
            _, paint, data, peak, *rest = line.split()
            if not rest:  # the bare window
                return Probe(float(paint) - began, float(data) - began, float(peak))
            page, ready, data_peak = rest
            return Probe(
                float(paint) - began,
                float(data) - began,
                float(peak),
                page,
                float(ready) - began,
                float(data_peak),
            )
    raise ProbeError(f"probe failed ({done.returncode}): {done.stderr.strip()[-800:]}")


def compile_bytecode() -> str:
    """Compile the package and the libraries start-up imports, as an install has them:
    where ``PYTHONDONTWRITEBYTECODE`` is set, nothing is compiled when imported."""
    names = ("workbench", "sqlalchemy", "sqlmodel", "pydantic", "platformdirs", "PySide6")
    folders = []
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            folders.extend(spec.submodule_search_locations)
    skip = re.compile(r"[/\\]scripts[/\\]")  # PySide6's tools: templates, not modules
    ok = all(compileall.compile_dir(f, quiet=1, workers=0, rx=skip) for f in folders)
    return "bytecode compiled first" if ok else "bytecode: some files did not compile"


def _medians(probes: list[Probe]) -> Probe:
    return Probe(
        statistics.median(p.paint for p in probes),
        statistics.median(p.data for p in probes),
        statistics.median(p.peak_mb for p in probes),
        probes[0].page,
        statistics.median(p.ready for p in probes),
        statistics.median(p.data_peak_mb for p in probes),
    )


def measure_pages(bench: Bench) -> list[Figure]:
    """The first paint and each page's data on screen, the bare window between them."""
    note = compile_bytecode()
    db = bench.copy("startup.sqlite")
    figures: list[Figure] = []
    bare_runs: list[Probe] = []
    for n, goal in enumerate(PAGES):
        home = bench.folder / f"home-{goal.key}"
        home.mkdir(exist_ok=True)
        probe(APP, str(db), "prepare", goal.key, home=home)  # and a warm-up
        probe(BARE, home=home)
        app_runs = []
        for _ in range(bench.runs):  # in turn: a busy moment hits both
            bare_runs.append(probe(BARE, home=home))
            app_runs.append(probe(APP, str(db), "measure", goal.key, home=home))
        app, bare = _medians(app_runs), _medians(bare_runs)
        if app.page != goal.key:
            figures.append(failed(goal.name, f"opened on {app.page}", goal.max_ratio))
            continue
        if n == 0:
            figures.append(
                Figure(
                    "first paint of the main window",
                    app.paint,
                    floor=bare.paint,
                    floor_name="a bare PySide6 window, started and shown the same way",
                    max_ratio=FIRST_PAINT_RATIO,
                    note=note,
                )
            )
        figures.append(
            Figure(
                goal.name,
                app.data,
                floor=bare.data,
                floor_name="the bare window",
                max_ratio=goal.max_ratio,
            )
        )
        figures.append(
            Figure(
                f"… {goal.name}: the window ready (data stack imported, every page built)",
                app.ready,
                floor=bare.data,
                floor_name="the bare window",
            )
        )
        if goal.key == "actions":
            figures += [
                Figure(
                    "peak memory, tracker open (the window ready)",
                    app.peak_mb,
                    unit="MB",
                    floor=bare.peak_mb,
                    floor_name="the bare window (VmHWM)",
                    max_ratio=MEMORY_RATIO,
                ),
                Figure(
                    "… peak memory when the tracker's first rows are on screen",
                    app.data_peak_mb,
                    unit="MB",
                    floor=bare.peak_mb,
                    floor_name="the bare window (VmHWM)",
                ),
            ]
    floor = _medians([probe(DATA_FLOOR, home=bench.folder) for _ in range(bench.runs)])
    bare = _medians(bare_runs)
    name = "… the bare window, then importing SQLAlchemy, SQLModel and the domain"
    figures += [
        Figure(name, floor.data, floor=bare.data, floor_name="the bare window"),
        Figure(
            f"{name}: peak memory",
            floor.peak_mb,
            unit="MB",
            floor=bare.peak_mb,
            floor_name="the bare window (VmHWM)",
        ),
    ]
    return figures


@step("startup", processes=True)
def startup_figures(bench: Bench) -> list[Figure]:
    return measure_pages(bench)

"""Start-up and memory, measured in fresh processes, the app and a bare window alike.

Each probe is a ``python -c`` snippet that starts from nothing (interpreter, imports,
``QApplication``), shows its window, lets Qt process the events that show it, and prints
``time.perf_counter()``. That clock is ``CLOCK_MONOTONIC``, shared by all processes, so
the parent subtracts the moment it started the child: the figure includes interpreter
start and every import, as the user waits for them.

The app probe runs the real entry point (``workbench.cli.main``, as ``workbench --db``
does) with ``QApplication.exec`` replaced by a function that reports instead of entering
the event loop; the window it reports on is the one a user gets.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

#: The peak resident memory of this process in KiB. ``VmHWM`` rather than ``ru_maxrss``:
#: a child's ``ru_maxrss`` also counts the parent's memory copied at ``fork`` before
#: ``exec``, so it would report the benchmark's own size for every probe.
PEAK = """
def PEAK():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
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
print("READY", stamp, PEAK(), flush=True)
"""
)

#: A bare window that first imports the data stack the app needs before it can open a
#: database (SQLAlchemy, SQLModel, the domain): the least any start that opens the
#: database before showing the window can take.
FLOOR = BARE.replace(
    "import sys, time\n", "import sys, time\nimport sqlalchemy, sqlmodel, workbench.domain\n", 1
)

APP = (
    PEAK
    + """
import sys, time
from PySide6.QtWidgets import QApplication
PAGE = sys.argv[2] if len(sys.argv) > 2 else ""

def report(*_args, **_kwargs):
    QApplication.processEvents()
    stamp = time.perf_counter()
    if PAGE:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
        for key in PAGE.split("|"):  # the first page of these that the window has
            try:
                window.show_page(key)
            except ValueError:
                continue
            break
        QApplication.processEvents()
    print("READY", stamp, PEAK(), flush=True)
    return 0

QApplication.exec = report
from workbench.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)


@dataclass(frozen=True)
class Probe:
    seconds: float  # from starting the process to the window shown
    max_rss_mb: float  # the process's peak resident memory (VmHWM)


class ProbeError(RuntimeError):
    pass


def probe(snippet: str, *args: str, home: Path, timeout: float = 600) -> Probe:
    """Run one snippet in a fresh interpreter; when it was ready, and its peak memory."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(home)}
    env.pop("WORKBENCH_DB", None)
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", snippet, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("READY "):
            _, stamp, rss = line.split()
            return Probe(float(stamp) - began, int(rss) / 1024)
    raise ProbeError(f"probe failed ({done.returncode}): {done.stderr.strip()[-800:]}")


def compare_startup(db_path: Path, home: Path, runs: int) -> tuple[float, float, float]:
    """Median start-up of the app on ``db_path``, of a bare window, and of a bare window
    after the data stack's imports; runs interleaved (so a busy moment on the machine
    hits all three), after one warm-up of each."""
    probe(BARE, home=home)
    probe(FLOOR, home=home)
    probe(APP, str(db_path), home=home)
    bare, floor, app = [], [], []
    for _ in range(runs):
        bare.append(probe(BARE, home=home).seconds)
        floor.append(probe(FLOOR, home=home).seconds)
        app.append(probe(APP, str(db_path), home=home).seconds)
    return statistics.median(app), statistics.median(bare), statistics.median(floor)


def peak_memory(db_path: Path, home: Path, page: str) -> tuple[float, float]:
    """Peak memory (MB) of the app with ``page`` open, and of a bare window."""
    app = probe(APP, str(db_path), page, home=home).max_rss_mb
    bare = probe(BARE, home=home).max_rss_mb
    return app, bare

"""A headless desktop for the screen-reader test: Xvfb, a D-Bus session bus (which
starts the AT-SPI bus and its registry when asked), and the program and the walker
started in it. Everything is waited for by what it says (the display number Xvfb
writes, the bus address dbus-daemon prints, the lines the program prints), with
generous deadlines, never by sleeping; everything is stopped again, whole process
groups, whatever happened.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PACKAGES = "xvfb dbus-x11 at-spi2-core python3-pyatspi"
#: The Qt xcb platform's libraries (the README lists them too).
XCB = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
START_SECONDS = 90
WALK_SECONDS = 30


def missing_tools() -> list[str]:
    """What this machine lacks for the test; empty when it has everything."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path(AT_SPI_LAUNCHER).exists():
        missing.append("at-spi-bus-launcher")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60
        )
        if probe.returncode != 0:
            missing.append("pyatspi (python3-pyatspi)")
    return missing


def read_line(stream: Any, deadline: float, what: str) -> str:
    """One line from a pipe, or fail when it has not come by ``deadline``."""
    fd = stream.fileno()
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(0.0, left))
        if not ready:
            pytest.fail(f"no answer from {what} in time")
        chunk = os.read(fd, 1)
        if not chunk:
            pytest.fail(f"{what} ended without answering")
        data += chunk
    return data.decode().strip()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop ``process`` and every process it started (its own process group)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # anything the group left behind
    process.wait()


@contextmanager
def headless_desktop(tmp: Path) -> Iterator[dict[str, str]]:
    """The environment of an X display with a D-Bus session, for the program and the
    walker; both are stopped on the way out."""
    with ExitStack() as stack:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
             "-nolisten", "tcp"],
            pass_fds=[write_end],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        stack.callback(_stop, xvfb)
        os.close(write_end)
        with os.fdopen(read_end, "rb", buffering=0) as displayfd:
            display = read_line(displayfd, time.monotonic() + START_SECONDS, "Xvfb")
        env = dict(
            os.environ,
            DISPLAY=f":{display}",
            HOME=str(tmp / "home"),
            XDG_CONFIG_HOME=str(tmp / "config"),
            XDG_RUNTIME_DIR=str(tmp / "runtime"),
        )
        (tmp / "runtime").mkdir(mode=0o700, exist_ok=True)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        stack.callback(_stop, bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = read_line(
            bus.stdout, time.monotonic() + START_SECONDS, "dbus-daemon"
        )
        yield env


class Program:
    """The program, started by ``app_driver.py``; ``command`` waits for its answer."""

    def __init__(self, env: dict[str, str], db_path: Path, meeting_id: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "app_driver.py"), str(db_path), meeting_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1"),
            start_new_session=True,
        )
        said = read_line(self.process.stdout, time.monotonic() + START_SECONDS, "the program")
        assert said == "READY", said

    def command(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{line}\n".encode())
        self.process.stdin.flush()
        said = read_line(self.process.stdout, time.monotonic() + WALK_SECONDS, "the program")
        assert said == f"OK {line}", said

    def stop(self) -> None:
        _stop(self.process)


def walk_until(
    env: dict[str, str], pid: int, ready: Callable[[list[dict[str, Any]]], bool]
) -> list[dict[str, Any]]:
    """The program's accessible tree, read again until ``ready(tree)`` (the bus shows
    the state asked for) or the deadline; fails with the last tree read."""
    deadline = time.monotonic() + START_SECONDS
    last: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        result = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "walker.py"), "tree", str(pid)],
            capture_output=True,
            env=env,
            timeout=WALK_SECONDS * 2,
        )
        if result.returncode == 0:
            last = json.loads(result.stdout)
            if ready(last):
                return last
    pytest.fail("the accessible tree never showed it:\n" + render(last))


def render(tree: list[dict[str, Any]]) -> str:
    """The tree as a screen reader's user would skim it, one node a line."""
    lines = []
    for n in tree:
        if not n["showing"] and n["depth"] > 1:
            continue
        extra = ""
        if n.get("description"):
            extra += f" — {n['description']}"
        if "value" in n:
            extra += f" [value {n['value'][0]:g} of {n['value'][2]:g}]"
        if n.get("text"):
            extra += f" text={n['text']!r}"
        lines.append(f"{'  ' * n['depth']}[{n['role']}] {n['name']!r}{extra}")
    return "\n".join(lines)

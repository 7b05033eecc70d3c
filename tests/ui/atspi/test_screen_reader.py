"""What a screen reader hears, read through AT-SPI (the bus Orca reads on Linux): the
program started for real under Xvfb with a D-Bus session and the AT-SPI bus, its
accessible tree walked by a separate process (``walker.py``, in the system Python that
has pyatspi) on the main window, the actions tracker and chair mode.

Done when: no showing control lacks a name (the clear button of a filter field
included), chair mode reads as a window, and its countdown can be read (name, time in
words, value, the time as text) and changes as the clock runs; crossing one minute
left is announced. The tree of chair mode is written to ``chair-mode-tree.txt`` in the
test's folder (``-s`` prints it).

Linux only (AT-SPI is Linux's); CI installs the packages (``.ci/run``), and on Linux a
missing one fails the test with the command that installs it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from desktop import (
    HERE,
    PACKAGES,
    SYSTEM_PYTHON,
    WALK_SECONDS,
    XCB,
    Program,
    headless_desktop,
    missing_tools,
    read_line,
    render,
    walk_until,
)

from workbench.services.demo.build import UPCOMING_MEETING_ID

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="AT-SPI is the accessibility bus of Linux"
)

Tree = list[dict[str, Any]]

#: Roles a user operates: each must say what it is.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "table",
    "tree table",
    "tree",
    "list",
    "list box",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "link",
}
CHAIR_TITLE = re.compile(r"^Chair — ")
CLOCK = re.compile(r"^\+?\d+:\d\d( over)?$")


def frames(tree: Tree) -> list[tuple[dict[str, Any], Tree]]:
    """Each top-level window with the nodes inside it."""
    found: list[tuple[dict[str, Any], Tree]] = []
    for n in tree:
        if n["depth"] == 1:
            found.append((n, []))
        elif n["depth"] > 1 and found:
            found[-1][1].append(n)
    return found


def window(tree: Tree, title: re.Pattern[str]) -> tuple[dict[str, Any], Tree] | None:
    for frame, inside in frames(tree):
        if frame["showing"] and title.search(frame["name"]):
            return frame, inside
    return None


def unnamed_controls(nodes: Tree) -> list[str]:
    return [
        f"{n['role']} (depth {n['depth']})"
        for n in nodes
        if n["showing"] and n["role"] in CONTROLS and not n["name"].strip()
    ]


def countdown(tree: Tree) -> tuple[dict[str, Any], str] | None:
    """The countdown (its node) and the time it shows (its label's name)."""
    for i, n in enumerate(tree):
        if n["name"] == "Time left on this item" and n["showing"]:
            inside = [c for c in tree[i + 1 : i + 1 + n["children"] * 4] if c["depth"] > n["depth"]]
            shown = [c["name"] for c in inside if CLOCK.match(c["name"])]
            return n, shown[0] if shown else ""
    return None


@pytest.fixture
def program(demo_db_path: Path, tmp_path: Path):
    missing = missing_tools()
    if missing:
        pytest.fail(
            f"missing {', '.join(missing)}: apt-get install {PACKAGES} {XCB} "
            "(CI's .ci/run installs them)"
        )
    with headless_desktop(tmp_path) as env:
        started = Program(env, demo_db_path, UPCOMING_MEETING_ID)
        try:
            yield env, started
        finally:
            started.stop()


def test_a_screen_reader_reads_the_window_and_hears_the_call(program, tmp_path) -> None:
    env, app = program
    pid = app.process.pid
    main_title = re.compile(r"Engagement Workbench$")

    # -- the main window --------------------------------------------------------------
    tree = walk_until(env, pid, lambda t: window(t, main_title) is not None)
    frame, inside = window(tree, main_title)
    assert frame["role"] == "frame"
    assert unnamed_controls(inside) == [], render(tree)

    # -- the actions tracker, its filter typed in (the clear button shows) ------------
    app.command("page actions")
    app.command("filter mica")

    def tracker_shown(t: Tree) -> bool:
        found = window(t, main_title)
        return found is not None and any(
            n["showing"] and n["name"] == "Clear the filter" for n in found[1]
        )

    tree = walk_until(env, pid, tracker_shown)
    assert unnamed_controls(window(tree, main_title)[1]) == [], render(tree)

    # -- chair mode, the meeting running ----------------------------------------------
    app.command("chair")
    tree = walk_until(env, pid, lambda t: countdown(t) is not None)
    chair, inside = window(tree, CHAIR_TITLE)
    assert chair["role"] == "frame"  # a window, not a filler
    assert unnamed_controls(inside) == [], render(tree)
    node, shown = countdown(tree)
    (tmp_path / "chair-mode-tree.txt").write_text(render(tree), encoding="utf-8")
    print("\n" + render([chair, *inside]))
    assert re.fullmatch(r"\d+:\d\d", shown), shown
    assert re.search(r"\d+ (minutes?|seconds?) .*left of \d+ minutes?", node["description"])
    assert node["value"][0] > 0 and node["value"][2] > 0

    # The clock runs: what is read changes (the seconds tick; read until they have).
    later = walk_until(env, pid, lambda t: (countdown(t) or (None, shown))[1] != shown)
    node_later, shown_later = countdown(later)
    assert shown_later != shown and node_later["description"] != node["description"]
    assert node_later["value"][0] < node["value"][0]

    # -- one minute left is announced, once, politely --------------------------------
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(HERE / "walker.py"), "listen", str(pid), str(WALK_SECONDS)],
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + WALK_SECONDS * 2
        assert read_line(listener.stdout, deadline, "the listener") == "LISTENING"
        app.command("near")
        heard = read_line(listener.stdout, deadline, "the listener")
    finally:
        if listener.poll() is None:
            listener.kill()
        listener.wait()
    assert "One minute left on this item." in heard, heard

"""``workbench list actions --json | head -c 10`` ends quietly, as ``git log | head``
does: no "unexpected error", no traceback, the status of a process ended by SIGPIPE."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")

WORKBENCH = [sys.executable, "-m", "workbench"]


@pytest.mark.parametrize("what", ["actions", "engagements"])  # a long and a short output
def test_a_reader_that_stops_at_once_ends_the_command_quietly(demo_db_path: Path, what) -> None:
    read, write = os.pipe()
    os.close(read)  # nobody reads: the first write (or the flush at the end) breaks
    try:
        done = subprocess.run(
            [*WORKBENCH, "list", what, "--json", "--db", str(demo_db_path)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.stderr == ""
    assert done.returncode == 141


@pytest.mark.skipif(not shutil.which("head") or not shutil.which("bash"), reason="a shell")
def test_piped_into_head(demo_db_path: Path) -> None:
    command = " ".join([*WORKBENCH, "list", "actions", "--json", "--db", str(demo_db_path)])
    done = subprocess.run(
        ["bash", "-c", f'{command} | head -c 10; echo " status=${{PIPESTATUS[0]}}"'],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stderr == ""
    head, status = done.stdout.rsplit(" status=", 1)
    assert len(head) == 10 and head.startswith("[")
    assert status.strip() in ("0", "141")  # 0 when the output fit in the pipe first

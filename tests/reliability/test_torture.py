"""The torture test, short: the app's autosave keeps committing numbered notes while
``workbench list``, ``search``, ``backup``, ``check`` and a raw ``sqlite3`` read the same
file in other processes; the writer is killed with SIGKILL at random moments, and after
every kill each acknowledged note is in the database and the file is sound.
(``make soak`` runs 100 rounds; the harness is ``torture.py``.)
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest
from torture import run_torture

ROUNDS = 3  # more if needed until every reader has run at least once

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not hasattr(signal, "SIGKILL"), reason="SIGKILL, POSIX locks"
)


def test_no_acknowledged_write_is_lost_while_other_programs_read(tmp_path: Path) -> None:
    out = run_torture(tmp_path, ROUNDS)
    assert not out.problems, "\n".join([out.summary(), *out.problems])
    assert out.rounds >= ROUNDS and out.acknowledged
    assert set(out.readers) == {"list", "search", "backup", "check", "sqlite3"}

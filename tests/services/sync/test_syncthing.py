"""With a real sync engine: two Syncthing daemons keep two laptops' exchange folders in
step, and what is typed on laptop A reaches laptop B's database, and back.

The daemons run on 127.0.0.1 with their own homes and know each other by device ID and
static address (``syncthing_pair``); nothing leaves the machine. The test waits on the
daemons' events and checks the condition each time, within a generous bound, so a
loaded two-core machine only makes it slower, not wrong. CI installs Syncthing
(``.ci/run``) and sets ``WORKBENCH_REQUIRE_SYNCTHING``, so there it runs, never skips.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import Clock, Laptop, copy_case, make_case
from syncthing_pair import Daemon, wait_until

from workbench.services.sync.layout import list_laptop_folder

pytestmark = pytest.mark.slow

#: Bounds for a loaded machine; on an idle one each step takes about a second.
START_TIMEOUT = 120.0
ARRIVAL_TIMEOUT = 180.0


@pytest.fixture
def syncthing() -> str:
    binary = shutil.which("syncthing")
    if binary is None:
        if os.environ.get("WORKBENCH_REQUIRE_SYNCTHING"):
            pytest.fail("Syncthing is not installed (apt-get install syncthing)")
        pytest.skip("Syncthing is not installed (apt-get install syncthing)")
    return binary


@pytest.fixture
def pair(tmp_path: Path, syncthing: str) -> Iterator[tuple[Daemon, Daemon]]:
    a = Daemon("laptop-A", tmp_path / "syncthing-A", tmp_path / "A" / "Exchange", syncthing)
    b = Daemon("laptop-B", tmp_path / "syncthing-B", tmp_path / "B" / "Exchange", syncthing)
    a.configure(b)
    b.configure(a)
    try:
        a.start()
        b.start()
        for daemon in (a, b):
            daemon.wait_for_line("GUI and API listening", START_TIMEOUT)
        wait_until(lambda: a.connected_to(b), [a, b], START_TIMEOUT, "the daemons connect")
        yield a, b
    finally:
        a.stop()
        b.stop()


def test_an_edit_on_laptop_a_reaches_laptop_b_through_syncthing(
    tmp_path: Path, pair: tuple[Daemon, Daemon]
) -> None:
    da, db_ = pair
    template = tmp_path / "case.sqlite"
    ids = make_case(template)
    clock = Clock()
    a = Laptop("A", copy_case(template, tmp_path / "A" / "workbench.sqlite"), da.folder, clock)
    b = Laptop("B", tmp_path / "B" / "workbench.sqlite", db_.folder, clock)  # a newcomer
    try:
        assert a.sync().published.snapshot
        da.scan()
        wait_until(
            lambda: b.sync().reached and "P0" in b.texts(),
            [da, db_],
            ARRIVAL_TIMEOUT,
            "A's snapshot reaches B's database",
        )

        a.set_text(ids[0], "Velora agreed to map its mica smelters")
        assert a.sync().published.number >= 2
        da.scan()
        took = wait_until(
            lambda: "Velora agreed to map its mica smelters" in b.sync_texts(),
            [da, db_],
            ARRIVAL_TIMEOUT,
            "A's edit reaches B's database",
        )
        assert took < ARRIVAL_TIMEOUT

        b.add_commitment("B's answer")
        b.sync()
        db_.scan()
        wait_until(
            lambda: "B's answer" in a.sync_texts(),
            [db_, da],
            ARRIVAL_TIMEOUT,
            "B's edit reaches A's database",
        )
        # each laptop wrote only in its own folder; the engine carried both
        assert list_laptop_folder(db_.folder / a.db.laptop_id).highest >= 2
        assert (db_.folder / a.db.laptop_id).is_dir() and (da.folder / b.db.laptop_id).is_dir()
        assert a.texts() == b.texts()
    finally:
        a.close()
        b.close()

"""The benchmark's safety figures run and measure what they say (no timing is asserted)."""

from __future__ import annotations

import shutil
from pathlib import Path

from workbench.bench import safety
from workbench.store import open_database


def test_the_autosave_figure_compares_full_with_normal(qtbot, demo_db_path: Path) -> None:
    figure = safety.autosave_figure(demo_db_path, runs=1)
    assert figure.value and figure.floor and figure.max_ratio is None  # reported, no goal
    assert "synchronous=FULL" in figure.name and figure.floor_name.startswith("synchronous=NORMAL")
    db = open_database(demo_db_path)  # the notes were saved, and the setting is FULL again
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            bodies = [r[0] for r in conn.exec_driver_sql("SELECT body FROM note")]
    finally:
        db.close()
    assert sum(b.startswith("Benchmark note, FULL: word0 word1") for b in bodies) == 1
    assert sum(b.startswith("Benchmark note, NORMAL: word0 word1") for b in bodies) == 1


def test_the_bomb_figure_is_a_refusal(tmp_path: Path) -> None:
    figure = safety.bomb_figure(tmp_path, runs=1)
    assert figure.value is not None and figure.met is None  # reported, no goal
    assert "unpacks to 3 GiB" in figure.name and (tmp_path / "bomb.zip").stat().st_size < 4e6
    shutil.rmtree(tmp_path)

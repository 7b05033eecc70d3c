"""The bench's sealing figure: both rounds measured, and the keys kept in its folder."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.bench.sealing import sealing_figure


def test_the_sealing_figure_measures_both_and_keeps_keys_private(
    demo_db_path: Path, tmp_path: Path
) -> None:
    home = os.environ["WORKBENCH_HOME"]
    [figure] = sealing_figure(demo_db_path, tmp_path)
    assert figure.value and figure.floor and "MB sealed" in figure.note
    assert os.environ["WORKBENCH_HOME"] == home
    assert list((tmp_path / "sealing-home" / "config" / "keys").glob("group-key-*"))
    assert not (Path(home) / "config" / "keys").exists()
    assert not (tmp_path / "sealed.zip").read_bytes().startswith(b"PK")

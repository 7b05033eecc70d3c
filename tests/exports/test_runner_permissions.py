"""An exported file gets the permissions any new file gets, not mkstemp's private 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from workbench.exports.runner import write_atomically


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exported_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = write_atomically(tmp_path / "minutes.pdf", lambda fh: fh.write(b"%PDF-1.4\n"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert out.read_bytes() == b"%PDF-1.4\n"
    assert not list(tmp_path.glob(".*.part"))

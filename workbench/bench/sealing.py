"""What sealing costs: the 10,000-record package of the merge figure, written and merged
sealed (encrypted for the group, signed, verified, decrypted) against the same unsealed.

The keys go to a key file in the bench's own folder, never the user's keyring: the
keyring is switched off (``PYTHON_KEYRING_BACKEND``) and ``WORKBENCH_HOME`` points into
the work folder while this runs.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.bench.figures import Figure
from workbench.bench.generate import copy_database
from workbench.bench.merge import EDITS
from workbench.bench.registry import Bench, step
from workbench.bench.sync import _edit
from workbench.domain import utcnow
from workbench.services import group
from workbench.services.exchange.packages import export_package, import_package
from workbench.store import open_database

SEALING_RATIO = 1.5


@contextmanager
def _private_keys(folder: Path) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in ("WORKBENCH_HOME", "PYTHON_KEYRING_BACKEND")}
    os.environ["WORKBENCH_HOME"] = str(folder / "sealing-home")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _round(source: Path, folder: Path, sealed: bool) -> tuple[float, int]:
    """Export the 10,000 changes from one copy and merge them into another: seconds, and
    the package's size."""
    tag = "sealed" if sealed else "plain"
    there = open_database(copy_database(source, folder / f"there-{tag}.sqlite"))
    here = open_database(copy_database(source, folder / f"here-{tag}.sqlite"))
    try:
        if sealed:
            group.join_group(here, group.create_group(there))
        before = utcnow()
        _edit(there, sum(e[2] for e in EDITS), tag)
        began = time.perf_counter()
        path = export_package(there, folder / f"{tag}.zip", since=before).path
        import_package(here, path)
        return time.perf_counter() - began, path.stat().st_size
    finally:
        there.close()
        here.close()


def sealing_figure(source: Path, folder: Path) -> list[Figure]:
    with _private_keys(folder):
        plain, plain_size = _round(source, folder, sealed=False)
        sealed, sealed_size = _round(source, folder, sealed=True)
    return [
        Figure(
            "sealing: 10,000 changes exported and merged, sealed",
            sealed,
            floor=plain,
            floor_name="the same unsealed",
            max_ratio=SEALING_RATIO,
            note=f"package {sealed_size / 1e6:.1f} MB sealed, {plain_size / 1e6:.1f} MB plain",
        )
    ]


@step("sealing")
def sealing_step(bench: Bench) -> list[Figure]:
    folder = bench.folder / "sealing"
    folder.mkdir(exist_ok=True)
    return sealing_figure(bench.source, folder)

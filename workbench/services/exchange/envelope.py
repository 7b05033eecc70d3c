"""The one pair of functions through which every package file is written and read.

Export and import by hand (``packages``) and the exchange folder (``workbench.services.
sync``) both go through ``write_package_file`` and ``read_package_file``, and nothing
else writes or reads a package's bytes. Sealing packages (encrypting them for the group
and signing them by the laptop that wrote them) wraps exactly these two: the manifest
they are given names the format, the laptop and, for the exchange folder, the package's
number, which is what a seal authenticates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from workbench.services.exchange.blobs import BlobError
from workbench.services.exchange.format import Package, PackageError, read_package, write_package


def write_package_file(
    path: Path,
    manifest: dict[str, Any],
    records: dict[str, list[dict[str, Any]]],
    contents: Iterable[tuple[str, bytes]] = (),
) -> Path:
    """Write a package at ``path``: complete, or not at all. ``contents`` are the bytes of
    the documents the records name (``blobs.read_blobs``), read while writing."""
    try:
        return write_package(path, manifest, records, contents)
    except BlobError as exc:
        raise PackageError(str(exc)) from exc


def read_package_file(path: Path, accept: Callable[[Package], None] | None = None) -> Package:
    """Read and check the package at ``path`` (``accept`` may refuse it by its manifest,
    before its records are read); every problem is a ``PackageError``."""
    return read_package(path, accept)

"""The one pair of functions through which every package file is written and read.

Export and import by hand (``packages``) and the exchange folder (``workbench.services.
sync``) both go through ``write_package_file`` and ``read_package_file``, and nothing
else writes or reads a package's bytes. Sealing (``sealing``: encrypted for the group,
signed by the laptop that wrote it) wraps exactly these two: when the database shares
in a group the plain zip is written to a private temporary folder, sealed into the
target, and never exists anywhere else; a sealed file is verified, then decrypted into a
private temporary folder (removed when the package is no longer used) and read there
like any package, within the same limits.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from workbench.services.errors import QT_TRANSLATE_NOOP
from workbench.services.exchange.blobs import BlobError
from workbench.services.exchange.format import (
    LIMITS,
    Package,
    PackageError,
    read_package,
    write_package,
)
from workbench.services.exchange.sealing import (
    CHUNK,
    SIGNATURE,
    TAG,
    Seal,
    SealError,
    is_sealed,
    open_sealed,
    seal_file,
)

log = logging.getLogger(__name__)

#: The biggest sealed file read: the biggest package plus its framing.
MAX_SEALED_BYTES = LIMITS.max_total_bytes + (LIMITS.max_total_bytes // CHUNK + 1) * (TAG + 4)
MAX_SEALED_BYTES += 64 * 1024 + SIGNATURE


class RefusedPackageError(PackageError):
    """A sealed package refused (wrong key, not signed by a member, changed since it was
    written) or a plain one where sealed ones are expected; nothing from it is merged.
    ``reason`` says why in a few words (for the status bar), when the seal said so."""

    @property
    def reason(self) -> str:
        """The seal's refusal this one passes on ("{name} was refused: {reason}"), or ""."""
        passed_on = self.params.get("reason")
        return "" if passed_on is None else str(passed_on)


class PlainPackageError(RefusedPackageError):
    """A package from before sealing (or from outside the group) while this laptop
    shares in a group: read only when the user confirms (``allow_plain``)."""


class Opener(Protocol):
    """How a database opens sealed packages (``workbench.services.group.Opening``)."""

    group: str | None

    def key_for(self, group: str, key_id: str) -> bytes | None: ...

    def check_signer(self, header: dict[str, Any]) -> Any: ...

    def remember(self, header: dict[str, Any]) -> None: ...


def _a_zip(path: Path) -> bool:
    """Whether the file starts like a zip (anything else is not a package at all, and is
    refused as such rather than offered as an unsealed one)."""
    try:
        with path.open("rb") as fh:
            return fh.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def write_package_file(
    path: Path,
    manifest: dict[str, Any],
    records: dict[str, list[dict[str, Any]]],
    contents: Iterable[tuple[str, bytes]] = (),
    *,
    seal: Seal | None = None,
) -> Path:
    """Write a package at ``path``: complete, or not at all; sealed if ``seal`` is given.
    ``contents`` are the bytes of the documents the records name (``blobs.read_blobs``),
    read while writing."""
    path = Path(path)
    try:
        if seal is None:
            return write_package(path, manifest, records, contents)
        with tempfile.TemporaryDirectory(prefix="workbench-seal-") as private:
            plain = write_package(Path(private) / "package.zip", manifest, records, contents)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".partial")
            try:
                seal_file(
                    plain, partial, seal, str(manifest["installation_id"]), manifest.get("sequence")
                )
                os.replace(partial, path)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        return path
    except BlobError as exc:
        raise PackageError(QT_TRANSLATE_NOOP("DomainError", "{reason}"), reason=exc) from exc


def read_package_file(
    path: Path,
    accept: Callable[[Package], None] | None = None,
    *,
    opener: Opener | None = None,
    allow_plain: bool = False,
) -> Package:
    """Read and check the package at ``path`` (``accept`` may refuse it by its manifest,
    before its records are read); every problem is a ``PackageError``.

    With an ``opener`` whose group is set, a sealed package is verified and decrypted,
    and a plain one is refused (``PlainPackageError``) unless ``allow_plain``."""
    path = Path(path)
    if not is_sealed(path):
        if opener is not None and opener.group is not None and not allow_plain and _a_zip(path):
            raise PlainPackageError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} is not sealed: it was written before this group shared a key, or "
                    "outside the group. Import it only if you know where it comes from.",
                ),
                name=path.name,
            )
        return read_package(path, accept)
    if opener is None or opener.group is None:
        raise RefusedPackageError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is sealed for a group this laptop is not in; join the group with its "
                "join code (workbench group join CODE) to read it.",
            ),
            name=path.name,
        )
    private = Path(tempfile.mkdtemp(prefix="workbench-open-"))
    try:
        plain = private / path.name
        try:
            header = open_sealed(path, plain, opener.key_for, opener.check_signer, MAX_SEALED_BYTES)
        except SealError as exc:
            raise RefusedPackageError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{name} was refused: {reason}; nothing was imported."
                ),
                name=path.name,
                reason=exc,
            ) from exc
        except OSError as exc:
            raise PackageError(
                QT_TRANSLATE_NOOP("DomainError", "{name} could not be read: {reason}."),
                name=path.name,
                reason=exc.strerror or exc,
            ) from exc

        def accept_sealed(package: Package) -> None:
            if package.installation_id != header["laptop_id"] or package.manifest.get(
                "sequence"
            ) != header.get("sequence"):
                raise RefusedPackageError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "{name} was refused: its contents do not match its seal; nothing was "
                        "imported.",
                    ),
                    name=path.name,
                )
            if accept is not None:
                accept(package)

        package = read_package(plain, accept_sealed)
    except BaseException:
        shutil.rmtree(private, ignore_errors=True)
        raise
    # removed by ``release`` once merged, or when the package is freed, whichever first
    _CLEANUP[id(package)] = weakref.finalize(package, _forget, id(package), private)
    opener.remember(header)
    return package


#: The decrypted copy of each package read (by the package's id) and how to remove it.
_CLEANUP: dict[int, weakref.finalize[[int, Path], Package]] = {}


def _forget(key: int, private: Path) -> None:
    _CLEANUP.pop(key, None)
    shutil.rmtree(private, ignore_errors=True)


def release(package: Package) -> None:
    """Remove the decrypted copy of a sealed package now (nothing for a plain one): its
    merge is done, and the group's plain text should not wait on disk for the garbage
    collector."""
    cleanup = _CLEANUP.get(id(package))
    if cleanup is not None:
        cleanup()

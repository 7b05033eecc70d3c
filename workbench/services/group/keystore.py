"""Where this laptop keeps its secrets: the group key and its own signing key.

The operating system's keyring (the ``keyring`` library: Windows Credential Locker,
macOS Keychain, the Secret Service on Linux) where one works, else a file in the user's
config folder that only the user may read (0600, in a 0700 folder). Never the database
(it is copied to set up laptops and backed up) nor the exchange folder (it lies on other
people's clouds). A keyring that fails on writing, or does not give back what it was
given, counts as no keyring: the secret goes to the file instead.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import keyring
import keyring.errors

from workbench import config

log = logging.getLogger(__name__)

SERVICE = "engagement-workbench"


def _folder() -> Path:
    folder = config.config_dir() / "keys"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def _file(name: str) -> Path:
    return _folder() / name


def get_secret(name: str) -> str | None:
    """The secret stored under ``name`` (keyring first, then the file), or None."""
    try:
        value = keyring.get_password(SERVICE, name)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.info("keyring not usable (%s); using the key file", exc)
        value = None
    if value:
        return value
    path = _file(name)
    try:
        return path.read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def set_secret(name: str, value: str) -> str:
    """Keep ``value`` under ``name``; where it went ("keyring" or the file's path)."""
    try:
        keyring.set_password(SERVICE, name, value)
        if keyring.get_password(SERVICE, name) == value:
            _file(name).unlink(missing_ok=True)
            return "keyring"
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.info("keyring not usable (%s); using the key file", exc)
    path = _file(name)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, path)
    return str(path)

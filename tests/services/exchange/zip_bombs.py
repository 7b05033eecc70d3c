"""Package-shaped zips for the limit tests, built on ``workbench.bench.zips``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workbench.bench.zips import MIB, Member, stored, write_zip, zeros

__all__ = ["MIB", "Member", "bomb", "manifest", "stored", "write_zip", "zeros"]


def manifest(
    files: dict[str, str], counts: dict[str, int], installation: str = "elsewhere"
) -> Member:
    """A manifest that passes its own checks (the schema is this version's head)."""
    from workbench.store.migrations import head_revision

    data = json.dumps(
        {
            "format": "workbench-exchange",
            "format_version": 1,
            "schema": head_revision(),
            "installation_id": installation,
            "exported_at": "2025-03-01T10:00:00.000000+00:00",
            "since": None,
            "counts": counts,
            "files": files,
        }
    ).encode()
    return stored("manifest.json", data)


def bomb(path: Path, mib: int = 3 * 1024, name: str = "records/note.json") -> Path:
    """A package whose one records file unpacks to ``mib`` MiB of zeros."""
    member = zeros(name, mib)
    table = name.removeprefix("records/").removesuffix(".json")
    digest = hashlib.sha256(b"").hexdigest()  # never reached: refused before reading
    return write_zip(path, [manifest({name: digest}, {table: 1}), member])

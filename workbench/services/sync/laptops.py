"""``laptop.json``: what each laptop tells the others, beside its packages.

Only its own laptop writes it (to a temporary name, then renamed over the old one), so
the sync engine never sees two writers. It says who the laptop is (a name people
recognise, the person using it, the version of the workbench), the number of the last
package it wrote, and, per other laptop, the number of the last package it merged: a
laptop compacts its packages once every laptop still present has merged them. It also
asks for a fresh snapshot when one of a laptop's packages stays unreadable.

Reading is forgiving: a missing, half-copied or damaged file reads as "nothing known
yet", never as an error; a newer format's extra fields are ignored.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.services.sync.layout import STATE_FILE

FORMAT = "workbench-laptop"
FORMAT_VERSION = 1
MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class LaptopState:
    """One laptop's ``laptop.json``."""

    installation_id: str
    name: str = ""
    person: str = ""
    app_version: str = ""
    written_at: str = ""
    latest: int = 0
    merged: dict[str, int] = field(default_factory=dict)
    want_snapshot: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "installation_id": self.installation_id,
                "name": self.name,
                "person": self.person,
                "app_version": self.app_version,
                "written_at": self.written_at,
                "latest": self.latest,
                "merged": dict(sorted(self.merged.items())),
                "want_snapshot": dict(sorted(self.want_snapshot.items())),
            },
            ensure_ascii=False,
            indent=2,
        )

    @property
    def label(self) -> str:
        """How people know this laptop: "Anna (LAPTOP-7)", or its name alone."""
        if self.person and self.name:
            return f"{self.person} ({self.name})"
        return self.person or self.name or f"laptop {self.installation_id[:8]}"


def _numbers(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}


def read_state(folder: Path, installation_id: str) -> LaptopState | None:
    """The laptop's state, or None when there is none yet or it cannot be read now."""
    path = folder / STATE_FILE
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("installation_id") != installation_id:
        return None  # a copy of another laptop's file: not this laptop's word
    latest = data.get("latest")
    return LaptopState(
        installation_id=installation_id,
        name=str(data.get("name") or ""),
        person=str(data.get("person") or ""),
        app_version=str(data.get("app_version") or ""),
        written_at=str(data.get("written_at") or ""),
        latest=latest if isinstance(latest, int) and not isinstance(latest, bool) else 0,
        merged=_numbers(data.get("merged")),
        want_snapshot=_numbers(data.get("want_snapshot")),
    )


def write_state(folder: Path, state: LaptopState) -> None:
    """Replace this laptop's ``laptop.json`` at once (never half written)."""
    path = folder / STATE_FILE
    partial = folder / f".{STATE_FILE}.{uuid.uuid4().hex[:8]}.partial"
    try:
        with open(partial, "w", encoding="utf-8") as fh:
            fh.write(state.to_json())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise

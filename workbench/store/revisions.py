"""Where the schema's head is, read from the text of the version files (no Alembic).

Kept apart from ``migrations`` (which imports SQLAlchemy) so that the first page's rows
can be read before the data stack is imported (``first_read``) only from a file whose
schema is the one this program writes: the head and the known revisions are read from
``revision = "..."`` and ``down_revision = ...``; anything unusual there (a merge
revision, a file it cannot read) gives None, and the caller asks Alembic.
"""

from __future__ import annotations

import re
from pathlib import Path

_REVISION = re.compile(r"""^revision(?:\s*:[^=\n]*)?\s*=\s*["']([^"'\n]+)["']\s*$""", re.M)
_DOWN = re.compile(
    r"""^down_revision(?:\s*:[^=\n]*)?\s*=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.M
)


def scan_versions(folder: Path) -> tuple[str, set[str]] | None:
    """``(head, known revisions)`` from the version files in ``folder/versions``; None
    if unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        paths = sorted((folder / "versions").glob("*.py"))
        for path in paths:
            text = path.read_text(encoding="utf-8")
            revision, down = _REVISION.search(text), _DOWN.search(text)
            if revision is None or down is None:
                return None
            revisions.add(revision.group(1))
            if down.group(1):
                parents.add(down.group(1))
    except OSError:
        return None
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return heads.pop(), revisions


def head_revision(folder: Path) -> str | None:
    """The schema's head from the version files in ``folder/versions``; None if unsure."""
    scanned = scan_versions(folder)
    return scanned[0] if scanned else None

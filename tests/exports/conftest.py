"""Fixtures of the export tests; the case itself is in ``export_case``."""

from __future__ import annotations

import pytest
from export_case import Ids, build_marked


@pytest.fixture
def marked(db) -> tuple[object, Ids]:
    """A fresh database holding the marked case, and the ids of its records."""
    return db, build_marked(db)

"""The stewardship tests' case (``stewardship_case``) is importable from here."""

from __future__ import annotations

import pytest
from stewardship_case import Case, build_case

from workbench.store import Database


@pytest.fixture
def case(db: Database) -> Case:
    return build_case(db)

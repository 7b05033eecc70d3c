"""Fixtures of the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import Laptop, laptops_on_one_case

from workbench.services import group


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[list[Laptop], list[str], str]]:
    """Three laptops A, B, C on copies of one case and one exchange folder, sharing a group
    key (A made it, B and C joined with its code): the laptops, the case's ids, the code."""
    laptops, ids, _folder, _clock = laptops_on_one_case(tmp_path, "ABC")
    code = group.create_group(laptops[0].db)
    for laptop in laptops[1:]:
        group.join_group(laptop.db, code)
    yield laptops, ids, code
    for laptop in laptops:
        laptop.close()

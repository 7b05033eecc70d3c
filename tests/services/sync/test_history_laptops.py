"""A record's history says who changed it, and on which laptop of the group."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select
from sync_helpers import laptops_on_one_case, settle

from workbench.domain import Commitment, CommitmentStatus, Person
from workbench.services.history import record_history


def test_the_history_names_the_laptop_a_change_was_made_on(tmp_path: Path) -> None:
    (a, b), ids, _folder, _clock = laptops_on_one_case(tmp_path)
    try:
        with a.db.transaction() as s:
            anna = Person(name="Anna", is_member=True)
            s.add(anna)
        a.db.actor_id = anna.id
        settle([a, b])
        with a.db.transaction() as s:
            s.get(Commitment, ids[0]).status = CommitmentStatus.FULFILLED
        settle([a, b])
        with b.db.session() as s:
            (entry,) = record_history(s, "commitment", ids[0])
            assert s.exec(select(Commitment).where(Commitment.id == ids[0])).one().status == (
                CommitmentStatus.FULFILLED
            )
        assert entry.by == "Anna" and entry.laptop_id == a.db.laptop_id
        assert entry.laptop and entry.laptop.startswith("Anna (")  # her name, her laptop's
        assert not entry.laptop_here
        with a.db.session() as s:
            (here,) = record_history(s, "commitment", ids[0])
        assert here.laptop_here
    finally:
        a.close()
        b.close()

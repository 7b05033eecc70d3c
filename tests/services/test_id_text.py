"""Ids kept as one text answer as the list of them would."""

from __future__ import annotations

import uuid

import pytest

from workbench.services.id_text import SEP, IdText, id_sequence


def test_uuids_kept_as_one_text_behave_as_their_list() -> None:
    ids = [str(uuid.uuid4()) for _ in range(300)]
    kept = id_sequence(SEP.join(ids))
    assert isinstance(kept, IdText)
    assert len(kept) == 300 and kept[0] == ids[0] and kept[-1] == ids[-1]
    assert kept[120:240:7] == ids[120:240:7] and list(kept) == ids and kept == ids
    assert ids == kept  # either way round
    assert [kept.index(i) for i in ids[::37]] == list(range(0, 300, 37))
    assert ids[5] in kept and str(uuid.uuid4()) not in kept and "x" not in kept
    with pytest.raises(ValueError):
        kept.index(ids[5], 6)  # before where the search starts
    with pytest.raises(IndexError):
        kept[300]
    # Half of an id and the end of one with the start of the next are not ids.
    assert ids[0][:18] not in kept and (ids[0][18:] + SEP + ids[1][:17]) not in kept


def test_ids_of_other_lengths_are_a_plain_list() -> None:
    assert id_sequence(None) == [] and id_sequence("") == []
    assert id_sequence(SEP.join(["a1", "b22", "c"])) == ["a1", "b22", "c"]
    one_long = [str(uuid.uuid4()), str(uuid.uuid4()) + "x"]
    kept = id_sequence(SEP.join(one_long))
    assert isinstance(kept, list) and kept == one_long

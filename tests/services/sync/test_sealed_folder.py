"""The exchange folder with a group key: ciphertext in the folder, three laptops still
converge, and a refused package (a replay, an outsider's) is reported once, unmerged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sync_helpers import Laptop, copy_case, laptops_on_one_case, settle

from workbench.services import group
from workbench.services.exchange.packages import installation_id
from workbench.services.sync import status as st
from workbench.services.sync.layout import package_name, snapshot_name

SECRET = "Frank: the Jharkhand supplier still buys from child-run mines"


def test_three_sealed_laptops_converge_and_the_folder_is_ciphertext(three) -> None:
    (a, b, c), ids, _code = three
    a.set_text(ids[0], SECRET)
    b.set_text(ids[1], "B's edit")
    c.add_commitment("C's new promise")
    settle([a, b, c])
    assert a.texts() == b.texts() == c.texts()
    assert SECRET in c.texts() and "C's new promise" in a.texts()
    files = [p for p in a.folder.rglob("*") if p.is_file() and p.name != "laptop.json"]
    assert files
    for path in files:
        data = path.read_bytes()
        assert b"Jharkhand" not in data and b"Velora" not in data and b"PK\x03\x04" not in data
    assert {m.laptop_id for m in group.members(c.db)} >= {
        installation_id(a.db),
        installation_id(b.db),
    }


def test_a_replayed_package_is_refused_and_reported_once(three) -> None:
    (a, b, _c), ids, _code = three
    a.set_text(ids[0], "First")
    a.sync()
    a.set_text(ids[0], "Second")
    a.sync()
    b.sync()
    assert "Second" in b.texts()
    own = a.folder / installation_id(a.db)
    # someone copies A's first file (a snapshot) as package 3, to set the text back
    assert sorted(p.name for p in own.glob("*.zip")) == [package_name(2), snapshot_name(1)]
    shutil.copyfile(own / snapshot_name(1), own / package_name(3))
    reports = [b.sync()]
    b.clock.advance(minutes=11)
    reports += [b.sync(), b.sync()]
    assert "Second" in b.texts() and "First" not in b.texts()
    refused = [[p for p in r.new_problems if p.code == st.REFUSED_PACKAGE] for r in reports]
    assert [len(found) for found in refused] == [0, 1, 0]
    assert "old package replayed" in refused[1][0].message


def test_an_outsiders_package_is_refused(three, tmp_path: Path, monkeypatch) -> None:
    (a, b, _c), _ids, _code = three
    home = os.environ["WORKBENCH_HOME"]
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "outsider-home"))
    outsider = Laptop("O", copy_case(a.path, tmp_path / "o.sqlite"), a.folder, a.clock)
    group.create_group(outsider.db)  # another group, another key
    outsider.add_commitment("Planted by an outsider")
    outsider.sync()
    outsider.close()
    monkeypatch.setenv("WORKBENCH_HOME", home)
    b.sync()
    b.clock.advance(minutes=11)
    report = b.sync()
    assert "Planted by an outsider" not in b.texts()
    assert [p.code for p in report.new_problems] == [st.REFUSED_PACKAGE]
    assert "another group key" in report.new_problems[0].message


def test_a_laptop_that_joins_late_is_caught_up_by_a_sealed_snapshot(tmp_path: Path) -> None:
    (a, b), ids, _folder, clock = laptops_on_one_case(tmp_path)
    try:
        code = group.create_group(a.db)
        b.set_text(ids[0], "Written before B joined")
        b.sync()  # plain: B is not in the group yet
        a.sync()
        clock.advance(minutes=11)
        report = a.sync()
        assert [p.code for p in report.new_problems] == [st.REFUSED_PACKAGE]
        assert "not sealed" in report.new_problems[0].message
        assert "Written before B joined" not in a.texts()
        group.join_group(b.db, code)
        b.sync()  # sees A's request: a snapshot, sealed now
        a.sync()
        assert "Written before B joined" in a.texts()
    finally:
        a.close()
        b.close()

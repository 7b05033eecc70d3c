"""What sync engines do to files, and what the exchange folder does about it.

Two or three laptops share a folder; the tests then do to the files what OneDrive,
Nextcloud, Dropbox and Syncthing do in real life (a package half copied, a conflict copy
beside it, the same file twice, a laptop's folder deleted, a package from a newer
version, a folder that cannot be read) and check what each laptop's database and its
sync status say. Time is a clock the test moves; nothing waits.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from sync_helpers import Laptop, dump, laptops_on_one_case, settle

from workbench.services.sync import status as st
from workbench.services.sync import sync_state
from workbench.services.sync.layout import list_laptop_folder
from workbench.store import lineage


@pytest.fixture
def world(tmp_path: Path):
    laptops, ids, folder, clock = laptops_on_one_case(tmp_path)
    for laptop in laptops:
        laptop.sync()
    laptops[0].sync()
    yield laptops, ids, folder, clock
    for laptop in laptops:
        laptop.close()


def own_folder(laptop: Laptop) -> Path:
    return laptop.folder / laptop.db.laptop_id


def test_a_package_still_being_copied_waits_quietly_and_is_merged_when_complete(world) -> None:
    (a, b), ids, _folder, clock = world
    a.set_text(ids[0], "written on A")
    package = a.sync().published.path
    whole = package.read_bytes()
    package.write_bytes(whole[: len(whole) // 2])  # the engine has copied half of it
    report = b.sync()
    assert report.problems == () and report.received == ()
    assert "written on A" not in b.texts()
    clock.advance(minutes=3)
    package.write_bytes(whole)  # the rest arrives
    report = b.sync()
    assert [r.number for r in report.received] == [2] and report.problems == ()
    assert "written on A" in b.texts()


def test_a_package_that_stays_damaged_is_reported_once_and_a_snapshot_repairs_it(world) -> None:
    (a, b), ids, _folder, clock = world
    a.set_text(ids[0], "lost in transit")
    package = a.sync().published.path
    data = bytearray(package.read_bytes())
    data[40:60] = b"\0" * 20  # a damaged copy that will not change again
    package.write_bytes(bytes(data))
    assert b.sync().problems == ()  # first seen: taken for a copy in progress
    clock.advance(minutes=11)
    report = b.sync()
    assert [p.code for p in report.new_problems] == [st.DAMAGED_PACKAGE]
    assert "lost in transit" not in b.texts()
    clock.advance(minutes=1)
    again = b.sync()
    assert [p.code for p in again.problems] == [st.DAMAGED_PACKAGE]
    assert again.new_problems == ()  # reported once
    a.sync()  # A reads B's request and writes a snapshot
    assert list_laptop_folder(own_folder(a)).snapshots.keys() >= {2}
    report = b.sync()
    assert report.problems == () and "lost in transit" in b.texts()
    assert sync_state(b.db, b.folder).problem is None


def test_conflict_copies_and_duplicates_are_merged_once_or_left(world) -> None:
    (a, b), ids, _folder, _clock = world
    a.set_text(ids[0], "the original")
    package = a.sync().published.path
    for name in (
        "000002 (1).zip",  # a plain duplicate
        "000002.sync-conflict-20260302-101500-ABCDEFG.zip",  # Syncthing
        "000002-DESKTOP-7.zip",  # OneDrive
        "000002 (Anna's conflicted copy 2026-03-02).zip",  # Dropbox / Nextcloud
    ):
        shutil.copyfile(package, package.with_name(name))
    (package.parent / "laptop (conflicted copy 2026-03-02 101500).json").write_text("{}")
    report = b.sync()
    assert [r.number for r in report.received] == [2]  # the same package: merged once
    assert report.problems == ()
    assert b.texts().count("the original") == 1


def test_a_conflict_copy_holding_something_else_is_merged_too(world) -> None:
    (a, b), ids, _folder, _clock = world
    a.set_text(ids[0], "first version")
    first = a.sync().published.path
    kept = first.read_bytes()
    # two writers made a package 2 (A's file restored from a backup, say): the engine
    # keeps one under the name and renames the other
    first.unlink()
    with a.db.transaction() as s:
        lineage.set_value(s.connection(), "sync:latest", "1")
    a.set_text(ids[1], "only in the copy")
    second = a.sync().published.path
    assert second.name == first.name
    second.rename(first.with_name("000002.sync-conflict-20260302-101500-ABCDEFG.zip"))
    first.write_bytes(kept)
    report = b.sync()
    assert [r.number for r in report.received] == [2, 2] and report.problems == ()
    assert "first version" in b.texts() and "only in the copy" in b.texts()


def test_a_deleted_laptop_folder_is_no_error_and_others_still_bring_its_changes(
    tmp_path: Path,
) -> None:
    (a, b, c), ids, folder, _clock = laptops_on_one_case(tmp_path, "ABC")
    try:
        settle([a, b, c])
        a.set_text(ids[0], "A's last word")
        a.sync()
        b.sync()  # B merges it, and passes it on in its own package
        shutil.rmtree(own_folder(a))  # A leaves the group and its folder is deleted
        report = c.sync()
        assert report.problems == () and "A's last word" in c.texts()
        assert len(report.peers) == 1
        assert sync_state(c.db, folder).peers == 1
    finally:
        for laptop in (a, b, c):
            laptop.close()


def test_a_laptop_whose_own_folder_vanished_starts_again_with_a_snapshot(world) -> None:
    (a, b), ids, _folder, _clock = world
    before = list_laptop_folder(own_folder(a)).highest
    shutil.rmtree(own_folder(a))
    a.set_text(ids[2], "after the loss")
    published = a.sync().published
    assert published.snapshot and published.number == before + 1  # numbers never reused
    report = b.sync()
    assert report.problems == () and "after the loss" in b.texts()


def _newer(package: Path) -> None:
    """Rewrite a package as a newer version would write it (a newer package format)."""
    with zipfile.ZipFile(package) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(package, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_a_package_from_a_newer_version_is_left_in_place_and_reported_once(world) -> None:
    (a, b), ids, _folder, clock = world
    a.set_text(ids[0], "from the future")
    package = a.sync().published.path
    _newer(package)
    before = package.read_bytes()
    report = b.sync()
    assert [p.code for p in report.new_problems] == [st.NEWER_PACKAGE]
    assert "Update the workbench" in report.problems[0].message
    assert report.problems[0].laptop  # says whose changes
    clock.advance(minutes=30)
    again = b.sync()
    assert [p.code for p in again.problems] == [st.NEWER_PACKAGE]
    assert again.new_problems == ()
    assert package.read_bytes() == before  # left in place, untouched
    assert "from the future" not in b.texts()
    state = sync_state(b.db, b.folder)
    assert state.problem_code == st.NEWER_PACKAGE


def test_a_missing_or_unreadable_folder_gives_a_status_not_a_crash(world, tmp_path) -> None:
    (a, _b), _ids, _folder, _clock = world
    gone = tmp_path / "Unplugged drive" / "Exchange"
    a.folder = gone
    report = a.sync()
    assert not report.reached and [p.code for p in report.problems] == [st.FOLDER_MISSING]
    assert not gone.exists()  # a missing drive is not created as an empty local folder
    state = sync_state(a.db, gone)
    assert state.problem_code == st.FOLDER_MISSING and state.last_sync is None

    not_a_folder = tmp_path / "exchange.txt"
    not_a_folder.write_text("not a folder")
    a.folder = not_a_folder
    report = a.sync()
    assert not report.reached and [p.code for p in report.problems] == [st.FOLDER_UNREADABLE]
    assert sync_state(a.db, not_a_folder).problem


def test_a_folder_without_permission_gives_a_status(world, monkeypatch) -> None:
    (a, _b), _ids, _folder, _clock = world

    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    report = a.sync()
    assert not report.reached
    assert report.problems[0].code == st.FOLDER_UNREADABLE
    assert "Permission denied" in report.problems[0].message


def test_clocks_that_disagree_change_nothing(world) -> None:
    (a, b), ids, _folder, _clock = world
    from datetime import timedelta

    import workbench.store.database as database

    real = database.utcnow
    # A's clock runs a day behind: its edit carries an older stamp than B's earlier one
    b.set_text(ids[1], "B, earlier")
    settle([b, a])
    database.utcnow = lambda: real() - timedelta(days=1)
    try:
        a.set_text(ids[1], "A, later but behind")
    finally:
        database.utcnow = real
    settle([a, b])
    # A edited on top of B's version: a plain update everywhere, whatever the stamps say
    assert "A, later but behind" in a.texts() and "A, later but behind" in b.texts()
    assert dump(a.db) == dump(b.db)
    with b.db.session() as s:
        from sqlmodel import select

        from workbench.domain import Conflict

        assert list(s.exec(select(Conflict))) == []


def test_a_newcomer_starts_from_the_snapshots_after_compaction(world, tmp_path) -> None:
    (a, b), ids, folder, clock = world
    for n in range(6):
        a.set_text(ids[0], f"edit {n}")
        a.sync(compact_after=3)
        b.sync(compact_after=3)
    a.sync(compact_after=3)
    listing = list_laptop_folder(own_folder(a))
    assert listing.snapshots and min(listing.packages, default=99) > 3
    assert 1 not in listing.snapshots  # the first snapshot went with the packages
    newcomer = Laptop("C", tmp_path / "C.sqlite", folder, clock)  # an empty database
    try:
        report = newcomer.sync()
        assert report.problems == ()
        first = {}
        for r in report.received:
            first.setdefault(r.laptop_id, r)
        assert len(first) == 2 and all(r.snapshot for r in first.values())  # from each
        assert newcomer.texts() == a.texts() == b.texts()
    finally:
        newcomer.close()


def test_packages_are_kept_until_every_laptop_present_merged_them(world) -> None:
    (a, b), ids, _folder, _clock = world
    for n in range(5):
        a.set_text(ids[0], f"edit {n}")
        a.sync(compact_after=2)  # B does not sync: nothing may go
    listing = list_laptop_folder(own_folder(a))
    assert set(listing.packages) == {2, 3, 4, 5, 6}
    b.sync(compact_after=2)
    a.sync(compact_after=2)
    listing = list_laptop_folder(own_folder(a))
    assert listing.packages == {} and set(listing.snapshots) == {6}

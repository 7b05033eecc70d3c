"""The folder's names (packages, snapshots, the engines' copies, files in progress) and
the warning places: the live database inside the exchange folder or a synced folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.services.sync.layout import (
    engine_of_copy,
    is_laptop_folder_name,
    laptop_folders,
    list_laptop_folder,
)
from workbench.services.sync.location import synced_place

LAPTOP = "3f2a9c1e-7d4b-4e8a-9b1c-0d2e3f4a5b6c"


def test_a_laptops_files_are_sorted_by_what_they_are(tmp_path: Path) -> None:
    names = {
        "snapshot-000001.zip": "snapshot",
        "000002.zip": "package",
        "000003.zip": "package",
        "000003 (1).zip": "copy",
        "000003.sync-conflict-20260302-101500-ABCDEFG.zip": "copy",
        "000003-DESKTOP-7.zip": "copy",
        "000003 (Anna's conflicted copy 2026-03-02).zip": "copy",
        "000003 (conflicted copy 2026-03-02 101500).zip": "copy",
        "000004.zip.partial": "in progress",
        ".syncthing.000004.zip.tmp": "in progress",
        "~$000004.zip": "in progress",
        "laptop.json": "state",
        "laptop-DESKTOP-7.json": "state copy",
        "notes.txt": "ignored",
    }
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    listing = list_laptop_folder(tmp_path)
    assert set(listing.snapshots) == {1}
    assert set(listing.packages) == {2, 3}
    assert len(listing.copies[3]) == 5
    assert {engine for _info, engine in listing.copies[3]} == {
        "duplicate",
        "syncthing",
        "onedrive",
        "dropbox/nextcloud",
    }
    assert len(listing.in_progress) == 3
    assert listing.state == tmp_path / "laptop.json"
    assert [p.name for p in listing.state_copies] == ["laptop-DESKTOP-7.json"]
    assert listing.highest == 3


@pytest.mark.parametrize(
    ("mark", "engine"),
    [
        (".sync-conflict-20260302-101500-ABCDEFG", "syncthing"),
        (" (conflicted copy 2026-03-02 101500)", "dropbox/nextcloud"),
        ("_conflict-20260302-101500", "owncloud"),
        (" (2)", "duplicate"),
        (" - Copy", "duplicate"),
        ("-LAPTOP-ANNA", "onedrive"),
    ],
)
def test_the_engines_copies_are_recognised(mark: str, engine: str) -> None:
    assert engine_of_copy(mark) == engine


def test_only_folders_named_by_an_installation_are_laptops(tmp_path: Path) -> None:
    (tmp_path / LAPTOP).mkdir()
    (tmp_path / f"{LAPTOP} (1)").mkdir()
    (tmp_path / "Inbox").mkdir()
    (tmp_path / "desktop.ini").write_text("")
    assert laptop_folders(tmp_path) == {LAPTOP: tmp_path / LAPTOP}
    assert is_laptop_folder_name(LAPTOP) and not is_laptop_folder_name("Inbox")


def test_a_database_inside_the_exchange_folder_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "Exchange"
    (folder / LAPTOP).mkdir(parents=True)
    place = synced_place(folder / LAPTOP / "workbench.sqlite", folder, environ={})
    assert place is not None and place.exchange_folder and place.root == folder
    assert synced_place(tmp_path / "workbench.sqlite", folder, environ={}) is None


@pytest.mark.parametrize(
    ("marker", "engine"),
    [
        (".stfolder", "Syncthing"),
        (".dropbox", "Dropbox"),
        ("._sync_4f3a2b1c.db", "Nextcloud"),
        (".owncloudsync.log", "Nextcloud"),
    ],
)
def test_a_database_in_a_folder_an_engine_syncs_is_found(
    tmp_path: Path, marker: str, engine: str
) -> None:
    root = tmp_path / "Shared"
    (root / "work" / "data").mkdir(parents=True)
    (root / marker).write_text("")
    place = synced_place(root / "work" / "data" / "workbench.sqlite", None, environ={})
    assert place is not None and place.engine == engine and place.root == root


def test_onedrive_is_found_by_its_variables_and_its_name(tmp_path: Path) -> None:
    business = tmp_path / "OneDrive - Pensioenfonds"
    (business / "Workbench").mkdir(parents=True)
    place = synced_place(business / "Workbench" / "workbench.sqlite", None, environ={})
    assert place is not None and place.engine == "OneDrive"
    elsewhere = tmp_path / "Sync" / "Documents"
    elsewhere.mkdir(parents=True)
    env = {"OneDriveCommercial": str(tmp_path / "Sync")}
    place = synced_place(elsewhere / "workbench.sqlite", None, environ=env)
    assert place is not None and place.engine == "OneDrive"
    assert synced_place(tmp_path / "local" / "workbench.sqlite", None, environ={}) is None

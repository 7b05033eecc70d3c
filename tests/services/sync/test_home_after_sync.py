"""Home's exchange card counts the packages the folder sync writes, not only hand exports."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import Clock, Laptop, copy_case, make_case

from workbench.services import home


def test_a_folder_sync_is_the_last_package_out(tmp_path: Path) -> None:
    template = tmp_path / "case.sqlite"
    make_case(template)
    folder = tmp_path / "exchange"
    folder.mkdir()
    laptop = Laptop("anna", copy_case(template, tmp_path / "anna.sqlite"), folder, Clock())
    try:
        with laptop.db.session() as s:
            assert home.exchange_state(s).last_export_at is None
        laptop.add_commitment("Map the smelters")
        laptop.sync()
        with laptop.db.session() as s:
            sent = home.exchange_state(s).last_export_at
        assert sent is not None and sent.tzinfo is not None
    finally:
        laptop.close()

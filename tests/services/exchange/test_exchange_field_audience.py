"""The audiences of single texts travel between laptops, with their history; a package
made before they existed still merges, its texts for the working group only."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from exchange_helpers import build_small_case, copy_db
from sqlmodel import select

from workbench.domain import Audience, Change, Engagement, Organisation
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.format import read_package, write_package
from workbench.services.records import get_record, update_record
from workbench.store import open_database


def test_a_field_audience_and_its_history_reach_the_other_laptop(tmp_path: Path) -> None:
    a = open_database(tmp_path / "a.sqlite")
    case = build_small_case(a)
    a.close()
    a = open_database(tmp_path / "a.sqlite")
    b = copy_db(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    with a.transaction() as s:
        update_record(s, Engagement, case["engagement"], baseline_audience=Audience.PARTNERS)
        update_record(s, Organisation, case["org"], name_audience=Audience.PARTNERS)
    path = exchange.export_package(a, tmp_path / "a.zip").path
    exchange.import_package(b, path)
    with b.session() as s:
        assert get_record(s, Engagement, case["engagement"]).baseline_audience == "partners"
        assert get_record(s, Organisation, case["org"]).name_audience == "partners"
        changes = s.exec(select(Change).where(Change.entity_id == case["engagement"]))
        fields = {c.field for c in changes}
    assert "baseline_audience" in fields
    a.close()
    b.close()


def _without_field_audiences(package: Path, target: Path) -> Path:
    """``package`` as a laptop still on schema 0002 would have written it."""
    read = read_package(package)
    records = {
        table: [
            {k: v for k, v in row.items() if k == "audience" or not k.endswith("_audience")}
            for row in rows
        ]
        for table, rows in read.records.items()
    }
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest = {k: v for k, v in manifest.items() if k not in ("counts", "files")}
    manifest["schema"] = "0002"
    return write_package(target, manifest, records)


def test_a_package_from_before_field_audiences_merges_as_group_only(tmp_path: Path) -> None:
    old = open_database(tmp_path / "old.sqlite")
    case = build_small_case(old)
    with old.transaction() as s:
        update_record(s, Engagement, case["engagement"], theme="Mica", baseline="Frank words")
    package = exchange.export_package(old, tmp_path / "new-format.zip").path
    old.close()
    legacy = _without_field_audiences(package, tmp_path / "old-format.zip")
    assert (
        "baseline_audience"
        not in json.loads(zipfile.ZipFile(legacy).read("records/engagement.json"))[0]
    )

    fresh = open_database(tmp_path / "fresh.sqlite")
    exchange.import_package(fresh, legacy)
    with fresh.session() as s:
        engagement = get_record(s, Engagement, case["engagement"])
        assert engagement.baseline == "Frank words"
        assert engagement.baseline_audience == Audience.GROUP
        assert engagement.theme_audience == Audience.GROUP
        assert get_record(s, Organisation, case["org"]).name_audience == Audience.GROUP
    fresh.close()

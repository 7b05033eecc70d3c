"""The send log, the distribution list and the versions of minutes travel between
laptops in a package like any record, and a merge is not refused by the frozen minutes."""

from __future__ import annotations

from pathlib import Path

from cycle_case import build_cycle

from workbench.exports.runner import ExportKind
from workbench.exports.sending import SendRequest, prepare_send
from workbench.services.cycle import approval, versions
from workbench.services.cycle.distribution import recipients
from workbench.services.cycle.sendlog import list_sent
from workbench.services.exchange import packages as exchange
from workbench.store import open_database


def test_the_cycle_travels_in_a_package(db, tmp_path: Path) -> None:
    ids = build_cycle(db)
    db.close()
    other_path = tmp_path / "other.sqlite"
    import shutil

    shutil.copyfile(db.path, other_path)  # a colleague set up from a copy
    mine = open_database(db.path)
    other = open_database(other_path)
    try:
        prepare_send(mine, SendRequest(ExportKind.MINUTES, ids.call, eml_path=tmp_path / "m.eml"))
        with mine.transaction() as s:
            approval.approve_minutes(s, ids.call)
        package = tmp_path / "mine.zip"
        exchange.export_package(mine, package)
        exchange.import_package(other, package)
        with other.session() as s:
            (sent,) = list_sent(s, meeting_id=ids.call)
            state = versions.minutes_state(s, ids.call)
            people = [r.name for r in recipients(s, ids.engagement, "partners")]
        assert sent.recipients == ("Ms Official", "Priya <priya@mica.example>")
        assert state.frozen and state.version == 1
        assert people == ["Ms Official", "Priya"]
    finally:
        mine.close()
        other.close()

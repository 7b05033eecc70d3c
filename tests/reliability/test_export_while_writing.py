"""Packages exported while the app keeps writing are consistent snapshots: each one
imports into a fresh database with every parent its children need."""

from __future__ import annotations

import threading
from pathlib import Path

from test_backup_while_writing import write_meetings

from workbench.services.exchange import packages as exchange
from workbench.store import Database, open_database


def test_packages_exported_while_writing_import_cleanly(db: Database, tmp_path: Path) -> None:
    stop, counter = threading.Event(), [0]
    writer = threading.Thread(target=write_meetings, args=(db, stop, counter))
    writer.start()
    packages = []
    try:
        for n in range(4):
            start = counter[0]
            while counter[0] < start + 3 and writer.is_alive():
                threading.Event().wait(0.001)
            packages.append(exchange.export_package(db, tmp_path / f"p{n}.zip"))
    finally:
        stop.set()
        writer.join()
    for n, summary in enumerate(packages):
        fresh = open_database(tmp_path / f"fresh{n}.sqlite")
        try:
            report = exchange.import_package(fresh, summary.path)
            assert report.added == summary.total
            assert summary.counts["agendaitem"] == 3 * summary.counts["meeting"]
        finally:
            fresh.close()

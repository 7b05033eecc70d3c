"""What the ready window holds: the libraries of work the user has not asked for yet wait
until asked (peak memory with the tracker open is a goal of ``make bench``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Loaded only when used: sealing and the group's keys (cryptography, keyring), the
#: calendar files, the PDF and the workbook writers.
WAITING = ("cryptography", "keyring", "icalendar", "reportlab", "openpyxl")
#: The window's own modules that wait for their first use: the Export dialog (File →
#: Export…: the evidence pack and the reports behind it) and the drop folder's scan (with
#: its e-mail parsing; no folder, no scan).
WAITING_MODULES = (
    "workbench.ui.share.export_dialog",
    "workbench.exports.evidence_pack",
    "workbench.services.capture.dropfolder",
)


def test_the_ready_window_has_not_loaded_what_waits_until_used(
    tmp_path: Path, demo_db_path: Path
) -> None:
    probe = (
        "import json, os, sys\n"
        "import workbench.ui.shell.main_window as mw\n"
        "attach = mw.MainWindow.attach\n"
        "def attached(self, db):\n"
        "    attach(self, db)\n"
        "    print(json.dumps({'modules': sorted(sys.modules), 'ready': self.is_ready(),\n"
        "                      'actions': len(self.findChildren(mw.QAction))}), flush=True)\n"
        "    os._exit(0)\n"
        "mw.MainWindow.attach = attached\n"
        "from workbench.cli import main\n"
        f"main(['--db', {str(demo_db_path)!r}])\n"
    )
    env = {**os.environ, "WORKBENCH_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ready"] and seen["actions"] > 20  # the menus are all there
    loaded = {name.partition(".")[0] for name in seen["modules"]}
    assert not loaded & set(WAITING), sorted(loaded & set(WAITING))
    assert not set(seen["modules"]) & set(WAITING_MODULES), sorted(
        set(seen["modules"]) & set(WAITING_MODULES)
    )

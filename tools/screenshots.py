"""Screenshots of every main page (Home first), chair mode and the main dialogs, to look at.

Usage::

    .venv/bin/python tools/screenshots.py OUT_DIR [--lang nl] [--dark] [--size 1366x768]

Runs on the demo case in a scratch folder (your own data and settings are not touched),
with "I am" set to a member who has open actions (so Home shows "My actions"),
headless unless ``QT_QPA_PLATFORM`` or ``DISPLAY`` says otherwise (under Xvfb:
``DISPLAY=:99``). ``--lang nl`` builds the Dutch .qm from the .ts first (never a stale one);
``--dark`` sets a dark Fusion palette, to see that everything reads on it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dark_palette():  # type: ignore[no-untyped-def]
    """A dark palette like the ones desktop themes use (Fusion's roles, dark greys)."""
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.Mid, "#555555"),
    ):
        pal.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return pal


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "nl"))
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1366x768")  # the most common laptop screen
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
    os.environ["WORKBENCH_HOME"] = str(scratch / "home")
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench import config
    from workbench.app import create_application
    from workbench.services.meetings import templates
    from workbench.services.demo.build import ENGAGEMENT_ID, build_demo
    from workbench.store import open_database
    from workbench.ui.i18n import install_translators
    from workbench.ui.shell.main_window import MainWindow
    from workbench.services.demo.records import demo_id
    from workbench.ui.settings import ME, Settings

    # Always from the .ts as it is now, never a stale .qm (English has its plural forms).
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "resources" / "translations" / f"workbench_{args.lang}.ts"
    qm = scratch / f"workbench_{args.lang}.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    config.translations_dir = lambda: scratch  # type: ignore[assignment]

    app = create_application()
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    install_translators(app, args.lang)
    db = open_database(scratch / "demo.sqlite")
    build_demo(db)
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(ME, demo_id("person:thomas"))  # Home shows "My actions"
    import sync_scene  # a second laptop and a conflict, for the status bar and Conflicts

    other = sync_scene.prepare(db, settings, scratch)
    window = MainWindow(db, settings)
    window.resize(width, height)
    window.show()
    window.sync_feature.controller.sync_now()  # what the start timer does

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        key = window.sidebar.item(row).data(0x0100)
        shoot(window, f"{row + 1:02}-{key}")

    with db.transaction() as s:
        template = templates.list_templates(s)[0]
        meeting = templates.create_meeting_from_template(
            s,
            template.id,
            engagement_id=ENGAGEMENT_ID,
            starts_at=datetime.now(UTC) + timedelta(days=3),
        )
    window.events.records_changed.emit("meeting", [meeting.id])
    window.show_record("meeting", meeting.id)
    feature = window.meeting_feature
    editor = feature.open_agenda(meeting.id)
    editor.resize(width, height)
    shoot(editor, "20-agenda-editor")
    editor.close()
    chair = feature.open_chair()
    chair.resize(width, height)
    shoot(chair, "21-chair")
    chair.start()
    chair.session.next()
    chair.show_item()
    shoot(chair, "22-chair-running")
    chair.open_capture("commitment")
    shoot(chair, "23-chair-capture")
    chair.capture_form.cancel()
    chair.help.toggle()
    shoot(chair, "24-chair-help")
    chair.help.toggle()
    chair.session.capture_decision("Velora presents its supplier list at the next call")
    chair.session.capture_commitment(
        "Share the list of mica suppliers", "by_company", due_on="2030-03-01"
    )
    chair.session.capture_action("Send Velora the RMI membership terms")
    chair.end()
    shoot(chair, "25-chair-summary")
    summary = chair.summary_view
    summary.list.selectRow(1)
    correction = summary.correct()
    shoot(correction, "26-chair-correction")
    correction.reject()
    chair.close()

    from workbench.services.demo.build import CAR_MAKER_TARGET_ID
    from workbench.ui.followup.target_dialog import TargetDialog
    sync_scene.shoot_extra(window, shoot)

    from workbench.ui.share.export_dialog import open_export_dialog
    from workbench.ui.shell.settings_dialog import SettingsDialog

    for name, dialog in (
        ("30-settings", SettingsDialog(db, settings, window)),
        ("31-export", open_export_dialog(window)),
        ("32-company", TargetDialog(db, CAR_MAKER_TARGET_ID, window)),
    ):
        dialog.show()
        shoot(dialog, name)
        dialog.close()
    _stewardship_shots(window, shoot)
    window.close()
    db.close()
    other.close()
    QApplication.processEvents()
    return 0


def _stewardship_shots(window, shoot) -> None:  # type: ignore[no-untyped-def]
    """The stewardship record's dialogs: escalation, roles, documents of a company, the
    ladder, and the export of the evidence pack."""
    from PySide6.QtWidgets import QDialog

    from workbench.exports.runner import ExportKind
    from workbench.services.demo.build import SUPPLIER_TARGET_ID
    from workbench.ui.share.export_dialog import open_export_dialog

    QDialog.exec = lambda self: self.show() or 0  # type: ignore[method-assign,assignment]
    window.show_page("progress")
    bar = next(
        s.bar for s in window.followup.overview.sections if s.bar and s.bar.target_id == SUPPLIER_TARGET_ID
    )
    for name, open_dialog in (
        ("40-escalation", bar.open_escalation),
        ("41-roles", bar.open_roles),
        ("42-company-documents", bar.open_documents),
        ("43-ladder", window.stewardship.edit_ladder),
    ):
        dialog = open_dialog()
        shoot(dialog, name)
        dialog.close()
    export = open_export_dialog(window)
    export.what.setCurrentIndex(export.what.findData(ExportKind.EVIDENCE))
    shoot(export, "44-export-evidence")
    export.close()
    window.show_page("commitments")
    from workbench.services.demo.records import demo_id

    window.pages["commitments"].select_id(demo_id("commitment:car-maker-mica-capacity"))
    shoot(window, "45-commitment-evidence")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

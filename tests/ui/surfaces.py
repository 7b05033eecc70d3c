"""Every page, dialog and window a user can reach from the main window, one after another.

The tests of translation, accessible names and keyboard use the same walk, so a dialog
added to a menu is covered by all three without being listed anywhere: the walk triggers
every action in the menu bar (but New, Quit and the Go menu) and looks at each window or
dialog that appears. ``QDialog.exec`` is replaced by a show that returns at once, so a
modal dialog does not stop the test; windows are closed again after they were looked at.
A few states are opened on purpose: chair mode with its help, a capture form, running
and its summary; search with results; the tracker import without a file; a merge report.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMenuBar, QWidget

from workbench import config
from workbench.services.demo.build import ENGAGEMENT_ID
from workbench.services.meetings import templates
from workbench.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "workbench_nl.ts"
EN_TS = ROOT / "resources" / "translations" / "workbench_en.ts"

Check = Callable[[str, QWidget], None]

#: Menu actions the walk leaves alone: they change data, quit, or open a file chooser;
#: or they show a page (walked as a page) or only start work (Sync now).
SKIPPED = {
    "import_package",
    "filter_action",
    "show_conflicts",
    "action_sync_now",
    "action_scan_drop_folder",  # scans in the background, opens no window
}


def menu_actions(bar: QMenuBar | QMenu) -> list[QAction]:
    """Every action in a menu bar or menu, submenus included, in menu order."""
    found: list[QAction] = []
    for action in bar.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def _walked(window: QWidget, action: QAction) -> bool:
    if action.menu() is not None or action.objectName() in SKIPPED:
        return False
    if action.menuRole() == QAction.MenuRole.QuitRole:
        return False
    if action.shortcut() == QKeySequence(QKeySequence.StandardKey.New):
        return False  # File → New adds a record
    return action not in window.menu("go").actions()  # pages are walked as pages


def _meeting_with_carry_over(window: QWidget) -> str:
    """A new meeting from a template: its first item lists what is open from earlier
    meetings, so the agenda editor and chair mode show their carry-over panel."""
    with window.db.transaction() as s:
        templates.ensure_default_templates(s)
        template = templates.list_templates(s)[0]
        meeting = templates.create_meeting_from_template(
            s, template.id, engagement_id=ENGAGEMENT_ID
        )
    window.events.records_changed.emit("meeting", [meeting.id])
    return meeting.id


def _visible_windows(main: QWidget) -> list[QWidget]:
    """The windows shown besides ``main``. Windows closed before are deleted first.

    ``topLevelWidgets`` makes its list of C++ pointers first and wraps them one by one;
    a garbage collection that runs meanwhile (wrapping allocates) may free a window only
    a reference cycle kept (a dialog made without a parent whose slot closes over it),
    and the next pointer in the list is then a freed object: the segmentation fault in
    ``QObject::property`` under ``getWrapperForQObject`` that the walk met now and then.
    So no collection runs while the list is made (a full collection before each look
    cost the walk minutes once the test process held a gigabyte).
    """
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.disable()
    try:
        widgets = QApplication.topLevelWidgets()
    finally:
        gc.enable()
    found = []
    for w in widgets:
        if not shiboken6.isValid(w) or w is main or isinstance(w, QMenu):
            continue
        if w.isVisible():
            found.append(w)
    return found


def _chair_states(chair: QWidget, check: Check) -> None:
    """Chair mode beyond its first look: help, a capture form, running, the summary."""
    assert chair.carry_over.isVisible()  # the first item: what is open from before
    chair.help.toggle()
    check("chair window, help", chair)
    chair.help.toggle()
    chair.open_capture("commitment")
    check("chair window, capture form", chair)
    chair.capture_form.cancel()
    chair.start()
    check("chair window, running", chair)
    chair.end()
    check("chair window, summary", chair)


def _extra_states(widget: QWidget, check: Check) -> None:
    name = widget.objectName()
    if name == "agenda_editor":
        assert widget.carry_over.isVisible()  # the first item: what is open from before
    elif name == "chair_window":
        _chair_states(widget, check)
    elif name == "search_dialog":
        widget.box.setText("mica")
        widget.run_search()
        check("search dialog, results", widget)
    elif name == "import_dialog":
        widget.preview()  # no file chosen: says what to do
        check("import dialog, no file", widget)


def visit_everything(
    window: QWidget, qtbot: object, monkeypatch: pytest.MonkeyPatch, check: Check
) -> list[str]:
    """Call ``check(name, root)`` for every page (root: the main window) and every window
    or dialog the menus open; returns the names visited."""
    opened: list[QWidget] = []

    def show_instead_of_exec(dialog: QDialog) -> int:
        dialog.show()
        opened.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", show_instead_of_exec)
    visited: list[str] = []

    def look(name: str, root: QWidget) -> None:
        QApplication.processEvents()
        visited.append(name)
        check(name, root)

    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        look(f"page {window.sidebar.item(row).data(0x0100)}", window)

    window.show_record("meeting", _meeting_with_carry_over(window))
    for action in menu_actions(window.menuBar()):
        if not _walked(window, action):
            continue
        before = set(map(id, _visible_windows(window)))
        opened.clear()
        action.trigger()
        QApplication.processEvents()
        new = [w for w in _visible_windows(window) if id(w) not in before]
        new += [d for d in opened if d not in new]
        assert new, f"{action.text()!r} opened nothing"
        for widget in new:
            look(widget.objectName() or type(widget).__name__, widget)
            _extra_states(widget, look)
            widget.close()
        QApplication.processEvents()

    from workbench.services.exchange.merge import MergeReport
    from workbench.ui.share.exchange_dialogs import MergeReportDialog

    report = MergeReportDialog(window.db, MergeReport(source="laptop", exported_at=""), window)
    report.show()
    look("merge report", report)
    report.close()
    return visited


def qt_tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lrelease``...) next to the Python running the tests."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} not found next to {sys.executable}"
    return found


def build_dutch(folder: Path) -> Path:
    """The Dutch .qm built from the .ts now, in ``folder`` (a fresh clone has none), and
    the English one beside it (its plural forms), for switching back to English."""
    for ts in (TS, EN_TS):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
    return folder


@contextmanager
def ui_language(
    app: QApplication, language: str, qm_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The UI in ``language`` for a while, then English again for the rest of the suite."""
    monkeypatch.setattr(config, "translations_dir", lambda: qm_folder)
    try:
        assert install_translators(app, language) == language
        yield
    finally:
        install_translators(app, "en")

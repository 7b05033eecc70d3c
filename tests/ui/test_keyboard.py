"""Everything works from the keyboard, in English and in Dutch.

- every menu and menu action has a mnemonic or a shortcut, and within one menu no two
  share a letter;
- in every window and dialog (a page of the main window counts with the menu bar) no two
  visible controls share a mnemonic, and a label with a mnemonic has a buddy to go to;
- in every dialog, Tab goes through the controls in the order they are read on screen;
- on every main page, Tab reaches each control of the page and leaves each again.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QMenu,
    QMenuBar,
    QToolButton,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).parent))
from surfaces import build_dutch, menu_actions, ui_language, visit_everything

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of a text (``"Save &as"`` → ``"a"``), lower case."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_dutch(tmp_path_factory.mktemp("translations"))


@pytest.fixture(params=["en", "nl"])
def language(request, qapp, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with ui_language(qapp, request.param, qm_dir, monkeypatch):
        yield request.param


# -- menus ---------------------------------------------------------------------------------
def _menus(bar: QMenuBar | QMenu) -> Iterator[QMenuBar | QMenu]:
    yield bar
    for action in bar.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def test_every_menu_action_has_a_mnemonic_or_a_shortcut(
    qtbot, demo_db, make_window, language
) -> None:
    window = make_window(demo_db)
    bare = [
        action.text()
        for action in menu_actions(window.menuBar())
        if not mnemonic(action.text()) and action.shortcut().isEmpty()
    ]
    assert not bare, bare
    clashes = {}
    for menu in _menus(window.menuBar()):
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        doubled = {x for x in letters if x and letters.count(x) > 1}
        if doubled:
            title = menu.title() if isinstance(menu, QMenu) else "menu bar"
            clashes[title] = [a.text() for a in menu.actions() if mnemonic(a.text()) in doubled]
    assert not clashes, clashes


# -- mnemonics in windows ----------------------------------------------------------------
def mnemonic_owners(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    """(letter, text, widget) of the visible controls of ``root`` that have a mnemonic."""
    if isinstance(root, QWidget) and hasattr(root, "menuBar") and root.menuBar().isVisible():
        for action in root.menuBar().actions():
            letter = mnemonic(action.text())
            if letter:
                yield letter, action.text(), root.menuBar()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # shows the action's text without its mnemonic
        if isinstance(widget, QLabel | QAbstractButton):
            letter = mnemonic(widget.text())
            if letter:
                yield letter, widget.text(), widget


def test_mnemonics_are_unique_in_every_window_and_go_somewhere(
    qtbot, demo_db, make_window, monkeypatch, language
) -> None:
    window = make_window(demo_db)
    problems: dict[str, list[str]] = {}

    def check(name: str, root: QWidget) -> None:
        owners = list(mnemonic_owners(root))
        letters = [letter for letter, _t, _w in owners]
        for letter, text, widget in owners:
            if letters.count(letter) > 1:
                problems.setdefault(name, []).append(f"{text!r} shares Alt+{letter}")
            if isinstance(widget, QLabel) and widget.buddy() is None:
                problems.setdefault(name, []).append(f"label {text!r} has no buddy")

    visit_everything(window, qtbot, monkeypatch, check)
    assert not problems, problems


def test_the_welcome_page_has_unique_mnemonics(qtbot, db, make_window, language) -> None:
    window = make_window(db)
    assert window.stack.currentWidget() is window.welcome
    letters = [letter for letter, _t, _w in mnemonic_owners(window)]
    assert len(letters) == len(set(letters)) >= 7, letters


# -- tab order -----------------------------------------------------------------------------
def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab goes to in ``root``, in order (one round)."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and widget not in chain:
        inner_editor = isinstance(widget.parent(), QAbstractSpinBox)
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not inner_editor
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def _out_of_reading_order(root: QWidget, chain: list[QWidget]) -> list[str]:
    """Steps of the chain that go up the screen, or left on the same line."""
    wrong = []
    for a, b in pairwise(chain):
        ra = a.rect().translated(a.mapTo(root, QPoint(0, 0)))
        rb = b.rect().translated(b.mapTo(root, QPoint(0, 0)))
        same_line = (
            ra.top() < rb.center().y() < ra.bottom() or rb.top() < ra.center().y() < rb.bottom()
        )
        if (same_line and rb.center().x() < ra.center().x()) or (
            not same_line and rb.center().y() < ra.center().y()
        ):
            wrong.append(f"{_name(a)} → {_name(b)}")
    return wrong


def test_tab_follows_the_screen_in_every_dialog(qtbot, demo_db, make_window, monkeypatch) -> None:
    window = make_window(demo_db)
    problems: dict[str, list[str]] = {}

    def check(name: str, root: QWidget) -> None:
        if root is window:
            return  # pages: see the walk below
        chain = tab_chain(root)
        wrong = _out_of_reading_order(root, chain)
        if wrong:
            problems[name] = wrong

    visit_everything(window, qtbot, monkeypatch, check)
    assert not problems, problems


def test_tab_walks_through_every_main_page(qtbot, demo_db, make_window) -> None:
    """Ctrl+1… opens each page; Tab reaches every control on it, and none keeps it."""
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    problems: dict[str, list[str]] = {}
    for row in range(min(9, window.sidebar.count())):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        page = window.stack.currentWidget()
        name = window.sidebar.item(row).text()
        assert window.sidebar.currentRow() == row, name
        expected = [w for w in tab_chain(window) if page.isAncestorOf(w)]
        window.sidebar.setFocus()
        reached: list[QWidget] = []
        stays = 0  # a date edit takes Tab through its day, month and year first
        for _ in range(3 * len(tab_chain(window)) + 10):
            before = QApplication.focusWidget()
            qtbot.keyClick(before, Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
            stays = stays + 1 if now is before else 0
            if stays > 5:
                problems.setdefault(name, []).append(f"Tab stays in {now.objectName()!r}")
                break
            if now is window.sidebar:
                break
            if now is not before:
                reached.append(now)
        missed = [_name(w) for w in expected if w not in reached]
        if missed:
            problems.setdefault(name, []).append(f"not reached by Tab: {missed}")
    assert not problems, problems

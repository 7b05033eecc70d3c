"""Dutch and English are complete: in Dutch no English UI text is left, and the reverse.

The Dutch catalogue (``resources/translations/workbench_nl.ts``) is read as the list of
what the program says; every page and every dialog the menus open is walked (see
``surfaces.py``) and each visible text (labels, buttons, menus, group boxes, headers,
placeholders, window titles, combo items, table cells, tooltips, accessible names) is
compared with it. A text equal to an English source whose Dutch differs is a leftover in
Dutch; a Dutch translation seen in English is one the other way. Data from the database
(the demo case is in English) is not UI text and is left out. The translators are
switched back to English at the end, so the rest of the suite runs in English.
"""

from __future__ import annotations

import html
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).parent))
from surfaces import EN_TS, TS, build_dutch, qt_tool, ui_language, visit_everything

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}")
#: Where a plural message (``numerus="yes"``) puts its count.
COUNT = "%n"
BLOCK = re.compile(r"<(?:/?(?:h\d|p|li|ul|ol|tr|td|th|table|br|div)\b[^>]*)>|\n")
ROWS_LOOKED_AT = 40


def norm(text: str) -> str:
    """A text as read: no markup, no mnemonic ampersand, single spaces."""
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"&(&)|&(?=\w)(?!#?\w+;)", r"\1", text)  # a mnemonic, not an entity
    return " ".join(html.unescape(text).split())


def _pattern(source: str) -> re.Pattern[str] | None:
    """A source with ``{placeholders}`` as a pattern, if enough words are left to tell."""
    literal = PLACEHOLDER.split(source)
    if sum(ch.isalpha() for ch in "".join(literal)) < 3:
        return None
    return re.compile("(.+?)".join(re.escape(part) for part in literal), re.DOTALL)


@dataclass
class Side:
    """The texts of one language: exact ones, and patterns for those with placeholders."""

    exact: dict[str, str] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    def add(self, text: str, label: str) -> None:
        n = norm(text).replace(COUNT, "{n}")
        if PLACEHOLDER.search(n):
            pattern = _pattern(n)
            if pattern is not None:
                self.patterns.append((pattern, label))
        elif n:
            self.exact.setdefault(n, label)

    def match(self, text: str) -> str | None:
        if text in self.exact:
            return self.exact[text]
        for pattern, label in self.patterns:
            if pattern.fullmatch(text):
                return label
        return None


def _forms(message: ET.Element) -> list[str]:
    """The translation of a message: one text, or each plural form of a numerus one."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the plural forms of each numerus message of a .ts."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(name, message.findtext("source") or "")] = _forms(message)
    return found


@dataclass
class Catalogue:
    """The messages of the .ts; ``english``/``dutch`` only those the translation changes.
    A plural message counts once per form (Dutch: one and many), and in English its
    forms come from the English catalogue (``workbench_en.ts``)."""

    messages: list[tuple[str, str, str]]
    english: Side = field(default_factory=Side)
    dutch: Side = field(default_factory=Side)
    all_english: Side = field(default_factory=Side)
    all_dutch: Side = field(default_factory=Side)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        messages = []
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                messages += [(name, source, form) for form in _forms(message)]
        catalogue = cls(messages)
        english_plurals = plural_forms(EN_TS)
        for name, source, dutch in messages:
            label = f"{name}: {source!r}"
            for english in english_plurals.get((name, source), [source]):
                catalogue.all_english.add(english, label)
                if norm(english) != norm(dutch):
                    catalogue.english.add(english, label)
            catalogue.all_dutch.add(dutch, label)
            if norm(source) != norm(dutch):
                catalogue.dutch.add(dutch, label)
        return catalogue

    def keys(self) -> set[tuple[str, str]]:
        return {(name, source) for name, source, _ in self.messages}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.read(TS)


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_dutch(tmp_path_factory.mktemp("translations"))


class LookupRecorder(QTranslator):
    """Remembers every text the program asks Qt to translate, and translates none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        self.asked.add((context, source))
        return None


@pytest.fixture
def dutch(
    qapp: QApplication, qm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LookupRecorder]:
    """The UI in Dutch for one test, each text it asks for recorded."""
    recorder = LookupRecorder()
    with ui_language(qapp, "nl", qm_dir, monkeypatch):
        qapp.installTranslator(recorder)
        try:
            yield recorder
        finally:
            qapp.removeTranslator(recorder)


# -- what is on screen --------------------------------------------------------------------
def _menu_texts(menu: QMenu | QMenuBar, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(menu, QMenu):
        yield where, menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield where, action.text()
        yield where, action.statusTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {norm(action.text())}")


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None)
    columns = [
        c
        for c in range(model.columnCount())
        if not (hasattr(view, "isColumnHidden") and view.isColumnHidden(c))
    ]
    if header is not None and header().isVisible():
        for c in columns:
            yield f"{where} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    rows = [model.index(r, 0) for r in range(min(model.rowCount(), ROWS_LOOKED_AT))]
    for parent in list(rows):  # a tree's first level of children too
        rows += [model.index(r, 0, parent) for r in range(min(model.rowCount(parent), 10))]
    for first in rows:
        for c in columns:
            index = first.siblingAtColumn(c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"{where} cell", value


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads or hears in ``root`` as it is now."""
    if root.isWindow():
        yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}".strip()
        yield f"{where} accessible name", widget.accessibleName()
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            yield from _menu_texts(widget.menu(), where)
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab", widget.tabText(i)
        if isinstance(widget, QMenuBar):
            yield from _menu_texts(widget, "menu")
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{where} item", widget.item(i).text()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _view_texts(widget, where)


def _fragments(text: str) -> set[str]:
    """The whole text and its blocks (paragraphs, cells, lines, parts between " · ")."""
    found = {norm(text)}
    for block in BLOCK.split(text):
        n = norm(block or "")
        if n:
            found.add(n)
            found.update(p.strip() for p in n.split(" · ") if p.strip())
    found.discard("")
    return found


def data_texts(path: Path) -> set[str]:
    """Every text stored in the database: names, titles, notes (English in the demo)."""
    found: set[str] = set()
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found.update(norm(v) for v in row if isinstance(v, str))
    return found


def leftovers(
    window: QWidget,
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
    foreign: Side,
    own: Side,
    data: set[str],
) -> dict[str, list[str]]:
    """Texts on every surface that are ``foreign`` (and not also ``own`` or data)."""
    found: dict[str, list[str]] = {}
    # Data inside a composed text ("Action: <its title>") is cut out before matching.
    long_data = sorted((d for d in data if len(d) >= 8), key=len, reverse=True)

    def without_data(fragment: str) -> str:
        for text in long_data:
            if text in fragment:
                fragment = fragment.replace(text, "…")
        return fragment

    def check(name: str, root: QWidget) -> None:
        for where, text in visible_texts(root):
            for fragment in _fragments(text or ""):
                if fragment in data or own.match(fragment):
                    continue
                fragment = without_data(fragment)
                hit = foreign.match(fragment)
                if hit:
                    found.setdefault(name, []).append(f"{where}: {fragment!r} is {hit}")

    visited = visit_everything(window, qtbot, monkeypatch, check)
    assert len(visited) > 25, visited  # every page and dialog was walked
    return found


# -- the tests -----------------------------------------------------------------------------
def test_every_message_is_translated_and_keeps_its_placeholders(catalogue: Catalogue) -> None:
    problems = []
    for context, source, dutch in catalogue.messages:
        where = f"{context}: {source!r}"
        if not dutch:
            problems.append(f"{where} has no Dutch")
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(dutch)):
            problems.append(f"{where} → {dutch!r}: placeholders differ")
        mnemonics = [len(re.findall(r"&(?!&)\w", t)) for t in (source, dutch)]
        if mnemonics[0] != mnemonics[1]:
            problems.append(f"{where} → {dutch!r}: mnemonic lost or added")
        if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", dutch):
            problems.append(f"{where} → {dutch!r}: markup differs")
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")
    assert not problems, "\n".join(problems)


def test_every_count_has_its_plural_forms_in_dutch_and_english() -> None:
    """``tr("%n item(s)", "", n)``: Dutch and English each have a form for one and a form
    for more (the English catalogue holds nothing else), each with the count and the
    same placeholders as the source."""
    dutch, english = plural_forms(TS), plural_forms(EN_TS)
    assert dutch, "no plural messages: counts are not translated as plurals"
    assert set(english) == set(dutch), "run make update-translations"
    problems = []
    for key, source_forms in [*dutch.items(), *english.items()]:
        forms = [f for f in source_forms if f.strip()]
        if len(forms) != 2:
            problems.append(f"{key}: {len(forms)} forms, not 2")
        for form in forms:
            if COUNT not in form or sorted(PLACEHOLDER.findall(form)) != sorted(
                PLACEHOLDER.findall(key[1])
            ):
                problems.append(f"{key}: {form!r} lost the count or a placeholder")
    assert 'type="unfinished"' not in EN_TS.read_text(encoding="utf-8")
    assert ET.parse(EN_TS).getroot().get("language", "").startswith("en")
    assert not problems, "\n".join(problems)


def test_counts_read_as_plurals_in_english_and_dutch(qapp, qm_dir, monkeypatch) -> None:
    """What a user reads: "1 decision", "2 decisions"; "1 besluit", "2 besluiten"."""
    from workbench.ui.chair.captured_panel import CapturedPanel

    panel = CapturedPanel()
    shown = {}
    for language in ("en", "nl"):
        with ui_language(qapp, language, qm_dir, monkeypatch):
            shown[language] = [panel.tr("%n decision(s)", "", n) for n in (1, 2)]
    assert shown == {"en": ["1 decision", "2 decisions"], "nl": ["1 besluit", "2 besluiten"]}


def test_the_catalogue_holds_every_text_of_the_code(tmp_path: Path, catalogue: Catalogue) -> None:
    """``make update-translations`` was run: lupdate finds nothing new in the code."""
    lupdate = qt_tool("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "workbench").rglob("*.py"))
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = Catalogue.read(fresh).keys()
    assert in_code - catalogue.keys() == set(), "run make update-translations"
    assert catalogue.keys() - in_code == set(), "run make update-translations"


def test_dutch_has_no_english_left(
    qtbot, demo_db, demo_db_path, make_window, monkeypatch, catalogue, dutch
) -> None:
    window = make_window(demo_db)
    assert window.menuBar().actions()[0].text() == "&Bestand"  # the Dutch is on
    found = leftovers(
        window, qtbot, monkeypatch, catalogue.english, catalogue.all_dutch, data_texts(demo_db_path)
    )
    assert not found, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())
    # Every text the program asked to translate is in the catalogue (none hidden from
    # lupdate). ``self.tr`` asks under each class of the object's MRO in turn, so a text
    # is found when one of the contexts it was asked under has it.
    asked: dict[str, set[str]] = {}
    for context, source in dutch.asked:
        if norm(source) and not re.match(r"Q[A-Z]", context):
            asked.setdefault(source, set()).add(context)
    keys = catalogue.keys()
    unknown = {s: c for s, c in asked.items() if not any((x, s) in keys for x in c)}
    assert not unknown, unknown


def test_english_has_no_dutch(qtbot, demo_db, demo_db_path, make_window, monkeypatch, catalogue):
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    window = make_window(demo_db)
    found = leftovers(
        window, qtbot, monkeypatch, catalogue.dutch, catalogue.all_english, data_texts(demo_db_path)
    )
    assert not found, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())


def test_the_untranslated_text_finder_is_clean() -> None:
    """``tools/i18n_lint.py``: no text literal bypasses tr(), none is hidden from lupdate."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n_lint.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout

"""Find UI strings that bypass Qt's translation system, or that lupdate cannot see.

Usage: ``.venv/bin/python tools/i18n_lint.py [paths...]`` (default: ``workbench/ui`` and
``workbench/app.py``). Prints ``file:line: problem`` and exits 1 when it found any.

What it reports, and why each is a problem:

- a text literal or f-string passed to a call that shows text (``setText``, ``QLabel``,
  ``QAction``, ``setToolTip``, ``QMessageBox.warning`` ...): it is never translated;
- ``self.tr(name)`` / ``translate(ctx, name)`` with a variable: lupdate cannot see the text,
  so it needs a ``QT_TRANSLATE_NOOP`` next to where the text is written;
- ``other.tr("...")`` on an object that is not ``self``: lupdate files the text under the
  variable's name, while Qt looks it up under the object's class, so it never matches;
- a bare ``tr("...")`` helper function: lupdate files it under no context at all.

A call with ``# i18n: ok`` on one of its lines (or the line above) is skipped: a proper
name, markup around texts translated already, a text marked with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setLabelText",
    "setHtml",
    "setPlainText",
    "showMessage",
    "addItem",
    "addItems",
    "insertItem",
    "addTab",
    "insertTab",
    "setTabText",
    "addMenu",
    "addAction",
    "addRow",
    "addButton",
    "setHorizontalHeaderLabels",
    "setHeaderLabels",
    "setInformativeText",
    "setDetailedText",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "information",
    "warning",
    "critical",
    "question",
    "getText",
    "getItem",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
}
TRANSLATE_NAMES = {"translate", "tr"}


def _has_words(node: ast.AST) -> bool:
    """A literal that a user would read: has at least two letters in a row."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _has_words(node.left) or _has_words(node.right)
    else:
        return False
    stripped = "".join(ch if ch.isalpha() else " " for ch in text)
    return any(len(word) >= 2 for word in stripped.split())


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_owner(func: ast.AST, *names: str) -> bool:
    """The call is ``name.method(...)`` for one of ``names``."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in names
    )


def _is_translate_alias(value: ast.AST) -> bool:
    """``self.tr`` or ``QCoreApplication.translate`` given another name."""
    return isinstance(value, ast.Attribute) and value.attr in TRANSLATE_NAMES


def _is_column_header(node: ast.Call) -> bool:
    """``translate(self.CONTEXT, self.COLUMNS[i])``: the models' headers, NOOP-marked."""
    return ast.unparse(node.args[0]) == "self.CONTEXT" and ast.unparse(node.args[1]).startswith(
        "self.COLUMNS["
    )


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def check_file(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    problems: list[str] = []

    def report(node: ast.AST, message: str) -> None:
        first, last = node.lineno - 1, (node.end_lineno or node.lineno)
        if not any("i18n: ok" in line for line in lines[max(0, first - 1) : last]):
            problems.append(f"{path}:{node.lineno}: {message}")

    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _call_name(inner) in TRANSLATE_NAMES:
                    report(inner, "tr() inside an f-string: lupdate does not see it")
        if isinstance(node, ast.Assign) and _is_translate_alias(node.value):
            names = [ast.unparse(t) for t in node.targets]
            if names != ["translate"]:
                report(node, f"{names[0]} = {ast.unparse(node.value)}: lupdate only knows tr()")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        func = node.func
        if name == "tr":
            if isinstance(func, ast.Name):
                report(node, "bare tr() helper: lupdate files it under no context")
            elif isinstance(func, ast.Attribute):
                owner = func.value
                if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                    report(node, f"{ast.unparse(owner)}.tr(): context differs at run time")
            if node.args and not _is_literal(node.args[0]):
                report(node, f"tr() of a non-literal {ast.unparse(node.args[0])!r}")
        elif name == "translate" and not _is_owner(func, "painter"):
            if len(node.args) >= 2 and not (
                (_is_literal(node.args[0]) and _is_literal(node.args[1])) or _is_column_header(node)
            ):
                report(node, f"translate() of a non-literal: {ast.unparse(node)[:80]}")
        elif name in TEXT_CALLS and not _is_owner(func, "log", "logger", "logging"):
            args = list(node.args)
            if name in ("addItem", "insertItem"):
                args = args[:2] if len(args) == 3 else args[:1]  # the text, not the data
            for arg in args + [k.value for k in node.keywords]:
                if _has_words(arg):
                    report(node, f"untranslated text in {name}(): {ast.unparse(arg)[:70]}")
    return problems


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [Path("workbench/ui"), Path("workbench/app.py")]
    files = sorted(f for r in roots for f in ([r] if r.is_file() else r.rglob("*.py")))
    problems = [p for f in files for p in check_file(f)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

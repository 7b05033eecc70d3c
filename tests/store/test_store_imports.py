"""The store's modules import each other without a circle (imports inside functions
count too: they only hide a circle, they do not break it)."""

from __future__ import annotations

import ast
from pathlib import Path

import workbench.store

STORE = Path(workbench.store.__file__).parent
MODULES = {p.stem for p in STORE.glob("*.py") if p.stem != "__init__"}


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path) -> set[str]:
    """The store modules ``path`` imports at run time."""
    found: set[str] = set()
    skipped: set[int] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if _type_checking_only(node):
            skipped.update(id(n) for n in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "workbench.store":
                found.update(a.name for a in node.names if a.name in MODULES)
            elif node.module.startswith("workbench.store."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("workbench.store."):
                    found.add(alias.name.split(".")[2])
    return found - {path.stem}


def test_the_store_has_no_import_circle() -> None:
    graph = {name: _imports(STORE / f"{name}.py") for name in MODULES}
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            raise AssertionError("import circle: " + " → ".join([*trail, name]))
        if name in done:
            return
        for other in sorted(graph[name]):
            visit(other, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    assert graph["database"] >= {"integrity", "sqlite_file", "errors"}
    assert "database" not in graph["backup"] | graph["integrity"]

"""``workbench group``: a group made on one laptop, joined on another, packages sealed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.services.exchange.packages import installation_id
from workbench.store import open_database


@pytest.fixture
def two(demo_db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    return a, b


def _code(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("WB1-"))


def test_create_join_show_and_a_sealed_exchange(two, tmp_path: Path, capsys) -> None:
    a, b = two
    assert main(["group", "show", "--db", str(a)]) == 0
    assert "shares in no group" in capsys.readouterr().out
    assert main(["group", "create", "--db", str(a)]) == 0
    code = _code(capsys.readouterr().out)
    assert main(["group", "join", *code.split("-", 3), "--db", str(b)]) == 0
    assert "packages are sealed" in capsys.readouterr().out
    assert main(["group", "show", "--json", "--db", str(b)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["join_code"] == code and shown["has_key"]
    assert len(shown["members"]) == 1 and len(shown["members"][0]["fingerprint"]) == 19

    package = tmp_path / "a.wbx"
    assert main(["package", "export", "-o", str(package), "--db", str(a)]) == 0
    capsys.readouterr()
    assert not package.read_bytes().startswith(b"PK")
    assert main(["package", "import", str(package), "--db", str(b)]) == 0
    capsys.readouterr()
    assert main(["group", "show", "--db", str(b)]) == 0
    assert len([line for line in capsys.readouterr().out.splitlines() if "added by" in line]) == 2


def test_a_plain_package_needs_plain(two, tmp_path: Path, capsys) -> None:
    a, b = two
    package = tmp_path / "plain.zip"
    assert main(["package", "export", "-o", str(package), "--db", str(a)]) == 0
    assert main(["group", "create", "--db", str(b)]) == 0
    capsys.readouterr()
    assert main(["package", "import", str(package), "--db", str(b)]) == 1
    err = capsys.readouterr().err
    assert "not sealed" in err and "Traceback" not in err
    assert main(["package", "import", str(package), "--plain", "--db", str(b)]) == 0


def test_a_mistyped_code_is_one_clear_message(two, capsys) -> None:
    _a, b = two
    assert main(["group", "join", "WB1-AAAA-BBBB", "--db", str(b)]) == 1
    assert "mistyped or incomplete" in capsys.readouterr().err
    db = open_database(b)
    try:
        from workbench.services.group import current_group

        assert current_group(db) is None
    finally:
        db.close()


def test_remove_prints_the_new_join_code(two, tmp_path: Path, capsys) -> None:
    a, b = two
    assert main(["group", "create", "--db", str(a)]) == 0
    code = _code(capsys.readouterr().out)
    assert main(["group", "join", code, "--db", str(b)]) == 0
    package = tmp_path / "b.wbx"
    assert main(["package", "export", "-o", str(package), "--db", str(b)]) == 0
    assert main(["package", "import", str(package), "--db", str(a)]) == 0
    capsys.readouterr()
    db = open_database(b)
    try:
        b_id = installation_id(db)  # the id B's package carried
    finally:
        db.close()
    assert main(["group", "remove", b_id[:8], "--db", str(a)]) == 0
    out = capsys.readouterr().out
    assert "refused from now on" in out and "group key is replaced" in out
    new_code = next(line for line in out.splitlines() if line.startswith("WB2-"))
    assert main(["group", "show", "--json", "--db", str(a)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["join_code"] == new_code
    assert [m["removed"] for m in shown["members"] if m["laptop_id"] == b_id] == [True]

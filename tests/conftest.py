"""Shared fixtures: a fresh database per test, the demo case, headless Qt in English."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from workbench.store import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"
# No test touches the user's real keyring: the group's keys go to the 0600 file fallback
# under each test's own WORKBENCH_HOME.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the user's real folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)


@pytest.fixture(autouse=True)
def _english_content() -> Iterator[None]:
    """Shipped texts (templates, carry-over, demo) in English unless a test says otherwise."""
    from workbench import texts

    texts.set_content_language("en")
    yield
    texts.set_content_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated database file."""
    from workbench.store import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case built once per test run; each test gets its own copy."""
    from workbench.services.demo.build import build_demo
    from workbench.store import open_database

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    database = open_database(path)
    build_demo(database)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db_path(_demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    """A private copy of the demo case."""
    from workbench.store import open_database

    database = open_database(demo_db_path)
    yield database
    database.close()

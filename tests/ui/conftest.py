"""UI fixtures: tasks run inline, settings in the test's own folder, English with its
plural forms ("1 item", "2 items": the English catalogue built from the .ts)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The UI in English as the program starts it: ``install_translators(app, "en")``
    with the English .qm built now from the .ts (a fresh clone has none)."""
    from surfaces import EN_TS, qt_tool

    from workbench import config
    from workbench.ui.i18n import install_translators

    folder = tmp_path_factory.mktemp("english")
    qm = folder / "workbench_en.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(EN_TS), "-qm", str(qm)], check=True)
    real = config.translations_dir
    config.translations_dir = lambda: folder  # type: ignore[assignment]
    try:
        assert install_translators(qapp, "en") == "en"
    finally:
        config.translations_dir = real  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _inline_tasks() -> Iterator[None]:
    from workbench.ui.tasks import use_inline_runner

    use_inline_runner(True)
    yield
    use_inline_runner(False)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from workbench.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings):
    """Open a main window on a database; closed by qtbot at the end."""
    from workbench.ui.shell.main_window import MainWindow

    def make(db):
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return make

"""UI fixtures: tasks run inline, settings in the test's own folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


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

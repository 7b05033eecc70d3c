"""The shipped escalation ladder reads in Dutch, its meaning too, until the group rewrites it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbench.services.stewardship import ladder
from workbench.ui.stewardship.ladder_dialog import LadderDialog

sys.path.insert(0, str(Path(__file__).parents[1]))
from surfaces import build_dutch, ui_language


@pytest.fixture(scope="module")
def dutch_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_dutch(tmp_path_factory.mktemp("translations"))


def test_a_shipped_step_means_in_dutch_and_stays_shipped(
    qtbot, qapp, db, dutch_qm, monkeypatch
) -> None:
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        dialog = LadderDialog(db)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        assert dialog.name.text() == "Brief aan het bestuur"
        assert dialog.description.toPlainText().startswith("Schrijf de voorzitter van de raad")
        dialog.save()  # nothing typed: the step keeps its shipped (translatable) text
        with db.session() as s:
            assert ladder.ladder(s)[0].description == ladder.SHIPPED[0][2]
        dialog.description.setPlainText("Brief aan de voorzitter, met kopie aan de RvC.")
        dialog.save()
        with db.session() as s:
            assert (
                ladder.ladder(s)[0].description == "Brief aan de voorzitter, met kopie aan de RvC."
            )
        assert dialog.description.toPlainText() == "Brief aan de voorzitter, met kopie aan de RvC."

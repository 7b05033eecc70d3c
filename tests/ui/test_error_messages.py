"""A refusal of the services reaches a Dutch user in Dutch, with its values filled in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from workbench.exports.runner import ExportError
from workbench.services.errors import NotFoundError
from workbench.services.meetings import agenda
from workbench.ui.i18n import error_text
from workbench.ui.meetings.template_dialogs import SaveTemplateDialog

sys.path.insert(0, str(Path(__file__).parent))
from surfaces import build_dutch, ui_language


@pytest.fixture(scope="module")
def dutch_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_dutch(tmp_path_factory.mktemp("translations"))


def test_the_dialog_says_the_refusal_in_dutch(qtbot, qapp, db, dutch_qm, monkeypatch) -> None:
    with db.transaction() as s:
        meeting = agenda.create_meeting(
            s, title="Werkgroep oktober", engagement_id=None, carry_over=False
        )
        agenda.add_item(s, meeting.id, title="Opening")
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        dialog = SaveTemplateDialog(db, meeting.id)
        qtbot.addWidget(dialog)
        dialog.name.clear()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.message.text() == "Een sjabloon heeft een naam nodig."
        assert dialog.template_id is None  # refused, the dialog stays open


def test_values_and_words_are_filled_in_and_passed_on_errors_too(
    qapp, dutch_qm, monkeypatch
) -> None:
    missing = NotFoundError("agenda item", "a-1")
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        assert error_text(missing) == "Er is geen agendapunt met id a-1."
        try:
            raise ExportError(str(missing)) from missing
        except ExportError as passed_on:
            assert error_text(passed_on) == "Er is geen agendapunt met id a-1."
        assert error_text(OSError("disk full")) == "disk full"
    assert error_text(missing) == "No agenda item with id a-1."


def test_the_status_bar_gives_a_refused_package_s_reason_in_dutch(
    qapp, dutch_qm, monkeypatch
) -> None:
    from workbench.services.sync import status as st
    from workbench.ui.share.sync_status import problem_of

    refused = st.Problem(
        st.REFUSED_PACKAGE,
        "Anna's laptop",
        "000002.zip",
        "its signature does not match: it was changed after its laptop wrote it",
    )
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        shown = problem_of(refused)
    assert "geweigerd" in shown
    assert "handtekening" in shown and "signature" not in shown


def test_an_export_to_a_folder_is_refused_in_dutch(
    qapp, db, dutch_qm, monkeypatch, tmp_path
) -> None:
    from workbench.domain import Audience
    from workbench.exports.runner import ExportKind, ExportRequest, run_export

    with db.transaction() as s:
        meeting = agenda.create_meeting(s, title="Werkgroep", engagement_id=None, carry_over=False)
    target = tmp_path / "agenda.pdf"
    target.mkdir()  # a folder of that name: root may write a read-only file, not this
    request = ExportRequest(ExportKind.AGENDA, meeting.id, target, Audience.PARTNERS, "nl")
    with pytest.raises(ExportError) as refused:
        run_export(db, request)
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        shown = error_text(refused.value)
    assert shown == f"kan {target} niet schrijven: het is een map"
    assert str(refused.value) == f"cannot write {target}: it is a folder"


def test_a_database_of_a_newer_version_is_refused_in_dutch(
    qapp, dutch_qm, monkeypatch, tmp_path
) -> None:
    import sqlite3

    from workbench.store import NewerSchemaError, open_database

    path = tmp_path / "werkgroep.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError) as refused:
        open_database(path)
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        shown = error_text(refused.value)
    assert shown.startswith(f"{path} is geschreven door een nieuwere versie")
    assert "9999_from_the_future" in shown and "niet aangeraakt" in shown


def test_a_refusal_naming_a_laptop_is_said_in_dutch_after_it_was_stored(
    qapp, dutch_qm, monkeypatch
) -> None:
    """The sync keeps a refusal's sentence and values, not only its English: a reason with
    a laptop's id in it reaches the status bar in Dutch, after the state is stored."""
    from dataclasses import asdict

    from workbench.services.errors import QT_TRANSLATE_NOOP, UserMessage
    from workbench.services.sync import status as st
    from workbench.ui.share.sync_status import problem_of

    why = UserMessage(
        QT_TRANSLATE_NOOP("DomainError", "laptop {laptop} was removed from the group"),
        laptop="ab12cd34",
    )
    refused = st.Problem.with_reason(
        st.REFUSED_PACKAGE, "Anna's laptop", "000002.zip", why, "ab12cd34-0000"
    )
    assert refused.extra == "laptop ab12cd34 was removed from the group"  # the log's English
    stored = st._problem(asdict(refused))
    assert stored == refused
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        shown = problem_of(stored)
    assert "geweigerd" in shown and "ab12cd34" in shown
    assert "removed" not in shown

"""Small parts the stewardship windows share: the names of the shipped escalation steps
in the user's language, and opening a document in the system's viewer.

A shipped step keeps its translated name until the group renames it (the services keep
English names, the shipped key and whether it was renamed). A document is opened as a
read-only copy in a temporary folder of this session (the original stays in the
database, where backups and packages find it), handed to ``QDesktopServices``.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from workbench.services.stewardship.documents import write_copy
from workbench.store import Database
from workbench.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STEP_NAMES: dict[str, str] = {
    "letter_to_board": QT_TRANSLATE_NOOP("Steps", "Letter to the board"),
    "collaborative": QT_TRANSLATE_NOOP("Steps", "Collaborative escalation"),
    "public_statement": QT_TRANSLATE_NOOP("Steps", "Public statement"),
    "agm_question": QT_TRANSLATE_NOOP("Steps", "Question at the AGM"),
    "vote_against": QT_TRANSLATE_NOOP("Steps", "Vote against"),
    "shareholder_resolution": QT_TRANSLATE_NOOP("Steps", "Shareholder resolution"),
    "divest": QT_TRANSLATE_NOOP("Steps", "Recommendation to divest"),
}


#: What each shipped step means, as ``services.stewardship.ladder.SHIPPED`` says it.
STEP_DESCRIPTIONS: dict[str, str] = {
    "letter_to_board": QT_TRANSLATE_NOOP(
        "Steps", "Write to the chair of the board when dialogue with management stalls."
    ),
    "collaborative": QT_TRANSLATE_NOOP(
        "Steps",
        "Raise the matter together with other investors, the company's customers or an "
        "industry initiative.",
    ),
    "public_statement": QT_TRANSLATE_NOOP(
        "Steps", "Say publicly what was asked and what the company has not done."
    ),
    "agm_question": QT_TRANSLATE_NOOP("Steps", "Ask the question at the annual general meeting."),
    "vote_against": QT_TRANSLATE_NOOP(
        "Steps", "Vote against the re-election of directors or the annual report at the AGM."
    ),
    "shareholder_resolution": QT_TRANSLATE_NOOP(
        "Steps", "File or co-file a resolution for the annual general meeting."
    ),
    "divest": QT_TRANSLATE_NOOP(
        "Steps", "Recommend the funds to sell their holdings when engagement has failed."
    ),
}


def step_description(key: str | None, description: str | None) -> str:
    """What a step means as the user reads it: a shipped step's own text in their
    language, unless the group rewrote it."""
    shipped = STEP_DESCRIPTIONS.get(key or "")
    if shipped is not None and description == shipped:
        return QCoreApplication.translate("Steps", shipped)  # i18n: ok (NOOP above)
    return description or ""


def step_name(key: str | None, name: str, renamed: bool) -> str:
    """A step as the user reads it: a shipped one in their language, unless renamed."""
    if key and not renamed and key in STEP_NAMES:
        return QCoreApplication.translate("Steps", STEP_NAMES[key])  # i18n: ok (NOOP above)
    return name


_folder: Path | None = None
#: How a file is shown; tests replace it to see what would open.
opener: Callable[[QUrl], bool] = QDesktopServices.openUrl


def open_folder() -> Path:
    """This session's folder for the copies of opened documents."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="workbench-documents-"))
    return _folder


def open_document(db: Database, document_id: str) -> Path:
    """Write a read-only copy of the document and open it in the system's viewer; raises
    ``DomainError`` (damaged, missing) or ``OSError`` (the copy could not be written)."""
    with db.session() as session:
        path = write_copy(session, document_id, open_folder() / document_id[:8])
    if not opener(QUrl.fromLocalFile(str(path))):
        log.warning("the desktop did not open %s", path)
    return path

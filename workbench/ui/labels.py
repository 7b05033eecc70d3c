"""Human labels for enum values, translated at display time (context ``Labels``), and the
milestone stages of an objective (context ``Stages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.domain import MilestoneStage
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.label_texts import label as label  # where it was

STAGE_NAMES: dict[int, str] = {
    MilestoneStage.NOT_STARTED: QT_TRANSLATE_NOOP("Stages", "Not started"),
    MilestoneStage.CONCERN_RAISED: QT_TRANSLATE_NOOP("Stages", "Concern raised"),
    MilestoneStage.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Stages", "Company acknowledges"),
    MilestoneStage.CREDIBLE_PLAN: QT_TRANSLATE_NOOP("Stages", "Credible plan"),
    MilestoneStage.ACHIEVED: QT_TRANSLATE_NOOP("Stages", "Implemented / achieved"),
}


def stage_name(stage: int) -> str:
    name = STAGE_NAMES.get(stage)
    # i18n: ok (the names are marked with QT_TRANSLATE_NOOP above)
    return QCoreApplication.translate("Stages", name) if name else str(stage)


def stage_label(stage: int) -> str:
    """ "3 · Credible plan": the number chairs use, and what it means."""
    return f"{stage} · {stage_name(stage)}"

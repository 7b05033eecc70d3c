"""Human labels for enum values, translated at display time (context ``Labels``), and the
milestone stages of an objective (context ``Stages``)."""

from __future__ import annotations

from workbench.ui.label_texts import STAGE_NAMES as STAGE_NAMES  # where they were
from workbench.ui.label_texts import label as label  # where it was
from workbench.ui.label_texts import stage_name as stage_name  # where it was


def stage_label(stage: int) -> str:
    """ "3 · Credible plan": the number chairs use, and what it means."""
    return f"{stage} · {stage_name(stage)}"

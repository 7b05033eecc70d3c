"""A partners workbook comes back without overwriting what the group kept from it.

A text kept for the working group (a commitment's evidence, an action's notes) is an
empty cell in the partners workbook; a partner who types there must not replace the
group's text. The change is set aside with a notice; an empty kept field may be filled
(it stays for the group).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from test_importer import export, row_of

from workbench.domain import Action, Audience, Commitment
from workbench.exports.xlsx.importer import apply_import, preview_import
from workbench.services.records import get_record, update_record


def test_a_partners_workbook_does_not_overwrite_kept_text(marked, tmp_path: Path) -> None:
    db, ids = marked
    with db.transaction() as s:
        update_record(s, Commitment, ids.partners_commitment, evidence="Our own source")
        update_record(s, Action, ids.partners_action, notes=None)
    path = export(db, ids.engagement, tmp_path / "tracker.xlsx")
    wb = load_workbook(path)
    commitments, actions = wb.worksheets[1], wb.worksheets[0]
    cr, ar = row_of(commitments, ids.partners_commitment), row_of(actions, ids.partners_action)
    assert commitments.cell(cr, 9).value is None  # kept: not in the partners workbook
    commitments.cell(cr, 9).value = "Velora's letter of 1 April"
    actions.cell(ar, 9).value = "Slides sent on 3 March"
    wb.save(path)

    plan = preview_import(db, path)
    assert [(c.kind, c.field) for c in plan.changes] == [("actions", "notes")]
    assert any("kept for the working group" in n for n in plan.notices)
    apply_import(db, path, plan)
    with db.session() as s:
        commitment = get_record(s, Commitment, ids.partners_commitment)
        action = get_record(s, Action, ids.partners_action)
    assert commitment.evidence == "Our own source"
    assert (action.notes, action.notes_audience) == ("Slides sent on 3 March", Audience.GROUP)

"""The ledger page on the demo case: both sides, counts on top, opening a commitment."""

from __future__ import annotations

from workbench.domain import CommitmentStatus, Direction
from workbench.services.demo.build import ENGAGEMENT_ID, SUPPLIER_TARGET_ID
from workbench.ui.followup.ledger_model import COL_DUE, COL_STATUS, COL_TEXT
from workbench.ui.widgets.html_delegate import HTML_ROLE


def rows(model) -> list:  # type: ignore[no-untyped-def]
    return [model.row_at(r) for r in range(model.rowCount())]


def texts(side) -> list[str]:  # type: ignore[no-untyped-def]
    return [side.model.index(r, COL_TEXT).data() for r in range(side.model.rowCount())]


def test_supplier_promises_side_by_side_with_the_groups(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("ledger")
    page = window.followup.ledger
    assert window.stack.currentWidget() is page
    page.select(ENGAGEMENT_ID, SUPPLIER_TARGET_ID)
    company, group = page.company, page.group
    assert company.direction is Direction.BY_COMPANY and group.direction is Direction.BY_GROUP
    assert "What Northgate Components committed to" in company.heading.text()
    assert "What the working group committed to" in group.heading.text()
    # Counts on top: words and marks, not colour alone.
    assert "1 open" in company.counts.text() and "1 not fulfilled" in company.counts.text()
    assert "1 overdue" in company.counts.text()
    # What is still to do comes first; its overdue date says so in words.
    first = company.model.index(0, COL_DUE)
    assert "overdue" in first.data()
    assert company.model.row_at(0).status is CommitmentStatus.OPEN
    assert "Open" in company.model.index(0, COL_STATUS).data()
    assert any("whistle-blower" in t for t in texts(company))
    assert texts(group) and all(e.direction is Direction.BY_GROUP for e in rows(group.model))
    # The commitment's cell says where it was made and what the evidence is.
    rich = group.model.index(0, COL_TEXT).data(HTML_ROLE)
    assert "made in" in rich and "Evidence" in rich


def test_only_still_to_do_and_all_companies(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("ledger")
    page = window.followup.ledger
    page.select(ENGAGEMENT_ID, None)
    every = page.company.model.rowCount() + page.group.model.rowCount()
    page.open_only.setChecked(True)
    still = page.company.model.rowCount() + page.group.model.rowCount()
    assert 0 < still < every
    assert all(e.status.is_open for e in rows(page.company.model))


def test_double_click_opens_the_commitment(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("ledger")
    page = window.followup.ledger
    page.select(ENGAGEMENT_ID, SUPPLIER_TARGET_ID)
    index = page.company.model.index(0, COL_TEXT)
    record_id = page.company.model.row_at(0).id
    page.company.view.doubleClicked.emit(index)
    assert window.current_page_key() == "commitments"
    assert window.pages["commitments"].current_id() == record_id


def test_ledger_follows_an_edit_made_elsewhere(qtbot, demo_db, make_window) -> None:
    from workbench.domain import Commitment
    from workbench.services.records import update_record

    window = make_window(demo_db)
    window.show_page("ledger")
    page = window.followup.ledger
    page.select(ENGAGEMENT_ID, SUPPLIER_TARGET_ID)
    entry = page.company.model.row_at(0)
    with demo_db.transaction() as s:
        update_record(s, Commitment, entry.id, status="fulfilled", evidence="Report received")
    window.events.records_changed.emit("commitment", [entry.id])
    # The page re-read the ledger while visible.
    assert "0 open" in page.company.counts.text()
    model = page.company.model
    cells = [model.index(r, COL_TEXT).data(HTML_ROLE) for r in range(model.rowCount())]
    assert any("Report received" in cell for cell in cells)

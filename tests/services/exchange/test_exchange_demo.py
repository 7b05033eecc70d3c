"""Done when: two copies of the demo case, edited differently (the same commitment on
both), exchange packages both ways and end equal, with the conflict in the merge report."""

from __future__ import annotations

import shutil
from pathlib import Path

from exchange_helpers import dump
from sqlmodel import select

from workbench.domain import Action, Commitment, Note, Organisation
from workbench.services import records
from workbench.services.demo.build import CAR_MAKER_ID, ENGAGEMENT_ID
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.conflicts import list_conflicts
from workbench.store import open_database


def test_two_copies_of_the_demo_case_converge(demo_db_path: Path, tmp_path: Path) -> None:
    shutil.copyfile(demo_db_path, tmp_path / "secretariat.sqlite")
    shutil.copyfile(demo_db_path, tmp_path / "member.sqlite")
    sec = open_database(tmp_path / "secretariat.sqlite")
    member = open_database(tmp_path / "member.sqlite")
    try:
        with sec.session() as s:
            commitments = s.exec(select(Commitment).order_by(Commitment.id)).all()
            action = s.exec(select(Action).order_by(Action.id)).first()
        shared, sec_only, member_only = (c.id for c in commitments[:3])

        # the secretariat: edits the shared commitment, another one, deletes an action
        with sec.transaction() as s:
            records.update_record(s, Commitment, shared, evidence="Letter of 3 March")
            records.update_record(s, Commitment, sec_only, evidence="Supplier audit, May")
            records.tombstone(s, Action, action.id)
        # the member at a conference: a note, an edit, and the same commitment (later)
        with member.transaction() as s:
            note = records.create_record(
                s,
                Note,
                body="Velora's buyer says mica is now traced to the mine",
                engagement_id=ENGAGEMENT_ID,
                place="OECD Forum, Paris",
            )
            records.update_record(s, Commitment, member_only, due_on="2026-01-31")
            records.update_record(s, Organisation, CAR_MAKER_ID, country="DE")
        with member.transaction() as s:
            records.update_record(s, Commitment, shared, evidence="Site visit report")

        to_member = exchange.export_package(sec, tmp_path / "from-secretariat.zip").path
        report_member = exchange.import_package(member, to_member)
        to_sec = exchange.export_package(member, tmp_path / "from-member.zip").path
        report_sec = exchange.import_package(sec, to_sec)

        assert dump(sec) == dump(member)
        [conflict] = report_member.conflicts
        assert conflict.entity_id == shared
        assert conflict.differences == [("evidence", "Site visit report", "Letter of 3 March")]
        assert conflict.kept_from == "here"  # the member's edit is the newer one
        assert report_member.updated >= 1 and report_member.deleted == 1
        assert report_sec.added >= 1 and not report_sec.conflicts
        for db in (sec, member):
            with db.session() as s:
                assert s.get(Commitment, shared).evidence == "Site visit report"
                assert s.get(Commitment, sec_only).evidence == "Supplier audit, May"
                assert str(s.get(Commitment, member_only).due_on) == "2026-01-31"
                assert s.get(Action, action.id).deleted_at is not None
                assert s.get(Note, note.id).place == "OECD Forum, Paris"
                assert s.get(Organisation, CAR_MAKER_ID).country == "DE"
                [row] = list_conflicts(s)
                assert row.entity_id == shared

        # and once more both ways: nothing left to do
        again = exchange.import_package(
            sec, exchange.export_package(member, tmp_path / "x.zip").path
        )
        back = exchange.import_package(
            member, exchange.export_package(sec, tmp_path / "y.zip").path
        )
        assert not again.changed and not back.changed
        assert dump(sec) == dump(member)
    finally:
        sec.close()
        member.close()

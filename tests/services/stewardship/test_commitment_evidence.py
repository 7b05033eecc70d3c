"""A commitment's evidence points to a document and a page, shown where both may be."""

from __future__ import annotations

import pytest
from stewardship_case import Case

from workbench.domain import Audience
from workbench.services.errors import DomainError
from workbench.services.stewardship.documents import Owner, attach_file
from workbench.services.stewardship.evidence import citation_text, cite, read_citations, uncite
from workbench.store import Database

P = Audience.PARTNERS


def test_a_commitment_cites_a_document_and_a_page(db: Database, case: Case, tmp_path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"letter")
    with db.transaction() as s:
        doc = attach_file(
            s, Owner("target", case.car_target), path, title="Letter of 15 January 2021",
            audience=P,
        )  # fmt: skip
        cite(s, case.commitment, doc.id, "2")
        cite(s, case.commitment, doc.id, "2-3")  # again: the page changes, no second link
    with db.session() as s:
        [row] = read_citations(s, [case.commitment], audience=P)
    assert (row.title, row.page) == ("Letter of 15 January 2021", "2-3")
    assert (
        citation_text(row, "15 January 2021")
        == "Letter of 15 January 2021, 15 January 2021, p. 2-3"
    )
    with db.transaction() as s:
        uncite(s, row.id)
    with db.session() as s:
        assert read_citations(s, [case.commitment]) == []


def test_a_group_only_document_is_not_cited_for_partners(
    db: Database, case: Case, tmp_path
) -> None:
    path = tmp_path / "internal.pdf"
    path.write_bytes(b"internal")
    with db.transaction() as s:
        doc = attach_file(s, Owner("engagement", case.engagement), path)  # group-only
        cite(s, case.commitment, doc.id, "annex B")
    with db.session() as s:
        assert read_citations(s, [case.commitment], audience=P) == []
        [row] = read_citations(s, [case.commitment])
    assert citation_text(row) == "internal, annex B"


def test_a_page_is_short_and_the_document_of_the_same_engagement(
    db: Database, case: Case, tmp_path
) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"a")
    with db.transaction() as s:
        doc = attach_file(s, Owner("engagement", case.other_engagement), path)
    with pytest.raises(DomainError, match="another engagement"), db.transaction() as s:
        cite(s, case.commitment, doc.id)
    with db.transaction() as s:
        mine = attach_file(s, Owner("engagement", case.engagement), path)
    with pytest.raises(DomainError, match="short"), db.transaction() as s:
        cite(s, case.commitment, mine.id, "x" * 41)

"""A commitment's evidence pointing to a document and a place in it.

"Velora's letter of 15 January 2021, p. 2": the commitment keeps its evidence text, and
may cite documents, each with a page (or any place: "p. 2", "annex B", "slide 7"). A
citation is shown only where the commitment and the document both may be.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Commitment, CommitmentEvidence, Document, utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.records import get_record
from workbench.services.stewardship.audience import document_visible
from workbench.services.visible import among, live_and_visible

PAGE_CHARS = 40


@dataclass(frozen=True, slots=True)
class CitationRow:
    id: str
    commitment_id: str
    document_id: str
    title: str
    filename: str
    dated_on: date | None
    page: str | None


def cite(
    session: Session, commitment_id: str, document_id: str, page: str | None = None
) -> CommitmentEvidence:
    """Point a commitment's evidence at a document (and a page); citing the same document
    again changes the page."""
    commitment = get_record(session, Commitment, commitment_id)
    document = get_record(session, Document, document_id)
    if document.engagement_id not in (None, commitment.engagement_id):
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "That document belongs to another engagement.")
        )
    page = (page or "").strip() or None
    if page is not None and len(page) > PAGE_CHARS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Keep the page short (at most {count} characters): p. 2, annex B."
            ),
            count=PAGE_CHARS,
        )
    existing = (
        session.execute(
            sa.select(CommitmentEvidence).where(
                CommitmentEvidence.commitment_id == commitment_id,  # type: ignore[arg-type]
                CommitmentEvidence.document_id == document_id,  # type: ignore[arg-type]
            )
        )
        .scalars()
        .first()
    )
    if existing is None:
        existing = CommitmentEvidence(commitment_id=commitment_id, document_id=document_id)
    existing.page = page
    existing.deleted_at = None
    session.add(existing)
    session.flush()
    return existing


def uncite(session: Session, citation_id: str) -> None:
    row = get_record(session, CommitmentEvidence, citation_id)
    row.deleted_at = utcnow()
    session.add(row)
    session.flush()


def read_citations(
    session: Session,
    commitment_ids: Collection[str] | None = None,
    *,
    audience: Audience = Audience.GROUP,
    engagement_id: str | None = None,
) -> list[CitationRow]:
    """The citations of these commitments (or of an engagement) ``audience`` may see."""
    ev, d, c = CommitmentEvidence.__table__, Document.__table__, Commitment.__table__
    query = (
        sa.select(
            ev.c.id,
            ev.c.commitment_id,
            d.c.id,
            d.c.title,
            d.c.filename,
            d.c.dated_on,
            ev.c.page,
        )
        .select_from(ev.join(d, ev.c.document_id == d.c.id).join(c, ev.c.commitment_id == c.c.id))
        .where(
            ev.c.deleted_at.is_(None),
            live_and_visible(c, Audience(audience)),
            document_visible(d, Audience(audience)),
        )
        .order_by(d.c.dated_on, d.c.title, ev.c.id)
    )
    if commitment_ids is not None:
        query = query.where(among(ev.c.commitment_id, commitment_ids))
    if engagement_id is not None:
        query = query.where(c.c.engagement_id == engagement_id)
    return [CitationRow(*row) for row in session.execute(query)]


def citation_text(row: CitationRow, date_text: str = "") -> str:
    """ "Letter of Velora, 15 January 2021, p. 2" (the date as the caller writes it)."""
    parts = [row.title]
    if date_text:
        parts.append(date_text)
    if row.page:
        parts.append(row.page if not row.page[0].isdigit() else f"p. {row.page}")
    return ", ".join(parts)

"""How the demo's stewardship specs (``stewardship_data``) become records.

Ids are deterministic (``demo_id``) and every record is inserted once, as in the rest of
the demo. The documents are small PDFs drawn here from their specs with reportlab in its
*invariant* mode (no creation date, no random document id), so building the demo twice,
on any laptop, makes the same bytes, hence the same SHA-256: the same content is stored
once and two laptops that built the demo merge without a difference.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import Session

from workbench.domain import (
    CommitmentEvidence,
    Document,
    Escalation,
    Interaction,
    InteractionObjective,
    TargetRole,
)
from workbench.services.demo import stewardship_data as data
from workbench.services.demo.records import (
    add_organisation,
    add_person,
    add_record,
    at_noon,
    demo_id,
    insert_once,
    ref,
)
from workbench.services.stewardship.documents import clean_filename, store_blob
from workbench.services.stewardship.ladder import shipped_id


def document_pdf(spec: data.DocumentSpec) -> bytes:
    """The document as a PDF, the same bytes every time."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(spec.title)
    canvas.setAuthor(spec.letterhead)
    width, height = A4
    for number, paragraphs in enumerate(spec.pages, start=1):
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(20 * mm, height - 20 * mm, spec.letterhead)
        canvas.line(20 * mm, height - 23 * mm, width - 20 * mm, height - 23 * mm)
        y = height - 36 * mm
        for index, paragraph in enumerate(paragraphs):
            bold = index == 0 and number > 1
            canvas.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            for line in _wrap(paragraph, 92):
                canvas.drawString(20 * mm, y, line)
                y -= 5.2 * mm
            y -= 3 * mm
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 20 * mm, 12 * mm, f"{number} / {len(spec.pages)}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def _add_document(session: Session, spec: data.DocumentSpec, **owner: Any) -> str:
    content = document_pdf(spec)
    sha = store_blob(session, content)
    return add_record(
        session,
        Document,
        f"document:{spec.key}",
        at=at_noon(spec.dated_on),
        title=spec.title,
        filename=clean_filename(spec.filename),
        media_type="application/pdf",
        size=len(content),
        sha256=sha,
        dated_on=spec.dated_on,
        description=spec.description,
        audience=spec.audience,
        **owner,
    )


def add_stewardship(session: Session, engagement_id: str) -> None:
    """The stewardship record of the case: roles, interactions with their documents,
    commitments' evidence, and the escalation step with Northgate."""
    for slug, name, kind, country, since in data.ORGANISATIONS:
        add_organisation(session, slug, name=name, kind=kind, country=country, at=at_noon(since))
    for slug, name, org, role, since in data.PEOPLE:
        add_person(
            session, slug, name=name, organisation=org, role=role, is_member=False,
            at=at_noon(since),
        )  # fmt: skip
    for target, org, role, audience, since in data.ROLES:
        add_record(
            session,
            TargetRole,
            f"role:{target}:{org}",
            at=at_noon(since),
            target_id=ref("target", target),
            organisation_id=ref("organisation", org),
            role=role,
            audience=audience,
        )
    for spec in data.INTERACTIONS:
        _add_interaction(session, spec, engagement_id)
    for commitment, document, citations in data.COMMITMENT_EVIDENCE:
        commitment_id = ref("commitment", commitment)
        if document is not None:
            _add_document(
                session, document, engagement_id=engagement_id, commitment_id=commitment_id
            )
        for document_key, page in citations:
            add_record(
                session,
                CommitmentEvidence,
                f"evidence:{commitment}:{document_key}",
                at=at_noon(_dated(document_key)),
                commitment_id=commitment_id,
                document_id=demo_id(f"document:{document_key}"),
                page=page,
            )
    for x in data.ESCALATIONS:
        add_record(
            session,
            Escalation,
            f"escalation:{x.key}",
            at=at_noon(x.taken_on),
            engagement_id=engagement_id,
            target_id=ref("target", x.target),
            step_id=shipped_id(x.step),
            taken_on=x.taken_on,
            reason=x.reason,
            result=x.result,
            audience=x.audience,
        )


def _add_interaction(session: Session, spec: data.InteractionSpec, engagement_id: str) -> None:
    interaction_id = add_record(
        session,
        Interaction,
        f"interaction:{spec.key}",
        at=at_noon(spec.occurred_on),
        engagement_id=engagement_id,
        target_id=ref("target", spec.target),
        occurred_on=spec.occurred_on,
        kind=spec.kind,
        direction=spec.direction,
        counterpart_id=ref("person", spec.counterpart),
        seniority=spec.seniority,
        subject=spec.subject,
        summary=spec.summary,
        audience=spec.audience,
    )
    for objective in spec.objectives:
        insert_once(
            session,
            InteractionObjective(
                id=demo_id(f"interaction-objective:{spec.key}:{objective}"),
                created_at=at_noon(spec.occurred_on),
                updated_at=at_noon(spec.occurred_on),
                interaction_id=interaction_id,
                objective_id=ref("objective", objective) or "",
            ),
        )
    for document in spec.documents:
        _add_document(session, document, engagement_id=engagement_id, interaction_id=interaction_id)


def _dated(document_key: str) -> date:
    for spec in _all_documents():
        if spec.key == document_key:
            return spec.dated_on
    raise KeyError(document_key)


def _all_documents() -> list[data.DocumentSpec]:
    found = [d for spec in data.INTERACTIONS for d in spec.documents]
    return found + [d for _c, d, _cites in data.COMMITMENT_EVIDENCE if d is not None]

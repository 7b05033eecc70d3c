"""Group-only stewardship content of every kind on top of the marked case
(``export_case``), each carrying ``MARK``: interactions, escalation steps, roles,
documents (and a partners document attached to a group-only interaction), and a
commitment's evidence citing a group-only document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from export_case import MARK, Ids
from sqlmodel import select

from workbench.domain import Audience, Organisation, OrganisationKind, Target
from workbench.services.records import create_record
from workbench.services.stewardship import documents, escalation, interactions, ladder, roles
from workbench.services.stewardship.evidence import cite

G, P = Audience.GROUP, Audience.PARTNERS

STEWARDSHIP_MARKERS = {
    "interaction_subject": f"{MARK} interaction subject",
    "interaction_summary": f"{MARK} interaction summary",
    "escalation_reason": f"{MARK} escalation reason",
    "escalation_result": f"{MARK} escalation result",
    "role": f"{MARK} lead fund",
    "document": f"{MARK} document title",
    "document_of_hidden_interaction": f"{MARK} document of a group interaction",
    "cited_document": f"{MARK} cited document",
}


@dataclass
class StewardshipIds:
    target: str
    partners_interaction: str
    partners_document: str


def build_marked_stewardship(db, ids: Ids, folder: Path) -> StewardshipIds:
    folder.mkdir(parents=True, exist_ok=True)

    def file(name: str) -> Path:
        path = folder / name
        path.write_bytes(f"content of {name}".encode())
        return path

    m = STEWARDSHIP_MARKERS
    with db.transaction() as s:
        query = select(Target.id).where(Target.engagement_id == ids.engagement)
        [target_id] = s.exec(query).all()
        fund = create_record(s, Organisation, name=m["role"], kind=OrganisationKind.PENSION_FUND)
        open_fund = create_record(
            s, Organisation, name="Open Pension Fund", kind=OrganisationKind.PENSION_FUND,
            name_audience=P,
        )  # fmt: skip
        roles.set_role(s, target_id, fund.id, "lead", audience=G)
        roles.set_role(s, target_id, open_fund.id, "collaborator", audience=P)
        shown = interactions.create_interaction(
            s, ids.engagement, occurred_on="2021-02-10", kind="letter", direction="received",
            target_id=target_id, subject="Letter on mica capacity",
            summary="Velora appointed a manager.", objective_ids=[ids.objective], audience=P,
            summary_audience=P,  # shared with the partners, as the form lets the user mark it
        )  # fmt: skip
        hidden = interactions.create_interaction(
            s, ids.engagement, occurred_on="2021-02-20", kind="phone_call", target_id=target_id,
            subject=m["interaction_subject"], summary=m["interaction_summary"],
            objective_ids=[ids.objective], audience=G,
        )  # fmt: skip
        escalation.take_step(
            s, target_id, ladder.shipped_id("letter_to_board"), taken_on="2021-02-25",
            reason=m["escalation_reason"], result=m["escalation_result"], audience=G,
        )  # fmt: skip
        public = documents.attach_file(
            s, documents.Owner("interaction", shown.id), file("public.pdf"),
            title="Public letter", audience=P,
        )  # fmt: skip
        documents.attach_file(
            s, documents.Owner("interaction", shown.id), file("group.pdf"), title=m["document"],
        )  # fmt: skip
        documents.attach_file(
            s, documents.Owner("interaction", hidden.id), file("hidden.pdf"),
            title=m["document_of_hidden_interaction"], audience=P,
        )  # fmt: skip
        cited = documents.attach_file(
            s, documents.Owner("engagement", ids.engagement), file("cited.pdf"),
            title=m["cited_document"],
        )  # fmt: skip
        cite(s, ids.partners_commitment, cited.id, "4")
        cite(s, ids.partners_commitment, public.id, "1")
    return StewardshipIds(target_id, shown.id, public.id)

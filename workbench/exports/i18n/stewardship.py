"""The words of the stewardship record in exports (interactions, escalation, roles,
documents, the monitoring evidence pack), in English and Dutch side by side.

Kept apart from ``en.py`` and ``nl.py`` so the record's words can be read (and
translated) together; ``workbench.exports.i18n`` merges them into each language, and a
test checks both languages have the same keys.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "evidence_pack": "Monitoring evidence pack",
        "evidence_pack_short": "evidence",
        "interactions": "Interactions",
        "interaction": "Interaction",
        "counterpart": "Counterpart",
        "subject": "Subject",
        "concerns": "Concerns",
        "escalation": "Escalation",
        "escalation_steps": "Escalation steps taken",
        "current_step": "Current escalation step",
        "step_of": "step {n} of {m}: {name}",
        "since": "since {when}",
        "step": "Step",
        "reason": "Reason",
        "result": "Result",
        "lead": "Lead",
        "collaborating": "Collaborating",
        "roles": "Lead and collaborating organisations",
        "no_interactions": "No interactions recorded.",
        "period_from_to": "{start} to {end}",
        "stage_at_start": "Stage at the start of the period",
        "stage_at_end": "Stage at the end of the period",
        "stage_moved": "Stage {old} → {new}",
        "stage_unchanged": "No stage change in the period.",
        "nothing_in_period": "Nothing recorded on this objective in the period.",
        "interactions_behind": "Interactions behind it",
        "commitments_behind": "Commitments behind it",
        "recorded_in": "Recorded in",
        "made_on": "Made",
        "settled_on": "Settled",
        "other_interactions": "Other interactions with the company",
        "other_commitments": "Other commitments with the company",
        "company_documents": "Documents about the company",
        "references": "References",
        "references_note": (
            "The documents listed here are in the zip file that comes with this pack, under "
            "the name given; numbers in square brackets in the text refer to them."
        ),
        "no_references": "No documents are referred to in this period.",
        "file_in_zip": "File in the zip",
        "ref": "Ref.",
        "size": "Size",
        "dated": "Dated",
        "attached_to": "Attached to",
        "how_to_read": "How to read this pack",
        "how_to_read_text": (
            "For each company and each objective: the milestone stage at the start and the "
            "end of the period (0 not started, 1 concern raised, 2 acknowledged, 3 credible "
            "plan, 4 achieved), the stage changes within it and where they were recorded, "
            "and the interactions and commitments behind them, with numbered references to "
            "the evidence."
        ),
        "sent": "sent",
        "received": "received",
        "page": "p. {page}",
        "documents_zip": "Documents",
        "objectives_count": "Objectives",
        "interactions_count": "Interactions in the period",
        "references_count": "Documents referred to",
    },
    "nl": {
        "evidence_pack": "Monitoringsdossier",
        "evidence_pack_short": "dossier",
        "interactions": "Contactmomenten",
        "interaction": "Contactmoment",
        "counterpart": "Gesprekspartner",
        "subject": "Onderwerp",
        "concerns": "Betreft",
        "escalation": "Escalatie",
        "escalation_steps": "Genomen escalatiestappen",
        "current_step": "Huidige escalatiestap",
        "step_of": "stap {n} van {m}: {name}",
        "since": "sinds {when}",
        "step": "Stap",
        "reason": "Reden",
        "result": "Resultaat",
        "lead": "Trekker",
        "collaborating": "Samenwerkend",
        "roles": "Trekker en samenwerkende organisaties",
        "no_interactions": "Geen contactmomenten vastgelegd.",
        "period_from_to": "{start} tot en met {end}",
        "stage_at_start": "Fase aan het begin van de periode",
        "stage_at_end": "Fase aan het eind van de periode",
        "stage_moved": "Fase {old} → {new}",
        "stage_unchanged": "Geen fasewijziging in de periode.",
        "nothing_in_period": "In deze periode niets vastgelegd over deze doelstelling.",
        "interactions_behind": "Contactmomenten die eraan ten grondslag liggen",
        "commitments_behind": "Toezeggingen die eraan ten grondslag liggen",
        "recorded_in": "Vastgelegd in",
        "made_on": "Gedaan",
        "settled_on": "Afgerond",
        "other_interactions": "Overige contactmomenten met het bedrijf",
        "other_commitments": "Overige toezeggingen met het bedrijf",
        "company_documents": "Documenten over het bedrijf",
        "references": "Bronnen",
        "references_note": (
            "De documenten hieronder staan in het zipbestand bij dit dossier, onder de "
            "genoemde naam; nummers tussen vierkante haken in de tekst verwijzen ernaar."
        ),
        "no_references": "In deze periode wordt naar geen documenten verwezen.",
        "file_in_zip": "Bestand in de zip",
        "ref": "Nr.",
        "size": "Grootte",
        "dated": "Datum",
        "attached_to": "Hoort bij",
        "how_to_read": "Zo leest u dit dossier",
        "how_to_read_text": (
            "Per bedrijf en per doelstelling: de mijlpaalfase aan het begin en het eind van "
            "de periode (0 niet gestart, 1 zorg geuit, 2 erkend door bedrijf, 3 geloofwaardig "
            "plan, 4 bereikt), de fasewijzigingen daarbinnen en waar die zijn vastgelegd, en "
            "de contactmomenten en toezeggingen die eraan ten grondslag liggen, met genummerde "
            "verwijzingen naar de bewijsstukken."
        ),
        "sent": "verstuurd",
        "received": "ontvangen",
        "page": "p. {page}",
        "documents_zip": "Documenten",
        "objectives_count": "Doelstellingen",
        "interactions_count": "Contactmomenten in de periode",
        "references_count": "Documenten waarnaar verwezen wordt",
    },
}

ENUM_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "letter": "Letter",
        "email": "E-mail",
        "phone_call": "Phone call",
        "agm_question": "AGM question",
        "agm_vote": "AGM vote",
        "site_visit": "Site visit",
        "public_statement": "Public statement",
        "board": "Board",
        "executive": "Executive",
        "management": "Management",
        "specialist": "Specialist",
        "lead": "Lead",
        "collaborator": "Collaborating",
        # shipped escalation steps, by key
        "step_letter_to_board": "Letter to the board",
        "step_collaborative": "Collaborative escalation",
        "step_public_statement": "Public statement",
        "step_agm_question": "Question at the AGM",
        "step_vote_against": "Vote against",
        "step_shareholder_resolution": "Shareholder resolution",
        "step_divest": "Recommendation to divest",
    },
    "nl": {
        "letter": "Brief",
        "email": "E-mail",
        "phone_call": "Telefoongesprek",
        "agm_question": "Vraag op de AVA",
        "agm_vote": "Stem op de AVA",
        "site_visit": "Bezoek ter plaatse",
        "public_statement": "Publieke verklaring",
        "board": "Bestuur",
        "executive": "Directie",
        "management": "Management",
        "specialist": "Specialist",
        "lead": "Trekker",
        "collaborator": "Samenwerkend",
        "step_letter_to_board": "Brief aan het bestuur",
        "step_collaborative": "Gezamenlijke escalatie",
        "step_public_statement": "Publieke verklaring",
        "step_agm_question": "Vraag op de AVA",
        "step_vote_against": "Tegenstemmen",
        "step_shareholder_resolution": "Aandeelhoudersresolutie",
        "step_divest": "Advies tot desinvesteren",
    },
}

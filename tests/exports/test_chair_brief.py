"""The chair's brief: one page with what the chair needs before the company call."""

from __future__ import annotations

from pathlib import Path

from cycle_case import TODAY, build_cycle
from export_case import pdf_text
from pypdf import PdfReader

from workbench.exports.meeting_files import write_brief_file
from workbench.services.cycle import brief


def test_the_brief_has_every_section_on_a_page_or_two(db, tmp_path: Path) -> None:
    ids = build_cycle(db)
    path = write_brief_file(db, ids.next_call, tmp_path / "brief.pdf", today=TODAY)
    assert 1 <= len(PdfReader(path).pages) <= 2
    text = pdf_text(path.read_bytes())
    flat = " ".join(text.split())
    assert "Chair's brief" in text and "Working group only" in text
    assert "Companies Mica Corp" in flat
    assert "Map the supply chain to the mines 2 Acknowledged" in flat
    assert "Share the supplier list" in flat  # by the company, overdue
    assert "Introduce the responsible-mica initiative" in flat  # by the group
    assert "Progress on the supply-chain map: Map to be finished by June." in flat
    assert "Decided: Meet again in April" in flat
    assert "ZQX draft the escalation letter" in flat and "overdue" in flat
    assert "Who asks" in flat and "Grievance mechanism at the mines Discuss 15 Joost" in flat
    assert "Escalation" not in text  # no escalation data: no section


def test_the_escalation_hook_adds_its_section_when_it_has_lines(
    db, tmp_path: Path, monkeypatch
) -> None:
    ids = build_cycle(db)
    monkeypatch.setattr(
        brief, "escalation_lines", lambda *_a: ("Letter to the board sent 1 March",)
    )
    path = write_brief_file(db, ids.next_call, tmp_path / "brief.pdf", lang="nl", today=TODAY)
    text = pdf_text(path.read_bytes())
    assert "Escalatie" in text and "Letter to the board sent 1 March" in text


def test_the_brief_reads_who_asks_what(db) -> None:
    ids = build_cycle(db)
    with db.session() as s:
        doc = brief.load_brief(s, ids.next_call, today=TODAY)
    assert [(a.title, a.asks) for a in doc.agenda] == [
        ("Progress on the supply-chain map", "Eva"),
        ("Grievance mechanism at the mines", "Joost"),
        ("Next steps and commitments", "Joost"),
    ]
    assert doc.companies == ("Mica Corp",)
    assert doc.last_call is not None and doc.last_call.meeting_id == ids.call
    assert [c.text for c in doc.overdue_commitments] == ["Share the supplier list"]

"""The stewardship record in the report and the evidence pack: what partners and the group
see (the audience rule, with markers), and the pack's files."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from export_case import GENERATED, MARK, TODAY, pdf_text
from stewardship_marked import STEWARDSHIP_MARKERS, build_marked_stewardship

from workbench.domain import Audience
from workbench.domain.rules import local_today
from workbench.exports.evidence_pack import documents_path
from workbench.exports.pdf.report import write_report
from workbench.exports.runner import ExportError, ExportKind, ExportRequest, run_export
from workbench.services.reporting.engagement import load_engagement

#: From the case's first interaction to today (its stage changes are recorded as it is built).
YEAR = (date(2021, 1, 1), local_today())


@pytest.fixture
def stewardship(marked, tmp_path: Path):
    db, ids = marked
    return db, ids, build_marked_stewardship(db, ids, tmp_path / "files")


def report_text(db, engagement: str, audience: Audience, lang: str = "en") -> str:
    with db.session() as s:
        doc = load_engagement(s, engagement, audience, today=TODAY)
    out = io.BytesIO()
    write_report(doc, out, lang=lang, generated_at=GENERATED)
    return pdf_text(out.getvalue())


def pack(db, engagement: str, audience: Audience, path: Path, lang: str = "en") -> Path:
    request = ExportRequest(
        ExportKind.EVIDENCE, engagement, path, audience, lang, today=TODAY,
        generated_at=GENERATED, period=YEAR,
    )  # fmt: skip
    return run_export(db, request)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_partners_report_and_pack_hold_no_group_only_stewardship_content(
    stewardship, tmp_path: Path, lang: str
) -> None:
    db, ids, _ = stewardship
    assert MARK not in report_text(db, ids.engagement, Audience.PARTNERS, lang)
    pdf = pack(db, ids.engagement, Audience.PARTNERS, tmp_path / f"p-{lang}.pdf", lang)
    assert MARK not in pdf_text(pdf)
    with zipfile.ZipFile(documents_path(pdf)) as zf:
        for name in zf.namelist():
            assert MARK.lower() not in name.lower()
            assert MARK not in zf.read(name).decode("utf-8", "replace"), name
        assert sorted(zf.namelist()) == ["documents/01-public-letter.pdf", "index.txt"]


def test_group_report_and_pack_hold_every_marker(stewardship, tmp_path: Path) -> None:
    db, ids, _ = stewardship
    report = report_text(db, ids.engagement, Audience.GROUP)
    for key in ("interaction_subject", "interaction_summary", "escalation_reason", "role"):
        assert STEWARDSHIP_MARKERS[key] in report, key
    pdf = pack(db, ids.engagement, Audience.GROUP, tmp_path / "g.pdf")
    text = pdf_text(pdf)
    for key, marker in STEWARDSHIP_MARKERS.items():
        assert marker in text, key
    with zipfile.ZipFile(documents_path(pdf)) as zf:
        assert len([n for n in zf.namelist() if n.startswith("documents/")]) == 4


def test_the_report_shows_roles_escalation_and_interactions(stewardship) -> None:
    db, ids, _ = stewardship
    text = report_text(db, ids.engagement, Audience.GROUP)
    for words in (
        "Lead",
        "Collaborating Open Pension Fund",
        "Current escalation step",
        "step 1 of 7: Letter to the board",
        "Escalation steps taken",
        "Interactions",
        "Letter on mica capacity",
        "Letter, received",
    ):
        assert words in text, words
    dutch = report_text(db, ids.engagement, Audience.GROUP, "nl")
    for words in (
        "Trekker",
        "stap 1 van 7: Brief aan het bestuur",
        "Contactmomenten",
        "Brief, ontvangen",
    ):
        assert words in dutch, words


def test_the_pack_lists_objectives_with_what_lies_behind_them_and_numbered_references(
    stewardship, tmp_path: Path
) -> None:
    db, ids, _ = stewardship
    text = pdf_text(pack(db, ids.engagement, Audience.PARTNERS, tmp_path / "p.pdf"))
    for words in (
        "Monitoring evidence pack",
        "1 January 2021 to",
        "Join RMI",
        "Stage at the start of the period: 1 Concern raised",
        "Stage 1 → 2 Acknowledged",
        "Letter on mica capacity Velora appointed a manager. [1]",
        "References",
        "[1] Public letter",
        "documents/01-public-letter.pdf",
    ):
        assert words in text, words


def test_a_period_outside_the_record_has_nothing_behind_the_objectives(
    stewardship, tmp_path: Path
) -> None:
    db, ids, _ = stewardship
    request = ExportRequest(
        ExportKind.EVIDENCE, ids.engagement, tmp_path / "old.pdf", Audience.GROUP, "en",
        today=TODAY, period=(date(2019, 1, 1), date(2019, 12, 31)),
    )  # fmt: skip
    text = pdf_text(run_export(db, request))
    assert "Nothing recorded on this objective in the period." in text
    assert "No documents are referred to in this period." in text
    with zipfile.ZipFile(documents_path(tmp_path / "old.pdf")) as zf:
        assert zf.namelist() == ["index.txt"]


def test_a_pack_needs_a_period_that_runs_forward(stewardship, tmp_path: Path) -> None:
    db, ids, _ = stewardship
    base = dict(kind=ExportKind.EVIDENCE, record_id=ids.engagement, path=tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="period"):
        run_export(db, ExportRequest(**base))
    with pytest.raises(ExportError, match="ends"):
        run_export(db, ExportRequest(**base, period=(date(2021, 2, 1), date(2021, 1, 1))))
    assert list(tmp_path.glob("x*")) == []


def test_a_damaged_document_stops_the_pack_and_leaves_no_files(stewardship, tmp_path: Path) -> None:
    db, ids, _ = stewardship
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE documentblob SET data = X'00'")
    with pytest.raises(ExportError, match="damaged"):
        pack(db, ids.engagement, Audience.PARTNERS, tmp_path / "broken.pdf")
    assert list(tmp_path.glob("*broken*")) == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_demo_pack_exports_in_both_languages(demo_db, tmp_path: Path, lang: str) -> None:
    from workbench.services.demo.build import ENGAGEMENT_ID

    request = ExportRequest(
        ExportKind.EVIDENCE, ENGAGEMENT_ID, tmp_path / "demo.pdf", Audience.PARTNERS, lang,
        period=(date(2021, 1, 1), date(2021, 12, 31)),
    )  # fmt: skip
    text = pdf_text(run_export(db=demo_db, request=request))
    assert "Velora Automotive" in text and "Northgate Components" in text
    assert "Letter from Velora Automotive, 15 January 2021" in text
    assert ("p. 2" in text) and "Responsible Mica Initiative: list of members" in text
    assert "E-mail from Northgate on the whistle-blower complaints" not in text  # group-only


def test_the_stewardship_words_exist_in_both_languages() -> None:
    from workbench.domain import InteractionDirection, InteractionKind, Seniority, TargetRoleKind
    from workbench.exports.i18n import ENUM_LABELS, LABELS
    from workbench.exports.i18n import stewardship as words
    from workbench.services.stewardship.ladder import SHIPPED

    assert words.LABELS["en"].keys() == words.LABELS["nl"].keys()
    assert words.ENUM_LABELS["en"].keys() == words.ENUM_LABELS["nl"].keys()
    for lang in ("en", "nl"):
        for enum_cls in (InteractionKind, Seniority, TargetRoleKind):
            for value in enum_cls:
                assert value.value in ENUM_LABELS[lang], value
        for direction in InteractionDirection:
            assert direction.value in LABELS[lang]
        for key, _name, _text in SHIPPED:
            assert f"step_{key}" in ENUM_LABELS[lang], key

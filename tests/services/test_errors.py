"""The services' refusals reach the user in the user's language.

Every ``DomainError`` raised in the package hands over a sentence marked for the
catalogue (``QT_TRANSLATE_NOOP("DomainError", "...")``) and its values apart, never a
sentence with the values baked in (an f-string could not be translated); the Dutch
catalogue translates every such sentence with the same placeholders.
"""

from __future__ import annotations

import ast
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.services.errors import (
    KINDS,
    QT_TRANSLATE_NOOP,
    DomainError,
    NotFoundError,
    Word,
    kind_of,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "workbench"
TS = ROOT / "resources" / "translations" / "workbench_nl.ts"
#: The classes that take a marked sentence (``NotFoundError`` makes its own).
RAISING = {
    "DomainError",
    "AudienceError",
    "DocumentRefused",
    "DocumentDamaged",
    # the exchange's refusals (``UserMessage`` too)
    "PackageError",
    "NewerPackageError",
    "RefusedPackageError",
    "PlainPackageError",
    "ForeignPackageError",
    "GroupError",
    "SealError",
    "BlobError",
    "ZipRefused",
    "CodeError",
    # the exports' refusals
    "ExportError",
    "PackError",
    "TrackerImportError",
    # the store's
    "StoreError",
    "NotAWorkbenchDatabaseError",
    "NewerSchemaError",
    "CorruptDatabaseError",
    "BackupError",
}
#: Helpers that take the marked sentence and raise it: (module, function name).
PASSED_ON = {("services/chair/session.py", "_required")}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _marked(node: ast.expr) -> str | None:
    """The sentence if ``node`` is ``QT_TRANSLATE_NOOP("DomainError", "literal")``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        and node.args[0].value == "DomainError"  # type: ignore[attr-defined]
    ):
        return node.args[1].value  # type: ignore[attr-defined]
    return None


def _calls() -> list[tuple[str, int, ast.Call, str]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                name = node.func.id
                if name in RAISING or any(name == f for _, f in PASSED_ON):
                    out.append((rel, node.lineno, node, name))
    return out


def test_every_refusal_passes_a_marked_sentence_and_its_values() -> None:
    calls = _calls()
    assert len(calls) > 80  # the walk found the package's raises
    problems = []
    for rel, line, call, name in calls:
        where = f"{rel}:{line}"
        if any(isinstance(n, ast.JoinedStr) for n in ast.walk(call)):
            problems.append(f"{where}: an f-string")
            continue
        if name in RAISING and _passes_on(rel, call):
            continue
        sentence = _marked(call.args[-1] if name not in RAISING else call.args[0])
        if sentence is None:
            problems.append(f"{where}: {name} without a marked sentence")
            continue
        given = {k.arg for k in call.keywords} - {"plan"}  # TrackerImportError's plan
        if set(PLACEHOLDER.findall(sentence)) != given:
            problems.append(f"{where}: placeholders {sentence!r} but values {sorted(given)}")
    assert problems == []


def _passes_on(rel: str, call: ast.Call) -> bool:
    """``raise DomainError(message)`` inside a helper of ``PASSED_ON``."""
    return (
        len(call.args) == 1
        and isinstance(call.args[0], ast.Name)
        and any(rel == module for module, _ in PASSED_ON)
        and call.args[0].id == "message"
    )


def test_the_english_stays_for_logs_and_the_values_are_apart() -> None:
    error = DomainError(
        QT_TRANSLATE_NOOP("DomainError", "No person whose name contains “{name}”."), name="Jan"
    )
    assert str(error) == "No person whose name contains “Jan”."
    assert error.params == {"name": "Jan"}
    missing = NotFoundError("meeting", "m-1")
    assert str(missing) == "No meeting with id m-1."
    assert isinstance(missing.params["kind"], Word)


def test_translated_fills_in_the_values_and_translates_words() -> None:
    dutch = {"No {kind} with id {id}.": "Er is geen {kind} met id {id}.", "meeting": "vergadering"}

    def translate(context: str, text: str) -> str:
        assert context == "DomainError"
        return dutch.get(text, text)

    assert (
        NotFoundError("meeting", "m-1").translated(translate)
        == "Er is geen vergadering met id m-1."
    )


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english() -> None:
    error = DomainError(QT_TRANSLATE_NOOP("DomainError", "A step needs a name."))
    assert error.translated(lambda c, t: "Stap {kapot}") == "A step needs a name."


def test_record_kinds_are_named_as_words_the_catalogue_has() -> None:
    from workbench.domain import AgendaItem, EscalationStep, Meeting

    assert [kind_of(c) for c in (AgendaItem, EscalationStep, Meeting)] == [
        "agenda item",
        "escalation step",
        "meeting",
    ]
    assert {"agenda item", "escalation step", "meeting"} <= set(KINDS)


def _catalogue() -> dict[str, str]:
    root = ET.parse(TS).getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") == "DomainError":
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                unfinished = translation.get("type") == "unfinished"
                out[html.unescape(message.findtext("source") or "")] = (
                    "" if unfinished else translation.text or ""
                )
    return out


def test_the_dutch_catalogue_has_every_sentence_with_the_same_placeholders() -> None:
    catalogue = _catalogue()
    sentences = {
        _marked(call.args[-1] if name not in RAISING else call.args[0])
        for _, _, call, name in _calls()
    } - {None}
    assert sentences, "no marked sentence found"
    missing = sorted(s for s in sentences if not catalogue.get(s))  # type: ignore[arg-type]
    assert missing == [], "run make update-translations and write the Dutch"
    for source, dutch in catalogue.items():
        assert sorted(PLACEHOLDER.findall(dutch)) == sorted(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize("kind", KINDS)
def test_every_record_kind_has_its_dutch_word(kind: str) -> None:
    assert _catalogue().get(kind)


def test_a_reason_passed_on_is_translated_inside_its_sentence() -> None:
    from workbench.services.exchange.envelope import RefusedPackageError
    from workbench.services.exchange.sealing import SealError

    dutch = {
        "{name} was refused: {reason}; nothing was imported.": "{name} is geweigerd: {reason}.",
        "it was cut short": "het is afgebroken",
    }
    reason = SealError(QT_TRANSLATE_NOOP("DomainError", "it was cut short"))
    refused = RefusedPackageError(
        QT_TRANSLATE_NOOP("DomainError", "{name} was refused: {reason}; nothing was imported."),
        name="a.wbx",
        reason=reason,
    )
    assert str(refused) == "a.wbx was refused: it was cut short; nothing was imported."
    assert (
        refused.translated(lambda c, t: dutch.get(t, t)) == "a.wbx is geweigerd: het is afgebroken."
    )

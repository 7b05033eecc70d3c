"""Which language the shipped texts are written in: the entry point's choice, else LANG."""

from __future__ import annotations

import pytest

from workbench import texts


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        ("nl", {"LANG": "en_GB.UTF-8"}, "nl"),
        ("", {"LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "nl"),
        ("", {"LANG": "de_DE.UTF-8"}, "en"),
        ("", {"LC_ALL": "C.UTF-8", "LANG": "nl_BE.UTF-8"}, "nl"),
        ("fr", {}, "en"),
    ],
)
def test_language_from_the_setting_else_the_environment(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, env: dict[str, str], expected: str
) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert texts.language_from_environment(setting) == expected


def test_content_language_is_set_once_and_may_be_overridden() -> None:
    assert texts.set_content_language("nl_NL") == "nl"
    assert texts.carry_over_title() == "Actiepunten en toezeggingen uit eerdere vergaderingen"
    assert texts.carry_over_title("en") == "Open actions and commitments"
    assert texts.set_content_language("xx") == "en"

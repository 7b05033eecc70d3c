"""Date fields show the locale's date and take it back, besides ISO and ``+14``/``+2w``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale

from workbench.services.records import parse_due
from workbench.ui.i18n import date_entry_format, read_date
from workbench.ui.widgets.delegates import OptionalDateEdit

TODAY = date(2022, 9, 16)


@pytest.fixture
def dutch_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("30-09-2022", date(2022, 9, 30)),
        ("30-9-2022", date(2022, 9, 30)),
        ("1-10-22", date(2022, 10, 1)),
        ("2022-09-30", date(2022, 9, 30)),  # ISO as before
        ("+14", date(2022, 9, 30)),
        ("+2w", date(2022, 9, 30)),
        ("", None),
    ],
)
def test_a_due_date_typed_the_dutch_way_or_as_before(dutch_locale, typed, due) -> None:
    assert parse_due(read_date(typed), TODAY) == due


def test_a_date_field_shows_the_dutch_date(qtbot, dutch_locale) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert date_entry_format() == "dd-MM-yyyy"
    edit.setDate(QDate(2022, 9, 30))
    assert edit.text() == "30-09-2022"


def test_a_typo_is_still_refused_with_a_hint(dutch_locale) -> None:
    from workbench.services.errors import DomainError

    with pytest.raises(DomainError, match="is not a due date"):
        parse_due(read_date("31-02-2022"), TODAY)

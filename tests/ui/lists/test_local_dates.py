"""Dates as the user's locale writes them: short in lists, long in headings; the lists
still sort by the date, not by its text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from workbench.domain import Audience, MeetingKind, MeetingStatus
from workbench.services.listing import MeetingRow
from workbench.ui.i18n import format_date, format_date_long, format_datetime
from workbench.ui.lists.rows_model import TextFilterProxy
from workbench.ui.meetings.meetings_model import COL_WHEN, MeetingsModel


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    QLocale.setDefault(before)


def _meeting(n: int, starts: datetime) -> MeetingRow:
    return MeetingRow(
        f"m{n}", f"Vergadering {n}", MeetingKind.WORKING_GROUP, None, None, starts, 60,
        None, MeetingStatus.HELD, Audience.GROUP,
    )  # fmt: skip


def test_dutch_dates_short_in_lists_and_long_in_headings(dutch) -> None:
    assert format_date(date(2022, 9, 30)) == "30-09-2022"
    assert format_date_long(date(2022, 9, 30)) == "vrijdag 30 september 2022"
    moment = datetime(2022, 9, 30, 12, 5, tzinfo=UTC)
    local = moment.astimezone()
    assert format_datetime(moment) == f"{format_date(local)} {local:%H:%M}"
    assert format_date(None) == ""


def test_english_lists_write_the_year_in_full(qapp) -> None:
    """en_US's short format has a two-digit year; a list of years needs all four."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert format_date(date(2022, 9, 30)) == "9/30/2022"
    finally:
        QLocale.setDefault(before)


def test_a_list_sorts_by_the_date_not_by_its_dutch_text(dutch) -> None:
    """30-01-2023 comes before 15-12-2022 as text; by date it is the other way round."""
    model = MeetingsModel()
    model.set_rows(
        [
            _meeting(1, datetime(2023, 1, 30, 9, tzinfo=UTC)),
            _meeting(2, datetime(2022, 12, 15, 9, tzinfo=UTC)),
            _meeting(3, datetime(2021, 6, 1, 9, tzinfo=UTC)),
        ]
    )
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_WHEN, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, COL_WHEN).data() for r in range(proxy.rowCount())]
    assert [s[:10] for s in shown] == ["01-06-2021", "15-12-2022", "30-01-2023"]

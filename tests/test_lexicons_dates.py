"""The named days and numeric dates of lexicons_dates (data/holidays.tsv), on invented phrases."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from groundwatch.lexicons_dates import HOLIDAY_DAYS, holiday_key, holiday_pattern, numeric_date_near


def test_holiday_keys_drop_possessives_apostrophes_and_dots() -> None:
    assert holiday_key("St. Patrick’s Day") == holiday_key("St Patrick's Day") == "st patrick day"
    assert holiday_key("All Saints' Day") == "all saints day"
    assert HOLIDAY_DAYS["new year day"] == ("fixed", 1, 1)
    assert HOLIDAY_DAYS["good friday"] == ("easter", -2, 0)


@pytest.mark.parametrize("text", ["New Year’s Eve", "New Year's Eve", "Christmas Eve", "Easter Monday"])
def test_the_pattern_finds_each_written_form(text: str) -> None:
    assert re.fullmatch(holiday_pattern(), text)


@pytest.mark.parametrize(
    ("first", "second", "sep", "near", "expected"),
    [
        pytest.param("3", "12", "/", dt.date(2031, 12, 5), dt.date(2031, 12, 3), id="day-first-near"),
        pytest.param("3", "12", "/", dt.date(2031, 3, 14), None, id="month-first-near-left-to-the-caller"),
        pytest.param("3", "4", "/", dt.date(2031, 3, 20), None, id="both-near-undecided"),
        pytest.param("20", "12", "/", dt.date(2031, 3, 1), dt.date(2031, 12, 20), id="one-order-only"),
        pytest.param("3", "12", ".", dt.date(2031, 3, 14), dt.date(2031, 12, 3), id="dots-are-day-first"),
    ],
)
def test_numeric_date_near(first: str, second: str, sep: str, near: dt.date, expected: dt.date | None) -> None:
    assert numeric_date_near("2031", first, second, sep, near) == expected

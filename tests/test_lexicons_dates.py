"""The named days and numeric dates of lexicons_dates (data/holidays.tsv), on invented phrases."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from groundwatch.lexicons_dates import (
    HOLIDAY_DAYS,
    holiday_key,
    holiday_pattern,
    numeric_date_near,
    numeric_dates,
    numeric_match_date,
)


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


@pytest.mark.parametrize(
    ("text", "short_year", "expected"),
    [
        pytest.param("Posted 14/05/2031 08:10", False, [dt.date(2031, 5, 14)], id="day-first-slashes"),
        pytest.param("Updated 05.04.2031", False, [dt.date(2031, 4, 5)], id="dots-are-day-first"),
        pytest.param("Published 04/05/2031", False, [None], id="either-order-undecided"),
        pytest.param("2031/05/14 07:45 | 2031.06.02", False, [dt.date(2031, 5, 14), dt.date(2031, 6, 2)],
                     id="year-first-in-order"),
        pytest.param("By Ana Ruiz • 11/23/31 5:19pm", True, [dt.date(2031, 11, 23)], id="two-digit-year"),
        pytest.param("By Ana Ruiz • 11/23/74", True, [dt.date(1974, 11, 23)], id="two-digit-year-pivot"),
        pytest.param("By Ana Ruiz • 11/23/31", False, [], id="two-digit-year-only-when-asked"),
        pytest.param("build 1.2031.05.14.7", False, [], id="year-first-inside-a-longer-number"),
    ],
)
def test_numeric_dates(text: str, short_year: bool, expected: list[dt.date | None]) -> None:
    assert [numeric_match_date(m) for m in numeric_dates(text, short_year=short_year)] == expected

"""published_yearless: a transcript's weekday and day, dated with the latest year it writes (invented texts)."""

from __future__ import annotations

import datetime as dt

from groundwatch.stages.extract import published
from groundwatch.stages.extract.published_yearless import weekday_day


def test_ordinal_words_take_the_latest_year_written() -> None:
    text = "HOST: The 2031 ferry strike is in its second week. It is Friday the fourteenth of March in Ostmere."
    assert weekday_day(text) == dt.date(2031, 3, 14)


def test_month_first_and_digits() -> None:
    assert weekday_day("Since 2029 the quay has flooded twice. On Thursday, March 15 it flooded again.") == \
        dt.date(2029, 3, 15)


def test_a_weekday_the_year_denies_gives_nothing() -> None:
    # 14 March 2031 is a Friday
    assert weekday_day("The 2031 count. It is Monday the fourteenth of March.") is None


def test_no_year_written_gives_nothing() -> None:
    assert weekday_day("It is Friday the fourteenth of March, and the quay is dry.") is None


def test_infer_published_uses_it_only_without_a_full_date() -> None:
    guess = published.infer_published("ANCHOR: The 2031 season opened. On Friday the fourteenth of March it shut.")
    assert guess is not None and guess.date == dt.date(2031, 3, 14) and guess.method == "weekday-day"
    full = published.infer_published("The quay shut on 2 March 2031. It is Friday the fourteenth of March.")
    assert full is not None and full.method == "latest-date"

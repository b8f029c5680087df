"""dates_offsets: one grammar for a date counted from another (invented phrases)."""

from __future__ import annotations

import pytest

from groundwatch.stages.extract.dates_offsets import Offset, read_offset


@pytest.mark.parametrize(("phrase", "want"), [
    ("three days later", Offset(3, 0)),
    ("eleven days before the levy vote", Offset(-11, 0)),
    ("a fortnight after the landslip", Offset(14, 0)),
    ("48 hours after the first aftershock", Offset(2, 0)),
    ("twenty-four hours later", Offset(1, 0)),
    ("a week to the day after the crash", Offset(7, 0)),
    ("two nights later", Offset(2, 0)),
    ("a couple of days earlier", Offset(-2, 0)),
    ("thirty-one days after", Offset(31, 0)),
    ("two months later", Offset(0, 2)),
    ("three months earlier", Offset(0, -3)),
])
def test_reads_count_unit_and_direction(phrase: str, want: Offset) -> None:
    assert read_offset(phrase) == want


@pytest.mark.parametrize("phrase", [
    "36 hours later",  # a day and a half: no one day
    "several days later",  # no number
    "two days in the mountains",  # no direction
    "a few weeks after the fire",
])
def test_names_no_whole_day(phrase: str) -> None:
    assert read_offset(phrase) is None


def test_anaphoric_counts_from_the_day_named() -> None:
    import datetime as dt

    from groundwatch.stages.extract.dates_rules import anaphoric

    day = dt.date(2031, 4, 2)
    got = anaphoric("a week to the day after the sinking", day)
    assert got is not None and got.date == "2031-04-09"
    got = anaphoric("forty-eight hours later", day)
    assert got is not None and got.date == "2031-04-04"
    assert anaphoric("thirty hours later", day) is None


@pytest.mark.parametrize(("word", "want"), [
    ("fifteen", 15), ("Twenty-one", 21), ("ninety nine", 99), ("a", 1), ("40", 40), ("several", None), ("few", None),
])
def test_count_words(word: str, want: int | None) -> None:
    from groundwatch.stages.extract.dates_offsets import count

    assert count(word) == want


def test_counted_phrases_past_twelve_resolve() -> None:
    import datetime as dt

    from groundwatch.stages.extract.dates_rules import resolve_phrase

    base = dt.date(2031, 6, 20)
    got = resolve_phrase("twenty-one days ago", base, "past")
    assert got is not None and got.date == "2031-05-30"
    got = resolve_phrase("seven months from now", base, "future")
    assert got is not None and got.date == "2032-01"
    got = resolve_phrase("four weeks ago yesterday", base, "past")
    assert got is not None and got.date == "2031-05-22"


def test_counts_into_an_event_and_to_the_day() -> None:
    import datetime as dt

    from groundwatch.stages.extract.dates_offsets import shift

    day = dt.date(2031, 1, 31)
    assert read_offset("ten days into the blockade") == Offset(10, 0)
    off = read_offset("a month to the day after the landslide")
    assert off == Offset(0, 1, exact=True)
    assert shift(dt.date(2031, 2, 6), off) == dt.date(2031, 3, 6)
    assert shift(day, off) is None  # no 31 February
    assert shift(day, Offset(0, 2)) is None  # "two months later": a month, not a day
    anniversary = read_offset("the second anniversary of the collapse")
    assert anniversary == Offset(0, 24, exact=True)
    assert shift(dt.date(2029, 7, 4), anniversary) == dt.date(2031, 7, 4)
    assert read_offset("the 10th anniversary of the flood") == Offset(0, 120, exact=True)


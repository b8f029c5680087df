"""dates_shapes: TIMEX3 shapes resolved through a simpler phrase (invented phrases, no parse)."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.stages.extract.dates_rules import Resolution, resolve_phrase
from groundwatch.stages.extract.dates_shapes import months_from_named

THU = dt.date(2026, 11, 12)  # a Thursday

SHAPES = [
    ("a week from Monday", "neutral", "2026-11-23"),
    ("the first Sunday of December", "neutral", "2026-12-06"),
    ("the last Friday in January", "future", "2027-01-29"),
    ("the second Tuesday of October", "past", "2026-10-13"),
    ("the end of this month", "neutral", "2026-11"),
    ("the beginning of last month", "past", "2026-10"),
    ("the middle of next month", "future", "2026-12"),
    ("the end of January", "future", "2027-01"),
    ("two months from now", "neutral", "2027-01"),
    ("a month from today", "neutral", "2026-12"),
    ("Jan. '96", "past", "1996-01"),
    ("June '28", "future", "2028-06"),
    ("the month before", "past", "2026-10"),
    ("a week ago Tuesday", "past", "2026-11-03"),
    ("two weeks ago Friday", "past", "2026-10-23"),
    ("a week ago yesterday", "past", "2026-11-04"),
    ("a fortnight ago", "past", "2026-10-29"),
    ("a week today", "neutral", "2026-11-19"),
    ("Monday week", "neutral", "2026-11-23"),
    ("the first of December", "neutral", "2026-12-01"),
    ("May Day", "future", "2027-05-01"),
]


@pytest.mark.parametrize(("phrase", "tense", "date"), SHAPES)
def test_shapes(phrase: str, tense: str, date: str) -> None:
    res = resolve_phrase(phrase, THU, tense)  # type: ignore[arg-type]
    assert res is not None and res.date == date


def test_the_day_in_question_is_left_alone() -> None:
    assert resolve_phrase("the end of the day", THU, "neutral") is None


@pytest.mark.parametrize("phrase", ["the end of the month", "the beginning of the month", "the middle of the month"])
def test_the_month_in_question_is_this_month_until_anchored(phrase: str) -> None:
    res = resolve_phrase(phrase, THU, "neutral")  # months_from_named anchors it or drops it
    assert res is not None and res.date == "2026-11"


TEXT = "Exports rose in September from the previous month. A month later they fell. Sales fell last month."


def _found(text: str, items: list[tuple[str, str, str, int]]) -> list[tuple[int, int, Resolution | None, int]]:
    out: list[tuple[int, int, Resolution | None, int]] = []
    for phrase, date, precision, sent in items:
        start = text.index(phrase)
        out.append((start, start + len(phrase), Resolution(date, precision), sent))
    return out


def test_month_anaphors_count_from_the_month_named() -> None:
    found = _found(TEXT, [("September", "2026-09", "month", 0), ("the previous month", "2026-10", "month", 0),
                          ("A month later", "2026-12", "month", 1)])
    months_from_named(TEXT, found)
    assert [r.date if r else None for _, _, r, _ in found] == ["2026-09", "2026-08", "2026-10"]


def test_a_month_later_with_no_month_named_is_dropped() -> None:
    text = "A month later they fell."
    found = _found(text, [("A month later", "2026-12", "month", 0)])
    months_from_named(text, found)
    assert found[0][2] is None


def test_an_anaphor_far_from_its_month_keeps_the_publication_month() -> None:
    found = _found(TEXT, [("September", "2026-09", "month", 0), ("last month", "2026-10", "month", 5)])
    months_from_named(TEXT, found)
    assert found[1][2] is not None and found[1][2].date == "2026-10"


def test_the_end_of_the_month_takes_the_month_named_in_its_sentence() -> None:
    text = "The Sarvel hearing opened on Feb. 3 and ran to the end of the month."
    found = _found(text, [("Feb. 3", "2026-02-03", "day", 0), ("the end of the month", "2026-11", "month", 0)])
    months_from_named(text, found)
    assert found[1][2] is not None and found[1][2].date == "2026-02"


def test_the_end_of_the_month_with_its_month_in_another_sentence_is_dropped() -> None:
    text = "The Sarvel mill shut in March. Its owners hope to sell it by the end of the month."
    found = _found(text, [("March", "2026-03", "month", 0), ("the end of the month", "2026-11", "month", 1)])
    months_from_named(text, found)
    assert found[1][2] is None

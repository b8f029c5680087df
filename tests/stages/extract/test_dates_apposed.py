"""A weekday set beside a day to name its weekday takes that day, and "of that week" after it counts from it
(dates_discourse.apposed_day; invented sentences, stress batch dblind-s36)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

BEFORE_HOLIDAY = dt.date(2031, 5, 23)  # a Friday; Memorial Day 2031 is Monday 26 May
WEEKS_LATER = dt.date(2031, 3, 19)  # a Wednesday, weeks after the February scenes


def _dates(nlp: Any, text: str, published: dt.date) -> list[tuple[str, str | None]]:
    ctx = ExtractionContext(article_id="a", published=published)
    return [(m.text, m.date) for m in extract_dates(nlp(text), ctx, {})]


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", [
    "Pools across Dunmere open for the summer on Memorial Day, Monday, and close after Labor Day.",
    "The city's libraries close on Memorial Day, Monday, for the holiday.",
    "Parking meters are free on Memorial Day, Monday, the transit office said.",
])
def test_a_weekday_apposed_to_a_holiday_is_the_holiday(nlp: Any, text: str) -> None:
    assert dict(_dates(nlp, text, BEFORE_HOLIDAY)).get("Monday") == "2031-05-26"


@pytest.mark.issue(10)
def test_a_weekday_beside_another_weekday_is_not_apposed(nlp: Any) -> None:
    # control: a list of two weekdays names two days
    got = dict(_dates(nlp, "The ferry sailed on Tuesday, Wednesday and Thursday last week.", BEFORE_HOLIDAY))
    assert got.get("Tuesday") != got.get("Wednesday")


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("Talks opened in Verrin on Feb. 3, a Monday. By Thursday of that week the sides had traded drafts, and on "
     "Friday they broke off.", "Thursday", "2031-02-06"),
    ("Talks opened in Verrin on Feb. 3, a Monday. By Thursday of that week the sides had traded drafts, and on "
     "Friday they broke off.", "Friday", "2031-02-07"),
    ("The strike began on Feb. 10, a Monday. On Wednesday of that week the mills closed.", "Wednesday", "2031-02-12"),
    ("Flooding cut the rail line on Jan. 20, a Monday; by Friday of the same week crews had reopened it.", "Friday",
     "2031-01-24"),
    # control: a saying's weekday after the scene is the latest news, the paper's own day
    ("The strike began on Feb. 10, a Monday. The union said on Wednesday it would talk.", "Wednesday", "2031-03-19"),
])
def test_of_that_week_after_an_apposed_weekday(nlp: Any, text: str, phrase: str, want: str) -> None:
    assert dict(_dates(nlp, text, WEEKS_LATER)).get(phrase) == want

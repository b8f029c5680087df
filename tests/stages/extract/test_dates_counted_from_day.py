"""A count of days before or after a day the phrase itself names counts from that day, not from the last
day named before it ("a week before Memorial Day"; invented sentences, a miss noted by dfix5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

FRIDAY = dt.date(2031, 5, 23)  # Memorial Day 2031 is Monday 26 May


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="a", published=FRIDAY)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("The lido in Harrowgate opened on Monday, a week before Memorial Day.", "a week before Memorial Day",
     "2031-05-19"),
    ("Repairs on the Skelm causeway began a week before Christmas.", "a week before Christmas", "2030-12-18"),
    ("The council met on Monday, the day before Memorial Day weekend plans were set.", "Monday", "2031-05-19"),
])
def test_a_count_from_a_named_day(nlp: Any, text: str, phrase: str, want: str) -> None:
    assert _dates(nlp, text).get(phrase) == want


@pytest.mark.issue(10)
def test_a_count_from_an_event_still_counts_from_the_day_before_it(nlp: Any) -> None:
    # control: "three days after the walkout" names no day of its own; it counts from May 2
    got = _dates(nlp, "The strike at Pellow began on May 2. Three days after the walkout, talks resumed.")
    assert got.get("Three days after the walkout") == "2031-05-05"

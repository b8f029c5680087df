"""A day set for an announced event lies ahead: the present perfect takes no definite past day, so "has called
a strike on Thursday" dates the strike, still to come (dates_announced). Invented sentences; corpus_t's blind run,
issue 10."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 4, 11)  # a Friday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return {m.text.lower(): m.date for m in found}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "day", "date"), [
    ("The teachers' union has called a strike on Thursday.", "thursday", "2031-04-17"),
    ("Organisers have announced a rally in the capital on Sunday.", "sunday", "2031-04-13"),
    ("Villagers of Orvane have declared a road blockade on Tuesday.", "tuesday", "2031-04-15"),
    ("The miners' federation has set a march for Saturday.", "saturday", "2031-04-12"),
    ("Transport workers announce a walkout on Monday.", "monday", "2031-04-14"),
    ("The Velt party has announced a statewide sit-in on Wednesday over the water prices.", "wednesday",
     "2031-04-16"),
    # told as done, or the day of the announcing: behind
    ("The Velt party has staged a protest on Monday.", "monday", "2031-04-07"),
    ("The government announced a curfew on Monday.", "monday", "2031-04-07"),
    ("The union announced on Tuesday that it would strike.", "tuesday", "2031-04-08"),
])
def test_the_day_of_an_announced_event_lies_ahead(nlp: Any, text: str, day: str, date: str) -> None:
    assert _dates(nlp, text)[day] == date

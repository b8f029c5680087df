"""dates.v1 on words that look like dates and name none (dates_lookalike): invented sentences only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2027, 9, 17)  # a Friday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="l", published=PUB)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("The new Quessa tram cars are painted midnight blue.", "midnight", id="midnight-blue"),
    pytest.param("He arrived in a midnight-blue suit.", "midnight", id="midnight-blue-hyphen"),
    pytest.param("This was the coldest February on record in Quessa.", "February", id="superlative-on-record"),
    pytest.param("Orchards near Brask had the wettest May in thirty years.", "May", id="superlative-in-years"),
    pytest.param("A Quessa on Sunday survey found rents had risen.", "Sunday", id="paper-title-modifier"),
    pytest.param("Fans of the band Copper Tuesday queued outside the hall.", "Tuesday", id="band-name"),
    pytest.param("Today's students in Brask rarely write letters.", "Today", id="today-era-plural"),
    pytest.param("The bridge would cost 40 million in today's money.", "today", id="today-money"),
])
def test_not_a_date(nlp: Any, sentence: str, phrase: str) -> None:
    assert phrase not in _dates(nlp, sentence)


@pytest.mark.parametrize(("sentence", "phrase", "date"), [
    pytest.param("The Quessa Courier said on Sunday night that the pier was shut.", "Sunday night", "2027-09-12",
                 id="daypart-stays"),
    pytest.param("The ferry left Brask at midnight on Wednesday.", "midnight on Wednesday", "2027-09-15",
                 id="midnight-stays"),
    pytest.param("Rainfall in Brask last month was the highest since 1990.", "last month", "2027-08",
                 id="last-month-stays"),
    pytest.param("Today's hearing in Brask was adjourned.", "Today", "2027-09-17", id="today-event-stays"),
])
def test_still_a_date(nlp: Any, sentence: str, phrase: str, date: str) -> None:
    assert _dates(nlp, sentence).get(phrase) == date

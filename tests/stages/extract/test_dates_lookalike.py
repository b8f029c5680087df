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
    pytest.param("Stalls in Brask sold Easter eggs to pay for the new roof.", "Easter", id="holiday-goods"),
    pytest.param("The Quessa outlet mall is full of Black Friday bargains.", "Friday", id="weekday-name-goods"),
    pytest.param("The Quessa outlet mall is full of Black Friday bargains.", "Black Friday", id="shopping-day-goods"),
    pytest.param("The Brask chain ran Cyber Monday deals all week.", "Cyber Monday", id="goods-tagged-as-a-verb"),
    pytest.param("Quessa today has twice the shops it had in the 1980s.", "today", id="today-against-a-decade"),
    pytest.param("Tonight's Weather\nFog will lift from the Brask valley by dawn.", "Tonight", id="section-line"),
    pytest.param("The May Day Players staged a farce in Brask.", "May Day", id="holiday-opening-a-name"),
    pytest.param("Quessa signed the Good Friday Accord in Brask.", "Good Friday", id="holiday-opening-a-treaty"),
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
    pytest.param("The Quessa choir will sing at the Christmas service in the old hall.", "Christmas", "2027-12-25",
                 id="holiday-event-stays"),
    pytest.param("Today marks ten years since the Brask dam opened in the 1990s style.", "Today", "2027-09-17",
                 id="today-subject-stays"),
    pytest.param("Tonight's match in Quessa was called off.", "Tonight", "2027-09-17", id="tonight-sentence-stays"),
    pytest.param("Sunny skies over Brask today.", "today", "2027-09-17", id="today-verbless-stays"),  # once looped
    pytest.param("Dockers in Brask marched on May Day for higher pay.", "May Day", "2027-05-01",
                 id="holiday-before-a-preposition-stays"),
    pytest.param("Crowds Filled Brask Square On Christmas Eve As Snow Fell", "Christmas Eve", "2026-12-24",
                 id="holiday-in-a-title-case-headline-stays"),
])
def test_still_a_date(nlp: Any, sentence: str, phrase: str, date: str) -> None:
    assert _dates(nlp, sentence).get(phrase) == date

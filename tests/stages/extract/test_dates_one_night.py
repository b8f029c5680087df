"""A night of two days ("the night of 3-4 May") is one date phrase on its first day (dates_ranges.one_night); a
range of days and two nights stay two phrases. Invented text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2039, 5, 5)


def _dates(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return [(m.text, m.date) for m in found]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("The rescue work at the collapsed mill in Harnby went on through the night of 3-4 May 2039.",
     "3-4 May 2039", "2039-05-03"),
    ("Police patrolled the Tessel estate on the night of 9-10 April, a spokesman said.", "9-10 April", "2039-04-09"),
    ("Flood barriers held through the night of 21\u201322 March 2040 in Orvane.", "21\u201322 March 2040",
     "2040-03-21"),
    ("In the night of 1 to 2 May the river rose by a metre at Lurra.", "1 to 2 May", "2039-05-01"),
    ("The storm hit Corvel harbour on the night of 14/15 October 2037.", "14/15 October 2037", "2037-10-14"),
])
def test_a_night_of_two_days_is_one_phrase(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text) == [(phrase, date)]


@pytest.mark.parametrize("text", [
    "The fair ran from 12 to 14 September 2038 in Lurra.",  # a range: both ends are dates
    "Searchers worked on the nights of 5 and 6 July in the quarry.",  # two nights
    "The road was shut from 2 to 3 May for repairs.",  # two days in a row, no night
    "Guns fell silent at Lurra in the night of Friday to Saturday.",  # two weekdays: the stress file's two phrases
])
def test_ranges_and_two_nights_stay_two_phrases(nlp: Any, text: str) -> None:
    assert len(_dates(nlp, text)) == 2

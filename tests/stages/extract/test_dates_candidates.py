"""Candidate extents of date phrases (dates_candidates): a full stop after a month's name, and a clock time
before a count from an event. Invented text (the river port of Orvesham)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 5, 9)  # a Friday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return {m.text: m.date for m in found}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "date"), [
    # a night of two days is one phrase on its first day (dates_ranges.one_night); its full stop stays out too
    ("Barges have carried 900 people out of Orvesham since the night of 5-6 May.", "5-6 May", "2031-05-05"),
    ("The locks stayed shut from 3-4 April.", "4 April", "2031-04-04"),
    # an abbreviation keeps its dot
    ("The locks stayed shut from 3-4 Apr. Then they opened.", "4 Apr.", "2031-04-04"),
])
def test_a_full_stop_after_a_months_name_is_no_part_of_the_phrase(nlp: Any, text: str, phrase: str,
                                                                  date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", [
    "Engineers declared the levee safe at 9am, six days after it first cracked.",
    "Engineers declared the levee safe at 9am, three days after the flood.",
])
def test_a_clock_time_before_a_count_from_an_event_is_dated_on_its_own(nlp: Any, text: str) -> None:
    assert _dates(nlp, text).get("9am") == "2031-05-09"


def test_a_clock_time_before_its_day_is_still_one_phrase(nlp: Any) -> None:
    assert _dates(nlp, "The barge sank at 10 p.m., Wednesday, the harbour office said.") == {
        "10 p.m., Wednesday": "2031-05-07"}


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("Engineers raised the ferry, which sank 2 months ago in the estuary.", "2 months ago", "2031-03"),
    ("Pickers who came to Orvesham three weeks ago have left.", "three weeks ago", "2031-04-18"),
    ("The dredger broke down a week ago and still lies idle.", "a week ago", "2031-05-02"),
])
def test_a_count_back_from_today_is_found_where_the_model_tags_none(nlp: Any, text: str, phrase: str,
                                                                     date: str) -> None:
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.label_ not in ("DATE", "TIME")]  # the model's miss, made sure of
    found = extract_dates(doc, ExtractionContext(article_id="t", published=PUB), {})
    assert {m.text: m.date for m in found}.get(phrase) == date


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("TODAY'S FERRY STRIKE IN ORVESHAM STRANDS HUNDREDS OF TRAVELLERS\n\nThe quays were empty by noon.\n", "TODAY",
     "2031-05-09"),
    ("DOCKERS IN ORVESHAM VOTE TONIGHT ON THE PAY OFFER FROM THE PORT\n\nThe ballot closes at ten.\n", "TONIGHT",
     "2031-05-09"),
])
def test_a_day_word_in_a_capitalised_headline_is_found(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date

"""Dates of plans and scenes in wire and business copy that invented probes of session 36 found misread
(dates_direction, dates_tense, dates_context, dates_discourse, dates_night, dates_present), on invented text:

- a month far ahead of an undated saying lies ahead; only a saying told on an earlier day may put it behind;
- a passive infinitive ("expect the dam to be completed in September") takes its time from the verb above it;
- the day of a meeting, vote or final under a plan or an awaiting verb is the coming one;
- a weekday with its day in brackets after it ("on Monday (March 2)") is that day;
- an evening clock time that the sentence follows into a morning is the evening before that morning;
- a "present" in a clause of time under a past verb ("when its banks burst on April 27") is a past.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 9, 17)  # a Wednesday


def _dates(nlp: Any, text: str, pub: dt.date = PUB) -> dict[str, str | None]:
    found = extract_dates(nlp(text + "\n"), ExtractionContext(article_id="t", published=pub), {})
    return {m.text.lower(): m.date for m in found}


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("The electoral board said the referendum would be held in May.", "may", "2032-05"),
    ("The ferry company said sailings to Kessa would resume on April 4.", "april 4", "2032-04-04"),
    ("Output is expected to recover in June, the mining group said.", "june", "2032-06"),
    # a saying told on an earlier day: the month lies behind
    ("Last year the port authority said the new quay would open in May.", "may", "2031-05"),
])
def test_a_far_month_of_an_undated_saying_lies_ahead(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


def test_a_passive_infinitive_takes_the_plans_time(nlp: Any) -> None:
    assert _dates(nlp, "Engineers expect the bridge to be reopened in March.").get("march") == "2032-03"


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("The central bank is expected to cut rates at its meeting on Thursday.", "thursday", "2031-09-18"),
    ("Ministers are likely to sign the accord at their summit on Monday.", "monday", "2031-09-22"),
    ("Traders await the central bank's meeting on Thursday.", "thursday", "2031-09-18"),
    ("The Orlen side faces Sunday's final against Dunmere.", "sunday", "2031-09-21"),
    # controls: a meeting told in the past
    ("Ministers signed the accord at their summit on Monday.", "monday", "2031-09-15"),
    ("The bank cut rates at its meeting on Thursday.", "thursday", "2031-09-11"),
])
def test_a_scheduled_events_day_under_a_plan_is_the_coming_one(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("President Ivo Brant on Tuesday (Sept. 9) signed the order.", "tuesday", "2031-09-09"),
    ("The envoy will fly to Kessa on Monday (Sept. 22), officials said.", "monday", "2031-09-22"),
    # the weekdays disagree: the weekday is read on its own
    ("The talks opened on Tuesday (Sept. 10) in Dunmere.", "tuesday", "2031-09-16"),
])
def test_a_weekday_with_its_day_in_brackets_is_that_day(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


@pytest.mark.parametrize(("text", "clock", "date"), [
    ("The blaze broke out at 11 p.m. and was put out by 5 a.m. Tuesday.", "11 p.m.", "2031-09-15"),
    ("Gunmen stormed the hotel at 9:30 p.m. and the siege ended at dawn on Sunday.", "9:30 p.m.", "2031-09-13"),
    # control: a morning first, then the evening of the same day
    ("The march began at 8 a.m. Tuesday and the crowd left by 10 p.m.", "10 p.m.", "2031-09-16"),
])
def test_an_evening_the_sentence_follows_into_a_morning_is_the_evening_before(nlp: Any, text: str, clock: str,
                                                                             date: str) -> None:
    assert _dates(nlp, text).get(clock) == date


def test_a_present_tag_in_a_clause_of_time_under_a_past_is_a_past(nlp: Any) -> None:
    text = ("Some 9,000 people are sheltering in schools, most from farms along the Orlen that were flooded when "
            "its dykes burst on Sept. 2.")
    assert _dates(nlp, text).get("sept. 2") == "2031-09-02"


@pytest.mark.parametrize(("text", "date"), [
    ("Freight traffic in August rose 4% from a year earlier, the port said.", "2030-08"),
    ("Car sales fell 6% in July from June, dealers said. Sales were 9% below the level of a year earlier.",
     "2030-07"),
    # a day named in its sentence keeps the day's count
    ("On Sept. 2 the mill closed; a year earlier it had employed 700 people.", "2030-09-02"),
])
def test_a_year_earlier_counts_from_the_month_named_before_it(nlp: Any, text: str, date: str) -> None:
    assert _dates(nlp, text).get("a year earlier") == date


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("The hearing, first set for Sept. 5, was moved to Oct. 2.", "sept. 5", "2031-09-05"),
    ("The loan payment was due Sept. 1 but has not been made.", "sept. 1", "2031-09-01"),
    ("The sale was expected to close on Aug. 29, but regulators held it up.", "aug. 29", "2031-08-29"),
    # a plan told in the present stays ahead
    ("The vote is scheduled for Oct. 9.", "oct. 9", "2031-10-09"),
])
def test_a_day_planned_in_the_past_tense_may_have_passed(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date

"""An evening clock time told of the night before a morning report (dates_night), on invented text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.dates_night import _evening
from groundwatch.stages.extract.dates_rules import DOT_CLOCK_TIMES
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 9, 17)  # a Wednesday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return {m.text.lower(): m.date for m in found}


@pytest.mark.parametrize(("phrase", "evening"), [
    ("8.15 pm", True), ("at 9:05 p.m.", True), ("22:40", True), ("11.50 pm", True),
    ("6.30 am", False), ("4.10 pm", False), ("at 12.05 pm", False), ("9", False)])
def test_an_evening_clock_time(phrase: str, evening: bool) -> None:
    assert _evening(phrase) is evening


@pytest.mark.parametrize(("text", "clock", "date"), [
    # a past event at an evening hour, reported early on the publication day: the evening before
    ("A warehouse roof fell in at Corvel docks, the port authority said early on Wednesday. "
     "It gave way at 8:15 pm during a storm.", "8:15 pm", "2031-09-16"),
    ("Two fishing boats sank off Lessing, the coastguard told reporters on Wednesday morning. "
     "The first one went down at 10:40 pm.", "10:40 pm", "2031-09-16"),
    # controls: an event held early on the day; a morning hour; a plan ahead
    ("The Corvel fair opened early on Wednesday. The fireworks were lit at 9:30 pm.", "9:30 pm", "2031-09-17"),
    ("A fire broke out in a Lessing bakery, firefighters said early on Wednesday. "
     "They were called at 4:20 am.", "4:20 am", "2031-09-17"),
    ("The mayor said early on Wednesday that the square would close at 8:45 pm.", "8:45 pm", "2031-09-17"),
])
def test_a_past_evening_clock_time_reported_next_morning(nlp: Any, text: str, clock: str, date: str) -> None:
    assert _dates(nlp, text).get(clock) == date


@pytest.mark.xfail(not DOT_CLOCK_TIMES, strict=True, reason="dotted clock times are off (DOT_CLOCK_TIMES)")
def test_a_clock_time_written_with_a_dot_is_found(nlp: Any) -> None:
    got = _dates(nlp, "The ferry from Lessing docked on Monday at 7.25 pm in a gale.")
    assert got.get("7.25 pm") == "2031-09-15"


def test_a_decimal_is_no_clock_time(nlp: Any) -> None:
    got = _dates(nlp, "Shares in Corvel Mills fell 7.25 on Monday, and the bond yield rose to 4.10.")
    assert set(got) == {"monday"}


@pytest.mark.parametrize(("text", "phrase", "date"), [
    # a live page's clock-time header stands above its entry: the entry's first words are a phrase of their own
    ("Wednesday 17 September 2031\n\n10:25\nYesterday's gale brought down the mast at Quell, the coastguard says.",
     "yesterday", "2031-09-16"),
    ("Wednesday 17 September 2031\n\n08:40\nThis morning the Quell ferry sailed half empty.", "this morning",
     "2031-09-17"),
    # "last night", which the model joins to a figure before it, and "the last night of" a run, no date
    ("The coastguard put the number of boats lost at 12 last night.", "last night", "2031-09-16"),
    ("The Quell fair closed on the last night of its run.", "the last night", None),
])
def test_a_day_phrase_under_a_header_or_after_a_figure(nlp: Any, text: str, phrase: str, date: str | None) -> None:
    got = _dates(nlp, text)
    assert got.get(phrase) == date, got
    assert not any("\n" in found for found in got), got


def test_an_hour_naming_a_programme_is_no_clock_time(nlp: Any) -> None:
    assert _dates(nlp, "The mayor spoke on the 10 o'clock news about the dyke.") == {}


def test_an_hour_before_a_preposition_stays_a_clock_time(nlp: Any) -> None:
    assert _dates(nlp, "The dyke broke at 10 o'clock on Monday.") == {"10 o'clock on monday": "2031-09-15"}

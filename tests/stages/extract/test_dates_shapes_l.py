"""Dates: families of language the blind run of the invented corpus_l missed (tests/fixtures/corpus_l.README.md).

Every sentence is invented for this test (the Ambleth valley; no eval text, no corpus_l sentence):

- a part of a day said "of today" / "of yesterday" ("in the early hours of today") is that day;
- a full month name's date at the end of a sentence leaves the full stop out of its text;
- "N days after the raid" counts from the day that owns the event's noun ("Tuesday's raid"), not from a
  later day the same sentence tells;
- a present perfect with an adverbial inside it ("has for the first time admitted") sets the count on the
  day of writing;
- a count of days set off after a day by "more than" restates that day and is not counted from it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

FRIDAY = dt.date(2031, 5, 16)


def _dates(nlp: Any, text: str, published: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    ctx = ExtractionContext(article_id="t", published=published)
    return [(m.text, m.date) for m in extract_dates(nlp(text), ctx, {})]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Armed men raided two farms in the early hours of today.", [("today", "2031-05-16")]),
    ("Armed men raided two farms in the dawn hours of today, killing five.", [("today", "2031-05-16")]),
    ("The convoy was stopped on the night of yesterday.", [("yesterday", "2031-05-15")]),
    # controls: the present age, and "as of today"
    ("These farmers are the heroes of today.", []),
    ("As of today, the road is open.", [("today", "2031-05-16")]),
])
def test_a_part_of_the_day_of_today(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _dates(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("- Two schools served as shelters from 12 to 13 May.", [("12", "2031-05-12"), ("13 May", "2031-05-13")]),
    ("- The next update is due on or around 19 May.", [("19 May", "2031-05-19")]),
    # control: an abbreviation keeps its dot inside the phrase
    ("Talks resumed on Sept. 12 last year.", [("Sept. 12 last year", "2030-09-12")]),
])
def test_a_full_months_date_leaves_the_full_stop(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _dates(nlp, text) == expected


@pytest.mark.issue(10)
def test_a_count_after_the_event_counts_from_the_day_that_owns_its_noun(nlp: Any) -> None:
    text = ("A shepherd was found dead near Tiln on Sunday, and the ministry raised the toll from Tuesday's raid to 20 "
            "on Sunday.\n\nTwo days after the raid, soldiers reached the well but did not search it, villagers said.")
    assert ("Two days after the raid", "2031-05-15") in _dates(nlp, text, dt.date(2031, 5, 19))


@pytest.mark.issue(10)
def test_a_present_perfect_with_an_adverbial_inside_is_the_day_of_writing(nlp: Any) -> None:
    text = ("Three days after the raid on Ambleth and Tiln, the ministry has for the first time admitted that people "
            "were taken.")
    assert _dates(nlp, text) == [("Three days after the raid", "2031-05-16")]


@pytest.mark.issue(10)
def test_a_count_set_off_after_a_day_by_more_than_restates_it(nlp: Any) -> None:
    text = ("Gunmen raided Ambleth on Tuesday. Soldiers reached it only on Wednesday afternoon, more than a day after "
            "the raid.")
    assert _dates(nlp, text) == [("Tuesday", "2031-05-13"), ("Wednesday afternoon", "2031-05-14")]

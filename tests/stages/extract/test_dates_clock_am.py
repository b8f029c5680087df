"""Dates: a morning clock time's "am", which the parser takes for the verb "be" ("shortly after 2 am on
Wednesday": "2" and the present-tense "am"), is the clock's; the weekday then resolves from the clause's own
verb (past: backwards), as "after 4 pm on Wednesday" does. The invented corpus_h's blind run put such a
landfall a week ahead. Invented sentences (the coast of Vellin, Orv)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

THU = dt.date(2031, 5, 15)  # a Thursday: Tuesday is the 13th, Wednesday the 14th


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "date"), [
    ("The storm came ashore near Orv shortly after 2 am on Wednesday.", "2031-05-14"),
    ("The death toll has risen to 40 since the storm came ashore near Orv shortly after 2 am on Wednesday.",
     "2031-05-14"),
    ("The dam burst just after 3 am on Tuesday, officials said.", "2031-05-13"),
    ("The quake struck at 4 am on Tuesday.", "2031-05-13"),
    # controls: an evening clock time, and a morning one in a future clause
    ("Rescuers reached the village after 4 pm on Wednesday.", "2031-05-14"),
    ("The vote will be held at 9 am on Saturday.", "2031-05-17"),
    # a clock time closing a range, its number hung elsewhere: the clause of the range decides
    ("The mayor extended the curfew, which will now run from 9 pm to 6 am from Friday.", "2031-05-16"),
])
def test_a_morning_clock_time_is_no_present_tense_verb(nlp: Any, sentence: str, date: str) -> None:
    doc = nlp("Storm hits Vellin\n\n" + sentence)
    dates = extract_dates(doc, ExtractionContext(article_id="t", published=THU), {})
    assert [d.date for d in dates] == [date]

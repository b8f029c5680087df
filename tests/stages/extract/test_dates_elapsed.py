"""Weekdays told after a phrase saying how long ago the story began (dates_elapsed), on invented text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext


def _dates(nlp: Any, text: str, published: str) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="t", published=dt.date.fromisoformat(published))
    return {m.text.lower(): m.date for m in extract_dates(nlp(text), ctx, {})}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "for a week now", a paper on Sunday 16 June 2041: the narrated Saturday and Friday are the week before
    ("For a week now, two accounts of the night have competed in Velmora. In the first, the levee broke at 4:10 "
     "on Saturday morning. In the second, it gave way on Friday evening, hours earlier.", "2041-06-16",
     {"4:10 on saturday morning": "2041-06-08", "friday evening": "2041-06-07"}),
    # "two weeks on," on Sunday 23 June: the days nearest two weeks back
    ("Two weeks on, the families of Osterby still wait. The ferry sank on Tuesday night off the point; on "
     "Wednesday morning divers found the hull.", "2041-06-23",
     {"tuesday night": "2041-06-11", "wednesday morning": "2041-06-12"}),
    # "it has been a week since", on Thursday 20 June: that Thursday a week back, and the Friday after it
    ("It has been a week since the dam at Korvik burst. The water rose on Thursday afternoon and by Friday it "
     "had reached the square.", "2041-06-20", {"thursday afternoon": "2041-06-13", "friday": "2041-06-14"}),
    # controls: no elapsed phrase; "a week later" counts from a day told before it; weekdays of saying
    ("The levee broke at 4:10 on Saturday morning. On Sunday divers found the hull.", "2041-06-16",
     {"4:10 on saturday morning": "2041-06-15", "sunday": "2041-06-16"}),
    ("A week later, residents returned. They left on Saturday and came back on Sunday, officials said.",
     "2041-06-16", {"saturday": "2041-06-15", "sunday": "2041-06-16"}),
    ("For a week now, officials have kept silent. The mayor said on Friday that he would speak on Saturday.",
     "2041-06-16", {"friday": "2041-06-14", "saturday": "2041-06-22"}),
])
def test_weekdays_after_an_elapsed_count(nlp: Any, text: str, published: str, expected: dict[str, str]) -> None:
    assert _dates(nlp, text, published) == expected

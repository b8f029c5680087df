"""A count given on the paper's own weekday and set against the count given "now" (dates_now), on invented text
(corpus_p's blind run, issue 10)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 3, 11)  # a Tuesday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return {m.text.lower(): m.date for m in found}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "date"), [
    # the weekday's count revised by the count of now: the Tuesday a week back
    ("The harbour office said 12 on Tuesday; it now says 19.", "2031-03-04"),
    ("The Varn police gave 38 on Tuesday, the clinic 41; the police now say 42.", "2031-03-04"),
    ("The harbour office said 12 on Tuesday, but now says 19.", "2031-03-04"),
    # controls: the paper's own day
    ("The harbour office said on Tuesday that 19 people had died.", "2031-03-11"),
    ("The harbour office said 12 on Tuesday, and the navy 14.", "2031-03-11"),
    ("Ministers met on Tuesday; talks are now under way.", "2031-03-11"),
    ("The mayor spoke on Tuesday, but the 40 families are now housed.", "2031-03-11"),
])
def test_a_count_of_the_papers_weekday_set_against_the_count_of_now(nlp: Any, text: str, date: str) -> None:
    assert _dates(nlp, text)["tuesday"] == date

"""Dates written day first, as British and international copy writes them (invented text, issue 10).

Found by respelling dates-dev's dates day first (``tests/eval_layouts.py``: "Oct. 23" -> "23 Oct"):
a weekday before a day-first date was read as a weekday of its own ("Monday, 26 October" gave the
Monday before publication), and the first of two day-first dates in a range was lost when the model
tagged its day apart ("from 26 Aug to 20 Oct"). The month-first forms are the controls.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 11, 12)  # a Wednesday


def _dates(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.date) for m in extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Voting in Kessa is set for Monday, 24 Nov.", [("Monday, 24 Nov", "2031-11-24")]),
    ("Voting in Kessa is set for Monday, Nov. 24.", [("Monday, Nov. 24", "2031-11-24")]),
    ("The ferry to Orlen sank on Friday 7 November 2031.", [("Friday 7 November 2031", "2031-11-07")]),
    ("Talks ran from Monday, 3 November to Friday, 7 November.",
     [("Monday, 3 November", "2031-11-03"), ("Friday, 7 November", "2031-11-07")]),
    ("Talks ran from Monday, November 3 to Friday, November 7.",
     [("Monday, November 3", "2031-11-03"), ("Friday, November 7", "2031-11-07")]),
    ("Grain was shipped from 26 Aug to 20 Oct at a low price.", [("26 Aug", "2031-08-26"), ("20 Oct", "2031-10-20")]),
    ("Grain was shipped from Aug. 26 to Oct. 20 at a low price.",
     [("Aug. 26", "2031-08-26"), ("Oct. 20", "2031-10-20")]),
])
def test_a_day_first_date_reads_as_the_month_first_one(nlp: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize("dateline", ["KESSA, 7 November (Tessel Wire) --", "KESSA, November 7 (Tessel Wire) --"])
def test_a_dateline_on_a_line_of_its_own_stays_in_either_order(dateline: str) -> None:
    body = (f"Floods cut Kessa off\n\n{dateline}\n\nFloodwater cut the road to Kessa on Friday, and about 300 "
            "people left their homes, the council said.\n\nThe army sent two boats and a field kitchen.\n")
    assert dateline in clean(Article(id="t/1", source="mem", body=body, format="txt")).text

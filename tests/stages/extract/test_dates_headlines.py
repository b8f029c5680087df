"""dates.v1 on a weekday in a headline (dates_titles.headline_end, dates_present._headline_report).

Headlines write what has happened in the simple present ("Flood kills 12 ... on Saturday"), where body
text uses that tense for a timetable ("Talks resume Tuesday"). A headline's present of a verb that is no
plan reports the past; a lead that tells the same weekday in the past settles the headline's day. Every
headline, town and person is made up; published on Wednesday 12 March 2031.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.dates_titles import headline_end, in_headline
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 3, 12)  # a Wednesday


def _first(nlp: Any, text: str) -> tuple[str, str | None]:
    ctx = ExtractionContext(article_id="a", published=PUB)
    mentions = extract_dates(nlp(text), ctx, {})
    return mentions[0].text, mentions[0].date


CASES = [
    pytest.param("Hailstorm flattens orchards near Pellow on Saturday\n\nGrowers counted the damage for days.\n",
                 "2031-03-08", id="report-verb-past"),
    pytest.param("Landslide buries road to Quarn Sunday, three missing\n\nThe road stays shut.\n",
                 "2031-03-09", id="report-verb-with-toll-past"),
    pytest.param("Storm leaves thousands without heating Sunday\n\nLine crews are still at work.\n",
                 "2031-03-09", id="move-verb-with-object-past"),
    pytest.param("Ferry crossings resume Tuesday at Ostrel\n\nThe operator named no timetable yet.\n",
                 "2031-03-18", id="timetable-verb-ahead"),
    pytest.param("Lawmakers vote Friday on grazing fees\n\nFarmers plan to attend.\n",
                 "2031-03-14", id="sitting-verb-ahead"),
    pytest.param("Mediator flies to Brask Monday\n\nShe carries a letter from the council.\n",
                 "2031-03-17", id="move-verb-alone-ahead"),
    pytest.param("Ferry crossings resume Tuesday at Ostrel\n\nCrossings at Ostrel resumed on Tuesday after a "
                 "six-week halt.\n", "2031-03-11", id="lead-tells-past"),
    pytest.param("Hailstorm flattens orchards near Pellow on Saturday\n\nVolunteers will clear the lanes on "
                 "Saturday, the growers' union said.\n", "2031-03-08", id="lead-plan-not-taken"),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_headline_weekday(nlp: Any, text: str, date: str) -> None:
    assert _first(nlp, text)[1] == date


def test_body_present_stays_a_timetable(nlp: Any) -> None:
    text = "Pellow growers' union\n\nThe union meets growers in Pellow on Friday to count the losses.\n"
    assert [m.date for m in extract_dates(nlp(text), ExtractionContext("a", PUB), {})] == ["2031-03-14"]


@pytest.mark.parametrize(("text", "end"), [
    ("Hailstorm flattens orchards\n\nBody.", 27),
    ("  Hailstorm flattens orchards\nBody.", 29),
    ("The hailstorm flattened orchards.\nBody.", None),  # a sentence: a lead, not a headline
    ("Hailstorm flattens orchards", None),  # one line: no body under it
    (" ".join(["word"] * 20) + "\nBody.", 99),
    (" ".join(["word"] * 21) + "\nBody.", None),  # a lead written without its full stop
    ("\n\nBody.", None),
])
def test_headline_end(text: str, end: int | None) -> None:
    assert headline_end(text) == end
    assert in_headline(text, 2) is (end is not None)

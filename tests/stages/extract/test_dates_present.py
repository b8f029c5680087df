"""dates.v1 on a bare month under a simple present (dates_present, stress batch dblind-s32).

News tells a month long gone in the past tense, so a bare month on a present ("Voters elect a new
assembly in April", written in October) is the coming one; a month a quarter back or less keeps the
neutral window, as a present headline may report its figures. Every sentence and place is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 10, 15)


def _dates(nlp: Any, text: str, published: dt.date = PUB) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="a", published=published)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


CASES = [
    pytest.param("Voters in Tamsk elect a new assembly in April, and the parties have yet to pick candidates.",
                 "April", "2032-04", id="present-month-six-back-is-ahead"),
    pytest.param("The Orlen ferry service starts in February, its operator said.",
                 "February", "2032-02", id="timetable-month-eight-back-is-ahead"),
    pytest.param("Factory output in Tamsk rises in August as the harvest plants reopen.",
                 "August", "2031-08", id="present-month-two-back-stays"),
    pytest.param("Voters in Tamsk went to the polls in April.",
                 "April", "2031-04", id="past-control"),
]


@pytest.mark.parametrize(("text", "phrase", "date"), CASES)
def test_bare_month_on_a_present(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


STATE_CASES = [
    pytest.param("The toll in Tamsk stands at 14 on Monday, the relief agency says.", "Monday", "2031-10-13",
                 id="tally-stands"),
    pytest.param("The agency says the number of displaced remains at 900 as of Tuesday.", "Tuesday", "2031-10-14",
                 id="tally-remains-as-of"),
    pytest.param("The ferry to Tamsk leaves on Monday, the operator says.", "Monday", "2031-10-20",
                 id="timetable-control"),
]


@pytest.mark.parametrize(("text", "phrase", "date"), STATE_CASES)
def test_a_present_of_state_tells_how_things_stand_that_day(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date

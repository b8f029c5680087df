"""dates.v1 on a weekday counted back by whole weeks and on "since <weekday>" read on that weekday
(dates_weeks_back; corpus_v's classes). Invented sentences only: every place here is made up."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2027, 9, 14)  # a Tuesday


def _dates(nlp: Any, text: str, published: dt.date = PUB) -> list[tuple[str, str | None]]:
    mentions = extract_dates(nlp(text), ExtractionContext(article_id="w", published=published), {})
    return [(m.text, m.date) for m in mentions]


WEEKS_BACK = [
    pytest.param("When the levee at Corrow gave way on Monday night a week ago, nobody in the lower town was "
                 "warned.", "Monday night", "2027-09-06", id="monday-night-a-week-ago"),
    pytest.param("The first tremor shook Velsa on Friday two weeks ago, and the quarry has been closed ever "
                 "since.", "Friday", "2027-08-27", id="friday-two-weeks-ago"),
    pytest.param("Pickets gathered outside the Ostra mill on Tuesday a week ago and have not left.",
                 "Tuesday", "2027-09-07", id="same-weekday-a-week-ago"),
    pytest.param("The ferry to Quill has not sailed since Tuesday, the harbour office said.", "Tuesday",
                 "2027-09-07", id="since-the-papers-weekday"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "date"), WEEKS_BACK)
def test_weekday_counted_back(nlp: Any, text: str, phrase: str, date: str) -> None:
    got = _dates(nlp, text)
    assert (phrase, date) in [(t.removeprefix("on "), d) for t, d in got]
    assert not any("week" in t for t, _ in got)  # the count is no date of its own


CONTROLS = [
    pytest.param("The ferry to Quill has not sailed since Monday, the harbour office said.", "Monday",
                 "2027-09-13", id="since-another-weekday"),
    pytest.param("The mayor of Quill said on Tuesday the ferry would sail again.", "Tuesday", "2027-09-14",
                 id="said-on-the-papers-weekday"),
    pytest.param("A week ago the river at Corrow was still low.", "A week ago", "2027-09-07", id="a-week-ago-alone"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "date"), CONTROLS)
def test_controls_keep_their_day(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert (phrase, date) in [(t.removeprefix("on "), d) for t, d in _dates(nlp, text)]


PUB_SUNDAY = dt.date(2027, 9, 19)
DATED_TO = [
    pytest.param("The blast, which the Ostra Survey Office dates to 5.40am on Tuesday, has killed two miners and "
                 "injured nine.", "Tuesday", "2027-09-14", id="which-the-office-dates-to"),
    pytest.param("The outbreak, which the district health office traces to a wedding on Friday, has sickened 40 "
                 "guests in Quill.", "Friday", "2027-09-17", id="which-the-office-traces-to"),
    pytest.param("The collapse, which engineers date to 2.15am on Wednesday, has cut the only road to the Velsa "
                 "valley.", "Wednesday", "2027-09-15", id="which-engineers-date-to"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "date"), DATED_TO)
def test_a_present_verb_of_dating_tells_a_past_day(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert (phrase, date) in _dates(nlp, text, PUB_SUNDAY)

"""The day of an act planned in the pluperfect and called off in its sentence is the coming one, unless it is
at most PLAN_OVERTAKEN_PAST_DAYS gone (dates_called_off; invented sentences, stress batch dblind-s36)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

MONDAY = dt.date(2031, 3, 17)


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="a", published=MONDAY)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("Dock workers, who had threatened to walk out Thursday over pay, called off the strike.", "Thursday",
     "2031-03-20"),
    ("The union had planned to march on Wednesday but cancelled the rally after talks with the mayor.", "Wednesday",
     "2031-03-19"),
    ("Farmers, who had vowed to block the highway Thursday, dropped the protest after the ministry gave way.",
     "Thursday", "2031-03-20"),
    ("The minister had been due to visit Corran on Wednesday but postponed the trip.", "Wednesday", "2031-03-19"),
    # controls: a plan that failed without being called off is a narrated past; a called-off plan two days
    # gone stays behind
    ("Organisers had hoped to open the fair on Wednesday, but the ground was still flooded.", "Wednesday",
     "2031-03-12"),
    ("The monitors had planned to enter the town on Wednesday before the shelling resumed.", "Wednesday",
     "2031-03-12"),
    ("The union had planned to march on Saturday but cancelled the rally after talks with the mayor.", "Saturday",
     "2031-03-15"),
])
def test_a_called_off_pluperfect_plan(nlp: Any, text: str, phrase: str, want: str) -> None:
    assert _dates(nlp, text).get(phrase) == want

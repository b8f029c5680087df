"""Which side of midnight a bare "before midnight" / "after midnight" lies on (dates_midnight), on invented text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2041, 6, 20)  # a Thursday


def _midnight(nlp: Any, text: str) -> str | None:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return next(m.date for m in found if m.text.lower().endswith("midnight"))


@pytest.mark.parametrize(("text", "date"), [
    # the day named beside it is the other side's
    ("The union says the strike began shortly after 2 a.m. on Tuesday, not before midnight as the company claims.",
     "2041-06-17"),
    ("Witnesses say the shooting started after midnight; the police say it began at 11:15 p.m. on Friday.",
     "2041-06-15"),
    ("The ferry left Osterby at 10 p.m. on Saturday and reached the island after midnight, the captain said.",
     "2041-06-16"),
    ("On Wednesday morning the pumps were stopped; they had run until midnight.", "2041-06-18"),
    # controls: the day named is midnight's own side
    ("The curfew on Friday lasts until midnight.", "2041-06-14"),
    ("The riot broke out on Monday night and lasted until midnight.", "2041-06-17"),
    ("The quake hit at 4 a.m. on Monday, hours after midnight.", "2041-06-17"),
])
def test_the_side_of_midnight(nlp: Any, text: str, date: str) -> None:
    assert _midnight(nlp, text) == date

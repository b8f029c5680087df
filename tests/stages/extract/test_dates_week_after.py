"""A bare weekday right after a full date that names its weekday is read in the days after that date, when the
paper is published more than a week later (dates_scene.weekday_after_full_date; invented sentences, issue 10)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 3, 19)  # a Wednesday, ten days after Sunday 9 March


def _dates(nlp: Any, text: str, published: dt.date = PUB) -> list[tuple[str, str | None]]:
    ctx = ExtractionContext(article_id="a", published=published)
    return [(m.text, m.date) for m in extract_dates(nlp(text), ctx, {})]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "monday"), [
    # the next sentence after "Sunday, March 9": the Monday after it
    ("The operator says the tram hit the barrier at 11.40 pm on Sunday, March 9. The police log says 12.15 am on "
     "Monday.", "2031-03-10"),
    ("The ferry left Corran on Sunday, March 9, with 80 people aboard. It reached Pellow on Monday, the harbour "
     "office says.", "2031-03-10"),
    # controls: a full date without its weekday, and a weekday two sentences on, keep the recent Monday
    ("The ferry left Corran on March 9 with 80 people aboard. It reached Pellow on Monday, the harbour office "
     "says.", "2031-03-17"),
    ("The ferry left Corran on Sunday, March 9. The crew was tired. An inquiry opened on Monday, officials said.",
     "2031-03-17"),
    # control: a weekday in the full date's own sentence dates the report's frame
    ("The ferry left Corran at 11 pm on Sunday, March 9, according to a log released by the harbour office on "
     "Monday.", "2031-03-17"),
])
def test_a_bare_weekday_after_a_full_date_with_its_weekday(nlp: Any, text: str, monday: str) -> None:
    assert dict(_dates(nlp, text)).get("Monday") == monday


@pytest.mark.issue(10)
def test_a_recent_full_date_is_left_to_the_publication_count(nlp: Any) -> None:
    from groundwatch.stages.extract.dates_rules import Resolution
    from groundwatch.stages.extract.dates_scene import weekday_after_full_date

    text = "It sank on Sunday, March 9. Divers went down on Monday."
    found = [(11, 26, Resolution("2031-03-09", "day", False), 0), (46, 52, Resolution("2031-03-10", "day", False), 1)]
    weekday_after_full_date(nlp(text), found, dt.date(2031, 3, 12))
    assert found[1][2].date == "2031-03-10"

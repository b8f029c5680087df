"""A past clock time in the scene of a day told a few sentences before it (dates_clock_scene), on invented text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 9, 17)  # a Wednesday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return {m.text.lower(): m.date for m in found}


@pytest.mark.parametrize(("text", "clock", "date"), [
    # the narration stays on Saturday for three or four sentences, all in the past
    ("A gale reached the Orlen coast on Saturday. Slates flew off the chapel. Two trawlers broke "
     "their moorings. By 9 p.m. the harbour wall had cracked.", "9 p.m.", "2031-09-13"),
    ("A gale reached the Orlen coast on Saturday. Slates flew off the chapel.\n\nTwo trawlers broke "
     "their moorings. The ferry stayed in port. At 11:40 p.m. the sluice gate gave way.", "11:40 p.m.", "2031-09-13"),
    # a past clock time is no day ahead's, even in its own sentence
    ("Polls closed in Dunmere on Sunday. Turnout was thin in the hills. Queues formed in the port. "
     "Counting began at 8 p.m., and results are expected on Friday.", "8 p.m.", "2031-09-14"),
    # controls: a saying keeps the report's time; a present sentence ends the scene; a plan ahead
    ("A gale reached the Orlen coast on Saturday. Slates flew off the chapel. Two trawlers broke "
     "their moorings. The mayor told reporters at 10 a.m. that the wall would hold.", "10 a.m.", "2031-09-17"),
    ("A gale reached the Orlen coast on Saturday. Slates flew off the chapel. Officials say the wall "
     "is weak. The harbour stayed shut. At 6 a.m. divers inspected it.", "6 a.m.", "2031-09-17"),
    ("A gale reached the Orlen coast on Saturday. Slates flew off the chapel. Two trawlers broke "
     "their moorings. The next ferry is due at 3 p.m.", "3 p.m.", "2031-09-17"),
])
def test_a_past_clock_time_takes_its_scenes_day(nlp: Any, text: str, clock: str, date: str) -> None:
    assert _dates(nlp, text).get(clock) == date


@pytest.mark.parametrize(("text", "clock", "date"), [
    ("The ferry left Orlen on Monday. At half past nine it ran aground off the point.", "half past nine",
     "2031-09-15"),
    ("A gale reached the Orlen coast on Saturday. Slates flew off the chapel. At four in the morning the "
     "harbour wall cracked.", "four in the morning", "2031-09-13"),
    ("The lifeboat crew said they were out from about eight o'clock on Monday.", "about eight o'clock on monday",
     "2031-09-15"),
])
def test_an_hour_in_words_is_a_clock_time(nlp: Any, text: str, clock: str, date: str) -> None:
    assert _dates(nlp, text).get(clock) == date


def test_a_number_word_with_no_mark_of_the_hour_is_no_clock_time(nlp: Any) -> None:
    got = _dates(nlp, "Four of the nine boats came back at noon on Monday; one in ten was lost.")
    assert "nine" not in " ".join(got) and "ten" not in " ".join(got)

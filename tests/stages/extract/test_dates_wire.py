"""dates.v1 on wire-news shapes (issue 10, dates-dev's styles): invented sentences only.

Plans reported as overtaken, deadlines after "until" that lie too far ahead to be running, capital
section headers, month-days fixed by "next"/"last", a verb joined to a simple present, and both
months of a pair, days of the month by their ordinal ("on the 20th"), ranges of weekdays, "set for",
"N weeks from today". Kept apart from test_dates.py so each rule
has its own table; every sentence and place here is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import UNTIL_AHEAD_DAYS, extract_dates
from groundwatch.stages.extract.dates_context import CAPS_HEADER_WORDS
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2024, 5, 13)  # a Monday


def _dates(nlp: Any, text: str, published: dt.date = PUB) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="w", published=published)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


RESOLVED = [
    # a plan the clause reports in the past simple: its day has gone by
    pytest.param("A parade planned for Saturday in Quellin was called off after the storm.", "Saturday",
                 "2024-05-11", id="plan-called-off-past"),
    pytest.param("The vote, scheduled for Friday, was delayed by a walkout.", "Friday", "2024-05-10",
                 id="scheduled-delayed-past"),
    pytest.param("The concert planned for Thursday had been cancelled twice before.", "Thursday", "2024-05-09",
                 id="plan-pluperfect"),
    # the same plans still ahead
    pytest.param("Stewards said the parade planned for Saturday would go ahead.", "Saturday", "2024-05-18",
                 id="plan-would-go-ahead"),
    pytest.param("The council has set a hearing for Thursday.", "Thursday", "2024-05-16",
                 id="for-weekday-still-ahead"),
    pytest.param("The ferry planned for Friday has been cancelled.", "Friday", "2024-05-17",
                 id="plan-present-perfect-stays-ahead"),
    # "until" after a past verb: ahead while near, past once too far ahead to be a running deadline
    pytest.param("The port authority extended the closure until June, a spokeswoman said.", "June", "2024-06",
                 id="until-near-month-ahead"),
    pytest.param("Ostrel chaired the board until February, when she stepped down.", "February", "2024-02",
                 id="until-far-month-past"),
    pytest.param("The union suspended the strike until Thursday.", "Thursday", "2024-05-16",
                 id="until-weekday-ahead"),
    # a month-day fixed by "next" or "last"
    pytest.param("The lease runs out next March 31, the landlord said.", "next March 31", "2025-03-31",
                 id="next-month-day"),
    pytest.param("The mill has been idle since last August 2.", "last August 2", "2023-08-02",
                 id="last-month-day"),
    # a base-form verb joined to a simple present is timetabled too
    pytest.param("Schools in Quellin are shut today and reopen Wednesday.", "Wednesday", "2024-05-15",
                 id="present-conjunct-ahead"),
    pytest.param("The stalls close at dusk and open again Friday.", "Friday", "2024-05-17",
                 id="active-present-conjunct-ahead"),
    pytest.param("The ferry sailed on Sunday and returned Tuesday.", "Tuesday", "2024-05-07",
                 id="past-conjunct-stays-past"),
    # a day of the month by its ordinal alone: the month it is written in, or the one it names
    pytest.param("The envoy from Quellin reached the coast on the 9th and sailed on the 11th.", "the 11th",
                 "2024-05-11", id="ordinal-day-past"),
    pytest.param("The assembly of Brask will sit again on the 21st.", "the 21st", "2024-05-21",
                 id="ordinal-day-ahead"),
    pytest.param("The levy was raised on the 3rd of last month.", "the 3rd of last month", "2024-04-03",
                 id="ordinal-day-of-last-month"),
    # counted forward from today; a plan "set for" a day; a month a plan was moved to; a period's last month
    pytest.param("Voters in Brask go to the polls two weeks from today.", "two weeks from today", "2024-05-27",
                 id="weeks-from-today"),
    pytest.param("The Quellin ferry strike ends ten days from tomorrow, the union said.", "ten days from tomorrow",
                 "2024-05-24", id="days-from-tomorrow"),
    pytest.param("The summit, set for Friday, will open with a parade.", "Friday", "2024-05-17",
                 id="set-for-weekday"),
    pytest.param("The vote was moved to early June.", "early June", "2024-06", id="moved-to-month-ahead"),
    pytest.param("Exports from Brask grew 3 percent in the year to April.", "April", "2024-04",
                 id="year-to-month"),
    # an entity run over a coordinated verb; the second end of a range after the first
    pytest.param("The talks opened on May 6 and ended three days later.", "three days later", "2024-05-09",
                 id="entity-over-a-verb"),
    pytest.param("The depot in Brask will be shut Saturday through Tuesday.", "Tuesday", "2024-05-21",
                 id="range-second-weekday-after-first"),
    # a timetabled present whose day the parser hangs on the object; a saying's other object keeps its past
    pytest.param("The Quellin Savings bank reports its yearly results on Thursday.", "Thursday", "2024-05-16",
                 id="timetable-day-on-the-object"),
    pytest.param("The Brask ferry line holds its annual meeting on Friday.", "Friday", "2024-05-17",
                 id="timetable-hold-object"),
    pytest.param("The agency reports the loss on Sunday of two supply boats.", "Sunday", "2024-05-12",
                 id="saying-present-object-keeps-past"),
    # an election held on a set day, named by its possessive under "will"
    pytest.param("We will bring you the results of Sunday's runoff in Brask.", "Sunday", "2024-05-19",
                 id="possessive-runoff-ahead"),
]


def test_a_weekday_after_on_a_is_no_date(nlp: Any) -> None:
    got = _dates(nlp, "In the novel, the stranger rides into Quellin on a Tuesday and leaves at dawn.")
    assert "Tuesday" not in got, got


def test_a_weekday_before_a_noun_after_a_is_that_day(nlp: Any) -> None:
    got = _dates(nlp, "The mayor of Brask told a Friday news conference that the dam was safe.")
    assert got.get("Friday") == "2024-05-10", got


@pytest.mark.parametrize(("text", "phrase", "date"), [
    ("Trading in Quellin was heavy yesterday afternoon.", "yesterday afternoon", "2024-05-12"),
    ("The envoy from Brask lands tomorrow morning.", "tomorrow morning", "2024-05-14"),
])
def test_deictic_day_keeps_its_part_of_the_day(nlp: Any, text: str, phrase: str, date: str) -> None:
    got = _dates(nlp, text)  # one phrase, as TimeML marks it: no second mention of the part of the day
    assert got == {phrase: date}, got


def test_ordinal_that_is_not_a_day_of_the_month(nlp: Any) -> None:
    got = _dates(nlp, "The pumps on the 4th floor of the Brask depot failed in the 20th hour of the test.")
    assert not any("4th" in t or "20th" in t for t in got), got


def test_both_months_of_a_pair_are_dates(nlp: Any) -> None:
    got = _dates(nlp, "Grain exports fell in January and February, the ministry said.")
    assert got.get("January") == "2024-01" and got.get("February") == "2024-02", got


def test_weekday_with_a_month_day_in_words_stays_one_date(nlp: Any) -> None:
    got = _dates(nlp, "The Quellin fair opens this coming Saturday, June first.")
    assert "June" not in got, got



@pytest.mark.parametrize(("text", "phrase", "date"), RESOLVED)
def test_wire_shapes(nlp: Any, text: str, phrase: str, date: str) -> None:
    got = _dates(nlp, text)
    assert got.get(phrase) == date, got


def test_until_reach_is_half_a_year() -> None:
    assert 90 < UNTIL_AHEAD_DAYS < 366


@pytest.mark.parametrize("text", [
    "MONDAY BRIEFING\nThe Quellin assembly passed the budget.",
    "FRIDAY NIGHT SPORTS\nThe Harrowgate side lost again.",
])
def test_capital_header_weekday_is_no_date(nlp: Any, text: str) -> None:
    assert not _dates(nlp, text), text


def test_capital_line_longer_than_a_header_keeps_its_date(nlp: Any) -> None:
    words = ["RIVER", "FERRY", "SANK", "OFF", "QUELLIN", "ON", "SATURDAY"]
    assert len(words) > CAPS_HEADER_WORDS
    text = " ".join(words) + "\nDivers searched the wreck."
    assert _dates(nlp, text).get("SATURDAY") == "2024-05-11"


def test_header_rule_leaves_mixed_case_lines_alone(nlp: Any) -> None:
    assert _dates(nlp, "Monday Briefing: the mill reopened on Monday.").get("Monday") == "2024-05-13"

"""dates.v1 on phrases that point back at a day, and on clauses without a tense of their own (issue 10).

A day anaphor ("that day", "five days later", "the same day") with no day named within reach tells a
habit or a hypothesis, not the paper's day, and gets no date; "later in the day", "a year earlier",
"a day earlier" and "the previous Friday" still count from the publication date. A bare participle
clause ("starting on September 2", "with a third departing from August 6") shares the future of the
clause it hangs on. "the day after the quake" set off right after a day restates that day. Every
sentence and place here is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 2, 13)  # a Thursday


def _dates(nlp: Any, text: str, published: dt.date = PUB) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="a", published=published)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


UNANCHORED = [
    pytest.param("When a rumour spreads in Quessa, depositors queue at the banks and withdrawals that day "
                 "can triple, a teller says.", "that day", id="habit-that-day"),
    pytest.param("If the Brask board refuses the permit within ten days, work could start no sooner than "
                 "four days later, the builder said.", "four days later", id="hypothesis-days-later"),
    pytest.param("\"You see the smoke, you load the cart, and you leave the same day,\" a herder from "
                 "Ulmsted said.", "the same day", id="quoted-habit-same-day"),
    pytest.param("The Quessa mayor said that evening classes at the Brask school would stop.", "that evening",
                 id="complementiser-before-a-noun"),
]


@pytest.mark.parametrize(("text", "phrase"), UNANCHORED)
def test_a_day_anaphor_with_no_day_in_reach_is_not_dated(nlp: Any, text: str, phrase: str) -> None:
    assert phrase not in _dates(nlp, text)


RESOLVED = [
    pytest.param("Ice closed the pass above Ulmsted on Monday. The school bus stayed home that day.",
                 "that day", "2031-02-10", id="that-day-after-a-named-day"),
    pytest.param("The Quessa copper price closed at 412, down from 418 a day earlier.",
                 "a day earlier", "2031-02-12", id="market-a-day-earlier"),
    pytest.param("The glassworks at Brask will take on staff in two rounds, starting on September 2.",
                 "September 2", "2031-09-02", id="participle-under-will"),
    pytest.param("The line said its trams would run from March 30, with a night tram leaving each Friday "
                 "from August 6.", "August 6", "2031-08-06", id="with-participle-under-would"),
    pytest.param("Snowploughs reached Ulmsted on Sunday, the day after the avalanche, the council said.",
                 "the day after the avalanche", "2031-02-09", id="apposed-day-after"),
    # a part of the day told of the day just named, which the model leaves untagged (stress batch dblind-s32)
    pytest.param("The Ulmsted ferry sank on Feb. 3; that night, fishing boats searched the bay.",
                 "that night", "2031-02-03", id="that-night-after-semicolon"),
    pytest.param("Flood barriers at Brask failed on Tuesday. The river had risen fast the night before.",
                 "the night before", "2031-02-10", id="night-before-at-clause-end"),
]


@pytest.mark.parametrize(("text", "phrase", "date"), RESOLVED)
def test_resolved(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


def test_a_count_set_off_after_a_day_is_still_no_mention(nlp: Any) -> None:
    got = _dates(nlp, "The ferry reached Brask on Sunday, six days after the harbour wall gave way.")
    assert got.get("Sunday") == "2031-02-09"
    assert not any("six days" in phrase for phrase in got)


def test_a_count_back_takes_the_full_date_after_it(nlp: Any) -> None:
    # provisional, then counted from the date just after it (dates_discourse.count_back_to_next)
    got = _dates(nlp, "Four days earlier the crane had failed an inspection. It fell on a Brask quay on 9 June 2030.")
    assert got.get("Four days earlier") == "2030-06-05"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "date"), [
    # a day owning a noun after the clause's own day: the anaphor keeps the clause's day
    ("The Brask council on Tuesday put the cost of Saturday's flood at 4 million crowns, twice the sum the "
     "ministry gave in a statement the same evening.", "the same evening", "2031-02-11"),
    ("Quessa police on Monday named the driver in Friday's crash and charged him that afternoon.",
     "that afternoon", "2031-02-10"),
    # control: the owning day alone in its sentence still anchors
    ("Saturday's flood cut the Brask road, and the army reached the village the same evening.",
     "the same evening", "2031-02-08"),
])
def test_a_day_owning_a_noun_does_not_take_the_anaphor_from_the_clauses_day(
        nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text)[phrase] == date

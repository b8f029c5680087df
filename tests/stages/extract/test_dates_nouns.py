"""dates.v1 on dates read through their noun phrase (dates_nouns, dates_tense; stress batch dblind-s34).

Invented sentences only: every company, person and place here is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(1991, 4, 17)  # a Wednesday


def _date_of(nlp: Any, text: str, phrase: str, published: dt.date = PUB) -> str | None:
    ctx = ExtractionContext(article_id="n", published=published)
    mentions = extract_dates(nlp(text), ctx, {})
    start = text.index(phrase)
    got = [m.date for m in mentions if m.span.start < start + len(phrase) and start < m.span.end]
    return got[0] if got else None


CASES = [
    # a possessive weekday inside a prepositional phrase: the "is due" after it is another subject's
    pytest.param("The driver charged in Sunday's crash on the Ellmoor bypass is due before a magistrate "
                 "tomorrow.", "Sunday", "1991-04-14", id="owner-in-pp-past-event"),
    pytest.param("Two directors named in Monday's lawsuit against Cobbard Mills will testify next week.",
                 "Monday", "1991-04-15", id="owner-in-pp-will"),
    pytest.param("Bidders in Thursday's auction of Varnley notes will need to post collateral.", "Thursday",
                 "1991-04-18", id="owner-in-pp-on-a-noun-control"),
    pytest.param("Traders were positioning ahead of Friday's auction of Treasury notes in Varnley.", "Friday",
                 "1991-04-19", id="awaiting-prep-control"),
    pytest.param("Friday's auction of Varnley notes is expected to draw heavy bidding.",
                 "Friday", "1991-04-19", id="owner-is-subject-control"),
    # a possessive weekday owned by a noun of outcome: the event is held (stress batch dblind-s36)
    pytest.param("Results from Sunday's runoff will be published tomorrow, the election board said.", "Sunday",
                 "1991-04-14", id="outcome-results-from"),
    pytest.param("The outcome of Tuesday's referendum will be known by Friday.", "Tuesday", "1991-04-16",
                 id="outcome-of"),
    pytest.param("Officials will certify the count from Monday's ballot next week.", "Monday", "1991-04-15",
                 id="outcome-count-from"),
    pytest.param("The winner of Tuesday's primary will face the governor in November.", "Tuesday", "1991-04-16",
                 id="outcome-winner-of"),
    # ... the nearest such weekday, unless the sentence tells the outcome before the coming one
    pytest.param("We will bring you the results of Saturday's runoff when we return next week.", "Saturday",
                 "1991-04-20", id="outcome-nearest-ahead"),
    pytest.param("The winner of Saturday's final will meet the champion in June.", "Saturday", "1991-04-20",
                 id="outcome-winner-ahead"),
    pytest.param("The count from Friday's ballot will be published on Monday.", "Friday", "1991-04-19",
                 id="outcome-count-ahead"),
    pytest.param("The count from Saturday's ballot will be published tomorrow.", "Saturday", "1991-04-13",
                 id="outcome-told-before-control"),
    pytest.param("We will bring you the results of Sunday's runoff in Varley.", "Sunday", "1991-04-21",
                 id="outcome-no-time-told-control"),
    pytest.param("Preparations for Sunday's vote will continue tomorrow.", "Sunday", "1991-04-21",
                 id="outcome-preparations-control"),
    pytest.param("Observers will monitor Sunday's vote in the north.", "Sunday", "1991-04-21",
                 id="outcome-monitor-control"),
    # a date in the object of "since"
    pytest.param("The mayor of Quellport will speak at the mill tonight, her first visit since the strike in "
                 "February.", "February", "1991-02", id="since-object-month"),
    pytest.param("Dunsley Freight will post its first profit since the merger on March 4, analysts expect.",
                 "March 4", "1991-03-04", id="since-object-month-day"),
    pytest.param("The Pellgrove plant will reopen in June, the company said.", "June", "1991-06",
                 id="plan-month-control"),
    # a month-day premodifying a noun under a future verb, far ahead: the noun's day, just past
    pytest.param("Claims from the April 2 hailstorm in the Orrin valley will cost Tavistel Mutual about $30 "
                 "million, the insurer said.", "April 2", "1991-04-02", id="premodifier-past"),
    pytest.param("Holders who miss the May 3 deadline will lose their right to convert, Brackley Corp. said.",
                 "May 3", "1991-05-03", id="premodifier-deadline-ahead-control"),
    # a weekday on a noun of figures under a plan: the release's day
    pytest.param("The agency is scheduled to publish the producer prices for March on Friday.", "Friday",
                 "1991-04-19", id="figures-on-weekday"),
    pytest.param("The agency is scheduled to publish the producer prices for March on Friday.", "March",
                 "1991-03", id="figures-for-month"),
    pytest.param("Negotiators are scheduled to review the collapse of the talks on Monday.", "Monday",
                 "1991-04-15", id="event-noun-weekday-control"),
    # a month of figures before a noun of figures, under a future verb
    pytest.param("The ministry will release March jobless claims and March factory shipments on Thursday.",
                 "March", "1991-03", id="figures-month-premodifier"),
    # a weekday "of that week"
    pytest.param("The walkout at the Grennock yard began March 11. On Thursday of that week, the owners "
                 "offered a bonus.", "Thursday", "1991-03-14", id="weekday-of-that-week"),
    pytest.param("The walkout at the Grennock yard began March 11. On Thursday, the owners offered a bonus.",
                 "Thursday", "1991-04-11", id="bare-weekday-control"),
    # an awaiting verb in the past: the awaited day lies after the awaiting
    pytest.param("Yesterday currency dealers in Varnley braced for Friday's report on retail sales.", "Friday",
                 "1991-04-19", id="braced-for-after-yesterday"),
    pytest.param("Last week, currency dealers in Varnley braced for Friday's report on retail sales.", "Friday",
                 "1991-04-12", id="braced-for-last-week-control"),
    pytest.param("Copper fell on Monday as smelters in Ostrel waited for Thursday's strike vote.", "Thursday",
                 "1991-04-18", id="waited-for-after-weekday"),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_dates_through_nouns(nlp: Any, text: str, phrase: str, want: str) -> None:
    assert _date_of(nlp, text, phrase) == want


COUNT_FROM_ACT = dt.date(2031, 3, 19)  # a Wednesday


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrase", "want"), [
    # a day on a noun after the clause's own day: the next sentence's count is from the clause's act
    ("Police in Varn detained a courier on Monday over the theft of bonds on March 2. His partner had been held "
     "a day earlier, police said.", "a day earlier", "2031-03-16"),
    ("The court jailed a clerk on Tuesday for the fraud of Feb. 20. Two days earlier he had tried to flee.",
     "Two days earlier", "2031-03-16"),
    ("The board fired its treasurer on Monday over the loss of funds on Jan. 9. The auditors had flagged the loss "
     "the day before.", "the day before", "2031-03-16"),
    # controls: the day is the verb's own, in its own clause or alone in its sentence
    ("Police detained a courier on Monday. The bonds were stolen on March 2, and a guard had vanished a day "
     "earlier.", "a day earlier", "2031-03-01"),
    ("The bonds were stolen on March 2 from a vault on Harl Street. A guard had vanished a day earlier.",
     "a day earlier", "2031-03-01"),
])
def test_a_count_after_a_noun_day_is_from_the_act(nlp: Any, text: str, phrase: str, want: str) -> None:
    assert _date_of(nlp, text, phrase, COUNT_FROM_ACT) == want

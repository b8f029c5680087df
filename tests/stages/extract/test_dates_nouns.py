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

"""dates.v1 on days told inside a dated scene, a dateline's own day, "until then" (dates_scene, issue 10).

Invented sentences only: every place and agency here is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2027, 9, 17)  # a Friday


def _date_of(nlp: Any, text: str, phrase: str, published: dt.date = PUB) -> str | None:
    ctx = ExtractionContext(article_id="s", published=published)
    mentions = extract_dates(nlp(text), ctx, {})
    start = text.index(phrase)
    got = [m.date for m in mentions if m.span.start < start + len(phrase) and start < m.span.end]
    return got[0] if got else None


CASES = [
    # a weekday after a start dated with its weekday: the days that follow it
    pytest.param("The dockers' strike in Quorrin began on Tuesday, Aug. 31. By Friday, no ship had left the "
                 "harbour.", "By Friday", "2027-09-03", id="after-start-with-weekday"),
    pytest.param("Floodwater reached Talvessa on Sept. 1, a Wednesday. On Saturday the army opened the dam's "
                 "spillway.", "On Saturday", "2027-09-04", id="after-start-apposed-weekday"),
    # controls: a start without its weekday, a saying, another paragraph
    pytest.param("The ferry Brekkan sank on Sept. 1. On Tuesday, divers recovered its bell.", "On Tuesday",
                 "2027-09-14", id="start-without-weekday"),
    pytest.param("The mine at Ushmere closed on Monday, Aug. 30. The owners said Wednesday they would sell "
                 "it.", "Wednesday", "2027-09-15", id="saying-day-control"),
    pytest.param("The dockers' strike in Quorrin began on Tuesday, Aug. 31.\n\nOn Thursday, the port reopened.",
                 "On Thursday", "2027-09-16", id="new-paragraph-control"),
    # "last week" and the weekdays told in sequence after it
    pytest.param("The storm that hit Dovrell last week arrived on Monday night. By Tuesday the river had burst "
                 "its banks, and on Wednesday the town was cut off.", "Monday night", "2027-09-06",
                 id="last-week-sequence-first"),
    pytest.param("The storm that hit Dovrell last week arrived on Monday night. By Tuesday the river had burst "
                 "its banks, and on Wednesday the town was cut off.", "on Wednesday", "2027-09-08",
                 id="last-week-sequence-last"),
    pytest.param("The council said that last week a pipe burst under the main square of Nessick. On Wednesday, "
                 "crews began digging.", "On Wednesday", "2027-09-15", id="last-week-one-weekday-control"),
    pytest.param("Four more of the hikers lost in the blizzard of last week reached Ambrel on Monday, and the rest "
                 "walked in on Wednesday.", "on Wednesday", "2027-09-15", id="of-last-week-names-an-event-control"),
    # a dateline a day before the paper: its day, and "today", are the dispatch's
    pytest.param("PYRNE, September 16 (Harbour Wire) -- The minister will open the new bridge next month, her "
                 "office announced here today.", "September 16", "2027-09-16", id="dateline-not-ahead"),
    pytest.param("PYRNE, September 16 (Harbour Wire) -- The minister will open the new bridge next month, her "
                 "office announced here today.", "today", "2027-09-16", id="dateline-today"),
    pytest.param("PYRNE, September 17 (Harbour Wire) -- The minister opened the new bridge today.", "today",
                 "2027-09-17", id="dateline-same-day-control"),
    # "until then", "by then": the day or month named just before
    pytest.param("The assembly in Hallowick votes on Sept. 28. Until then, the old tariffs stay in force.", "then",
                 "2027-09-28", id="until-then-day"),
    pytest.param("The ferry had sunk on Tuesday. By then, its owners had been warned twice.", "then", "2027-09-14",
                 id="by-then-past-day"),
    # a negated past's "until" day has come
    pytest.param("The power did not come back until Wednesday, residents of Pyrne said.", "Wednesday",
                 "2027-09-15", id="did-not-until"),
    pytest.param("The bridge will not reopen until Wednesday, the council said.", "Wednesday", "2027-09-22",
                 id="will-not-until-control"),
    # a present in a temporal clause under a future: ahead
    pytest.param("The ministry will publish the figures once the census in Pyrne closes on Wednesday.", "Wednesday",
                 "2027-09-22", id="once-present-under-will"),
    pytest.param("Prices at the Quorrin market fell after the new harvest arrived on Wednesday.", "Wednesday",
                 "2027-09-15", id="after-past-control"),
    # "the day before" closing its clause before an infinitive of purpose
    pytest.param("The crowd gathered in Quorrin on Sunday. Stewards had walked the route the day before to check "
                 "the barriers.", "the day before", "2027-09-11", id="day-before-to-infinitive"),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_scene_days(nlp: Any, text: str, phrase: str, want: str) -> None:
    assert _date_of(nlp, text, phrase) == want

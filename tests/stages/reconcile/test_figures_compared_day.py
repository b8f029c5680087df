"""The day of a sentence's counts: a day that is the base of a comparison ("nearly twice as many as on Thursday")
is the compared count's, not the sentence's own count's (``figures._COMPARED_DAY_RE``). Invented sentences
(shelters at Tallow); corpus_l's false "site" contradiction, session 37."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile.figures import article_days

PUB = D + dt.timedelta(days=4)  # a Friday; D - 4 days is the Thursday before


@pytest.mark.parametrize(("sentence", "day"), [
    ("Some 9,000 people are now registered in the five Tallow shelters, nearly twice as many as on Thursday.",
     "Thursday"),
    ("The camps hold 4,200 people, more than on Thursday, the district office said.", "Thursday"),
    ("The clinic treated 80 people, three times as many as last Thursday.", "Thursday"),
])
def test_a_compared_day_dates_no_count_of_the_sentence(sentence: str, day: str) -> None:
    clean, facts = Builder("a", PUB, [sentence]).date(day, (D - dt.timedelta(days=4)).isoformat()).item()
    assert article_days(clean, facts, PUB)[0] == {}


@pytest.mark.parametrize(("sentence", "day"), [
    ("The toll rose to 31 on Thursday, the district office said.", "Thursday"),
    # "as early as" and "no later than" are no comparisons of quantity: the day is the sentence's
    ("Rescuers found the first 12 bodies as early as Thursday.", "Thursday"),
    ("The agency registered 4,200 people no later than Thursday.", "Thursday"),
])
def test_a_day_the_count_is_of_still_dates_it(sentence: str, day: str) -> None:
    thursday = (D - dt.timedelta(days=4)).isoformat()
    clean, facts = Builder("a", PUB, [sentence]).date(day, thursday).item()
    assert article_days(clean, facts, PUB)[0] == {0: thursday}

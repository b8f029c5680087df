"""Two date classes of a story's time dispute, on invented articles (the Tarrow fair, the Dunmere quay; corpus_p's
blind run, issue 10): a side's clock time given in answer to a stated dispute over when the event began is the
event's onset, whatever verb its sentence uses (stated.py), and a day something was done *by* is a bound, never
the act's day set against a later step (contradictions.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _dates(items: list) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("first", "phrase", "conflict"), [
    ("All but three of the missing fishermen had been found by Tuesday morning, the coastguard said.",
     "Tuesday morning", False),
    ("The missing fishermen were found on Tuesday morning, the coastguard said.", "Tuesday morning", True),
])
def test_a_day_something_was_done_by_is_a_bound_not_the_acts_day(first: str, phrase: str, conflict: bool) -> None:
    a = Builder("a", D + 2 * DAY, [first]).date(phrase, "2031-03-11")
    b = Builder("b", D + 4 * DAY, ["The last three missing fishermen were found on Thursday off the Dunmere quay, "
                                   "the coastguard said."]).date("Thursday", "2031-03-13")
    assert bool(_dates([a.item(), b.item()])) is conflict

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


def _organisers() -> Builder:
    return Builder("a", D + DAY, ["The fair's stewards said the crowd barrier collapsed at about 11.50 pm on Friday."]
                   ).date("Friday", "2031-03-07")


@pytest.mark.issue(10)
def test_a_clock_time_answering_a_stated_dispute_over_when_the_crush_began_is_a_side_of_it() -> None:
    police = Builder("b", D + DAY, [
        "Police disputed the stewards' account of when the crush began.",
        "The Tarrow police chief said the first emergency call was logged at 12.35 am on Saturday."]
    ).date("Saturday", "2031-03-08")
    (con,) = _dates([_organisers().item(), police.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-07"), ("b", "2031-03-08")}


@pytest.mark.issue(10)
@pytest.mark.parametrize("lines", [
    # no dispute stated: a call logged on a day is no onset
    ["Police praised the stewards at the Tarrow fair.",
     "The Tarrow police chief said the first emergency call was logged at 12.35 am on Saturday."],
    # a dispute over something else than when the event happened
    ["Police disputed the stewards' account of how many people died in the crush.",
     "The Tarrow police chief said the first emergency call was logged at 12.35 am on Saturday."],
    # the day with no clock time: a later act of the same night, not a side's hour
    ["Police disputed the stewards' account of when the crush began.",
     "The Tarrow police chief said the lane was closed on Saturday."],
])
def test_no_side_of_a_time_dispute_without_its_statement_and_clock(lines: list[str]) -> None:
    police = Builder("b", D + DAY, lines).date("Saturday", "2031-03-08")
    assert _dates([_organisers().item(), police.item()]) == []


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

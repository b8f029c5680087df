"""Date contradictions of acts told in each outlet's own words: a "which" clause the parser hung on the place after
"the last ferry from X" tells of the ferry too; "pulled out" is a leaving; the onset of an armed operation is one act
whatever each side calls it ("unleashed an offensive" / "counter-terrorism measures, which were begun"); and a day a
count is read at ("had crossed by Tuesday evening", "as of six o'clock") dates no act. Invented stories (the Corran
ferry, the Orvane offensive); corpus_o's blind run, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
TUE, WED, FRI = "2031-03-11", "2031-03-12", "2031-03-14"  # D is Monday 10 March 2031


def _dates(items: list) -> list[Contradiction]:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
def test_a_which_clause_after_a_place_tells_of_the_noun_before_it() -> None:
    a = Builder("a", D + 4 * DAY, ["Officials said the last ferry from Corran, which departed in the afternoon of "
                                   "March 12 with 40 passengers, reached the mainland at dusk."])
    a.date("March 12", WED)
    b = Builder("b", D + 5 * DAY, ["By the time the last ferry pulled out of Corran on Tuesday, with a few elderly "
                                   "passengers on board, the island was all but empty."])
    b.date("Tuesday", TUE)
    (con,) = _dates([a.item(), b.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", WED), ("b", TUE)}


@pytest.mark.issue(10)
def test_the_onset_of_an_armed_operation_told_by_each_side_in_its_words_is_one_act() -> None:
    a = Builder("a", D + 4 * DAY, ["On March 11 the Orvane armed forces unleashed a large-scale offensive against "
                                   "Tessel, which lasted two days."])
    a.date("March 11", TUE)
    b = Builder("b", D + 5 * DAY, ["The minister said the local counter-terrorism measures, which were begun on "
                                   "12 March, had ended in less than a day."])
    b.date("12 March", WED)
    (con,) = _dates([a.item(), b.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", TUE), ("b", WED)}


@pytest.mark.issue(10)
@pytest.mark.parametrize("second", [
    "The rescue operation began on 12 March, the coastguard said.",  # no armed operation
    "New parking measures, which were begun on 12 March, angered the traders of Tessel.",  # no counter-measures
])
def test_an_unarmed_operation_or_plain_measures_are_no_armed_onset(second: str) -> None:
    a = Builder("a", D + 4 * DAY, ["On March 11 the Orvane armed forces unleashed a large-scale offensive against "
                                   "Tessel, which lasted two days."]).date("March 11", TUE)
    b = Builder("b", D + 5 * DAY, [second]).date("12 March", WED)
    assert _dates([a.item(), b.item()]) == []


@pytest.mark.issue(10)
def test_a_running_count_read_by_two_days_dates_no_act() -> None:
    a = Builder("a", D + 2 * DAY, ["The government said 40,250 people had crossed the Corran bridge by 8 p.m. on "
                                   "Tuesday."]).date("8 p.m. on Tuesday", TUE)
    b = Builder("b", D + 4 * DAY, ["As of six o'clock on Friday, 91,300 people have crossed the Corran bridge, the "
                                   "government said."]).date("six o'clock on Friday", FRI)
    assert _dates([a.item(), b.item()]) == []

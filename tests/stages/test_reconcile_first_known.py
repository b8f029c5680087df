"""Date contradictions on when the first of a kind was made known, on invented articles (corpus_k's blind run)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _date_conflicts(first: str, second: str) -> list:  # type: ignore[type-arg]
    items = [Builder("a", D, [first]).date("Tuesday", "2031-03-11").item(),
             Builder("b", D + DAY, [second]).date("Wednesday", "2031-03-12").item()]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


def test_the_first_case_confirmed_on_two_days_contradicts_though_one_side_is_subordinate() -> None:
    (con,) = _date_conflicts(
        "The first case of typhoid was confirmed at the Orrel shelter on Tuesday, the ministry said.",
        "Forty people have fallen ill since the first case was confirmed at Orrel on Wednesday.")
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-11"), ("b", "2031-03-12")}


@pytest.mark.parametrize(("first", "second"), [
    # statements recur: a saying on two days is no contradiction
    ("The Orrel health office said on Tuesday that the shelter was full.",
     "The Orrel health office said on Wednesday that the shelter was full."),
    # not the first of its kind: cases confirmed on two days are two batches
    ("More cases of typhoid were confirmed at the Orrel shelter on Tuesday.",
     "More cases of typhoid were confirmed at the Orrel shelter on Wednesday."),
])
def test_other_reports_on_two_days_do_not_contradict(first: str, second: str) -> None:
    assert _date_conflicts(first, second) == []

"""Date contradictions: a further act of the same kind ("two more were detained") is not the first act
re-dated, on invented articles (the port of Vell; corpus_g's blind run)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
FIRST = "Police detained seven dockers at the harbour gate in Vell on Monday."


def _date_conflicts(later: str) -> list:  # type: ignore[type-arg]
    items = [Builder("a", D, [FIRST]).date("on Monday", "2031-03-10").item(),
             Builder("b", D + 2 * DAY, [later]).date("on Wednesday", "2031-03-12").item()]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


def test_the_same_detention_on_two_days_contradicts() -> None:
    (con,) = _date_conflicts("Seven dockers were detained at the harbour gate in Vell on Wednesday, police said.")
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-10"), ("b", "2031-03-12")}


@pytest.mark.parametrize("later", [
    "Two more dockers were detained at the harbour gate in Vell on Wednesday, police said.",
    "Nine dockers are now held after two more were detained at the harbour gate in Vell on Wednesday.",
    "Another three dockers were detained at the harbour gate in Vell on Wednesday, police said.",
    "Police detained a further four dockers at the harbour gate in Vell on Wednesday.",
    "Thirteen more dockers were detained at the harbour gate in Vell on Wednesday, police said.",
    "Police said twenty-one more dockers were detained at the harbour gate in Vell on Wednesday.",
])
def test_a_further_act_is_no_date_contradiction(later: str) -> None:
    assert _date_conflicts(later) == []


def test_a_more_is_no_count() -> None:
    (con,) = _date_conflicts("Seven dockers were detained at the harbour gate in Vell on Wednesday in a more "
                             "violent raid, police said.")
    assert {c.value for c in con.claims} == {"2031-03-10", "2031-03-12"}

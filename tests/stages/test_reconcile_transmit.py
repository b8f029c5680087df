"""Date contradictions of a message's sending and arrival, and of an arrival counted as a toll's change
(invented articles: Veloria; corpus_q's blind run missed its alert dispute)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _date_conflicts(items: list) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
@pytest.mark.parametrize("arrival", [
    "The harbour master says the warning reached the port office on Tuesday at 6.40 am, more than an hour after "
    "the wave.",
    "The harbour master says the warning reached the port office on Tuesday.",
])
def test_a_message_sent_on_one_day_and_received_on_another_contradicts(arrival: str) -> None:
    items = [Builder("a", D, ["\"The warning was sent on Monday at nine in the evening,\" the Tessel minister said."])
             .date("Monday", "2031-03-10").item(),
             Builder("b", D + DAY, [arrival]).date("Tuesday", "2031-03-11").item()]
    (con,) = _date_conflicts(items)
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-10"), ("b", "2031-03-11")}


def test_goods_sent_and_arriving_later_are_two_steps() -> None:
    items = [Builder("a", D, ["The convoy was sent from Tessel on Monday, the relief agency said."])
             .date("Monday", "2031-03-10").item(),
             Builder("b", D + DAY, ["The convoy reached the port of Orvel on Wednesday."])
             .date("Wednesday", "2031-03-12").item()]
    assert _date_conflicts(items) == []


def test_a_toll_reaching_a_number_is_a_count_changing() -> None:
    items = [Builder("a", D, ["The toll of the Tessel floods reached 30 on Monday."]).date("Monday", "2031-03-10")
             .item(),
             Builder("b", D + DAY, ["The toll of the Tessel floods reached 41 on Tuesday."])
             .date("Tuesday", "2031-03-11").item()]
    assert _date_conflicts(items) == []

"""A sale told from its two ends is one act: "the villagers bought the fuel on Monday" and "the fuel was sold on
Sunday" date one sale of one definite thing two ways (``contradictions._one_act``, ``event_words.tsv`` kind
'exchange'). Invented stories (tainted lamp oil at Derrow market); corpus_t's blind run, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
SUN, MON = "2031-03-09", "2031-03-10"  # D is Monday 10 March 2031


def _dates(items: list) -> list[Contradiction]:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("buyer", "seller"), [
    ("Most of the sick were porters who bought the lamp oil in tin cans on Monday, their families said.",
     "Traders at Derrow told the paper that the lamp oil was sold on Sunday at the weekly market."),
    ("According to relatives, the fishermen purchased the lamp oil at the Derrow market on Monday.",
     "The lamp oil was peddled on Sunday from a cart outside Derrow, police said."),
    ("Police said a hawker sold the lamp oil to the porters on Monday.",
     "Families in Derrow say the porters bought the lamp oil on Sunday evening from a cart."),
])
def test_a_sale_told_from_its_two_ends_is_one_act(buyer: str, seller: str) -> None:
    a = Builder("a", D + 2 * DAY, [buyer]).date("Monday", MON)
    b = Builder("b", D + 3 * DAY, [seller]).date("Sunday", SUN)
    (con,) = _dates([a.item(), b.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", MON), ("b", SUN)}


@pytest.mark.issue(10)
def test_two_sales_of_different_things_are_two_acts() -> None:
    a = Builder("a", D + 2 * DAY, ["The porters bought the lamp oil in tin cans on Monday, their families said."])
    b = Builder("b", D + 3 * DAY, ["The farm at Derrow was sold on Sunday to a trader from the coast."])
    assert _dates([a.date("Monday", MON).item(), b.date("Sunday", SUN).item()]) == []

"""Same-day count differences that are stages, not disputes: fewer missing in the report that gives more dead
(bodies found between two reports of one day), and aid counted by weight (two deliveries). Invented articles
(the river town of Marrow, Orvane; corpus_q's blind run, round two)."""

from __future__ import annotations

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

MON = "2031-03-10"


def _conflicts(items: list[Item]) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


def _report(aid: str, dead: tuple[str, float], missing: tuple[str, float]) -> Item:
    sentence = f"{dead[0]} people died and {missing[0]} are missing after the mudslide at Marrow on Monday."
    return (Builder(aid, D, [sentence]).date("on Monday", MON).figure(dead[0], "killed", dead[1])
            .figure(missing[0], "missing", missing[1]).item())


@pytest.mark.issue(10)
def test_fewer_missing_beside_more_dead_the_same_day_is_an_update() -> None:
    items = [_report("a", ("Seven", 7), ("40", 40)), _report("b", ("Ten", 10), ("36", 36))]
    assert [c.about for c in _conflicts(items) if "missing" in c.about] == []


@pytest.mark.issue(10)
def test_fewer_missing_beside_as_many_or_fewer_dead_still_contradicts() -> None:
    items = [_report("a", ("Seven", 7), ("40", 40)), _report("b", ("Seven", 7), ("36", 36))]
    (con,) = [c for c in _conflicts(items) if "missing" in c.about]
    assert {(c.article, c.value) for c in con.claims} == {("a", 40), ("b", 36)}


@pytest.mark.issue(10)
def test_aid_counted_by_weight_is_never_compared() -> None:
    items = [Builder("a", D, ["An army plane brought 14 tonnes of rice to Marrow on Monday."]).date("on Monday", MON)
             .figure("14 tonnes of rice", "aid", 14, unit="tonnes of rice").item(),
             Builder("b", D, ["A second flight brought 9 tonnes of rice to Marrow on Monday."]).date("on Monday", MON)
             .figure("9 tonnes of rice", "aid", 9, unit="tonnes of rice").item()]
    assert _conflicts(items) == []

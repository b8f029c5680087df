"""Figure contradictions across days: a lower count between one higher count given before and after by other
articles is a source disagreeing, not an update; invented articles (Orvane and Dunmere; corpus_b's miss,
issue 10)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
HOLDS = "The Orvane army says it holds 12 Dunmere soldiers."
STILL = "The Orvane army says it still holds 12 Dunmere soldiers."
LOWER = "The Quorn Relief Society said the army was holding seven Dunmere soldiers, all of whom it had visited."


def _held(aid: str, day: int, sentence: str, value: float) -> Item:
    """An article of day ``day`` whose one figure is the count of Dunmere soldiers its sentence gives."""
    count = next(w for w in ("12", "seven", "Seven", "no") if f"{w} Dunmere" in sentence)
    return (Builder(aid, D + day * DAY, [sentence])
            .figure(f"{count} Dunmere soldiers", "detained", value, who="Dunmere soldiers").item())


def _figure_conflicts(items: list[Item]) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.issue(10)
def test_a_lower_count_bracketed_by_a_higher_one_contradicts() -> None:
    (con,) = _figure_conflicts([_held("a", 0, HOLDS, 12), _held("b", 1, LOWER, 7), _held("c", 3, STILL, 12)])
    assert {(c.article, c.value) for c in con.claims} == {("a", 12), ("b", 7), ("c", 12)}


@pytest.mark.issue(10)
@pytest.mark.parametrize("items", [
    # a fall with no later count: released captives, or a later count; an update, not a dispute
    [_held("a", 0, HOLDS, 12), _held("b", 1, LOWER, 7)],
    # the lower value given by another article too: a stage of the count, not one source's reading
    [_held("a", 0, HOLDS, 12), _held("b", 1, LOWER, 7),
     _held("d", 2, "Seven Dunmere soldiers are held, the Dunmere defence ministry said.", 7), _held("c", 3, STILL, 12)],
    # a denial is no count of the same acts
    [_held("a", 0, HOLDS, 12), _held("b", 1, "The Orvane army said it had taken no Dunmere soldiers.", 0),
     _held("c", 3, STILL, 12)],
])
def test_no_bracketed_contradiction(items: list[Item]) -> None:
    assert _figure_conflicts(items) == []

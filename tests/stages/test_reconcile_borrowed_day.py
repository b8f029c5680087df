"""Figure contradictions: a count dated only by a publication day the article borrowed from its story is
compared with no count of that day; invented articles (Veloria's floods; examples/' undated repost, issue 10)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.stages.reconcile import reconcile

FIRST = "The death toll from the floods in Veloria rose to 12, the Interior Ministry said."
LATER = "At least 47 people have died in the floods in Veloria, according to the latest official figures."


def _items(origin: str) -> list[Item]:
    a = Builder("a", D, [FIRST]).figure("rose to 12", "killed", 12).item()
    clean, facts = Builder("b", D, [LATER]).figure("At least 47 people have died", "killed", 47, "at_least").item()
    return [a, (replace(clean, published_origin=origin), replace(facts, published_origin=origin))]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("origin", "contradicts"), [("manifest", True), ("story", False)])
def test_a_borrowed_day_is_no_day_to_compare_on(origin: str, contradicts: bool) -> None:
    figures = [c for c in reconcile("s1", _items(origin), []).contradictions if c.field == "figure"]
    assert bool(figures) is contradicts

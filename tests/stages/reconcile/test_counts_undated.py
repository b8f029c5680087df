"""Count contradictions: a count in an article with no date of its own, dated only by its story, whose sentence
names no day, has no day: it is set against no day's counts (``counts._undated``). Invented sentences (floods
at Harnby); the demo's undated blog repost, session 37."""

from __future__ import annotations

import dataclasses

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

FIRST = "The floods around Harnby have killed 12 people, the interior ministry said."


def _borrowed(item: Item) -> Item:
    clean, facts = item
    return (dataclasses.replace(clean, published_origin="story"), dataclasses.replace(facts, published_origin="story"))


def _conflicts(items: list[Item]) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.parametrize(("sentence", "phrase", "qualifier"), [
    ("At least 47 people have died in the floods, according to the latest official figures.", "At least 47 people",
     "at_least"),
    ("The toll has reached 47, officials say.", "47", "exact"),
    ("Forty-seven people are now known to have died.", "Forty-seven people", "exact"),
])
def test_a_count_of_an_article_dated_by_its_story_is_set_against_no_day(sentence: str, phrase: str,
                                                                        qualifier: str) -> None:
    first = Builder("a", D, [FIRST]).figure("killed 12 people", "killed", 12).item()
    blog = Builder("b", D, [sentence]).figure(phrase, "killed", 47, qualifier).item()
    assert _conflicts([first, _borrowed(blog)]) == []
    # the control: the same count in an article with a date of its own contradicts
    (con,) = _conflicts([first, blog])
    assert {(c.article, c.value) for c in con.claims} == {("a", 12), ("b", 47)}

"""Figure contradictions: a count at one named place (a hospital's patients) is a part of a story's total, no
rival of it; invented articles (Orvane; corpus_i's false injured contradiction, round three)."""

from __future__ import annotations

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.stages.reconcile import reconcile

TOTAL = "The Orvane health ministry said more than 150 people had been treated for injuries after the fire."


def _count(aid: str, sentence: str, phrase: str, value: float, qualifier: str = "exact") -> Item:
    """An article of day ``D`` whose one figure is an injured count."""
    return Builder(aid, D, [sentence]).figure(phrase, "injured", value, qualifier).item()


def _figure_conflicts(items: list[Item]) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Dozens of people were hurt, with 35 being treated for smoke inhalation at Orvane General Hospital, a nurse said.",
     "35"),
    ("About 35 of the injured were taken to the Tessel Road Clinic, the town council said.", "35"),
    ("Rescuers said 35 people were in the Orvane Relief Camp shelter with burns.", "35"),
])
def test_a_count_at_one_named_place_is_no_rival_of_the_total(sentence: str, phrase: str) -> None:
    items = [_count("a", sentence, phrase, 35), _count("b", TOTAL, "more than 150", 150, "over")]
    assert _figure_conflicts(items) == []


@pytest.mark.issue(10)
@pytest.mark.parametrize("sentence", [
    # no place: a rival total
    "The Orvane fire brigade said 35 people had been injured in the fire.",
    # a place not named as one facility (the town): a rival total as before
    "The Orvane fire brigade said 35 people had been injured in Tessel.",
    # the place named before the count, in another clause: not read as the count's place
    "At Orvane General Hospital, staff were overwhelmed, and the fire brigade said 35 people were injured.",
])
def test_a_count_not_at_one_named_place_still_contradicts(sentence: str) -> None:
    (con,) = _figure_conflicts([_count("a", sentence, "35", 35), _count("b", TOTAL, "more than 150", 150, "over")])
    assert {(c.article, c.value) for c in con.claims} == {("a", 35), ("b", 150)}


@pytest.mark.issue(10)
def test_two_counts_at_the_same_named_place_still_contradict() -> None:
    a = _count("a", "Doctors said 35 people were being treated at Orvane General Hospital.", "35", 35)
    b = _count("b", "The ministry said 60 people were being treated at Orvane General Hospital.", "60", 60)
    (con,) = _figure_conflicts([a, b])
    assert {(c.article, c.value) for c in con.claims} == {("a", 35), ("b", 60)}

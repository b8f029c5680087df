"""Count contradictions: a count of the people at one place named before it, in a relative clause ("the stadium,
which shelters 3,000"), is a part of the whole, no rival of it (``counts._HELD_AT_RE``). Invented sentences
(a flood at Oskar); the demo's and corpus_c's false displaced contradictions, session 37."""

from __future__ import annotations

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

TOTAL = "More than 9,000 people have been displaced by the floods around Oskar, the ministry said."


def _conflicts(sentence: str, phrase: str, value: float) -> list[Contradiction]:
    a: Item = Builder("a", D, [sentence]).figure(phrase, "displaced", value, "approx").item()
    b: Item = Builder("b", D, [TOTAL]).figure("More than 9,000 people", "displaced", 9000, "over").item()
    return [c for c in reconcile("s1", [a, b], []).contradictions if c.field == "figure"]


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Residents were taken to the exhibition centre in Oskar, which is already sheltering about 4,000 people.",
     "about 4,000 people"),
    ("Most went to the sports stadium, which now shelters about 4,000 people.", "about 4,000 people"),
    ("The agency runs 12 relief camps, where about 4,000 displaced people are registered.", "about 4,000"),
    ("Families walked to the old grain shelter near Dunmere, where about 4,000 people are staying.",
     "about 4,000 people"),
])
def test_a_count_held_at_the_place_a_relative_clause_names_is_a_part(sentence: str, phrase: str) -> None:
    assert _conflicts(sentence, phrase, 4000) == []


@pytest.mark.parametrize("sentence", [
    # the antecedent is no place where people are held: the count is the ministry's rival total
    "The ministry, which counts the displaced, said about 4,000 people had fled.",
    # the count is not in the relative clause: a clause break ends it
    "Residents were taken to the exhibition centre, which is full; about 4,000 people have fled in all.",
    # no relative clause at all
    "About 4,000 people have been displaced by the floods, the fire brigade said.",
])
def test_a_count_outside_such_a_clause_still_contradicts(sentence: str) -> None:
    phrase = "about 4,000 people" if "about 4,000 people" in sentence else "About 4,000 people"
    (con,) = _conflicts(sentence, phrase, 4000)
    assert {(c.article, c.value) for c in con.claims} == {("a", 4000), ("b", 9000)}

"""Figure contradictions: a count of one batch (bodies recovered in one shift, "more" freed, "the last" found) adds
to a tally and never disputes it or another batch (reconcile/batches.py). Invented articles (the town of Keldry,
a mine collapse; corpus_s's blind run, round two)."""

from __future__ import annotations

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

TALLY = ("The mines inspectorate said 27 bodies had been brought to the surface at Keldry so far.", "27 bodies", 27)


def _count(aid: str, sentence: str, phrase: str, value: float, kind: str = "killed", who: str = "bodies") -> Item:
    return Builder(aid, D, [sentence]).figure(phrase, kind, value, who=who).item()


def _conflicts(items: list[Item]) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


# Other verbs, nouns, word orders, and a translated style; each a batch beside the day's tally.
BATCHES = [
    ("Teams brought up six more bodies from the lower gallery at Keldry.", "six more bodies", 6),
    ("Another 6 bodies were carried out of the Keldry shaft, the inspectorate said.", "6 bodies", 6),
    ("Miners' rescue crews recovered 6 bodies at Keldry between 23:00 hrs and 05:00 hrs.", "6 bodies", 6),
    ("From 9 pm to midnight the crews lifted 6 bodies out of the Keldry pit.", "6 bodies", 6),
    ("By noon the searchers had found the last six bodies in the flooded seam at Keldry.", "six bodies", 6),
    ("In the night total 6 bodies more were taken out from Keldry mine, the officer is telling.", "6 bodies", 6),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "phrase", "value"), BATCHES)
def test_a_batch_is_no_rival_of_the_tally(sentence: str, phrase: str, value: float) -> None:
    assert _conflicts([_count("a", sentence, phrase, value), _count("b", *TALLY)]) == []


@pytest.mark.issue(10)
def test_two_batches_of_one_day_do_not_dispute_each_other() -> None:
    a = _count("a", "Crews recovered four more bodies at Keldry on the morning shift.", "four more bodies", 4)
    b = _count("b", "The inspectorate said the final two bodies were found at Keldry in the evening.", "two bodies", 2)
    assert _conflicts([a, b]) == []


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "phrase"), [
    # no increment, no bounded stretch: a rival tally as before
    ("The miners' union said 6 bodies had been recovered at Keldry.", "6 bodies"),
    # "overnight" alone may be the event's own count
    ("The union said overnight 6 bodies were counted at Keldry.", "6 bodies"),
])
def test_a_count_that_is_no_batch_still_contradicts(sentence: str, phrase: str) -> None:
    (con,) = _conflicts([_count("a", sentence, phrase, 6), _count("b", *TALLY)])
    assert {(c.article, c.value) for c in con.claims} == {("a", 6), ("b", 27)}

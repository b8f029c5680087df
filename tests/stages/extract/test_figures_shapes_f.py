"""Figures: shapes the blind run of the invented corpus_f missed (tests/fixtures/corpus_f.README.md).

Every sentence is invented for this test (places Pellam, Orvin, Tessel; no eval text, no corpus_f sentence):
a tally of "the confirmed dead" that the parser reads as a participle and its predicate, the members of a
group just counted listed after a colon, "both" on relatives in a personal story, and "made from" (what an
estimate rests on), which is not the causative "forced people from".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

CASES = [
    # a participle before a nominal adjective: the tally counts the adjective's people
    ("Divers found three more bodies on Monday, bringing the number of confirmed dead to 12.",
     {("killed", 3.0), ("killed", 12.0)}),
    ("The number of confirmed dead in Pellam now stands at 17, officials said.", {("killed", 17.0)}),
    ("The number of confirmed injured rose to 40 on Tuesday.", {("injured", 40.0)}),
    ("Officials put the number of presumed dead at 60.", {("killed", 60.0)}),
    ("The number of confirmed cases rose to 40 on Tuesday.", set()),  # cases are no people
    # the members of a group just counted, after a colon, add no count
    ("Two more men have been arrested: a Veloran accused of selling the seats by radio and a driver who was "
     "to collect the passengers.", {("detained", 2.0)}),
    ("Police said two officers were hurt: a sergeant was shot in the leg and a driver was hit by a stone.",
     {("injured", 2.0)}),
    ("Three houses burned down in Orvin: a farmer was killed when his roof fell in.", {("killed", 1.0)}),
    # "both" on relatives of someone is a family's loss within a story; on the event's people it counts two
    ("A woman of sixty who lost both her sons in the flood wept at the gate in Tessel.", set()),
    ("Both gunmen were killed in the exchange of fire near Pellam.", {("killed", 2.0)}),
    # "made from": what an estimate rests on, not people forced from a place
    ("The ministry's count rests on an estimate of 60 people on board, made from the length of the ferry.", set()),
    ("The fighting forced 2,000 people from their homes in Tessel.", {("displaced", 2000.0)}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_shape(nlp: Any, sentence: str, expected: set[tuple[str, float]]) -> None:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2027, 4, 2)), {})
    assert {(f.kind, f.value) for f in figs} == expected

"""Figures: shapes the blind run of the invented corpus_e missed (tests/fixtures/corpus_e.README.md).

Every sentence is invented for this test (places Varn, Lowmarch, Holm, Tessel; no eval text and no
corpus_e sentence): a rival source's bare count of what the clause before counted, one named person
(no count of one), and one example from within a toll the sentence gives (no figure of one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

CASES = [
    # a second source's bare number counts what the first source's clause counted
    ("The Varn health office lists 8 dead, but the Lowmarch monitor says 15.", {("killed", 8.0), ("killed", 15.0)}),
    ("Police say 40 people were arrested, while organisers count 95.", {("detained", 40.0), ("detained", 95.0)}),
    ("The army says 30 soldiers were wounded; the rebels claim 80.", {("injured", 30.0), ("injured", 80.0)}),
    ("The city counted 200 evacuees; aid groups estimate 450.", {("evacuated", 200.0), ("evacuated", 450.0)}),
    ("Officials reported 12 deaths on Friday, and the monitor puts it at 19.", {("killed", 12.0), ("killed", 19.0)}),
    ("Hospital staff counted 17 injured, but medics at the scene reported 25.", {("injured", 17.0), ("injured", 25.0)}),
    ("Officials say some 300 people have fled; aid groups estimate nearly 900.",
     {("displaced", 300.0), ("displaced", 900.0)}),
    # the count before may end the sentence before, when the rival's sentence says nothing else
    ("Police said 30 protesters were detained on Friday. Lawyers for the students say at least 75.",
     {("detained", 30.0), ("detained", 75.0)}),
    ("The governor says four people drowned. The fishermen's union says 11.", {("killed", 4.0), ("killed", 11.0)}),
    # no count of people before: the bare number counts nothing
    ("The mayor said 12 houses burned; the council says 3.", set()),
    ("Nine people were hurt near Holm. The minister says 3 will reopen the road.", {("injured", 9.0)}),
    # one person the article names is no count of one, whichever side of the comma the name stands
    ("Mira Tessaly, a nurse at the Holm clinic, was killed when the shell struck.", set()),
    ("Police detained Oren Vask, a photographer for the Lowmarch Courier, on Tuesday.", set()),
    ("A photographer, Oren Vask, was arrested at the Varn border post.", set()),
    # an unnamed person still counts one
    ("A photographer for the Lowmarch Courier was arrested on Tuesday.", {("detained", 1.0)}),
    ("A guard at the Tessel depot was shot dead overnight.", {("killed", 1.0)}),
    # one person from within a count is an example of it, not a figure of one
    ("The monitor put the toll at 31, including a nine-year-old girl who died on Monday.", {("killed", 31.0)}),
    ("Four people have died, among them a driver who was shot at the gate.", {("killed", 4.0)}),
    ("Three people were hurt, including a guard who was shot in the leg.", {("injured", 3.0)}),
    # a person among a group the sentence does not count still counts one (the figures stress set's rule)
    ("A driver was among those hurt at the Tessel gate.", {("injured", 1.0)}),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:50] for s, _ in CASES])
def test_corpus_e_shapes(nlp: Any, sentence: str, expected: set[tuple[str, float]]) -> None:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2027, 3, 4)), {})
    assert {(f.kind, f.value) for f in figs} == expected

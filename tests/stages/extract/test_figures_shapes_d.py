"""Figures: shapes the blind run of the invented corpus_d missed (tests/fixtures/corpus_d.README.md).

Every sentence is invented for this test (places Pellam, Orvin, Tessel; no eval text): a carrier of aid
as the subject of a landing verb, a correction's withdrawn figure, and a zero under a modal of duty or guess.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

CASES = [
    # a carrier of aid landing, docking or arriving is a delivery, counted by its carriers
    ("Nine relief flights landed at Pellam airport on Monday.", {("aid", 9.0)}),
    ("Six aid flights carrying 90 tonnes of flour landed in Orvin.", {("aid", 6.0), ("aid", 90.0)}),
    ("Four relief planes landed in Tessel on Sunday.", {("aid", 4.0)}),
    ("Twenty aid trucks pulled out of the camp before the shelling.", set()),  # leaving is no delivery
    # a correction takes its earlier figure back; the corrected one stays
    ("An earlier version of this article said that 30 guards had been arrested.", set()),
    ("A previous edition of this report gave the number of dead as 14.", set()),
    ("The agency wrongly reported 25 deaths in Orvin.", set()),
    # an older toll said before is no correction
    ("The ministry previously said 40 people had died in Orvin.", {("killed", 40.0)}),
    # a zero under a modal of duty or guess counts nobody; a reported zero stays
    ("Nobody in Pellam should die for lack of a doctor, the mayor said.", set()),
    ("No one would be arrested for joining the march, the governor promised.", set()),
    ("No one was hurt when the wall of the school fell in Tessel.", {("injured", 0.0)}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_shape(nlp: Any, sentence: str, expected: set[tuple[str, float]]) -> None:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2027, 4, 2)), {})
    assert {(f.kind, f.value) for f in figs} == expected

"""Figures: people a service is cut to are affected; people kept from going home are displaced (figures_deprived).

Every sentence is invented for this test (the town of Brellick and the Havrin estate; no eval text, no corpus
sentence). A verb that stops a supply, with a service as its object, makes the people "to" it affected; a count
cut *to* a size is no one. A negated return home (or "unable to", "not allowed back") makes its subject displaced;
a return that happened, or one to a place that is not a home, counts nobody.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _kinds(nlp: Any, sentence: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The burst pipe cut water to about 65,000 people in Brellick.", [("affected", 65000)]),
    ("The ice storm shut off electricity to 3.4m residents of the coast.", [("affected", 3400000)]),
    ("Crews suspended the gas supply to 12,000 households on the Havrin estate.", [("affected", 12000)]),
    ("The strike has disrupted heating to 7,500 people in Brellick.", [("affected", 7500)]),
    # controls: a count cut to a size, a service cut with no people counted
    ("The mill cut its staff to 450 workers in Brellick.", []),
    ("The utility cut the price of gas to 30 crowns.", []),
])
def test_service_cut_to_people_is_affected(nlp: Any, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("About 2,300 tenants of the Havrin estate still cannot go back to their homes.", [("displaced", 2300)]),
    ("Some 640 families in Brellick have not been able to return home since the flood.", [("displaced", 640)]),
    ("Roughly 900 residents are unable to go home while the fire burns.", [("displaced", 900)]),
    ("Around 1,100 people have never been allowed back into their houses.", [("displaced", 1100)]),
    # controls: people who went back, or could not reach a place that is not a home
    ("About 5,000 residents went back to their homes in Brellick on Friday.", []),
    ("Some 300 people have been able to return home, the council said.", []),
    ("Forty hikers could not return to the lodge before the storm.", []),
])
def test_kept_from_home_is_displaced(nlp: Any, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, sentence) == expected

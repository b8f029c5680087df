"""Figures: families of language the blind run of the invented corpus_l missed (tests/fixtures/corpus_l.README.md).

Every sentence is invented for this test (the Vellin coast; no eval text, no corpus_l sentence):

- a body that keeps "its own count" of a toll as the object of a verb is that count's credit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Storm hits Vellin coast\n\nVELLIN — A storm struck the coast of Vellin on Tuesday.\n\n"


def _figs(nlp: Any, text: str) -> list[Any]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [f for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The Ulden Farmers Union is keeping its own count of 61 deaths.", [("killed", 61, "The Ulden Farmers Union")]),
    ("The relief league maintains its own tally of 40 dead.", [("killed", 40, "The relief league")]),
    ("The fishermen's guild keeps their own count of 12 missing crew.", [("missing", 12, "The fishermen's guild")]),
    # controls: a pronoun keeps it for nobody named; a count that is no bare tally keeps its own credit
    ("They keep their own count of 40 dead.", [("killed", 40, None)]),
    ("The relief league keeps a list of 40 dead.", [("killed", 40, None)]),
])
def test_a_body_keeping_its_own_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert [(f.kind, f.value, f.reported_by) for f in _figs(nlp, text)] == expected

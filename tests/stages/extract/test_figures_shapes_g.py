"""Figures: shapes the blind run of the invented corpus_g missed (tests/fixtures/corpus_g.README.md).

Every sentence is invented for this test (the port of Dunmore; no eval text, no corpus_g sentence): an
elliptical increment ("two more were arrested"), whose phrase keeps "more" so that reconcile reads it as
what was added to a count, not the count.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Riot in Dunmore port\n\nDUNMORE — Dockers clashed with police in the port of Dunmore on Monday.\n\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "text"), [
    # a count with no noun said to be more keeps "more" in its phrase: reconcile reads it as an increment
    ("Nine men are now being held by the police after two more were arrested at the harbour on Tuesday.",
     "two more"),
    ("Two more died overnight in the hospital at Dunmore, doctors said.", "Two more"),
    ("Police arrested four dockers in Dunmore on Tuesday.", "four dockers"),
])
def test_an_increment_with_no_noun_keeps_more_in_its_phrase(nlp: Any, sentence: str, text: str) -> None:
    figs = extract_figures(nlp(LEAD + sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    assert text in [f.text for f in figs if f.span.start >= len(LEAD)], [f.text for f in figs]

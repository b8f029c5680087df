"""Figures: families of language the blind run of the invented corpus_o missed (tests/fixtures/corpus_o.README.md),
the credit of a count (the rest of its families are the figures fixers').

Every sentence is invented for this test (Tarvel, the grain silo; no eval text, no corpus_o sentence):

- a count that a participle of saying credits to its agent ("the 29 announced by the governor") is the agent's,
  not the main clause's speaker's; a count the main clause's speaker gives stays the speaker's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Silo blast in Tarvel\n\nTARVEL — A grain silo exploded near Tarvel on Monday, police said.\n\n"


def _credits(nlp: Any, text: str) -> dict[float | None, str | None]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return {f.value: f.reported_by for f in figs if f.span.start >= len(LEAD)}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The blast killed 41 people, the port authority said on Tuesday, well above the 29 announced by the regional "
     "governor the same day.", {41: "the port authority", 29: "the regional governor"}),
    ("Rescuers said 17 people were missing, against the 12 missing people reported by the interior ministry on Monday.",
     {17: "Rescuers", 12: "the interior ministry"}),
    ("The port authority said the blast killed 41 people.", {41: "The port authority"}),
])
def test_a_participle_of_saying_credits_its_agent(nlp: Any, text: str, expected: dict[float, str]) -> None:
    assert _credits(nlp, text) == expected

"""A person with two family names ("Given First Second") quoted by the first of them is that person (quotes
register); invented sentences (corpus_q's blind run: a minister named by her first family name)."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


_SAID = '"No family will sleep in the street this winter, the state will pay the rent," {} said after the visit.'


@pytest.mark.issue(10)
@pytest.mark.parametrize("lead", [
    "Housing minister Marisol Quintanar Olvedo visited the camp at Tovalle on Friday.",
    "The housing minister, Marisol Quintanar Olvedo, who flew to Tovalle by plane, promised new homes.",
    "Marisol Quintanar Olvedo, the housing minister, visited the camp at Tovalle on Friday.",
])
@pytest.mark.parametrize("written", ["Quintanar", "Olvedo"])
def test_either_family_name_is_the_full_name(nlp: Any, lead: str, written: str) -> None:
    assert _speakers(nlp, f"{lead} {_SAID.format(written)}") == ["Marisol Quintanar Olvedo"]


def test_a_first_family_name_two_people_share_stays_as_written(nlp: Any) -> None:
    text = ('Marisol Quintanar Olvedo and Gaspard Quintanar Ibarrola run the shelter. "We have beds for forty '
            'families and no more than that," Quintanar said on Friday.')
    assert _speakers(nlp, text) != ["Marisol Quintanar Olvedo"]
    assert _speakers(nlp, text) != ["Gaspard Quintanar Ibarrola"]

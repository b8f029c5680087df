"""figures.v1 where the NER mislabels a count (figures_exclude._percent).

The small English model sometimes tags "<digits> <people>" as a percentage ("6 <Demonym-s>" in a long
sentence, where the same count in words is a cardinal). A share is written with its word or sign, so a
"percent" entity without one is still a count. The entity is set by hand: which sentences the model
mislabels changes with its version. Every sentence is made up.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _with_entity(nlp: Any, text: str, words: str, label: str) -> Any:
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start,
                                                                                          span.end, label=label)]
    return doc


@pytest.mark.parametrize(("text", "words", "label", "expected"), [
    pytest.param("A rockfall on the pass road killed 6 Veltrans late in the day.",
                 "6 Veltrans", "PERCENT", {("killed", 6.0)}, id="count-tagged-percent"),
    pytest.param("The flood killed 12 villagers, and 6% of the harvest was lost.",
                 "6%", "PERCENT", {("killed", 12.0)}, id="a-real-share-stays-out"),
    pytest.param("Turnout fell to 6 per cent as 40 people were hurt in clashes.",
                 "6 per cent", "PERCENT", {("injured", 40.0)}, id="a-share-in-words-stays-out"),
])
def test_percent_entity_without_a_percent_word(nlp: Any, text: str, words: str, label: str,
                                                expected: set[tuple[str, float]]) -> None:
    doc = _with_entity(nlp, text, words, label)
    got = {(f.kind, f.value) for f in extract_figures(doc, ExtractionContext("t", None), {})}
    assert got == expected

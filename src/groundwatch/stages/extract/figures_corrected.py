"""Figures: a correction's right figure, which counts what the withdrawn figure counted.

A correction takes a figure back and gives the right one in a sentence with no verb of its own kind: "An earlier
version of this article said 60 people were arrested. The correct figure is 16.", "... said 300 families were
displaced. The correct number is 130." The withdrawn count is dropped (``figures_exclude.withdrawn``); the right
one is the value of a bare tally noun ("figure", "number", "toll") called correct, and counts the kind of the
figure before it in the same or the sentence before. A "correct figure" with no count before it counts nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.records import Figure

__all__ = ["corrected_kind"]

#: Tally nouns a correction names its right value by.
_TALLY_NOUNS = frozenset({"figure", "number", "toll", "count", "total", "tally"})
#: Adjectives that call a tally the right one.
_RIGHT = frozenset({"correct", "corrected", "right", "accurate", "actual", "true"})


def corrected_kind(anchor: Token, found: list[Figure]) -> str | None:
    """The kind of the figure a correction's "the correct figure is N" puts right, or None."""
    verb = anchor.head
    if anchor.dep_ != "attr" or verb.lemma_.lower() != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _TALLY_NOUNS or not any(
            c.dep_ == "amod" and c.lower_ in _RIGHT for c in subj.children):
        return None
    sent = anchor.sent
    start = anchor.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [f for f in found if start <= f.span.start < subj.idx]
    return before[-1].kind if before else None

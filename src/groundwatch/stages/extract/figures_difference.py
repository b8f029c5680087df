"""Figures: a number that says by how much one count exceeds another is no count.

"31 people were killed, eight more than the 23 the police gave": "eight" is the gap between two
counts, each of which is a figure of its own. The class is a number followed right away by a
comparative and "than" ("nine more than", "four fewer than", "two less than"); a qualifier says the
same words before the number ("more than 40 people"), which this does not touch.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["difference"]

#: Comparatives that, after a number and before "than", make the number a difference between counts.
_COMPARATIVES = frozenset({"more", "fewer", "less"})


def difference(tokens: Span) -> bool:
    """Whether the number phrase ``tokens`` is followed by "more/fewer/less than": a gap, not a count."""
    doc = tokens.doc
    end = tokens.end
    return end + 1 < len(doc) and doc[end].lower_ in _COMPARATIVES and doc[end + 1].lower_ == "than"

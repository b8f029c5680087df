"""Figures: a count followed by its own breakdown into parts, "detained nine people, six villagers and
three of the charity's volunteers".

An apposition that lists the parts of a count just given names the same people again, split by what
they are; the parts are no counts of their own (the total is). The parser hangs such a list anywhere
(an apposition, a conjunct of the count's noun, an adverbial of the verb), so the class is read from
the figures and the words between them: two or more counts of the total's kind, set off from it by a
comma, joined only by commas and "and", whose values add up to the total. A breakdown by place ("40
died, 25 in Tamsk and 15 in Orvik") is left alone: each part there is a place's own count.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from groundwatch.records import Figure
from groundwatch.stages.extract.doc_cache import doc_text

__all__ = ["drop_listed_parts"]

#: The most characters between a total and its first part ("seven people from the relief convoy on
#: Thursday, five drivers"): a verb's short adjuncts; chosen on the stress batch jfigs-s32 (3 cases, the
#: longest gap 49 characters) with room for a longer name, not tuned further.
_GAP_TO_PARTS = 80
#: The most characters between two parts ("five drivers and two"): a part's own noun and "and".
_GAP_BETWEEN_PARTS = 40
#: A part followed by a place preposition counts a place's people, not a kind of person.
_PLACE_PART = re.compile(r"^\s*(in|at|on|near|from)\b", re.IGNORECASE)


def _between(text: str, a: Figure, b: Figure) -> str:
    return text[a.span.end:b.span.start]


def _parts_after(text: str, figures: list[Figure], i: int) -> int:
    """How many figures after ``figures[i]`` list its parts (0 when they do not)."""
    total = figures[i]
    if total.value is None or total.qualifier != "exact":
        return 0
    parts: list[Figure] = []
    for f in figures[i + 1:]:
        prev = parts[-1] if parts else total
        gap = _between(text, prev, f)
        limit = _GAP_BETWEEN_PARTS if parts else _GAP_TO_PARTS
        if f.kind != total.kind or f.span.sentence_index != total.span.sentence_index or len(gap) > limit \
                or any(ch.isdigit() or ch in ".;:!?" for ch in gap) or f.value is None or f.qualifier != "exact":
            break
        if not parts and "," not in gap:
            return 0  # the list is set off from the total by a comma
        if _PLACE_PART.match(text[f.span.end:]):
            return 0
        parts.append(f)
        if sum(p.value or 0 for p in parts) >= total.value:
            break
    if len(parts) < 2 or sum(p.value or 0 for p in parts) != total.value:
        return 0
    if "and" not in _between(text, parts[-2], parts[-1]).split():
        return 0
    return len(parts)


def drop_listed_parts(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures less the parts of a count listed right after it (figures in text order)."""
    text = doc_text(doc)
    dropped: set[int] = set()
    for i in range(len(figures)):
        if i not in dropped:
            dropped.update(range(i + 1, i + 1 + _parts_after(text, figures, i)))
    return [f for k, f in enumerate(figures) if k not in dropped]

"""Figures: a part of a count said in translated word order, "..., of them 6 in the X province".

Copy translated from Russian or Ukrainian puts the partitive before the number ("31 persons died, of them 6 in
the X province", "extracted 11 persons, from them 3 without signs of life", "evacuated 640 residents, among them
212 children"), where English says "six of them". The parser hangs such a number anywhere (a root of its own, a
dependent of the verb before), so it is read by position: a comma, "of", "from" or "among", "them" or "those",
then a number the parse gave no kind. It is a part of the nearest count before it and takes its kind (none when
that count is no figure: "34 were saved, among them 5 children"), except that "without signs of life" after it
(Russian "bez priznakov zhizni") says the part is dead. Found by the blind stress batch fblind-s35.
"""

from __future__ import annotations

from spacy.tokens import Span

from groundwatch.records import Figure
from groundwatch.stages.extract.doc_cache import sent_of

__all__ = ["translated_part_kind"]

#: Prepositions of the translated partitive: "of them", "from them", "among them".
_PARTITIVE = frozenset({"of", "from", "among", "amongst"})
#: The pronouns such a partitive takes.
_GROUP = frozenset({"them", "those"})
#: The words after a part that say it is dead: "3 without signs of life".
_LIFELESS = ("without", "signs", "of", "life")


def translated_part_kind(tokens: Span, found: list[Figure]) -> str | None:
    """The kind of a count after ", of them" (see the module docstring); None when the count is not one."""
    doc = tokens.doc
    start = tokens.start
    if start < 3 or doc[start - 1].lower_ not in _GROUP or doc[start - 2].lower_ not in _PARTITIVE or (
            doc[start - 3].text != ","):
        return None
    after = tuple(t.lower_ for t in doc[tokens.end:tokens.end + len(_LIFELESS)])
    if after == _LIFELESS:
        return "killed"
    sent = sent_of(tokens[0])
    # "them" are the people of the nearest count before: when no figure holds it ("34 were saved"), none
    last = next((t for t in reversed(doc[sent.start:start - 3]) if t.like_num), None)
    held = [f for f in found if last is not None and f.span.start <= last.idx < f.span.end]
    return held[-1].kind if held else None

"""Figures: a count in a definition of a kind of event, not in a report of one.

"An attack that kills dozens of families is a war crime", "A strike that wounds 30 people is rare": a relative
clause in the simple present on a noun with an indefinite determiner, that noun the subject of a present "be",
says what any such event would be; it counts nobody. A past ("An attack that killed 30 people was ...") or a
headline's present without the frame ("Strike that kills 30 sparks outrage") still reports the event.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["generic_case"]

#: Determiners that make the noun any event of its kind, not one event.
_INDEFINITE = frozenset({"a", "an", "any", "every", "each"})


def generic_case(anchor: Token) -> bool:
    """True when ``anchor`` is counted by a present relative clause on "a/an/any X" that is the subject of a
    present "be" ("An attack that kills dozens ... is a war crime")."""
    verb = anchor.head if anchor.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if verb is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    event = verb.head
    if event.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in event.children):
        return False
    frame = event.head
    return frame.lemma_.lower() == "be" and frame.tag_ in ("VBZ", "VBP")

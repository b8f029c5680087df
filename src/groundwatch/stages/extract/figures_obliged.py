"""Figures: people who must leave are under an order to go, not yet gone.

"About 2,000 villagers must now leave their homes", "Some 500 families will have to leave the valley",
"another 900 residents need to move out": a verb of leaving under a modal of obligation says the people are
told to go; they have not fled yet. The project counts an order to leave as an evacuation ("ordered 20,000
people to leave", ``figures_govern``), so the count is of the evacuated, not the displaced (nor, by the
"need" of "need to", the affected). In the past ("had to flee", "must have fled") they went: displaced.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["obliged_to_leave"]

#: Verbs whose infinitive after them says the subject is obliged to do it ("have to leave", "need to move").
_OBLIGING_VERBS = frozenset({"have", "need"})
#: Modals of obligation on the verb itself ("must leave").
_OBLIGING_MODALS = frozenset({"must"})
#: Particles that make a verb of moving one of leaving ("move out", "get away").
_OUT = frozenset({"out", "away"})


def _leaving(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lex.INTRANSITIVE.get(lemma) == "displaced":
        return True
    return lemma in lex.EXODUS_VERBS | {"go", "get"} and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _OUT for c in verb.children)


def obliged_to_leave(anchor: Token) -> bool:
    """``anchor`` (the counted people) is the subject of a verb of leaving under an obligation."""
    if anchor.dep_ != "nsubj":
        return False
    verb = anchor.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if _leaving(verb):
        # "must have fled" infers a flight that happened
        return any(c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS for c in verb.children) and not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if verb.lemma_.lower() not in _OBLIGING_VERBS or verb.tag_ in ("VBD", "VBN"):
        return False  # "1,000 people had to flee": obliged, and gone
    return any(c.dep_ == "xcomp" and _leaving(c) and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)

"""Figures: an amount of goods told beside a delivery, not as a verb's object.

Two shapes count goods moved in without the count being a verb's object: a participle after the amount ("the
48 tonnes of food flown in", "the 300 tents delivered on Sunday") and a total set off by a comma after the
delivery ("The army drove nine truckloads of flour into Kessa, 120 tonnes in all"). In both the amount is in an
aid unit (``lex.AID_UNITS``) and a verb of carrying or moving goods says it was brought; with a unit of goods a
verb of moving ("fly", "ferry") is a delivery, as "carried" is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["aid_beside_delivery"]

#: Verbs of moving goods beyond ``lex.AID_VERBS``: with an aid unit counted, flying or ferrying it in is
#: delivering it.
_MOVING = lex.AID_VERBS | frozenset({"fly", "ferry", "haul", "move", "drive", "barge", "boat"})
#: Words that close a comma-set total: "120 tonnes in all", "in total", "altogether".
_TOTAL_WORDS = (("in", "all"), ("in", "total"), ("altogether",))
#: Words of an approximate amount between the comma and the number.
_APPROXIMATORS = frozenset({"some", "about", "around", "roughly", "nearly", "almost", "over", "more", "than"})


def _delivered_participle(noun: Token) -> bool:
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MOVING for c in noun.children)


def _set_off_total(tokens: Span, noun: Token) -> bool:
    doc = tokens.doc
    i = tokens.start - 1
    while i > 0 and doc[i].lower_ in _APPROXIMATORS:
        i -= 1  # ", some 300 tonnes altogether"
    if i <= 0 or doc[i].text != ",":
        return False
    after = [t.lower_ for t in doc[noun.i + 1:noun.i + 3]]
    if not any(tuple(after[:len(w)]) == w for w in _TOTAL_WORDS):
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _MOVING


def aid_beside_delivery(tokens: Span, noun: Token | None) -> bool:
    """Whether the amount ``tokens`` counts in ``noun`` was delivered, by a participle or a comma-set total."""
    if noun is None or noun.lemma_.lower() not in lex.AID_UNITS or noun.i < tokens.start:
        return False
    return _delivered_participle(noun) or _set_off_total(tokens, noun)

"""Figures: carriers of aid counted in a convoy's size or in the trips a delivery took.

- A convoy's size said before it, hyphened to its carrier: "a 14-truck convoy carrying medicines", "a 12-truck
  convoy of food aid", "an eight-vehicle convoy with medical supplies". The number counts the carriers, aid when
  the convoy's load is goods (what it carries, or its "of"/"with" noun); "a 40-vehicle convoy of troops" carries
  people, and "a 3-car pile-up" is no convoy.
- The carriers a delivery of goods took: "airlifted 38 tonnes of biscuits in four flights", "delivered 600 tents
  in nine trucks". The number after "in" counts the carriers when the verb delivers and its object is goods; "in
  nine days" counts no carrier.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import forces_noun, of_pobj, people_like

__all__ = ["carrier_trips", "convoy_size"]

#: Verbs that take goods somewhere, besides the aid verbs: "flew 40 tonnes", "trucked in".
_DELIVERING = lex.AID_VERBS | frozenset({"fly", "airlift", "move", "truck"})


def _goods(tok: Token | None) -> bool:
    """A load of things: a noun that names no people, no forces and no name."""
    return tok is not None and tok.pos_ == "NOUN" and not people_like(tok) and not forces_noun(tok) \
        and tok.ent_type_ == ""


def _load(convoy: Token) -> bool:
    """Whether the convoy's load is goods: what it carries, or its "of"/"with" noun; the parser may hang either on the
    convoy's verb ("sent a convoy with 80 tonnes") or on that verb's object ("reached Mirsk carrying food")."""
    verb = convoy.head
    near = list(convoy.children)
    if convoy.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ == "VERB":
        near += [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i > convoy.i]
        near += [g for c in verb.children if c.dep_ == "dobj" and c is not convoy for g in c.children
                 if g.dep_ == "acl"]
    for c in near:
        if c.dep_ in ("acl", "relcl", "advcl") and c.lemma_.lower() in lex.CARRYING_VERBS and any(
                g.dep_ == "dobj" and _goods(g) for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "with") and any(
                g.dep_ == "pobj" and (_goods(g) or g.lemma_.lower() in lex.AID_MEASURES) for g in c.children):
            return True
    return False


def convoy_size(tokens: Span) -> Token | None:
    """The carrier of "a 14-truck convoy" of goods, or None."""
    doc = tokens.doc
    if tokens.end + 1 >= len(doc) or doc[tokens.end].text not in ("-", "\u2013"):
        return None
    carrier = doc[tokens.end + 1]
    if carrier.lemma_.lower() not in lex.AID_CARRIERS:
        return None
    convoy = carrier if carrier.lemma_.lower() in lex.CONVOY_NOUNS else carrier.head
    if convoy.i <= carrier.i or convoy.lemma_.lower() not in lex.CONVOY_NOUNS or not _load(convoy):
        return None
    return carrier


def carrier_trips(noun: Token | None) -> bool:
    """"airlifted 38 tonnes of biscuits in four flights": the carriers a delivery of goods took."""
    if noun is None or noun.lemma_.lower() not in lex.AID_CARRIERS or noun.dep_ != "pobj" or noun.head.lower_ not in (
            "in", "aboard", "on"):
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DELIVERING:
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in lex.AID_UNITS or _goods(c) or _goods(of_pobj(c)))
               and c.lemma_.lower() not in lex.AID_CARRIERS for c in verb.children)

"""Figures: a verbless answer that counts carriers and names their load is aid.

In a transcript or a list, a convoy is told without a verb: "Thirty lorries, mostly flour and tents", "Twelve
trucks of medicine." The class: an aid unit ("lorries", "trucks", "parcels") counted by a number, governed by no
verb or auxiliary up to its sentence's root, whose load is named by a noun after "of" or set beside it after a
comma. Not aid: carriers with no load named ("Thirty lorries, all of them stuck at the border": no noun of
goods), people set beside them, and every count a verb governs (the verb decides, as ``figures_things`` reads).
Carriers counted by the day or week in such a fragment ("12 water trucks a day from the council") are a supply
rate, aid whether or not their load is named; measures by the day ("6,400 tonnes per day") are not carriers.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_scope import rate_on
from groundwatch.stages.extract.figures_words import of_pobj, people_like

#: The most clause heads between the counted carrier and its sentence's root (a speaker label's name and the
#: carrier set beside it: "VARNO: Thirty lorries"); the plain shape of a fragment, not tuned.
_REACH = 3


def _verbless(noun: Token) -> bool:
    cur = noun
    for _ in range(_REACH):
        if cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return False


def _goods(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and not people_like(tok) and tok.ent_type_ == ""


def loaded_fragment(noun: Token | None) -> bool:
    """Whether ``noun``, the counted word, is an aid unit in a verbless fragment that names its load."""
    if noun is None or noun.lemma_.lower() not in lex.AID_UNITS or noun.tag_ not in ("NNS", "NNPS") \
            or not _verbless(noun):
        return False
    if _goods(of_pobj(noun)) or any(c.dep_ == "appos" and c.i > noun.i and _goods(c) for c in noun.children):
        return True
    # "12 water trucks a day from the council", "9 tankers per day to the camp": carriers counted by the day are a
    # supply rate, deliveries, whether or not their load is named; a measure by the day is no carrier ("a gas flux
    # of 6,400 tonnes per day": blind corpus_v's bulletin, where this rule of corpus_u's made a gas its aid headline)
    return noun.lemma_.lower() not in lex.AID_MEASURES and rate_on(noun) is not None

"""Figures: a place's standing population ("the country hosts 300,000 refugees", "Orrin camp, home to 15,000
displaced people", "the 80,000 asylum seekers the region accommodates") is a wider count than the event's own.

The class is grammatical: a count of people that a place holds as a state, said with a verb of hosting in the
simple present (its object, or the noun a relative clause of it describes) or with "home to". Such a count
was there before the event and is not what the event displaced; the progressive or a perfect ("schools are
hosting 3,000 who fled", "the town has taken in 900") tells the event's own response, and stays the event's.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

#: Verbs that say a place holds people (lemmas; see figure_words.tsv, list "hosting").
_HOSTING = lexicons.words("figure_words", list="hosting")
#: Tags of the simple present, the tense of a standing state ("hosts", "house").
_SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})
#: Words on a hosting verb that make its count a change of now, not a standing state.
_NOW_WORDS = frozenset({"now", "currently", "temporarily", "already", "still"})


def _stative_hosting(verb: Token) -> bool:
    if verb.lemma_.lower() not in _HOSTING or verb.tag_ not in _SIMPLE_PRESENT:
        return False
    return not any(c.lower_ in _NOW_WORDS or c.dep_ in ("aux", "auxpass") for c in verb.children)


def _now(home: Token) -> bool:
    """"is now home to", "has become home to": a state the event brought about, not a standing one."""
    verb = home.head
    return verb.lemma_.lower() == "become" or any(c.lower_ in _NOW_WORDS for c in (*home.children, *verb.children))


def standing_population(anchor: Token) -> bool:
    """Whether the number ``anchor`` (or the noun it counts) is a place's standing population."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    for tok in {anchor, noun}:
        if tok.dep_ == "dobj" and _stative_hosting(tok.head):
            return True  # "the province hosts some 220,000 displaced people"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "home" and not _now(
                tok.head.head):
            return True  # "Orrin camp, home to nearly 15,000 refugees" (not "is now home to": the event's own)
        if any(c.dep_ in ("relcl", "appos") and _stative_hosting(c) for c in tok.children):
            return True  # "the 300,000 refugees the country shelters"
    return _bare_relative(noun)


#: Tokens a bare relative clause's subject may span between the counted noun and its hosting verb ("the
#: 300,000 refugees [the country] hosts"); the parser often reads such a clause as one compound noun.
_RELATIVE_SUBJECT_REACH = 3


def _bare_relative(noun: Token) -> bool:
    """"the 412,000 refugees Tessaly hosts.": a relative clause with no "that", its verb closing the phrase,
    which the parser misreads as a noun ("hosts") compounded with the counted noun."""
    doc = noun.doc
    end = min(len(doc), noun.i + 2 + _RELATIVE_SUBJECT_REACH)
    for j in range(noun.i + 2, end):
        tok = doc[j]
        if tok.lemma_.lower() in _HOSTING and tok.tag_ in ("VBZ", "VBP", "NNS"):
            subject = doc[noun.i + 1:j]
            closes = j + 1 >= len(doc) or doc[j + 1].is_punct
            return closes and all(t.pos_ in ("PROPN", "DET", "NOUN") for t in subject)
        if tok.is_punct:
            return False
    return False

"""One side holding the other side's people: "Vellmark says it holds 32 Ostran soldiers"; people still held.

"hold" detains its object when the police or the army do it (``lex.AGENT_VERBS``); a state or an
armed group holding prisoners of war is named by its own name or "it", which no word list knows.
What marks captives instead is the object: people named by another nationality ("32 Ostran
soldiers", "14 soldiers of Ostra"), which a side holding its own forces ("Vellmark holds 40,000
troops near the border") never writes. The holder must be a side (a name, "it", "the government"):
a hall that holds 900 pilgrims of another country holds them as guests. People "in the hands of" a
holder are held by it (``in_captors_hands``).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import people_like

#: Common nouns that name a side in a conflict as a holder of captives (a name or a pronoun does too).
SIDE_NOUNS = frozenset({"government", "side", "regime", "rebel", "group", "movement", "authority", "administration",
                        "enemy"})


def _national(t: Token) -> bool:
    """A capitalised name or adjective, not the sentence's first word: "Ostran", "Ostra"."""
    return t.i > t.sent.start and t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ")


def _held_object(verb: Token, noun: Token) -> bool:
    """``noun`` is what ``verb`` holds: its object, or the people of a part of it ("some 300 of its soldiers")."""
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return part is not None and part.like_num and part.dep_ == "dobj" and part.head.i == verb.i


#: Possessive pronouns by grammatical number: one that disagrees with the holder's names another party.
_POSSESSIVE_PLURAL = {"its": False, "his": False, "her": False, "their": True}


def _others_people(noun: Token, holder: Token) -> bool:
    """"the rebels still hold 300 of its soldiers": a possessive that cannot stand for the holder (a singular
    pronoun on a plural holder, or the reverse; another name's "'s") says the people are another side's."""
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        plural = _POSSESSIVE_PLURAL.get(c.lower_)
        if plural is not None and holder.pos_ == "NOUN":
            return plural != (holder.tag_ == "NNS")
        return c.pos_ == "PROPN" and c.lower_ != holder.lower_
    return False


def foreign_held(verb: Token, noun: Token) -> bool:
    """``verb`` "hold" with ``noun`` (people) as its object named by a nationality or owned by another
    party: captives."""
    if verb.lemma_.lower() != "hold" or not _held_object(verb, noun):
        return False
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None:
        return False
    if holder.lemma_.lower() in lex.FORCES_NOUNS and _others_people(noun, holder):
        return True  # "the insurgents still hold 200 of its soldiers": an armed group holds another side's
    if not (holder.pos_ in ("PROPN", "PRON") or holder.lemma_.lower() in SIDE_NOUNS):
        return False
    if _others_people(noun, holder):
        return True
    if any(c.dep_ in ("amod", "compound") and c.i < noun.i and _national(c) for c in noun.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _national(g) for g in c.children)
        for c in noun.children
    )


#: Words on a bare count that make it the rest of a count said before ("the other nine"), whose kind
#: it shares: no people are known to be held.
_LEANING = frozenset({"other", "remaining", "rest"})


def still_held(verb: Token, noun: Token | None, role: str) -> bool:
    """"Three drivers are still held", "two are still being held": people said to be held still, with no
    holder named, are in custody (a hall still holds its guests actively; things held are no people)."""
    if verb.lemma_.lower() != "hold" or role != "passive" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children):
        return False
    if noun is not None:
        return people_like(noun)
    # "Nine trucks crossed; the other nine are still held": a bare count of "the other" leans on what came before
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is None or not any(c.lower_ in _LEANING for c in subj.children)


def gapped_object(clause: Token, subj: Token | None) -> bool:
    """"three of the nine people it detained", "the six men they arrested": a relative clause with a subject of
    its own and no object has the counted noun as its object (what its verb did to them names the kind)."""
    if subj is None or subj.dep_ != "nsubj" or subj.tag_ in ("WDT", "WP") or clause.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "dative", "prt") for c in clause.children)


#: Verbs of saying whose reported clause may hold the relative clause's gap: "the 16 fighters it said it had killed".
_SAYING = frozenset({"say", "claim", "report", "announce", "insist", "admit", "state"})


def reported_gap(clause: Token, subj: Token | None) -> Token | None:
    """"the 12 rebels the army said it had killed": a relative clause of saying whose reported clause has a subject
    of its own and no object has the counted noun as that clause's object; the reported verb, else None."""
    if subj is None or subj.dep_ != "nsubj" or subj.tag_ in ("WDT", "WP") or clause.lemma_.lower() not in _SAYING:
        return None
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i), None)
    if inner is None:
        return None
    return inner if gapped_object(inner, next((c for c in inner.children if c.dep_ == "nsubj"), None)) else None


#: Verbs of being somewhere: people who are, remain or stay in someone's hands are held by them.
_BEING_VERBS = frozenset({"be", "remain", "stay"})


def in_captors_hands(verb: Token, prep: Token, place: Token) -> bool:
    """"19 people remained in the hands of the rebels", "12 are in rebel hands": people held by a holder
    named after "of" or before "hands" (a captor, a side: "rebel hands", "enemy hands"); "in safe hands" or "in
    good hands" names none."""
    if verb.lemma_.lower() not in _BEING_VERBS or prep.lower_ != "in" or place.lower_ != "hands":
        return False
    return any((c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("compound", "poss") and c.pos_ != "PRON")
               or (c.dep_ == "amod" and c.lemma_.lower() in SIDE_NOUNS) for c in place.children)

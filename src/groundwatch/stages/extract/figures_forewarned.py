"""Figures: people moved to shelter, or already in it, before a hazard arrives are evacuated.

A shelter count is displacement when the people were driven from homes the crisis wrecked ("20,000
are living in relief camps after the storm destroyed their homes"); the same shelter is an evacuation
when the people were taken there, or were there, before the hazard came: "moved 12,000 residents to
storm shelters ahead of the storm", "were shifted to schools before the river burst its banks", "were
already in shelters when the cyclone made landfall". Whatever the verb of moving (moved, shifted,
bused, ferried, taken), the timing says it was done to keep people out of harm's way. A shelter named
for the hazard ("cyclone shelters", "flood shelters") is built to be gone to ahead of it, so moving
people there is an evacuation too. ``figures_places.place_kind`` asks this before it says "displaced".
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

#: Hazards that can be seen coming, so that people are moved out of their way before they strike.
_HAZARDS = lexicons.words("figure_words", list="forewarned_hazard")
#: Verbs of a hazard arriving: "when the storm struck", "before the river burst its banks".
_ARRIVING = lexicons.words("figure_words", list="hazard_arrival")
#: Verbs of a hazard drawing near or growing: "as the cyclone strengthened", "as the storm neared".
_APPROACHING = lexicons.words("figure_words", list="hazard_approach")
#: Words on a verb of coming that make it a hazard's arrival: "came ashore", "made landfall".
_LANDING_WORDS = frozenset({"ashore", "landfall"})


def _hazard(tok: Token) -> bool:
    """"the storm", "Cyclone Pell", "the cyclone's arrival", "landfall": a hazard, named or not."""
    if tok.lemma_.lower() in _HAZARDS or tok.lower_ in _HAZARDS:
        return True
    return any(c.dep_ in ("compound", "poss", "nmod", "amod") and c.lemma_.lower() in _HAZARDS
               for c in tok.children)


def _arrives(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _ARRIVING or any(c.lower_ in _LANDING_WORDS for c in verb.children)


def _clause_before(clause: Token) -> bool:
    """An adverbial clause that places the act before the hazard struck, or as it drew near."""
    mark = next((c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    by_hazard = subj is not None and _hazard(subj)
    if mark == "before":
        return by_hazard or _arrives(clause)  # "before the river burst its banks"
    if mark in ("when", "as"):
        # "when the cyclone came ashore" (they were already there); "as the storm neared";
        # "when the floods receded" or "as the storm destroyed their homes" is no warning
        return by_hazard and (_arrives(clause) or clause.lemma_.lower() in _APPROACHING)
    return False


def _ahead_of(word: Token) -> bool:
    """"before the storm", "ahead of landfall", "in advance of the cyclone"."""
    low = word.lower_
    if low == "before":
        return any(g.dep_ == "pobj" and _hazard(g) for g in word.children)
    if low in ("ahead", "advance"):
        return any(p.lower_ == "of" and any(g.dep_ == "pobj" and _hazard(g) for g in p.children)
                   for p in word.children)
    return False


def forewarned(verb: Token) -> bool:
    """The act of ``verb`` (or of the verb it is conjoined to) is placed before a hazard arrives."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advcl" and _clause_before(c):
                return True
            if _ahead_of(c) or (c.dep_ == "prep" and c.lower_ == "in" and any(_ahead_of(g) for g in c.children)):
                return True
    return False


def hazard_shelter(place: Token) -> bool:
    """"cyclone shelters", "a flood shelter": a shelter built to be gone to ahead of a hazard."""
    return place.lemma_.lower() == "shelter" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _HAZARDS for c in place.children)

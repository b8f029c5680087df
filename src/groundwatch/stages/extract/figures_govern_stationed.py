"""Figures: forces said to be in a place ("900 troops are now in Perrin Bay", "the 12,000 troops in the
Ostrel valley", "6,000 fighters now in the hills"), which count as forces there whatever else the clause
does. Moved out of ``figures_govern`` (which had reached the 600-line limit) with no change in behaviour.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import forces_noun

#: Verbs of being somewhere: forces that are in a place are stationed there.
_BEING_VERBS = frozenset({"be", "remain", "stay"})
#: Prepositions of where forces are: "900 troops are now in Perrin Bay", "remain along the border".
_STATIONED_PREPS = frozenset({"in", "inside", "along", "on", "near", "at", "across", "around"})

#: Nouns of a place where forces may be: "the troops in the valley" (not "fighters in the revolution").
_STATION_NOUNS = lexicons.words("figure_words", list="station")
#: Modifiers of forces nouns that say they no longer serve.
_NOT_SERVING = lexicons.words("figure_words", list="not_serving")


def stationed_noun(noun: Token) -> bool:
    """"the 12,000 troops in the Ostrel valley will remain", "8,000 troops now inside Harl province":
    forces said to be in a place on their own noun are forces there, when nothing else is said of them."""
    if not forces_noun(noun) or any(
            c.dep_ == "amod" and c.lower_ in _NOT_SERVING for c in noun.children):
        return False  # "hundreds of former fighters": veterans are no force
    return any(c.dep_ == "prep" and c.lower_ in _STATIONED_PREPS and any(
        p.dep_ == "pobj" and p.lemma_.lower() not in lex.NON_STATION_PLACES and (
            p.ent_type_ in ("GPE", "LOC", "FAC") or p.tag_ in ("NNP", "NNPS") or p.lemma_.lower() in _STATION_NOUNS
            or any(x.dep_ == "compound" and x.tag_ in ("NNP", "NNPS") for x in p.children))  # "the Saro hills"
        for p in c.children) for c in (*noun.children, *_place_after(noun)))


#: Adverbs that say forces are somewhere now: "an estimated 6,000 fighters now in the hills".
_PRESENT_ADVERBS = frozenset({"now", "still", "already", "currently"})


def _place_after(noun: Token) -> tuple[Token, ...]:
    """"will face 6,000 fighters now in the hills", "joined the troops already in place": the parser hangs
    the adverb and its place on the verb, but said right after the noun they place the noun."""
    doc = noun.doc
    i = noun.i + 1
    if i + 1 < len(doc) and doc[i].lower_ in _PRESENT_ADVERBS and doc[i + 1].dep_ == "prep":
        return (doc[i + 1],)
    return ()


def placed_now(noun: Token | None) -> bool:
    """"will face 6,000 fighters now in the hills": forces said to be somewhere now are no projection,
    whatever the verb that meets them will do."""
    return noun is not None and forces_noun(noun) and bool(_place_after(noun))


def _stationed(verb: Token, noun: Token | None) -> str | None:
    """"Roughly 900 troops are currently in Perrin Bay", "15,000 soldiers are now inside the valley":
    forces that are (or remain) in a place are there in force, unless the place is a hospital or a
    prison (what the place says of people comes first)."""
    if noun is None or not forces_noun(noun) or verb.lemma_.lower() not in _BEING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _STATIONED_PREPS and any(
                p.dep_ == "pobj" and p.lemma_.lower() not in lex.NON_STATION_PLACES for p in c.children):
            return "forces"
    return None

"""Figures: people who cross a border, a bridge or "into the country" in a flight are displaced.

In a story of flight, the receiving side counts the people coming over one crossing: "12,400 people had
crossed the pass by Friday", "some 4,500 persons have entered the country", "nearly 40,000 people have
crossed" (the crossing left unsaid). The class: an active "cross" or "enter" whose subject is people, with no
path or only a crossing place as its path (a border, a bridge, a river, a pass, a checkpoint, the country or
its territory, a named place), in a text that tells of a flight (a word of fleeing, exodus or refugees).
Not displaced: people who cross back or home, cross to work, trade or for an event (a purpose after "to" or
"for"), travellers (``figures_syntax`` keeps its list), people who cross a street or enter a stadium (another
object), and every crossing in a text that tells of no flight ("300 labourers cross the bridge every
morning"), unless it is "into the country", a border crossed whatever the text tells of.
``figures_places.crosses_border`` keeps the crossing of a border in any text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_places import pobjs
from groundwatch.stages.extract.figures_words import negated

#: Verbs of coming over a crossing.
_CROSSING_VERBS = frozenset({"cross", "enter"})
#: Places one crosses to leave a land, or the land one comes into: the only objects a crossing in a flight
#: may take ("crossed the street", "entered the stadium" are no flight). General English, not tuned.
_CROSSING_POINTS = frozenset({"border", "frontier", "bridge", "river", "pass", "checkpoint", "crossing", "line",
                              "country", "territory", "republic", "state", "mountain", "mountains", "sea"})
#: Prepositions of a crossing's path ("into Belvan", "over the bridge", "to the territory of ...").
_PATH_PREPS = frozenset({"into", "to", "over", "across", "through", "via"})
#: Words that tell of a flight, any one of which in the text makes its crossings an exodus's (lemmas, and the
#: participle "displaced", which the lemmatizer keeps as an adjective). General English, not tuned.
_FLIGHT_CUES = frozenset({"flee", "exodus", "refugee", "displace", "displaced", "exile", "expel"})
#: Words that send the crossers back where they live: "crossed back", "crossed home".
_RETURN_WORDS = frozenset({"back", "home", "return"})
_CUE_KEY = "gw_flight_cue"


def _tells_of_flight(doc: Doc) -> bool:
    found = doc.user_data.get(_CUE_KEY)
    if not isinstance(found, bool):
        found = any(t.lemma_.lower() in _FLIGHT_CUES or t.lower_ in _FLIGHT_CUES for t in doc)
        doc.user_data[_CUE_KEY] = found
    return found


def _crossing_place(tok: Token) -> bool:
    return tok.lemma_.lower() in _CROSSING_POINTS or tok.ent_type_ in ("GPE", "LOC") or tok.pos_ == "PROPN"


def _into_the_country(verb: Token) -> bool:
    """"crossed into the country": a border crossed whatever the text tells of (the purpose and return tests
    below still hold)."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.lemma_.lower() in ("country", "territory") and any(d.lower_ == "the" for d in g.children)
        for g in pobjs(c)) for c in verb.children)


def exodus_crossing(verb: Token, noun: Token) -> bool:
    """Whether ``noun``, the subject of ``verb``, crosses into the land a flight ends in (see the module
    docstring); the caller checks the subject is people and no travellers. Forces and wrongdoers who cross
    are no one's exodus ("40 soldiers had crossed the river")."""
    if verb.lemma_.lower() not in _CROSSING_VERBS or verb.tag_ == "VBG" or negated(verb) \
            or noun.lemma_.lower() in lex.FORCES_NOUNS or noun.lemma_.lower() in lex.PERPETRATOR_NOUNS \
            or not (_tells_of_flight(verb.doc) or _into_the_country(verb)):
        return False
    for c in verb.children:
        if c.lower_ in _RETURN_WORDS or c.lemma_.lower() in _RETURN_WORDS:
            return False  # "crossed back into Tarnovia", "crossed home"
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return False  # "cross the bridge to work"
        if c.dep_ == "prep" and c.lower_ == "for":
            return False  # "crossed the border for the festival"
        if c.dep_ == "dobj" and not _crossing_place(c):
            return False  # "crossed the street"
        if c.dep_ == "prep" and c.lower_ in _PATH_PREPS and not all(_crossing_place(g) for g in pobjs(c)):
            return False  # "crossed into the stadium"
    return True

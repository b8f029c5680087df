"""Figures: the participle after "N people of M villages" is what befell the people.

South Asian and sitrep copy counts people by the places they live in and puts the participle last: "2.7 lakh
people of 340 villages affected", "40,000 people of 12 villages marooned", "3,000 families of nine wards
displaced". The parser hangs the participle on the places (an ``acl`` of "villages"); the villages are not
what was affected, their people are. The class: a counted noun of people, its "of" naming settlements or
administrative units, and a past participle of a kind hung on those. "40,000 people of 12 villages live along
the river" has no participle on the places and is read as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import of_pobj, people_like

__all__ = ["people_of_places_kind"]

#: Settlements and the administrative units people are counted by ("of 340 villages", "of nine wards").
_PLACE_UNITS = frozenset({"village", "town", "district", "ward", "panchayat", "block", "tehsil", "taluk",
                          "municipality", "commune", "county", "locality", "settlement", "hamlet", "union",
                          "division", "subdivision", "mandal", "circle", "province", "region", "area"})


def people_of_places_kind(noun: Token | None) -> str | None:
    """The kind of the participle hung on the places after "of", for the people counted before them."""
    if noun is None or not people_like(noun):
        return None
    places = of_pobj(noun)
    if places is None or places.lemma_.lower() not in _PLACE_UNITS:
        return None
    for c in places.children:
        if c.dep_ == "acl" and c.i > places.i and c.tag_ == "VBN" and not any(
                g.dep_ in ("dobj", "nsubj", "nsubjpass") for g in c.children):
            return lex.TRANSITIVE.get(c.lemma_.lower()) or lex.ADJECTIVES.get(c.lower_)
    return None

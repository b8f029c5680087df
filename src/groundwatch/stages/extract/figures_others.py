"""Figures: one person and a number of others, whose count the sentence does not write.

"The mayor, Tomas Veld, and three other council members were detained", "the union leader and two other
organisers were held": the number counts the others only, and the one person named or titled before them shares
their fate. The group's count (the number plus one, as the invented corpora's gold has it: a director "arrested
together with two other leading persons" counts three, optional) is written nowhere, and a figure's cited
sentence must carry its value (``groundwatch audit``); the number alone undercounts the group. So neither is a
figure. A count before "other" ("four students and 19 other people") is a list of counts, each its own figure
(the stress set), and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

__all__ = ["one_beside_others"]

#: Titles of an office one person holds ("the mayor", "the chairman"): roles.tsv's titles.
_TITLES = lexicons.words("roles", kind="title")


def one_beside_others(noun: Token | None) -> bool:
    """Whether ``noun`` ("N other X") is joined to one person before it: a name, or "the"/a possessive and a title."""
    if noun is None or noun.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return False
    first = noun.head
    if first.i > noun.i or any(c.dep_ == "nummod" for c in first.children) or first.tag_ in ("NNS", "NNPS"):
        return False
    if first.ent_type_ == "PERSON" or (first.pos_ == "PROPN" and first.ent_type_ in ("", "PERSON")):
        return True  # "Tomas Veld and two other activists"; "The mayor, Tomas Veld, and ...": the name in apposition
    return first.lemma_.lower() in _TITLES and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in first.children)

"""Figures: a fate said before the people it befell, in a translated report's inverted order.

A report translated word for word may put the predicate first: "Found already dead the two divers who were
missing", "Recovered lifeless the three anglers". The parser reads the fronted adjective as a verb ("dead"
tagged a past tense) and the people as its object. An adjective of a fate (``lex.ADJECTIVES``) that is no
verb's form (its lemma is the word itself: "dead", "lifeless", not "killed") and has the count's people as
its object before nothing else names what became of them; who they were before ("who were missing") yields
to it as it does to "found dead" in the usual order.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["fronted_fate"]


def fronted_fate(anchor: Token) -> str | None:
    """The fate an adjective fronted before the counted people gives them, or None."""
    head = anchor.head
    word = head.lower_
    if anchor.dep_ not in ("dobj", "obj") or head.i >= anchor.i or word not in lex.ADJECTIVES:
        return None
    if head.lemma_.lower() != word:
        return None  # "killed the two divers": a verb's own object
    return lex.ADJECTIVES[word]

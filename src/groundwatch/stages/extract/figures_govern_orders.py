"""Figures: people an evacuation order is for, counted as evacuated ("issued evacuation orders for 30,000
residents", "evacuation orders now cover 120,000 people"), unless the order was lifted. Moved out of
``figures_govern`` (which had reached the 600-line limit) with no change in behaviour.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import negated, people_like

#: Verbs that end an order ("evacuation orders were lifted for 5,000"), and verbs by which one reaches people.
_LIFTING_VERBS = lexicons.words("figure_words", list="lifting")
_COVERING_VERBS = lexicons.words("figure_words", list="covering")


def _evacuation_order(tok: Token) -> bool:
    """"evacuation orders", "an order to evacuate": an order to leave."""
    return tok.lemma_.lower() == "order" and any(
        (c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("evacuation", "evacuate")) or
        (c.dep_ in ("acl", "xcomp", "relcl") and c.lemma_.lower() in lex.LEAVING_VERBS) for c in tok.children)


def _order_kind(cur: Token, noun: Token | None) -> str | None:
    """People an evacuation order is for are counted as evacuated, as "ordered 20,000 people to leave" is:
    "issued evacuation orders for 30,000 residents", "an evacuation order was issued for 8,000 people",
    "evacuation orders now cover 120,000 people", "30,000 people remain under evacuation orders"; not those
    it was lifted for."""
    if noun is None or not people_like(noun):
        return None
    dep, head = cur.dep_, cur.head
    if dep == "pobj" and head.lower_ in ("for", "to"):  # "extended the evacuation order to 6,000 more"
        owner = head.head
        verb = owner.head if owner.dep_ in ("dobj", "nsubjpass", "nsubj") else owner
        orders = [owner] if _evacuation_order(owner) else [
            c for c in owner.children if c.dep_ in ("nsubjpass", "dobj") and _evacuation_order(c)]
        if orders and not (verb.lemma_.lower() in _LIFTING_VERBS or negated(verb)):
            return "evacuated"
    if dep == "dobj" and head.lemma_.lower() in _COVERING_VERBS and not negated(head) and any(
            c.dep_ == "nsubj" and _evacuation_order(c) for c in head.children):
        return "evacuated"
    if dep == "nsubj" and not negated(head) and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(_evacuation_order(g) for g in c.children)
            for c in head.children):
        return "evacuated"
    return None

"""Figures: the hurt that someone evacuates are a count of the evacuated, not another count of the injured.

"Medics helped to evacuate 45 injured by helicopters", "rescuers airlifted 30 wounded": the number is the
object of a verb of evacuating and its only word of kind is the participle hung on it. Those people are
among the injured the story has counted already (injured once, where they were hurt); what this clause
counts is the moving of them, so the verb's kind wins. A count with a noun of its own ("evacuated 45 injured
people") or after a verb of hurting ("the blast injured 45") is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

#: The kinds a participle on the bare number may give, which the evacuating verb replaces.
_HURT_KINDS = frozenset({"injured"})


def moved_hurt_kind(anchor: Token, noun: Token | None, kind: str | None) -> str | None:
    """"evacuated" for a bare number of hurt people that a verb of evacuating takes as its object, else
    ``kind`` unchanged."""
    if kind not in _HURT_KINDS or noun is not None or anchor.dep_ != "dobj" or not anchor.like_num:
        return kind
    verb = anchor.head
    if lex.TRANSITIVE.get(verb.lemma_.lower()) != "evacuated":
        return kind
    return "evacuated"

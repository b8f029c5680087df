"""Figures: a planned move of displaced people counts those to be moved, not another count of the displaced.

"The government would move up to 3,000 people made homeless by the floods to a camp", "a plan to relocate
2,000 of the displaced families", "officials intend to resettle 4,000 displaced villagers": the count is the
object of a verb of moving people, and its only word of kind ("homeless", "displaced") says who they were.
They are among the displaced the story has counted already; what the clause counts is a move not yet made,
a relocation (the schema's evacuated, as the projection the clause plans). The class is grammatical: the
object of a relocating verb that a modal, a verb of planning or a noun of planning ("a plan to") puts ahead.
A move already made ("moved 600 homeless residents to schools") is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

#: Verbs that move people from where they are to another place (lemmas; figure_words.tsv, list "relocating").
_RELOCATING = lexicons.words("figure_words", list="relocating")
#: Verbs and nouns of planning whose "to" infinitive puts a move ahead ("plans to move", "a plan to move").
_PLANNING = lexicons.words("figure_words", list="planning")
#: Modals that put the verb ahead of the report ("would move", "will relocate").
_MODALS = frozenset({"will", "would", "shall", "could", "may", "might", "'ll"})


def _ahead(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True  # "it would move up to 3,000 people"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    # "plans to relocate", "a plan to relocate", "the decision to resettle"
    return verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.lemma_.lower() in _PLANNING


def planned_move(anchor: Token, noun: Token | None) -> bool:
    """Whether the count is the object of a verb of moving people that a modal or a plan puts ahead."""
    # the object is the count ("move 3,000 people") or its partitive head ("move up to 2,000 of the families")
    obj = noun if noun is not None and noun.dep_ == "dobj" else anchor
    if obj.dep_ != "dobj":
        return False
    verb = obj.head
    return verb.lemma_.lower() in _RELOCATING and _ahead(verb)


def planned_move_kind(anchor: Token, noun: Token | None, kind: str | None) -> str | None:
    """"evacuated" for displaced people a planned move takes as its object, else ``kind`` unchanged.
    The figure is a projection too (figures.py asks :func:`planned_move`): a move not yet made is no
    headline count of the evacuated."""
    if kind == "displaced" and planned_move(anchor, noun):
        return "evacuated"
    return kind

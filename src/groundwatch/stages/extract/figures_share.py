"""Figures: a share of a set of casualties the article has told already, which no number counts anew.

Two shapes, each a part of a count given elsewhere:

- a vague share of the casualties told as how they fared ("Many of the victims were trampled", "several of
  the dead were crushed against the gate"): the verb says how some of the dead died, not how many died; the
  set is named with "the"/"these"/"those" and its noun counts the same kind as the verb ("victims" and "dead"
  the killed). A vague share of another set ("several of the hostages were killed") still counts, as a vague
  share of a set told by a possessive ("several of our neighbours") does;
- a numbered share of the dead named as the ones whose relatives are told of ("Families of 22 of the dead were
  paid", "relatives of 8 of the injured"): the families are the subject, the share is no new count of the dead
  ("the families of 12 missing fishermen" stays a count: no "of the" set).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

__all__ = ["mourners_share", "vague_share_of_told"]

#: Nouns of a set of casualties and the kind each counts ("the victims" are the dead, as figure_words.tsv's
#: victim list reads them).
_SET_KINDS = {"victim": "killed", "dead": "killed", "injured": "injured", "wounded": "injured",
              "missing": "missing"}
#: Determiners that name a set the article has told already.
_TOLD = frozenset({"the", "these", "those"})
#: Nouns of the people who mourn or are paid for the dead (figure_words.tsv list "mourners", and kin).
_MOURNERS = lexicons.words("figure_words", list="mourners") | lexicons.words("figure_words", list="kin") \
    | lexicons.words("roles", kind="kin")


def _told_set(noun: Token) -> str | None:
    """The kind of ``noun`` when it is "the victims", "those injured", ... after "of" (None: not such a set)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _TOLD for c in noun.children):
        return None
    # "the injured children": the participle says which casualties the set holds
    said = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _SET_KINDS), None)
    return _SET_KINDS.get(noun.lemma_.lower()) or _SET_KINDS.get(noun.lower_) or (said and _SET_KINDS[said])


def vague_share_of_told(noun: Token | None, kind: str) -> bool:
    """"Many of the victims were trampled": a vague word's share of a told set of its own kind."""
    return noun is not None and _told_set(noun) == kind


def mourners_share(anchor: Token) -> bool:
    """"Families of 22 of the dead": a number after "of" on a mourners' noun, itself a share "of the" told set."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of" or anchor.head.head.lemma_.lower() not in _MOURNERS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_told_set(g) for g in c.children)
               for c in anchor.children)

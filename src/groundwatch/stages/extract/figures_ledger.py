"""Figures: bodies a toll's books handle, which are no count of the dead.

A number of bodies is a count of the dead when they are found, recovered or counted ("rescuers counted
38 bodies"). A number of bodies the passive of a bookkeeping verb tells of, entered twice over ("nine
bodies were counted twice", "seven bodies had been entered in both registers", "were found to have been
entered in two lists"), is a correction to the toll: the toll said beside it is the count, the bodies
are not. Bodies said to have been identified ("four of the 15 bodies were identified") are a part of the
dead given names, not a count of the dead; identified AS something ("two of the dead were identified as
police officers") still counts who they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

__all__ = ["bookkept_bodies"]

_LEDGER_VERBS = lexicons.words("figure_words", list="ledger")
_NAMING_VERBS = lexicons.words("figure_words", list="naming")
#: Nouns of the dead counted as remains.
_BODY_NOUNS = frozenset({"body", "corpse"})
#: Adverbs that say an entry was made more than once.
_TWICE = frozenset({"twice", "again", "double"})
#: Words on the books named that make them more than one ("in both registers", "in two lists").
_TWO_BOOKS = frozenset({"both", "two"})


def _verb_of(subject: Token) -> Token:
    """The passive verb of ``subject``; "were found to have been entered" hands on to the infinitive."""
    verb = subject.head
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _LEDGER_VERBS),
                verb)


def _twice_over(verb: Token) -> bool:
    """"counted twice", "entered in both registers", "entered both in X and in Y", "in two lists"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _TWICE:
            return True
        if child.dep_ == "prep" and any(c.dep_ == "preconj" and c.lower_ == "both" for c in child.children):
            return True
        if child.dep_ == "prep" and any(c.dep_ == "pobj" and any(
                d.dep_ in ("det", "nummod") and d.lower_ in _TWO_BOOKS for d in c.children) for c in child.children):
            return True
    return False


def bookkept_bodies(anchor: Token, noun: Token | None) -> bool:
    """Whether the number at ``anchor`` counts bodies entered twice over or identified (see the module)."""
    if noun is None or noun.lemma_.lower() not in _BODY_NOUNS:
        return False
    subject = anchor if anchor.dep_ == "nsubjpass" else noun if noun.dep_ == "nsubjpass" else None
    if subject is None:
        return False
    verb = _verb_of(subject)
    lemma = verb.lemma_.lower()
    if lemma in _NAMING_VERBS:
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return lemma in _LEDGER_VERBS and _twice_over(verb)

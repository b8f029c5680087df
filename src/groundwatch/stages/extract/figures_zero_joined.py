"""Figures: what else a count of nobody is zero of.

Two shapes of a zero the subject-and-verb reading of ``figures._zero_figures`` leaves out:

- verbs joined to the negated subject's verb, each with the subject it shares: "Nobody was killed or hurt",
  "None of the pupils died or were hurt", "No one was hurt or arrested" zero each joined verb's own kind. A
  joined verb with a subject of its own ("Nobody was killed but 12 were hurt") counts its own people;
- "no loss of life" (of lives, of human life): the loss of life is a death, so "no loss" of it is no death; a
  loss of anything else ("no loss of property") counts nobody;
- "no casualties": the killed and the hurt together, so no casualty is nobody killed and nobody hurt.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import of_pobj

__all__ = ["harmed_kinds", "joined_zero_kinds", "life_lost"]

#: Nouns of the killed and the hurt together, which only a zero counts for both ("no casualties"); a number of
#: them ("40 casualties") is left unread, since outlets use the word for the dead alone as often as for both.
_HARMED_NOUNS = frozenset({"casualty"})


def harmed_kinds(noun: Token | None) -> tuple[str, ...]:
    """The kinds a zero of ``noun`` counts when the noun names the killed and the hurt together; else none."""
    return ("killed", "injured") if noun is not None and noun.lemma_.lower() in _HARMED_NOUNS else ()


def _verb_kind(verb: Token) -> str | None:
    """The kind a verb gives the subject it shares: a passive participle its object's, else its subject's."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
        return lex.TRANSITIVE.get(lemma) or lex.ADJECTIVES.get(verb.lower_)
    return lex.INTRANSITIVE.get(lemma)


def joined_zero_kinds(anchor: Token, first: str) -> list[tuple[Token, str]]:
    """The verbs joined to the verb ``anchor`` (a subject of nobody) is subject of, with the kind each
    zeroes, when it is not ``first`` (the kind already counted) and the verb has no subject of its own."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.head.pos_ not in ("VERB", "AUX"):
        return []
    out: list[tuple[Token, str]] = []
    for verb in anchor.head.conjuncts:
        if verb.i < anchor.head.i or verb.pos_ != "VERB" or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        kind = _verb_kind(verb)
        if kind is not None and kind != first and kind not in (k for _, k in out):
            out.append((verb, kind))
    return out


def life_lost(noun: Token | None) -> bool:
    """"no loss of life", "no loss of lives", "no loss of human life": a loss whose "of" names life."""
    if noun is None or noun.lemma_.lower() != "loss":
        return False
    what = of_pobj(noun)
    return what is not None and what.lemma_.lower() in lex.LIFE_NOUNS

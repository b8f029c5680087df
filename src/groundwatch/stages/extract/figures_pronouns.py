"""Figures: detentions told of a pronoun, which count the person or the count it stands for.

The family ``figures_detention`` names also comes with a pronoun for its subject: "A man set fire to
the office. He was arrested at the scene." counts one detained, as "A man was arrested" does; "A boat
carrying 120 migrants was spotted. They were all picked up by the coastguard." counts the 120, as
"All of them were arrested" after "Eleven protesters gathered" counts the eleven. "He" counts nobody
when a person was named just before (a named person's fate is told, as ``figures_single`` has it)
or a detention was already told (the pronoun repeats it); "they" needs "all" and one count of people
in the sentence before, so a plain "they were arrested" after two counts guesses at none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_detention import taken_by_force
from groundwatch.stages.extract.figures_kind import count_kind
from groundwatch.stages.extract.figures_numbers import parse_number
from groundwatch.stages.extract.figures_words import negated, particle, people_like

__all__ = ["pronoun_detentions"]

#: Pronouns that stand for one person.
_ONE_PERSON = frozenset({"he", "she"})
#: Sentences before the pronoun's, and its own, searched for a person named or a detention told.
_LOOKBACK = 2
#: Words before a count that belong to its phrase ("about 300", "at least 40").
_COUNT_MODS = ("quantmod", "advmod")

#: (pronoun, value, low, high, qualifier)
PronounCount = tuple[Token, float | None, float | None, float | None, str]


def _detaining(verb: Token, subj: Token) -> bool:
    """"He was arrested", "They were all picked up by the coastguard" (a pronoun is no people noun, so a
    verb of taking asks its doer alone)."""
    return not negated(verb) and (count_kind(subj, None) == "detained" or taken_by_force(
        verb, verb.lemma_.lower(), particle(verb)))


def _told_before(verb: Token, doc: Doc) -> bool:
    """A person named, or a detention told, in the pronoun's sentence or the ones just before it."""
    sents = [s for s in doc.sents if s.start <= verb.sent.start][-(_LOOKBACK + 1):]
    return any(t.ent_type_ == "PERSON" or (t.i < verb.sent.start and lex.TRANSITIVE.get(t.lemma_.lower()) == "detained")
               for s in sents for t in s)


def _count_before(verb: Token, doc: Doc) -> Token | None:
    """The one count of people in the sentence before ``verb``'s: "A boat carrying 120 migrants ..."."""
    before = [s for s in doc.sents if s.end <= verb.sent.start]
    if not before:
        return None
    counts = [t for t in before[-1] if t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS") and people_like(t.head)]
    return counts[0] if len(counts) == 1 else None


def _all_of_them(tok: Token) -> bool:
    return tok.lower_ == "all" and any(
        c.lower_ == "of" and any(g.lower_ == "them" for g in c.children) for c in tok.children)


def pronoun_detentions(doc: Doc) -> list[PronounCount]:
    """Each pronoun that is the passive subject of a detention, with the count it stands for."""
    out: list[PronounCount] = []
    for tok in doc:
        low = tok.lower_
        if tok.dep_ != "nsubjpass" or not (low in _ONE_PERSON or low == "they" or _all_of_them(tok)):
            continue
        verb = tok.head
        if not _detaining(verb, tok):
            continue
        if low in _ONE_PERSON:
            if not _told_before(verb, doc):
                out.append((tok, 1.0, None, None, "exact"))
            continue
        if low == "they" and not any(c.lower_ == "all" for c in (*verb.children, *tok.children)):
            continue
        count = _count_before(verb, doc)
        if count is None:
            continue
        words = sorted([count, *(c for c in count.children if c.dep_ in _COUNT_MODS)], key=lambda t: t.i)
        value, low_v, high_v, qualifier = parse_number(" ".join(t.text for t in words))
        if value is not None or low_v is not None:
            out.append((tok, value, low_v, high_v, qualifier))
    return out

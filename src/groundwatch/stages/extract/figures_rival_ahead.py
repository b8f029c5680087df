"""Figures: a source's bare count set against a second source's count after it, in one sentence.

"The district gave 23 while the hospital said 27 bodies had been brought in", "The police counted 40 while the
organisers said 65 people were detained", "The ministry reported 12 but the mission said 19 civilians were killed":
two bodies' tolls of one kind, the first given only as a number. ``figures_rival`` reads the reverse order (the
bare number second takes the kind of the count before it); here the kind is named only after the bare number, in
the clause that contrasts the second source with the first ("while", "whereas", "but"), so the bare number takes
the kind of the first count in that clause. It runs after every other figure of the article is found, since the
count it copies lies after it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from groundwatch.records import Figure
from groundwatch.stages.extract.doc_cache import doc_text
from groundwatch.stages.extract.figures_exclude import excluded
from groundwatch.stages.extract.figures_numbers import NumberPhrase, find_number_phrases
from groundwatch.stages.extract.figures_rival import RIVAL_VERBS, rival_verb

__all__ = ["rivals_ahead"]

#: Words that set a second source's clause against the first: "while the hospital said 27".
_CONTRAST = frozenset({"while", "whereas", "but", "whilst"})


def _contrasted(verb: Token) -> Token | None:
    """The second source's verb of saying joined to ``verb`` by a word of contrast, after it."""
    for c in verb.children:
        if c.i <= verb.i or c.dep_ not in ("advcl", "conj") or rival_verb_lemma(c) is None:
            continue
        marks = [g for g in c.children if g.dep_ == "mark" and g.lower_ in _CONTRAST]
        joined = [g for g in verb.children if g.dep_ == "cc" and g.lower_ in _CONTRAST and verb.i < g.i < c.i]
        if marks or joined:
            return c
    return None


def rival_verb_lemma(verb: Token) -> str | None:
    """The lemma of a verb by which a source gives a count, if ``verb`` is one with a subject of its own."""
    lemma = verb.lemma_.lower()
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and not c.like_num for c in verb.children)
    return lemma if lemma in RIVAL_VERBS and has_subject else None


def rivals_ahead(doc: Doc, found: Sequence[Figure]) -> Iterator[tuple[NumberPhrase, Token, str]]:
    """Each bare number that a source gives as its count, with the kind of the contrasted source's count after it.

    Args:
        doc: the article's parse.
        found: every figure found in the article so far.
    """
    for phrase in find_number_phrases(doc_text(doc)):
        tokens = doc.char_span(phrase.core_start, phrase.core_end, alignment_mode="expand")
        if tokens is None or len(tokens) != 1 or excluded(doc, phrase, tokens) or any(
                f.span.start <= phrase.core_start < f.span.end for f in found):
            continue
        anchor = tokens[0]
        verb = rival_verb(anchor)
        if verb is None or rival_verb_lemma(verb) is None or any(c.dep_ in ("nummod", "prep") for c in anchor.children):
            continue
        second = _contrasted(verb)
        if second is None:
            continue
        start, end = second.left_edge.idx, second.right_edge.idx + len(second.right_edge.text)
        later = [f for f in found if start <= f.span.start and f.span.end <= end]
        if later:
            yield phrase, anchor, later[0].kind

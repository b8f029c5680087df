"""Figures: people an event left with injuries, and injuries told by their degree.

- The object of "leave" whose state is an injury: "left 14 passers-by with shrapnel wounds", "left 12 others
  with severe burns", and "left 30 pilgrims nursing cuts", "left 60 guests nursing wounds" (where the parser
  makes the people and "nursing" compounds of the injury noun). The counted people are the injured; "left 300
  families with no roof" or "with nothing" names no injury and counts nobody hurt.
- An injury said by its degree or kind: "sustained varying degrees of injuries", "suffered various degrees of
  burns", "received different kinds of injuries": the object the verb takes is the injury after "of".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import of_pobj, people_like

__all__ = ["left_hurt", "object_lemmas"]

#: Nouns that grade or sort what follows their "of": the object is that, not the grade.
_GRADE_NOUNS = frozenset({"degree", "kind", "type", "form", "sort", "variety", "level", "manner"})
#: The most words between the counted people and "nursing", or between "nursing" and the injury ("nursing
#: severe burns", "nursing cuts and bruises"): the plain shape of the phrase, not tuned.
_NURSING_REACH = 3


def object_lemmas(verb: Token) -> list[str]:
    """The lemmas of ``verb``'s direct objects, a grade noun's ("degrees of injuries") read through its "of"."""
    out = []
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        graded = of_pobj(c) if c.lemma_.lower() in _GRADE_NOUNS else None
        out.append((graded if graded is not None else c).lemma_.lower())
    return out


def _injury(tok: Token | None) -> bool:
    return tok is not None and tok.lemma_.lower() in lex.INJURY_NOUNS


def _left_with(holder: Token) -> bool:
    """"left 14 passers-by with shrapnel wounds": the object of "leave", with an injury after "with"."""
    verb = holder.head
    if holder.dep_ != "dobj" or verb.lemma_.lower() != "leave":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and c.i > holder.i and any(
        g.dep_ == "pobj" and (_injury(g) or any(_injury(x) for x in g.conjuncts)) for g in c.children)
        for c in (*verb.children, *holder.children))


def _nursing(tokens: Span) -> Token | None:
    """"left 30 pilgrims nursing cuts": the people counted, when "nursing" and an injury follow them and the
    phrase is what "leave" takes."""
    doc = tokens.doc
    people = doc[tokens.end] if tokens.end < len(doc) and people_like(doc[tokens.end]) else None
    after = tokens.end + (people is not None)
    nurse = next((t for t in doc[after:after + _NURSING_REACH] if t.lower_ == "nursing"), None)
    if nurse is None:
        return None
    hurt = next((t for t in doc[nurse.i + 1:nurse.i + 1 + _NURSING_REACH] if _injury(t)), None)
    if hurt is None or not any(t.lemma_.lower() == "leave" for t in (hurt.head, *(() if people is None else (
            people.head, people.head.head)))):
        return None
    return people if people is not None else tokens[-1]


def left_hurt(tokens: Span, noun: Token | None) -> Token | None:
    """The people (or the bare number) an event left injured, or None."""
    holder = noun if noun is not None else tokens[-1]
    if _left_with(holder):
        return holder
    return _nursing(tokens)

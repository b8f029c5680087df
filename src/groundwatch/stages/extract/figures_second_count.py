"""Figures: a second count after a comma that the parser makes the object of a tally's verb.

A headline or a terse line joins two counts with a comma and drops the second one's verb: "Toll rises to 44, 302
persons admitted in hospitals". The parser makes "302 persons" the object of "rises", so the count took the tally's
kind (killed). A tally verb whose value is already said ("to 44") has no object of its own: the count after the
comma is a clause of its own, and its participle ("admitted in hospitals", "injured", "evacuated") names its kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["second_count_kind"]


def _tally_value_said(verb: Token) -> bool:
    """"rises to 44": the tally's verb already has its number."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num for g in c.children) for c in verb.children)


def _participle_kind(part: Token) -> str | None:
    lemma = part.lemma_.lower()
    kind = lex.TRANSITIVE.get(lemma)
    if kind is None and lemma in lex.HOSPITAL_VERBS and any(
            c.dep_ == "prep" and any(g.lemma_.lower() in lex.HOSPITALS for g in c.children) for c in part.children):
        kind = "injured"  # "admitted in hospitals", "taken to hospital"
    return kind


def second_count_kind(anchor: Token, noun: Token | None) -> str | None:
    """The kind of a count after a comma parsed as the object of a tally verb that has its own value, from the
    count's own participle; None when the count is not such a one."""
    if noun is None or noun.dep_ not in ("dobj", "npadvmod") or anchor not in (noun, *noun.children):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in lex.TALLY_VERBS or not _tally_value_said(verb):
        return None
    doc = noun.doc
    if not any(t.text == "," for t in doc[verb.i:noun.i]):
        return None
    part = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return _participle_kind(part) if part is not None else None

"""Figures: people a body counts as of a kind, told in a relative clause on the counted noun.

"Of the 5,000 people the ministry counts as evacuated, 1,200 are in camps", "the 40 men the police list as
detained", "the 300 residents it classes as displaced": a verb of classing or recording ("count as", "list
as", "register as") in a relative clause on the counted people, with a participle or adjective of a kind after
"as", says what the people are; the count is of that kind, whatever the main clause then says of a part of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["classed_kind"]

#: Verbs of putting people in a class in a record: "counts as", "lists as", "registers as".
_CLASSING_VERBS = frozenset({"count", "list", "class", "classify", "register", "record", "categorise",
                             "categorize", "consider", "designate"})


def _as_kind(verb: Token) -> str | None:
    for c in verb.children:
        word = c.lower_
        if c.dep_ in ("advcl", "acomp", "oprd", "xcomp") and word in lex.ADJECTIVES and any(
                m.lower_ == "as" for m in c.children):
            return lex.ADJECTIVES[word]  # "counts as evacuated" ("as" the participle's mark)
        if c.dep_ == "prep" and word == "as":
            kinds = [lex.ADJECTIVES[g.lower_] for g in c.children if g.lower_ in lex.ADJECTIVES]
            if kinds:
                return kinds[0]  # "lists as missing" ("as" a preposition)
    return None


#: The most words of the relative clause's subject between the counted noun and its verb ("the provincial
#: health office"): a short noun phrase, the plain shape of such a clause, not tuned.
_SUBJECT_REACH = 4


def _classing(tok: Token) -> bool:
    low = tok.lower_
    return tok.lemma_.lower() in _CLASSING_VERBS or (low.endswith("s") and low[:-1] in _CLASSING_VERBS)


def _by_order(noun: Token) -> str | None:
    """The same clause by word order, where the tagger takes the classing verb for a noun ("the police list as
    detained", "the agency registers as displaced"): a short subject with no mark or verb in it, the classing
    word, "as" and a word of a kind."""
    doc = noun.doc
    for k in range(noun.i + 2, min(len(doc) - 1, noun.i + _SUBJECT_REACH + 3)):
        if doc[k].lower_ == "as" and _classing(doc[k - 1]) and doc[k + 1].lower_ in lex.ADJECTIVES:
            subject = doc[noun.i + 1:k - 1]
            if len(subject) and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in subject):
                return lex.ADJECTIVES[doc[k + 1].lower_]
    return None


def classed_kind(noun: Token) -> str | None:
    """The kind a relative clause of classing on ``noun`` gives the people counted, or None."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.i > noun.i and c.lemma_.lower() in _CLASSING_VERBS:
            return _as_kind(c)
    return _by_order(noun)

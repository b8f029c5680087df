"""Figures: a rival body's tally whose value a relative clause gives, compared with a count before it.

"The mayor says 3,000 people were evacuated, far more than the count of the ministry, which is 1,200", "Rebels
claim 80 dead, against a figure from the army that is 30": a bare tally ("count", "figure", "tally", "number",
"total") owned by a body, whose value is the complement of "is" in a relative clause on the tally or on its
owner, is that body's count of what the sentence counted before it. It takes the kind of the last figure found
before the tally in the same sentence; a tally with no such figure before it counts nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.records import Figure
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_asides import BARE_TALLIES

__all__ = ["relative_tally_kind"]

#: Relative pronouns that open the clause giving the tally's value.
_RELATIVES = frozenset({"which", "that"})
#: Prepositions that join a tally to its owner: "the count of the ministry", "a figure from the army".
_OWNER_PREPS = frozenset({"of", "from", "by"})


def _tally_of(holder: Token) -> Token | None:
    if holder.lemma_.lower() in BARE_TALLIES:
        return holder
    prep = holder.head
    if holder.dep_ == "pobj" and prep.lower_ in _OWNER_PREPS and prep.head.lemma_.lower() in BARE_TALLIES:
        return prep.head
    return None


def _body(owner: Token) -> bool:
    """"the ministry", "the army", "Kessa Red Cross": a body, not what is counted ("votes", "ballots")."""
    return owner.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or owner.tag_ in ("NNP", "NNPS") or (
        owner.tag_ == "NN" and any(c.dep_ == "det" for c in owner.children))


def _owned(tally: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and any(
        g.dep_ == "pobj" and _body(g) for g in c.children)) for c in tally.children)


def relative_tally_kind(anchor: Token, found: list[Figure]) -> str | None:
    """The kind of ``anchor`` (a bare number) when it is the value a relative clause gives a rival tally."""
    verb = anchor.head
    if not anchor.like_num or anchor.dep_ != "attr" or verb.lemma_.lower() != "be" or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children):
        return None
    tally = _tally_of(verb.head)
    if tally is None or not _owned(tally) or any(c.dep_ in ("compound", "amod") for c in tally.children):
        return None  # "the death count", "the official figure ...": a tally with a word of its own
    sent = sent_of(anchor)
    before = [f for f in found if sent.start_char <= f.span.start and f.span.end <= tally.idx]
    return before[-1].kind if before else None

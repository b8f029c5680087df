"""Figures: where the credit for a count stops and where else it may stand.

``figures_scope.reported_by`` walks up from a count's clause to the nearest verb of saying. Two shapes of
news prose break that walk: a semicolon joins two clauses that each credit their own count ("Toll
rises to 63; governor says 71": the governor's is the 71, not the 63), and a reporting clause set off
by commas after the count ("The toll rose to 31 on Thursday, the disaster office said, as rescuers
reached the coast") is parsed as a parataxis child of the count's verb, below it, not above.
"""

from __future__ import annotations

from spacy.tokens import Token


def across_semicolon(lower: Token, upper: Token) -> bool:
    """A semicolon stands between the clause ``lower`` and the word ``upper`` it hangs on, at their level:
    the two are separate clauses, and the credit of one is not the other's."""
    lo, hi = sorted((lower.i, upper.i))
    return any(t.text == ";" and lo < t.i < hi and t.head in (lower, upper) for t in (*lower.children, *upper.children))


def parataxis_credit(clause: Token, saying: frozenset[str]) -> Token | None:
    """The subject of a reporting clause set off after ``clause`` ("..., the disaster office said, ..."),
    parsed as its parataxis child; a pronoun credits nobody by name."""
    for c in clause.children:
        if c.dep_ == "parataxis" and c.i > clause.i and c.lemma_.lower() in saying:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                return subj
    return None

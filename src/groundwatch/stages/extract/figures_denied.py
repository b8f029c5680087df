"""Figures: a zero that is a side's contested claim, not a count.

"Nobody was forced to leave", said while "insisting", "denying" or "claiming" it, is one side's answer to an
accusation: no one counted zero people, the clause only denies the act. The class: a zero count ("nobody",
"no one", "none", "no civilians") whose clause is the complement of a verb of contested assertion. A zero a
body reports ("officials said no one was hurt") stays a count: "say", "report" and "confirm" are not in the list.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs that put a clause forward against a charge, not as a finding. General English, not tuned.
_CONTESTING = frozenset({"insist", "deny", "claim", "maintain", "allege", "contend", "protest"})
#: How many clause heads up from the zero's word the contesting verb may be ("insisting that nobody was forced
#: to leave": the zero's verb, then the verb it complements).
_REACH = 3


def contested_zero(anchor: Token) -> bool:
    """Whether the zero at ``anchor`` lies in a clause a verb of contested assertion puts forward."""
    cur = anchor
    for _ in range(_REACH):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() in _CONTESTING:
            return True
        cur = cur.head
    return False

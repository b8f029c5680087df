"""Figures: where the credit for a count stops and where else it may stand.

``figures_scope.reported_by`` walks up from a count's clause to the nearest verb of saying. Two shapes of
news prose break that walk: a semicolon joins two clauses that each credit their own count ("Toll
rises to 63; governor says 71": the governor's is the 71, not the 63), and a reporting clause set off
by commas after the count ("The toll rose to 31 on Thursday, the disaster office said, as rescuers
reached the coast") is parsed as a parataxis child of the count's verb, below it, not above.

A body's own tally names its keeper without a verb of saying: "the charity's own count has passed 90",
"the agency, whose tally stood at 104", "the union keeps its own count of 61 deaths": the owner is the
count's credit (``tally_owner``).

A count a participle of saying credits to its agent ("well above the 29 announced by the governor") is the
agent's, not the main clause's speaker's (``agent_credit``).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.figures_asides import BARE_TALLIES


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


def agent_credit(anchor: Token, saying: frozenset[str]) -> str | None:
    """The agent of a participle of saying that modifies the count ("the 29 announced by the governor", "the 29
    deaths reported by the ministry"): whoever the by-phrase names, not the speaker of the clause above (the
    invented corpus_o's blind run credited a rival body's count to the sentence's main speaker)."""
    for head in (anchor, anchor.head) if anchor.dep_ == "nummod" else (anchor,):
        for c in head.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in saying:
                continue
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None and obj.pos_ != "PRON":
                return obj.doc[obj.left_edge.i:obj.right_edge.i + 1].text
    return None


def tally_owner(clause: Token) -> str | None:
    """The named owner of the bare tally that is ``clause``'s subject: "the charity's own count has passed 90"
    (the possessor), "the agency, whose count stood at 104" (what "whose" stands for); a pronoun names nobody."""
    tally = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BARE_TALLIES),
                 None)
    owner = next((c for c in tally.children if c.dep_ == "poss"), None) if tally is not None else None
    if owner is not None and owner.lower_ == "whose" and clause.dep_ == "relcl":
        owner = clause.head
    if tally is None:
        owner = _keeper(clause)
    if owner is None or owner.pos_ == "PRON":
        return None
    return owner.doc[owner.left_edge.i:owner.i + 1].text


def _keeper(clause: Token) -> Token | None:
    """The subject that keeps the bare tally ``clause`` has for its object, "its" or "their" own: "the union
    is keeping its own count of 61 deaths" (the union's count)."""
    tally = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in BARE_TALLIES), None)
    if tally is None or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tally.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)

"""Figures: people counted by what was done with their bodies are the dead.

"at least 9 people whose bodies were carried away by their families", "9 villagers whose remains were buried before any
count began": a relative clause on the counted noun whose subject is the people's bodies ("whose bodies",
"whose remains") says the people died, whatever the main verb says of the count ("leaves out", "does not
include": a rights group's dead the official toll misses are still dead).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["dead_by_remains"]


def dead_by_remains(noun: Token) -> bool:
    """Whether ``noun`` (the counted people) carries a relative clause about "whose bodies" or "whose remains"."""
    return any(c.dep_ == "relcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in lex.REMAINS_NOUNS
        and any(p.dep_ == "poss" and p.lower_ == "whose" for p in s.children) for s in c.children)
        for c in noun.children)

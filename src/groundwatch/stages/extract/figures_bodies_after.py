"""Figures: people whose bodies the next clause tells of are the dead.

"Two anglers went missing on the lake; their bodies were found on Friday", "three climbers were stranded on the
ridge; their bodies were recovered two days later", "five fishermen were swept away, and their bodies washed
ashore": the clause after the count speaks of "their" bodies, so the people counted died, whatever the first
clause said they were (missing, trapped). The count must be the last count of people before "their" in the
sentence, so the possessive can only be theirs.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_words import people_like

__all__ = ["bodies_told_after"]


def bodies_told_after(noun: Token) -> bool:
    """Whether a later clause of ``noun``'s sentence speaks of "their" bodies, with no other people counted
    between."""
    sent = sent_of(noun)
    joined = False  # "their" must open another clause: after a semicolon, a comma or "and"
    for t in noun.doc[noun.i + 1:sent.end]:
        joined = joined or t.text in (";", ",") or t.lower_ == "and"
        if t.like_num and t.i + 1 < sent.end and people_like(t.doc[t.i + 1]):
            return False  # another count of people: "their" may be theirs
        if joined and t.lower_ == "their" and t.head.lemma_.lower() in lex.REMAINS_NOUNS and t.head.i > t.i:
            return True
    return False

"""Dates: the "am" of a clock time that the parser takes for the verb "be".

"The storm came ashore shortly after 2 am on Wednesday": the tagger reads "2 am" as "2" and the
present-tense verb "am" (VBP), so the date hangs on a present-tense verb, which news uses for what is
timetabled, and the weekday resolves forward (next Wednesday). The "am" right after a number is the
clock's, never a verb: the date hangs on the verb above it ("came", past: last Wednesday).
"""

from __future__ import annotations

from spacy.tokens import Token

#: How a morning clock time's marker is written once tokenised ("2 am", "2 a.m.").
_MORNING_MARKS = frozenset({"am", "a.m.", "a.m"})


def clock_am(tok: Token) -> bool:
    """``tok`` is a clock time's "am" after its number ("2 am"), whatever the parser made of it."""
    return tok.lower_ in _MORNING_MARKS and tok.i > 0 and tok.doc[tok.i - 1].like_num


def clock_head(am: Token) -> Token:
    """Where the clock time ``am`` closes hangs in the clause: on its number's head when the parser hung the
    number elsewhere ("will run from midnight to 5 am from Sunday": "5" under "to", under "run"), else on
    the head of the misread verb ("shortly after 2 am on Wednesday": "2" under "am", under "came")."""
    number = am.doc[am.i - 1]
    return number.head if number.head.i not in (am.i, number.i) else am.head

"""Deadlines: a day or month that something must be done by, ahead of the report unless the clause is past.

Split from :mod:`dates` (kept under 600 lines). ``dates`` asks :func:`by_deadline` about a phrase after
"by" in a clause of no tense ("an effort to clear its debt by February"), :func:`deadline_day` about
a day that names a deadline ("faces a Friday deadline", "Friday's deadline looms"), and :func:`start_day`
about the day a rule starts ("effective Monday").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from groundwatch.stages.extract import dates_context
from groundwatch.stages.extract.dates_tense import PAST_AUX
from groundwatch.stages.extract.doc_cache import doc_text

__all__ = ["BY_IS_FUTURE", "ahead", "by_deadline", "deadline_day", "start_day"]

#: "an effort to cut its debt by February", "aims to sell the unit by March": a bare month or day after
#: "by" in a clause of no tense is a deadline, still ahead; a past clause ("had repaid it by February")
#: keeps its past. dates-dev tune part A: 1 such month (a plan's deadline, in an infinitive on a noun)
#: put 8 months back.
BY_IS_FUTURE = True

_BY_BEFORE = re.compile(r"\bby\s*$", re.I)
# "the new rate, effective Monday, is 5%", "Beginning Friday, the ferry runs hourly": the day a rule or a
# service starts, ahead when no past verb says it has started. (A past clause keeps its past: "resigned
# effective Friday", "Starting Monday, prices rose".)
_START_BEFORE = re.compile(r"\b(?:effective|beginning|starting)\s*$", re.I)
# "a Friday deadline", "Friday's deadline", "the Nov. 15 deadlines"
_DEADLINE_AFTER = re.compile(r"(?:'s|’s)?\s+deadlines?\b")


def by_deadline(before: str) -> bool:
    """The phrase follows "by" (``before`` is the text just before it)."""
    return BY_IS_FUTURE and bool(_BY_BEFORE.search(before))


def start_day(span: Span, before: str) -> bool:
    """The phrase follows "effective", "beginning" or "starting" (``before`` is the text just before it),
    and the finite verb over it is not past ("Beginning Monday, the rate rose" has started).

    The caller asks only in a clause of no tense. Invented cases of this session (dates1): "the new rate,
    effective Monday, is 5%" and "Beginning Monday, the rate rises" were put last Monday.
    """
    if not _START_BEFORE.search(before):
        return False
    verb, _ = dates_context.governing_verb(span)
    return verb is None or not _past(_finite(verb))


def ahead(span: Span, before: str, day: bool, month: bool) -> bool:
    """A deadline after "by" (a bare ``day`` or ``month``) or a start after "effective" (a bare ``day``)."""
    return (by_deadline(before) and (day or month)) or (day and start_day(span, before))


def deadline_day(span: Span) -> bool:
    """The phrase names a deadline ("a Friday deadline") on a verb that is not past ("faces", "looms").

    A deadline is set for a day to come; once the clause is past ("missed the Friday deadline", "has
    passed Friday's deadline") it has gone by. Invented cases of this session (dates1): "faces a Friday
    deadline" was put last Friday.
    """
    if not _DEADLINE_AFTER.match(doc_text(span.doc), span.end_char):
        return False
    verb, _ = dates_context.governing_verb(span)
    return verb is None or not _past(_finite(verb))


def _finite(verb: Token) -> Token:
    """The finite verb over a participle or an infinitive without auxiliaries ("ended the ballot, with members
    posting votes before the Thursday deadline": the deadline's time is the ending's)."""
    for _ in range(4):
        if verb.tag_ not in ("VBG", "VBN", "VB") or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                                         for c in verb.children):
            return verb
        head = verb.head
        while head is not head.head and head.pos_ not in ("VERB", "AUX"):
            head = head.head  # through "with" and other words between the participle and its host
        if head.pos_ not in ("VERB", "AUX") or head is verb:
            return verb
        verb = head
    return verb


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in verb.children)

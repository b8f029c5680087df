"""Dates: a count given on a weekday and set against the count given "now" is not the paper's own day.

"The harbour office said 12 on Tuesday; it now says 19", in a text published on a Tuesday: the revised count
is the present the sentence sets the weekday's against, and a writer naming the paper's own day writes
"today" or leaves the day out; the weekday is the one a week back. A wire's "said on Tuesday" in Tuesday's
copy, with no "now" count set against it, stays the paper's day, and so does "met on Tuesday; talks are now
under way" (no count on either side: one day's news told in two clauses).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from groundwatch.stages.extract.dates_offsets import COUNTS
from groundwatch.stages.extract.doc_cache import doc_text, sent_of

__all__ = ["set_against_now"]

#: A later clause of the sentence that says what holds now: after a semicolon, a dash or "but" ("...; the police
#: now say 42", "... but now says 19"). General English; written from the invented corpus_p's blind run (one case).
_NOW_AFTER_RE = re.compile(r"(?:;|\s[-\u2013\u2014]\s|,?\s+but\b)(?P<now>[^;]*?\bnow\b[^;]*)", re.IGNORECASE)
#: A count: digits or a spelled number (the offsets' count words without "a"/"an").
_COUNT_RE = re.compile(r"\b\d[\d,.]*\b|\b(?:" + "|".join(sorted((w for w in COUNTS if w not in {"a", "an"}),
                                                                key=len, reverse=True)) + r")\b", re.IGNORECASE)


def set_against_now(span: Span, resolved: str | None, base: dt.date | None) -> bool:
    """Whether the weekday ``span``, resolved to the base day itself, dates a count its sentence sets against a
    later clause's count of "now" (then it is the same weekday a week before)."""
    if base is None or resolved != base.isoformat():
        return False
    sent, text = sent_of(span), doc_text(span.doc)
    now = _NOW_AFTER_RE.search(text[span.end_char:sent.end_char])
    return (now is not None and _COUNT_RE.search(now["now"]) is not None
            and _COUNT_RE.search(text[sent.start_char:span.start_char]) is not None)

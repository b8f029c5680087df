"""Dates: the second end of a range of weekdays comes after the first ("Monday through Wednesday").

Each weekday is resolved on its own, from the tense of its clause; the second end of a range can
then land before the first ("closed Monday through Wednesday next week": Monday ahead, Wednesday
taken as today). A range's second end is the first such weekday after the first end.
"""

from __future__ import annotations

import datetime as dt
import re

from groundwatch.lexicons_dates import WEEKDAY_FORMS
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_rules import WEEKDAY_RE, Resolution, normalise

__all__ = ["order_weekday_ranges", "tenseless_ranges_ahead"]

#: What joins the two ends of a range. "and" is left out: "on Monday and Wednesday" may name two
#: days on either side of the publication date only when their clauses differ, which the tense reads.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*")
_WEEKDAY_END = re.compile(rf"(?P<wd>{WEEKDAY_RE})(?: (?:morning|afternoon|evening|night))?")
# A word that puts a sentence in the past: a past form of "be", "have", "do", a common irregular past, or
# a word in -ed (a participle too: "closed from Friday" is then left to the parse).
_PAST_WORD = re.compile(r"\b(?:was|were|had|did|said|told|ran|began|held|met|went|came|took|left|saw|gave|made|"
                        r"\w{3,}ed)\b", re.I)


def order_weekday_ranges(text: str, found: list[Found]) -> None:
    """Move a range's second weekday to the first such day after the first end, in place.

    Stress batch datesdev-s10b: 1 of 1 such second end was put before the first.
    """
    for i in range(1, len(found)):
        _, e0, r0, si0 = found[i - 1]
        s1, e1, r1, si1 = found[i]
        if r0 is None or r1 is None or r0.precision != "day" or r1.precision != "day" or si0 != si1:
            continue
        if not _RANGE_JOIN.fullmatch(text[e0:s1]) or not (m := _WEEKDAY_END.fullmatch(normalise(text[s1:e1]))):
            continue
        first = dt.date.fromisoformat(r0.date)
        ahead = (WEEKDAY_FORMS[m["wd"]] - first.weekday()) % 7
        day = first + dt.timedelta(days=ahead)
        if ahead and day.isoformat() != r1.date:
            found[i] = (s1, e1, Resolution(day.isoformat(), "day", r0.future or r1.future), si1)


def tenseless_ranges_ahead(text: str, found: list[Found], base: dt.date | None, sentences: list[str]) -> None:
    """Put a range of weekdays in a sentence with no past form ahead of ``base``, in place.

    "The fair runs from Thursday through Sunday": news gives what is timetabled in the present, and
    the parser can take "runs" for a noun, so the clause shows no tense and both ends fall behind.
    A range whose first end lies before ``base`` in a sentence without a past word (``_PAST_WORD``)
    moves to the first such weekday on or after ``base``; :func:`order_weekday_ranges` then puts the
    second end after it. Review dreview3: the earlier rounds' open case; stress batch dreview3-s12: 1
    of 6 ranges.
    """
    if base is None:
        return
    for i in range(1, len(found)):
        s0, e0, r0, si0 = found[i - 1]
        s1, e1, r1, si1 = found[i]
        if r0 is None or r1 is None or r0.precision != "day" or r0.future or si0 != si1:
            continue
        if not 0 <= si0 < len(sentences):
            continue
        if not _RANGE_JOIN.fullmatch(text[e0:s1]) or not (m := _WEEKDAY_END.fullmatch(normalise(text[s0:e0]))):
            continue
        if not _WEEKDAY_END.fullmatch(normalise(text[s1:e1])) or _PAST_WORD.search(sentences[si0]):
            continue
        if dt.date.fromisoformat(r0.date) >= base:
            continue
        day = base + dt.timedelta(days=(WEEKDAY_FORMS[m["wd"]] - base.weekday()) % 7)
        found[i - 1] = (s0, e0, Resolution(day.isoformat(), "day", day > base), si0)

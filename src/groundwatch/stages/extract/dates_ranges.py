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

__all__ = ["order_weekday_ranges"]

#: What joins the two ends of a range. "and" is left out: "on Monday and Wednesday" may name two
#: days on either side of the publication date only when their clauses differ, which the tense reads.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*")
_WEEKDAY_END = re.compile(rf"(?P<wd>{WEEKDAY_RE})(?: (?:morning|afternoon|evening|night))?")


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

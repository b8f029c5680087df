"""A publication day for a text that names its day with a weekday but no year.

Broadcast transcripts and live pages state the day as speech does ("It is Monday the fourteenth of
September", "On Thursday the eleventh of March") and never its year. When the text names no full
date, such a day takes the latest year the text writes ("the 2026 harvest"), and counts only when
its weekday agrees with that year: a weekday is a check a wrong year fails six times in seven.
Split from :mod:`published` (kept under 600 lines). Stress batch dreview2-s25: 2 of 2 such
transcripts gave no date at all.
"""

from __future__ import annotations

import datetime as dt
import re

from groundwatch.lexicons_dates import ORDINAL_DAYS, WEEKDAY_FORMS, calendar_date, month_pattern

__all__ = ["CONFIDENCE_WEEKDAY_DAY", "weekday_day"]

#: How sure a day read this way is: as sure as a stamp without a year (published.CONFIDENCE_STAMP_NO_YEAR),
#: which is read the same way (a weekday checked against the latest year written). Chosen by reading:
#: no article of the dev sets dates itself only this way.
CONFIDENCE_WEEKDAY_DAY = 0.6

_ORD = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAY_FORMS if w.endswith("day"))
_MONTH = month_pattern(capitalised=True)
_DAY = rf"(?:the )?(?P<day>\d{{1,2}}|{_ORD})(?:st|nd|rd|th)?"
# "Monday the fourteenth of September", "Monday, 14 September", "Monday, September 14": never with a year
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY}),? (?:{_DAY} (?:of )?(?P<m1>{_MONTH})|(?P<m2>{_MONTH}) (?:the )?(?P<day2>\d{{1,2}}|{_ORD})"
    rf"(?:st|nd|rd|th)?)\b(?!,? (?:19|20)\d\d)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def weekday_day(text: str) -> dt.date | None:
    """The latest weekday-and-day ``text`` names whose weekday agrees with the latest year it writes."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    year = max(years)
    found: list[dt.date] = []
    for m in _WEEKDAY_DAY.finditer(text):
        word = (m["day"] or m["day2"]).lower()
        day = ORDINAL_DAYS.get(word) or (int(word) if word.isdigit() else None)
        d = calendar_date(str(year), m["m1"] or m["m2"], str(day)) if day else None
        if d is not None and d.weekday() == WEEKDAY_FORMS[m["wd"].lower()]:
            found.append(d)
    return max(found) if found else None

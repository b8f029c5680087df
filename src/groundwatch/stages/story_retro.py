"""A retrospective: an article whose headline is about an event of an earlier year (stories.py).

"How the dam failed in <an earlier year>: the first warning" is published while a story of today runs,
names its places and people, and recalls today's event in a sentence ("long before Friday's flood");
placed on its publication date it joins today's story. Its headline's year and the day its text reports
in that year ("on the night of <day month>, <that year>") say when what it is about happened: it stands
for that day in the story index, so it joins the earlier year's story (or starts one), not today's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from groundwatch.records import DateMention

__all__ = ["retrospective_day"]

#: Days before its publication that the day a retrospective reports must lie: a year or more, so an
#: article about last month's event under a headline naming the previous year (a December event in a
#: January report) stays with its story. 365: the one value tried; corpus_p's look-alike lies nine years back.
RETRO_MIN_DAYS = 365

_YEAR_RE = re.compile(r"(?<![\w.,/-])((?:1[89]|20)\d\d)(?![\w/-])")


def retrospective_day(title: str, dates: Iterable[DateMention], published: dt.date | None) -> dt.date | None:
    """The latest day (with its year written) the text reports in a year its headline names, when that day
    lies ``RETRO_MIN_DAYS`` or more before the publication; None for any other article."""
    if published is None or not title:
        return None
    years = {int(y) for y in _YEAR_RE.findall(title) if int(y) < published.year}
    if not years:
        return None
    days: list[dt.date] = []
    for d in dates:
        if d.future or d.precision != "day" or not d.date or len(d.date) != 10:
            continue
        if not (written := _YEAR_RE.findall(d.text)) or int(written[-1]) not in years:
            continue
        try:
            day = dt.date.fromisoformat(d.date)
        except ValueError:
            continue
        if day.year in years and (published - day).days >= RETRO_MIN_DAYS:
            days.append(day)
    return max(days, default=None)

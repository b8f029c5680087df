"""Dates: a bare weekday right after a full date that names its own weekday is that date's week.

"The railway says the express hit the wagons at 7.52 pm on Sunday, April 12. The police report says 12.20 am on
Monday.": an analysis published ten days later tells the scene the full date opened, and the bare weekday in the
next sentence is the one in the days after that date (13 April), not the Monday before publication. Only when
the full date writes its weekday ("Sunday, April 12": the writer is dating a scene day by day), the bare weekday
stands in the next sentence, and the publication lies more than a week after the full date (else counting back
from it already gives that week). Invented corpus_n (blind): 1 such weekday; a weekday two sentences on
("finished recording statements on Monday") keeps the recent one, and so does one in the full date's own
sentence, where a second weekday dates the frame of the report ("..., according to the log released by
investigators on Wednesday": corpus_m, which the first version, reading the same sentence too, broke).
"""

from __future__ import annotations

import datetime as dt
import re

from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_rules import WEEKDAY_RE, Resolution

__all__ = ["WEEK_AFTER_SENTENCES", "weekday_after_full_date"]

#: The sentence after a full date, the one where a bare weekday is read in its week. Chosen by reading
#: (corpus_n's one case is in the next sentence; corpus_m's same-sentence weekday is the report's frame);
#: farther on, the text may have moved on.
WEEK_AFTER_SENTENCES = 1

_BARE = re.compile(rf"(?:on )?(?P<wd>{WEEKDAY_RE})", re.I)
_DATED_WEEKDAY = re.compile(rf"(?:on )?{WEEKDAY_RE},?\s+\S", re.I)
_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_after_full_date(text: str, found: list[Found], base: dt.date | None) -> None:
    """Move a bare weekday that follows a full date with its weekday into the days after it, in place."""
    if base is None:
        return
    anchor: tuple[int, dt.date] | None = None
    for i, (start, end, res, si) in enumerate(found):
        if res is None or res.precision != "day":
            continue
        phrase = text[start:end].strip()
        day = dt.date.fromisoformat(res.date)
        bare = _BARE.fullmatch(phrase)
        if (bare and anchor is not None and si - anchor[0] == WEEK_AFTER_SENTENCES
                and (base - anchor[1]).days > 7 and not res.future):
            ahead = (_NAMES.index(bare["wd"].lower()) - anchor[1].weekday()) % 7
            moved = anchor[1] + dt.timedelta(days=ahead)
            if ahead and moved != day:
                found[i] = (start, end, Resolution(moved.isoformat(), "day", False), si)
            anchor = None  # one step: the scene's next day is no full date to count from
            continue
        anchor = (si, day) if _DATED_WEEKDAY.match(phrase) and re.search(r"\d", phrase) else None

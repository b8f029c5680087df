"""Dates: the second end of a range of weekdays comes after the first ("Monday through Wednesday"); a night of
two days is one phrase (:func:`one_night`).

Each weekday is resolved on its own, from the tense of its clause; the second end of a range can
then land before the first ("closed Monday through Wednesday next week": Monday ahead, Wednesday
taken as today). A range's second end is the first such weekday after the first end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from groundwatch.lexicons_dates import WEEKDAY_FORMS
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_rules import WEEKDAY_RE, Resolution, normalise

__all__ = ["one_night", "order_weekday_ranges", "tenseless_ranges_ahead"]

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


#: What joins the two days of one night ("the night of 17-18 April", "of 17/18 April", "of 17 to 18 April",
#: "of 17 and 18 April"), and the words before the first ("the night of", "in the night of", "overnight of").
_NIGHT_JOIN = re.compile(r"\s*(?:-|–|—|/|to|and)\s*")
_NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.I)
#: The first day written as its number ("17"): a night of two weekdays ("the night of Sunday to Monday") keeps its
#: two phrases, as the stress file writes it (dreview15-s24i), where the corpora write a night of two numbered
#: days as one.
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def one_night(text: str, found: list[Found]) -> None:
    """Make "the night of 17-18 April" one phrase, dated on its first day, in place.

    A night that runs over two days is one time, not a range of two: the evening's day names it (the
    invented corpora m, r and s write it so, and their golds take the first day, accepting the second). The
    model reads the two days as two phrases ("17", "18 April"), and the second then stands as a date of its
    own beside the night. Only the singular "night of" and two days in a row: "the nights of 5 and 6 July"
    are two nights, and "from 2 to 5 May" a range whose ends are both dates (the stress file's convention).
    Invented corpus_s (blind): 1 such night split in two.
    """
    for i in range(1, len(found)):
        s0, e0, r0, si0 = found[i - 1]
        s1, e1, r1, si1 = found[i]
        if (r0 is not None and r1 is not None and r0.precision == r1.precision == "day" and si0 == si1
                and _DAY_NUMBER.fullmatch(text[s0:e0]) and _NIGHT_JOIN.fullmatch(text[e0:s1])
                and _NIGHT_OF.search(text[max(0, s0 - 20):s0])
                and _next_day(r0.date, r1.date)):
            found[i - 1] = (s0, e1, r0, si0)
            found[i] = (s1, e1, None, si1)  # no date of its own: the night's second day
    for i, (start, end, res, sent) in enumerate(found):  # the first day left untagged ("of 14/15 October")
        m = _NIGHT_FIRST_DAY.search(text, max(0, start - 30), start)
        if res is not None and res.precision == "day" and m is not None and m.end() == start and (
                day := _day_before(res.date, int(m["day"]))) is not None:
            found[i] = (m.start("day"), end, dataclasses.replace(res, date=day), sent)


#: "night of 14/" before a day phrase: the night's first day, which the model left out of every phrase.
_NIGHT_FIRST_DAY = re.compile(r"\bnight\s+of\s+(?:the\s+)?(?P<day>\d{1,2})\s*(?:-|–|—|/|to|and)\s*", re.I)


def _day_before(second: str, first_day: int) -> str | None:
    """The day before ``second`` (ISO) when it is the ``first_day`` of a month."""
    try:
        day = dt.date.fromisoformat(second) - dt.timedelta(days=1)
    except ValueError:
        return None
    return day.isoformat() if day.day == first_day else None


def _next_day(first: str, second: str) -> bool:
    try:
        return dt.date.fromisoformat(second) - dt.date.fromisoformat(first) == dt.timedelta(days=1)
    except ValueError:
        return False

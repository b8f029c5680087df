"""Month and weekday names and named days, read once from ``data/months.tsv``, ``data/weekdays.tsv``
and ``data/holidays.tsv``.

Every stage that reads dates (the date extractor, its string rules, the cleaner's page-stamp
reader) takes its names from here, so each list exists once and each entry says why it is there.
The regular expressions are built from the same lists: longer forms first, so that "Sept" is not
read as "Sep" followed by a stray "t".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from groundwatch import lexicons

__all__ = ["HOLIDAY_DAYS", "MONTHS", "WEEKDAYS", "WEEKDAY_FORMS", "holiday_key", "holiday_pattern", "lookalike_words",
           "month_pattern", "numeric_date_near", "weekday_pattern"]


def _rows(name: str) -> list[tuple[str, int]]:
    text = resources.files("groundwatch").joinpath("data", name).read_text(encoding="utf-8")
    rows: list[tuple[str, int]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[2].strip():
            raise ValueError(f"{name}: every row needs a form, a number and a why: {line!r}")
        rows.append((cols[0].strip().casefold(), int(cols[1])))
    return rows


#: Every month form ("september", "sept", "sep") -> its number, 1 to 12.
MONTHS: Mapping[str, int] = MappingProxyType(dict(_rows("months.tsv")))
#: Every weekday form ("thursday", "thurs", "thu") -> ``datetime.date.weekday()`` (Monday 0).
WEEKDAY_FORMS: Mapping[str, int] = MappingProxyType(dict(_rows("weekdays.tsv")))
#: The full weekday names, Monday first: ``WEEKDAYS[d.weekday()]``.
WEEKDAYS: tuple[str, ...] = tuple(sorted((f for f, i in WEEKDAY_FORMS.items()
                                          if len(f) > 5 and f.endswith("day")), key=WEEKDAY_FORMS.__getitem__))


def _alternation(forms: list[str], capitalised: bool) -> str:
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return "|".join(re.escape(f.capitalize() if capitalised else f) for f in ordered)


@cache
def month_pattern(*, capitalised: bool = False) -> str:
    """A regex (no groups) for a month name or abbreviation, with an optional final dot.

    Args:
        capitalised: match the capitalised forms only ("March", "Sept."), as running text writes
            months; a lower-case "march" or "may" is a verb or a modal. Otherwise lower case, for
            text that was case-folded first.
    """
    return rf"(?:{_alternation(list(MONTHS), capitalised)})\.?"


@cache
def weekday_pattern(*, capitalised: bool = False, abbreviated: bool = False) -> str:
    """A regex (no groups) for a weekday name; abbreviations ("Tue") only when asked for.

    Args:
        capitalised: match the capitalised forms only ("Friday").
        abbreviated: include the abbreviations of page stamps ("Tue 4 May"), which running text
            never uses for a date.
    """
    forms = [f for f in WEEKDAY_FORMS if abbreviated or f in WEEKDAYS]
    tail = r"\.?" if abbreviated else ""
    return rf"(?:{_alternation(forms, capitalised)}){tail}"


def calendar_date(year: str, month: str, day: str) -> dt.date | None:
    """The date that a year, a month (number, name or abbreviation, any case, final dot allowed) and a
    day written in a text name, or None when they name none ("31 June", an unknown month word)."""
    name = month.casefold().rstrip(".")
    number = int(month) if month.isdigit() else MONTHS.get(name) or MONTHS.get(name[:4]) or MONTHS.get(name[:3])
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def numeric_date(year: str, first: str, second: str, sep: str) -> dt.date | None:
    """The date of a numeric day and month in either order ("30/10/2031", "10/30/2031"), or None when
    both could be a month (day-first is then only taken for a dotted date: "12.03.2031")."""
    a, b = int(first), int(second)
    if sep != "." and a <= 12 and b <= 12:
        return None
    day, month = (b, a) if b > 12 else (a, b)
    return calendar_date(year, str(month), str(day))


_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
#: A day of the month written as an ordinal word ("the fourteenth", "twenty-first", "thirty first").
ORDINAL_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
ORDINAL_DAYS.update({"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                     "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                     "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
ORDINAL_DAYS.update({f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS) for sep in ("-", " ")})


#: A two-digit year at or above this is 19YY, below it 20YY (POSIX strptime's %y pivot).
TWO_DIGIT_YEAR_PIVOT = 69

# The numeric dates that stamps and datelines carry, read by both publication-date readers (the
# cleaner's stamp lines and the extractor's inference from text), so the two never disagree on a shape.
# Running text has its own, looser pattern in stages/extract/dates_candidates.py (years from 1600, a
# version-number guard, unnamed groups inside one alternation).
# Day and month in either order, then a full year ("13/03/2027", "04.05.2027", "18-6-2023").
NUMERIC_DATE = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# The same with a two-digit year ("By Ana Ruiz • 11/23/26 5:19pm").
NUMERIC_DATE_SHORT_YEAR = re.compile(
    r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d\d)\b(?![./-]\d)")
# Year first with slashes or dots ("2027/05/13 07:45", "2027.05.13"): always year, month, day (stress
# batches dreview14-s22b: 2 of 2 undated, dreview15-s24p: 1 of 1 unread).
NUMERIC_DATE_YEAR_FIRST = re.compile(r"(?<![\d./])\b(?P<year>(?:19|20)\d\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                                     r"(?P<day>[0-3]?\d)\b(?![./]\d)")


def numeric_dates(text: str, *, short_year: bool = False) -> list[re.Match[str]]:
    """Every numeric date in ``text`` (:data:`NUMERIC_DATE`, :data:`NUMERIC_DATE_YEAR_FIRST`, and with
    ``short_year`` :data:`NUMERIC_DATE_SHORT_YEAR`), in the order they stand; read each with
    :func:`numeric_match_date`."""
    patterns = (NUMERIC_DATE, NUMERIC_DATE_YEAR_FIRST, *((NUMERIC_DATE_SHORT_YEAR,) if short_year else ()))
    return sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())


def numeric_match_date(m: re.Match[str]) -> dt.date | None:
    """The date of a :func:`numeric_dates` match, or None when day and month may be either."""
    year = m["year"]
    if "month" in m.re.groupindex:  # year first: never ambiguous
        return calendar_date(year, m["month"], m["day"])
    if len(year) == 2:
        year = f"{19 if int(year) >= TWO_DIGIT_YEAR_PIVOT else 20}{year}"
    return numeric_date(year, m["a"], m["b"], m["sep"])


#: A numeric date whose parts could both be the month ("3/12/2026") is read day-first when that reading
#: alone lies within this many days of the publication date: translated and non-US news writes the day
#: first, and news tells of its own weeks ("signed on 3/12/2026" in a paper of 5 December). Stress batch
#: dreview13-s21c: 1 of 1 such date read month-first, 9 months back; its month-first control (a paper
#: of 14 March) stays. Chosen by reading: a month.
NUMERIC_NEAR_DAYS = 31


def numeric_date_near(year: str, first: str, second: str, sep: str, near: dt.date) -> dt.date | None:
    """:func:`numeric_date`, and for a date of two possible orders the day-first reading when only it
    falls within ``NUMERIC_NEAR_DAYS`` of ``near``; else None (the caller's month-first reading)."""
    if (d := numeric_date(year, first, second, sep)) is not None:
        return d
    day_first, month_first = calendar_date(year, second, first), calendar_date(year, first, second)
    if day_first is None or abs((day_first - near).days) > NUMERIC_NEAR_DAYS:
        return None
    return day_first if month_first is None or abs((month_first - near).days) > NUMERIC_NEAR_DAYS else None


def lookalike_words(kind: str) -> frozenset[str]:
    """The words of ``data/date_lookalikes.tsv`` of one kind ("era", "group", "institution", "event_body",
    "weekly", "colour", "work", "daypart"; several joined by ``|``): see that file's header."""
    return lexicons.words("date_lookalikes", kind=kind)


def holiday_key(phrase: str) -> str:
    """A holiday's name as ``HOLIDAY_DAYS`` keys it: lower case, no possessive, apostrophe or dot
    ("St. Patrick's Day" -> "st patrick day", "All Saints' Day" -> "all saints day")."""
    p = phrase.casefold().replace("’", "'")
    p = re.sub(r"'s\b", "", p).replace("'", "").replace(".", "")
    return re.sub(r"\s+", " ", p).strip()


def _holiday_rows() -> list[tuple[str, str]]:
    text = resources.files("groundwatch").joinpath("data", "holidays.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if any(len(cols) < 3 or not cols[2].strip() for cols in rows):
        raise ValueError("holidays.tsv: every row needs a name, a day and a why")
    return [(cols[0].strip(), cols[1].strip()) for cols in rows[1:]]  # the first row is the header


def _holiday_day(day: str) -> tuple[str, int, int]:
    if m := re.fullmatch(r"easter([+-]\d+)", day):
        return ("easter", int(m[1]), 0)
    month, dom = day.split("-")
    return ("fixed", int(month), int(dom))


#: Each named day's key (``holiday_key``) -> ("fixed", month, day) or ("easter", days from Easter Sunday, 0).
HOLIDAY_DAYS: Mapping[str, tuple[str, int, int]] = MappingProxyType(
    {holiday_key(name): _holiday_day(day) for name, day in _holiday_rows()})


def holiday_pattern() -> str:
    """The names of ``data/holidays.tsv`` as text writes them, longest first, capitalised ("Christmas Eve"
    before "Christmas"); an apostrophe may be curly."""
    names = sorted({name for name, _ in _holiday_rows()}, key=lambda n: (-len(n), n))
    forms = [re.escape(n).replace("'", "['’]") for n in names]
    return "|".join(forms)

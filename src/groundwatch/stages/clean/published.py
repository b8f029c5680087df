"""The publication date stamped near the top of a raw text."""

from __future__ import annotations

import datetime as dt
import re

from groundwatch.lexicons_dates import calendar_date, numeric_dates, numeric_match_date
from groundwatch.stages.clean.features import _normalise
from groundwatch.stages.clean.lexicon import _DATE_PATTERNS, _EVENT_PREPOSITION, _PUBLISH_CUE, _WORD
from groundwatch.stages.clean.thresholds import (
    BYLINE_BODY_WORDS,
    BYLINE_STAMP_AFTER,
    BYLINE_STAMP_BEFORE,
    HEADLINE_MATCH_SHARE,
    HEADLINE_STAMP_AFTER,
    HEADLINE_STAMP_BEFORE,
    HEADLINE_STAMP_MIN_CHARS,
    PUBLISHED_MAX_CHARS,
    PUBLISHED_MAX_LINES,
    PUBLISHED_MAX_OFFSET,
    PUBLISHED_SHORT_LINE_WORDS,
)

# A machine timestamp pasted with the page ("2027-05-04T15:59:00Z"): the time glued to the day.
_ISO_STAMP = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=T\d)")
# A line that opens a byline block: "By Ana Ruiz", "By" alone over the name, "ByAna Ruiz" (glued).
_BYLINE_OPEN = re.compile(r"^\W*(?:By(?:\s|$|(?=[A-Z]))|(?:written|reported|story|words|text|article)\s+by\b)",
                          re.IGNORECASE)
# The parts of a title: the headline, then the site's name after a separator ("Quake hits Tessel | Post").
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
# A byline that names its day ("Written by Ana Ruiz on May 4, 2027", "Posted by admin on ..."): the
# "on" of the byline does not make the date an event's.
_BYLINE = re.compile(r"^\W*(?:(?:written|reported|story|words|posted|text)\s+)?by\s+\S", re.IGNORECASE)
# What may stand before a publication cue in a stamp: nothing, a qualifier ("Last updated", "This
# article was first published"), a byline ("By Ana Ruiz, updated"), or a field ending in a separator
# ("Ana Ruiz | Posted"). After a noun ("The report, published on 1 May") the cue dates another text.
_CUE_OPENER = re.compile(r"^\W*(?:(?:last|first|originally|this (?:article|story|report|page|post) was"
                         r"(?: (?:first|originally|last))?)\s+)?$|[|·•—–]\s*$", re.IGNORECASE)
# Another cue after a date on the same line: "Published: 4 May 2027 | Updated: 5 May 2027".
_LATER_CUE = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.IGNORECASE)


def find_published(text: str) -> dt.date | None:
    """Find a publication date stamped near the top of a text.

    Looks at the first ``PUBLISHED_MAX_LINES`` non-blank lines (within
    ``PUBLISHED_MAX_CHARS``) for a full date — "Sept 24, 2023", "3 March 2021",
    "2021-03-03", "2021-03-03T10:00Z", and after a cue "03.03.2021" or "13/03/2021" — that stands
    where stamps stand: near the start of its line ("March 3, 2021 —", "TESSEL, 3 March 2021 —"),
    in a short line ("Posted by Jane Doe on 3 March 2021"), or after a publication cue
    ("Published", "Updated") that opens its line or a short one. A date right after a
    preposition ("on March 3, 2021, troops ...") is an event date and is skipped, unless the line
    is a byline. Where one stamp line gives a first date and an "Updated" one, the latest counts:
    the text is as of that day.

    Args:
        text: raw article text (before cleaning: the stamp often sits in a dropped line).

    A pasted page opens with its title, then the site's menus and its header, which often shows
    today's date; the article's own stamp sits by the headline where the page repeats it. So a
    stamp next to that repeat (:func:`_headline_stamp`) is taken first.

    Returns:
        The first such date, or ``None``.
    """
    if (by_headline := _headline_stamp(text or "")) is not None:
        return by_headline
    if (by_byline := _byline_stamp(text or "")) is not None:
        return by_byline
    seen = 0
    for raw in (text or "")[:PUBLISHED_MAX_CHARS].splitlines():
        line = _normalise(raw)
        if not line:
            continue
        seen += 1
        if seen > PUBLISHED_MAX_LINES:
            break
        dates = _line_stamps(line)
        if dates:
            return max(dates) if _LATER_CUE.search(line) else dates[0]
    return _bottom_stamp(text or "")


def _headline_stamp(text: str) -> dt.date | None:
    """The stamp by the headline's repeat further down the page ("Quake hits Tessel" ... "By Ana Ruiz, May 4, 2027").

    The first non-blank line is the page's title; a later repeat (the title itself, or a line of at
    least ``HEADLINE_STAMP_MIN_CHARS`` that the title starts with, the site's name being cut off)
    is the headline over the article, or a menu's or a teaser's link to it. Among the
    ``HEADLINE_STAMP_BEFORE`` non-blank lines above a repeat and the ``HEADLINE_STAMP_AFTER``
    below, the nearest stamp line wins: below the first repeat that has one (a link has none), else
    above (a header's date line can stand over a teaser link to the article).
    """
    lines = [ln for raw in text.splitlines() if (ln := _normalise(raw))]
    if not lines:
        return None
    repeats = [i for i in range(1, len(lines)) if _repeats_title(lines[0], lines[i])]
    # below a repeat first: a stamp above a teaser link may be the header's own date
    for span in (range(1, HEADLINE_STAMP_AFTER + 1), range(-1, -HEADLINE_STAMP_BEFORE - 1, -1)):
        for i in repeats:
            for j in (i + k for k in span if 0 < i + k < len(lines)):
                if dates := _line_stamps(lines[j]):
                    return max(dates) if _LATER_CUE.search(lines[j]) else dates[0]
    return None


def _repeats_title(title: str, line: str) -> bool:
    """Whether ``line`` is the page's headline under ``title``: the title itself, the title's start
    (the site's name cut off), its headline part when the title joins it to the site's name, or the
    headline as the page edited it (``HEADLINE_MATCH_SHARE`` of the words shared both ways)."""
    title, line = title.casefold().translate(_QUOTES), line.casefold().translate(_QUOTES)
    if line == title or (len(line) >= HEADLINE_STAMP_MIN_CHARS and title.startswith(line)):
        return True
    head = _TITLE_PARTS.split(title, maxsplit=1)[0]
    if line == head and len(_WORD.findall(head)) >= 2:
        return True
    head_words, line_words = set(_WORD.findall(head)), set(_WORD.findall(line))
    if len(line_words) < 4 or not head_words:
        return False
    shared = len(head_words & line_words)
    return shared >= HEADLINE_MATCH_SHARE * len(head_words) and shared >= HEADLINE_MATCH_SHARE * len(line_words)


def _byline_stamp(text: str) -> dt.date | None:
    """The stamp by the page's first byline ("By Ana Ruiz" ... "4 May 2027"), for a page whose headline
    is not found: below it, over author links and handles, up to the first paragraph; else just above."""
    lines = [ln for raw in text.splitlines() if (ln := _normalise(raw))]
    first = next((i for i, ln in enumerate(lines) if _BYLINE_OPEN.match(ln)
                  and len(_WORD.findall(ln)) <= PUBLISHED_SHORT_LINE_WORDS), None)
    if first is None:
        return None
    below = []
    for line in lines[first:first + BYLINE_STAMP_AFTER + 1]:
        if len(_WORD.findall(line)) > BYLINE_BODY_WORDS:
            break
        below.append(line)
    above = lines[max(0, first - BYLINE_STAMP_BEFORE):first][::-1]
    for line in (*below, *above):
        if dates := _line_stamps(line):
            return max(dates) if _LATER_CUE.search(line) else dates[0]
    return None


def _bottom_stamp(text: str) -> dt.date | None:
    """A stamp under the article ("This article was first published on 4 May 2027", "Posted on ...").

    Among the last ``PUBLISHED_MAX_LINES`` non-blank lines, only a line that a publication cue
    opens counts: a closing sentence's date ("The council meets again on 9 May") is an event's.
    """
    lines = [ln for raw in text.splitlines() if (ln := _normalise(raw))][-PUBLISHED_MAX_LINES:]
    for line in reversed(lines):
        cue = _PUBLISH_CUE.search(line)
        if cue is None or cue.start() > PUBLISHED_MAX_OFFSET or not _CUE_OPENER.search(line[:cue.start()]):
            continue
        if dates := _line_stamps(line):
            return max(dates)
    return None


def _line_stamps(line: str) -> list[dt.date]:
    """The stamp dates of one line, in order (see :func:`find_published`)."""
    short = len(_WORD.findall(line)) <= PUBLISHED_SHORT_LINE_WORDS
    byline = _BYLINE.match(line) is not None and short
    found: list[tuple[int, dt.date]] = []
    patterns = (*_DATE_PATTERNS, _ISO_STAMP)
    for m in sorted((m for p in patterns for m in p.finditer(line)), key=lambda m: m.start()):
        before = line[: m.start()]
        # a cue deep in a long line cites another document ("an update dated 14 May 2023")
        found_cue = _PUBLISH_CUE.search(before)
        cue = found_cue is not None and _opens(line, found_cue.start(), short)
        if _EVENT_PREPOSITION.search(before) and not (cue or byline):
            continue
        if not (cue or short or m.start() <= PUBLISHED_MAX_OFFSET):
            continue
        date = calendar_date(m.group("year"), m.group("month"), m.group("day"))
        if date is not None and all(date != d for _, d in found):
            found.append((m.start(), date))
    # a numeric date is read only after a publication cue or where a stamp stands, where a number can
    # be nothing else
    for m in numeric_dates(line, short_year=True):
        found_cue = _PUBLISH_CUE.search(line[: m.start()])
        cued = found_cue is not None and _opens(line, found_cue.start(), short)
        # without a cue, a numeric date stamps its line only where it opens it, or a field of a short
        # one ("12/30/2026 05:03 AM EST", "By Ana Ruiz • 11/23/26 5:19pm")
        if not (cued or (short and _CUE_OPENER.search(line[: m.start()]))):
            continue
        if (date := numeric_match_date(m)) is not None and all(date != d for _, d in found):
            found.append((m.start(), date))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


def _opens(line: str, cue: int, short: bool) -> bool:
    """Whether the publication cue at ``cue`` stands where stamps put it (see ``_CUE_OPENER``)."""
    if short:
        return True
    before = line[:cue]
    return cue <= PUBLISHED_MAX_OFFSET and (_CUE_OPENER.search(before) is not None or _BYLINE.match(before) is not None)

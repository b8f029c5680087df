"""The publication date stamped near the top of a raw text."""

from __future__ import annotations

import datetime as dt

from groundwatch.lexicons_dates import calendar_date
from groundwatch.stages.clean.features import _normalise
from groundwatch.stages.clean.lexicon import _DATE_PATTERNS, _EVENT_PREPOSITION, _PUBLISH_CUE, _WORD
from groundwatch.stages.clean.thresholds import (
    PUBLISHED_MAX_CHARS,
    PUBLISHED_MAX_LINES,
    PUBLISHED_MAX_OFFSET,
    PUBLISHED_SHORT_LINE_WORDS,
)


def find_published(text: str) -> dt.date | None:
    """Find a publication date stamped near the top of a text.

    Looks at the first ``PUBLISHED_MAX_LINES`` non-blank lines (within
    ``PUBLISHED_MAX_CHARS``) for a full date — "Sept 24, 2023", "3 March 2021",
    "2021-03-03" — that stands where stamps stand: near the start of its line ("March 3,
    2021 —", "TESSEL, 3 March 2021 —"), in a short line ("Posted by Jane Doe on 3 March
    2021"), or after a publication cue ("Published", "Updated") that opens its line or a short
    one. A date right after a preposition ("on March 3, 2021, troops ...") is an event date and
    is skipped.

    Args:
        text: raw article text (before cleaning: the stamp often sits in a dropped line).

    Returns:
        The first such date, or ``None``.
    """
    seen = 0
    for raw in (text or "")[:PUBLISHED_MAX_CHARS].splitlines():
        line = _normalise(raw)
        if not line:
            continue
        seen += 1
        if seen > PUBLISHED_MAX_LINES:
            break
        short = len(_WORD.findall(line)) <= PUBLISHED_SHORT_LINE_WORDS
        matches = sorted((m for p in _DATE_PATTERNS for m in p.finditer(line)), key=lambda m: m.start())
        for m in matches:
            before = line[: m.start()]
            # a cue deep in a long line cites another document ("an update dated 14 May 2023")
            found_cue = _PUBLISH_CUE.search(before)
            cue = found_cue is not None and (short or found_cue.start() <= PUBLISHED_MAX_OFFSET)
            if _EVENT_PREPOSITION.search(before) and not cue:
                continue
            if not (cue or short or m.start() <= PUBLISHED_MAX_OFFSET):
                continue
            date = calendar_date(m.group("year"), m.group("month"), m.group("day"))
            if date is not None:
                return date
    return None



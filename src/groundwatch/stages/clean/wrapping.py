"""Hard-wrapped text: prose broken into lines of a fixed width (an e-mail, a wire's fixed-width copy,
a paste from a terminal or a PDF viewer) read back as paragraphs.

A text written one paragraph per line gives lines of every length; a wrapped one gives lines that
stop just short of one width, and a full line runs on into the next line mid-sentence, most often
before a word in lower case. ``wrap_width`` tells the two apart for a whole body; in a wrapped body a
full line continues into the next (``runs_on``), and the cleaner writes a paragraph's lines out as
one line (``joined``), so that sentences, quotations and copied passages read as they were written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from groundwatch.stages.clean.lexicon import _SENTENCE_END
from groundwatch.stages.clean.thresholds import (
    WRAP_FULL_SHARE,
    WRAP_MAX_OVERFLOW_LINES,
    WRAP_MAX_OVERFLOW_SHARE,
    WRAP_MIN_LOWER_SHARE,
    WRAP_MIN_RUNS,
    WRAP_OVERFLOW,
    WRAP_WIDTH_MAX,
    WRAP_WIDTH_MIN,
    WRAP_WIDTH_PERCENTILE,
)

#: A line that starts a list's item or a table's row starts anew, however full the line before it.
_ITEM_START = re.compile(r"^(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u2023*>|#-]|\d{1,3}[.)]\s|\(?[a-z]\)\s)")
#: A word broken at its own hyphen by the wrap ("long-" / "term"): joined without a space.
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def wrap_width(body: str) -> int | None:
    """The width ``body`` was hard-wrapped at, or None when it is not hard-wrapped.

    Wrapped when most lines stop near one width within ``WRAP_WIDTH_MIN``..``WRAP_WIDTH_MAX``
    characters, few lines pass it, and at least ``WRAP_MIN_RUNS`` full lines run on into the next
    line without closing a sentence, enough of them before a word in lower case (a list of
    headlines has full lines too, but each of its lines starts with a capital)."""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    # the page's short lines (menus, buttons, bylines) say nothing of its width
    lengths = sorted(n for n in map(len, lines) if n >= WRAP_FULL_SHARE * WRAP_WIDTH_MIN)
    if len(lengths) < WRAP_MIN_RUNS:
        return None
    width = lengths[round(WRAP_WIDTH_PERCENTILE * (len(lengths) - 1))]
    if not WRAP_WIDTH_MIN <= width <= WRAP_WIDTH_MAX:
        return None
    overflow = sum(n > WRAP_OVERFLOW * width for n in lengths)
    if overflow > max(WRAP_MAX_OVERFLOW_LINES, WRAP_MAX_OVERFLOW_SHARE * len(lengths)):
        return None
    runs = [following for line, following in itertools.pairwise(lines)
            if following and _full(line, width) and not _SENTENCE_END.search(line)]
    lower = sum(following[:1].islower() for following in runs)
    if len(runs) < WRAP_MIN_RUNS or lower < WRAP_MIN_LOWER_SHARE * len(runs):
        return None
    return width


def runs_on(previous: str, line: str, width: int) -> bool:
    """Whether, in a body wrapped at ``width``, ``previous`` continues into ``line``: a full line
    runs on unless the next line starts a list's item."""
    return _full(previous, width) and not _ITEM_START.match(line)


def joined(lines: Sequence[str]) -> str:
    """A wrapped paragraph's lines as one line: a space between them, none after a hyphen that
    ends a line inside a word."""
    text = ""
    for line in lines:
        glue = "" if not text or (_HYPHEN_END.search(text) and line[:1].isalpha()) else " "
        text += glue + line
    return text


def _full(line: str, width: int) -> bool:
    return len(line) >= WRAP_FULL_SHARE * width

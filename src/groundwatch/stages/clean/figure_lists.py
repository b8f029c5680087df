"""Figures a page prints as data in shapes the quantity lists (``features._quantity_lists``) do not read.

* **key-figure cards**: an NGO's or a dashboard's box prints each figure on a line of its own over a label in lower
  case ("18,300" / "people in shelters", "9" / "villages cut off"); two pairs or more in a row
  (``FIGURE_CARD_MIN_PAIRS``) are the page's data wherever they stand, and the bare figure is no day-of-month stamp;
* **labelled result rows**: "North: Jane Roe 58.1%", "Harbour: Tom Ash 61.4%", a label, a colon, a name or words and a
  figure closing the line, three or more in a row (``LABELLED_ROWS_MIN_ITEMS``): an election's results by ward, a
  league's scores by round;
* **staff rows**: "Jane Roe — Head joiner", "Tom Ash - Treasurer", a person's name, a dash and the role in words
  that are not all capitalised, three or more in a row (``STAFF_ROWS_MIN_ITEMS``): an "Our team" list, a club's
  committee. A related column's "Title Case Headline — Outlet Name" rows are capitalised on both sides;
* **field rows**: "Director: Jane Roe", "Running time: 118 minutes", "Office: Room 3.14", a label of one to three
  words, a colon and a short value without a sentence's end, three or more in a row (``FIELD_ROWS_MIN_ITEMS``): a
  review's credits, a listing's details. Debris labels ("Tags:", "Posted:") are hard debris already and break a run.

All are kept as the quantity lists are: protected lines that also head the prose under them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from groundwatch.stages.clean.lexicon import _UI_WORDS
from groundwatch.stages.clean.thresholds import (
    FIELD_ROWS_MIN_ITEMS,
    FIGURE_CARD_LABEL_MAX_WORDS,
    FIGURE_CARD_MIN_PAIRS,
    LABELLED_ROWS_MIN_ITEMS,
    STAFF_ROWS_MIN_ITEMS,
)

#: A figure alone on its line: "18,300", "31%", "2.6m", "$806,000", "1.2 million", "40+".
_FIGURE = re.compile(r"^[~<>+]?[$€£]?\d[\d,.]*\s*(?:%|[kmb]n?|million|billion|thousand)?\+?$", re.IGNORECASE)
#: A card's label: opens in lower case, no sentence's end.
_CARD_LABEL = re.compile(r"^[a-z][^.!?:]*$")
#: "North: Jane Roe 58.1%": a label of at most four words, a colon, words with a letter, a figure at the end.
_LABELLED_ROW = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}:\s+(?=[^\d\n]*[^\W\d_])[^:\n]{1,60}?\s"
                           r"[-+~]?\d[\d,.]*\s*%?$")
#: "Jane Roe — Head joiner": a name of two to four capitalised words (an honorific's dot allowed), a dash with spaces
#: around it, a role of at most eight words opening with a capital, no full stop.
_STAFF_ROW = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\s+[—–-]\s+[A-Z][\w'’-]*(?:,?\s+[\w'’&-]+){0,7}$")
#: A role of more than one word has a word in lower case ("Head joiner"); "Title Case Headline — Outlet Name" has none.
_STAFF_ROLE_WORDS = re.compile(r"\s[—–-]\s+\S+(?=.*\s[a-z])|\s[—–-]\s+\S+$")
#: A list of staff has a role of several words in lower case somewhere ("Deputy head, science"), which a related
#: column's headlines credited to one-word outlets ("— Reuters") never have.
_STAFF_LOWER_ROLE = re.compile(r"\s[—–-]\s+\S+.*\s[a-z]")
#: "Running time: 118 minutes": a label of one to three words opening with a capital, a colon, a value of at most ten
#: words with no second colon and no full stop closing it.
_FIELD_ROW = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+(?=\S)(?!(?:\S+\s+){10})[^:\n]*[^.:!?\s]$")
#: The verdicts a bare figure gets from the hard rules that a card's figure must not keep: a count read as a day.
_FIGURE_MISREAD = frozenset({"timestamp"})


def figure_cards(texts: Sequence[str], hard: list[str | None]) -> frozenset[int]:
    """The lines of key-figure cards (figure over label, ``FIGURE_CARD_MIN_PAIRS`` or more in a row); their figures'
    hard verdicts ("timestamp": "9" read as a day) are cleared in ``hard``, in place."""
    out: set[int] = set()
    i = 0
    while i < len(texts):
        j = i
        while j + 1 < len(texts) and _card(texts, hard, j):
            j += 2
        if (j - i) // 2 >= FIGURE_CARD_MIN_PAIRS:
            out.update(range(i, j))
            for k in range(i, j, 2):
                hard[k] = None
        i = max(j, i + 1)
    return frozenset(out)


def _card(texts: Sequence[str], hard: Sequence[str | None], j: int) -> bool:
    label = texts[j + 1].strip()
    return (bool(_FIGURE.match(texts[j].strip())) and (hard[j] is None or hard[j] in _FIGURE_MISREAD)
            and hard[j + 1] is None and bool(_CARD_LABEL.match(label))
            and len(label.split()) <= FIGURE_CARD_LABEL_MAX_WORDS
            # a share bar's counts ("3" / "shares", "12" / "comments") label the page's widgets, not its data
            and not all(w.casefold() in _UI_WORDS for w in label.split()))


def labelled_rows(texts: Sequence[str], hard: Sequence[str | None]) -> frozenset[int]:
    """Lines in a run of ``LABELLED_ROWS_MIN_ITEMS`` or more labelled result rows, or of ``STAFF_ROWS_MIN_ITEMS`` or
    more staff rows, no debris among them."""
    staff = [run for run in _row_runs(texts, hard, _staff_row, STAFF_ROWS_MIN_ITEMS)
             if any(_STAFF_LOWER_ROLE.search(texts[i]) for i in run)]
    return frozenset(i for run in [*_row_runs(texts, hard, _LABELLED_ROW.match, LABELLED_ROWS_MIN_ITEMS), *staff]
                     for i in run)


def field_rows(texts: Sequence[str], hard: Sequence[str | None]) -> frozenset[int]:
    """Lines in a run of ``FIELD_ROWS_MIN_ITEMS`` or more field rows ("Director: Jane Roe"), no debris among them: the
    page's debris labels ("Posted: 3 days ago", "Sort: newest") are hard debris that breaks such a run."""
    return frozenset(i for run in _row_runs(texts, hard, _FIELD_ROW.match, FIELD_ROWS_MIN_ITEMS) for i in run)


def _staff_row(text: str) -> bool:
    return _STAFF_ROW.match(text) is not None and _STAFF_ROLE_WORDS.search(text) is not None


def _row_runs(texts: Sequence[str], hard: Sequence[str | None], row: Callable[[str], object],
              min_items: int) -> list[list[int]]:
    """The runs of ``min_items`` or more lines in a row that ``row`` matches, no debris among them."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if i < len(texts) and hard[i] is None and row(text.strip()):
            run.append(i)
            continue
        if len(run) >= min_items:
            out.append(run)
        run = []
    return out

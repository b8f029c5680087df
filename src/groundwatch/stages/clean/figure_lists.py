"""Figures a page prints as data in shapes the quantity lists (``features._quantity_lists``) do not read.

* **key-figure cards**: an NGO's or a dashboard's box prints each figure on a line of its own over a label in lower
  case ("18,300" / "people in shelters", "9" / "villages cut off"); two pairs or more in a row
  (``FIGURE_CARD_MIN_PAIRS``) are the page's data wherever they stand, and the bare figure is no day-of-month stamp;
* **labelled result rows**: "North: Jane Roe 58.1%", "Harbour: Tom Ash 61.4%", a label, a colon, a name or words and a
  figure closing the line, three or more in a row (``LABELLED_ROWS_MIN_ITEMS``): an election's results by ward, a
  league's scores by round.

Both are kept as the quantity lists are: protected lines that also head the prose under them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.lexicon import _UI_WORDS
from groundwatch.stages.clean.thresholds import (
    FIGURE_CARD_LABEL_MAX_WORDS,
    FIGURE_CARD_MIN_PAIRS,
    LABELLED_ROWS_MIN_ITEMS,
)

#: A figure alone on its line: "18,300", "31%", "2.6m", "$806,000", "1.2 million", "40+".
_FIGURE = re.compile(r"^[~<>+]?[$€£]?\d[\d,.]*\s*(?:%|[kmb]n?|million|billion|thousand)?\+?$", re.IGNORECASE)
#: A card's label: opens in lower case, no sentence's end.
_CARD_LABEL = re.compile(r"^[a-z][^.!?:]*$")
#: "North: Jane Roe 58.1%": a label of at most four words, a colon, words with a letter, a figure at the end.
_LABELLED_ROW = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}:\s+(?=[^\d\n]*[^\W\d_])[^:\n]{1,60}?\s"
                           r"[-+~]?\d[\d,.]*\s*%?$")
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
    """Lines in a run of ``LABELLED_ROWS_MIN_ITEMS`` or more labelled result rows, no debris among them."""
    out: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if i < len(texts) and hard[i] is None and _LABELLED_ROW.match(text.strip()):
            run.append(i)
            continue
        if len(run) >= LABELLED_ROWS_MIN_ITEMS:
            out.update(run)
        run = []
    return frozenset(out)

"""The head block of a page (the lines above the first paragraph that are about the article), and the head of a page
of little prose (a contact page, an event listing), read apart from it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from groundwatch.stages.clean.features import _Features, _overlap
from groundwatch.stages.clean.thresholds import (
    CONTEXT_MIN_OVERLAP,
    HEAD_BLOCK_MAX_MISSES,
    LIST_LEAD_IN_MAX_WORDS,
    LIST_LEAD_IN_MIN_ITEMS,
    MENU_COLUMN_MIN_ITEMS,
    NAV_ROW_MAX_WORDS,
    THIN_BLOCK_MIN_LINES,
)


def _thin_block(first_good: int, hard: Sequence[str | None], furniture: Mapping[int, str], menu: frozenset[int],
                title: int | None) -> set[int]:
    """On a page of little prose (a contact page, an event listing), the unbroken block of ``THIN_BLOCK_MIN_LINES``
    or more lines right above the first paragraph, up to the first debris or site furniture, is its content whatever
    its words: the address and phone numbers, an event's title under its date. The title's line and the page's
    stamps (an event's date and time read as one) do not break the block, nor count in it."""
    lines: set[int] = set()
    for i in reversed(range(min(first_good, len(hard)))):
        if i == title or hard[i] in _STAMP_REASONS:
            continue
        if hard[i] is not None or i in furniture or i in menu:
            break
        lines.add(i)
    return lines if len(lines) >= THIN_BLOCK_MIN_LINES else set()


_STAMP_REASONS = frozenset({"timestamp", "page stamp"})


def _head_block(first_good: int, feats: Sequence[_Features], hard: Sequence[str | None],
                protected: Sequence[bool], furniture: Mapping[int, str], vocabulary: frozenset[str],
                signature: frozenset[int] = frozenset(),
                thin: tuple[bool, int | None] = (False, None)) -> frozenset[int]:
    """Head lines about the article that stand in one block with its first paragraph.

    Between a headline and the lead stand a standfirst, a caption, stamps and share rows; a
    menu's items above them may share the article's words ("Floods", "Ferry timetables") but
    are cut off from the lead by the menu's other items. Read upwards from the first paragraph,
    the block ends after ``HEAD_BLOCK_MAX_MISSES`` lines that are neither debris nor about the article.
    A byline printed over several lines (``signature``: name, role, handle) right above the lead (only
    debris between) is no such line; higher up, such lines are a menu's ("Contributors").
    """
    block: set[int] = set()
    misses = 0
    menu = _menu_column(first_good, feats, hard, protected, furniture)
    for i in reversed(range(min(first_good, len(feats)))):
        if hard[i] is not None or protected[i] or (i in signature and not block and not misses):
            continue
        f = feats[i]
        if _list_lead_in(i, feats, protected):
            block.add(i)  # what the figures under it count, even where short lines above make it a menu's
        elif i in menu:
            misses += 1
        elif f.sentence_like or _overlap(f, vocabulary) >= CONTEXT_MIN_OVERLAP:
            if misses <= HEAD_BLOCK_MAX_MISSES:
                block.add(i)
        elif i not in furniture:
            misses += 1
    # ``thin``: whether the page has little prose, and its title's line (see ``_thin_block``).
    return frozenset(block | _thin_block(first_good, hard, furniture, menu, thin[1]) if thin[0] else block)


def _menu_column(end: int, feats: Sequence[_Features], hard: Sequence[str | None], protected: Sequence[bool],
                 furniture: Mapping[int, str]) -> frozenset[int]:
    """Head lines above ``end`` in a menu's column: ``MENU_COLUMN_MIN_ITEMS`` or more short plain lines in a row,
    debris and site furniture between them allowed (a menu printed twice with its "Menu" label between).
    The last line of a column that runs on to the first paragraph is the article's heading, not a menu item
    (a wiki's "Downloading X" under the page tools)."""
    out: set[int] = set()
    column: list[int] = []
    end = min(end, len(feats))
    for i in range(end + 1):
        f = feats[i] if i < end else None
        if f is not None and (hard[i] is not None or i in furniture):
            continue
        if f is not None and not protected[i] and not f.sentence_like and f.n_words <= NAV_ROW_MAX_WORDS:
            column.append(i)
            continue
        items = column[:-1] if f is None else column
        if len(items) >= MENU_COLUMN_MIN_ITEMS:
            out.update(items)
        column = []
    return frozenset(out)


def _list_lead_in(i: int, feats: Sequence[_Features], protected: Sequence[bool]) -> bool:
    """"Injured by hospital" over "- Harl General Hospital: 64" and "- Velm Clinic: 27": a short plain line right above
    ``LIST_LEAD_IN_MIN_ITEMS`` or more protected data lines that end on a figure is the list's lead-in, which names
    what the figures count; dropped as head furniture, it leaves the list's figures without a kind."""
    f = feats[i]
    if f.sentence_like or not 0 < f.n_words <= LIST_LEAD_IN_MAX_WORDS or any(c.isdigit() for w in f.words for c in w):
        return False
    items = range(i + 1, i + 1 + LIST_LEAD_IN_MIN_ITEMS)
    return all(j < len(feats) and protected[j] and bool(feats[j].words) and feats[j].words[-1].isdigit() for j in items)

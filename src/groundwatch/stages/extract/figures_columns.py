"""Figures: a markdown table's number cell named by the header of its column.

A report's table of tolls gives several counts a row, one a column, and names their kinds once, in its
header row: "| Source | Date | Killed | Injured | Missing |" over "| Health office | 3 May | 12 | 40 | 5 |".
A cell that holds a number alone takes the kind its column's header names (by the same label words a
fact box's label may hold, ``figures_labels.words_kind``); a header that names no kind ("Date", "Source",
"Trucks") gives none. The header row is the row right above the table's separator row ("|---|---|"); a table
pasted as plain text has no separator and often no outer bars ("Province | Dead | Injured" over "Orsk | 41 |
130"), and its header is the top row of the block of rows with as many bars, when that row holds no digit.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from groundwatch.stages.extract.figures_labels import words_kind

__all__ = ["column_kind"]

#: A table's separator row: bars, dashes, colons and spaces only ("|---|:--:|").
_SEPARATOR = re.compile(r"^\s*\|[\s:|-]*-[\s:|-]*$")
#: The most rows a table's body may run between its header and the cell read; longer runs are read as
#: other text. Chosen generously over the tables of the stress batches and corpora j, q and r (at most
#: eight rows).
_MAX_ROWS = 60


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def _header_line(text: str, row_start: int) -> tuple[int, int] | None:
    """Where the header row of the table whose row begins at ``row_start`` lies: the row above its separator,
    or, in a table pasted without one, the top row of the block of rows with as many bars as this one, when
    that row holds no digit (a row of names, not of counts)."""
    row_end = text.find("\n", row_start)
    bars = text[row_start:len(text) if row_end < 0 else row_end].count("|")
    end = row_start - 1
    top: tuple[int, int] | None = None
    for _ in range(_MAX_ROWS):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _SEPARATOR.match(line):
            if start == 0:
                return None
            above = text.rfind("\n", 0, start - 1) + 1
            return (above, start - 1) if text[above:start - 1].lstrip().startswith("|") else None
        if line.count("|") != bars:
            break
        top = (start, end)
        end = start - 1
    if top is None or any(ch.isdigit() for ch in text[top[0]:top[1]]):
        return None
    return top


def column_kind(tokens: Span) -> str | None:
    """The kind the header of ``tokens``' column names, when the number fills its table cell alone."""
    doc = tokens.doc
    text = doc.text
    row_start, row_end = _line_bounds(text, tokens.start_char, tokens.end_char)
    before, after = text[row_start:tokens.start_char], text[tokens.end_char:row_end]
    if "|" not in before + after:
        return None
    # a cell ends at a bar or at the row's end ("Orsk | 41 | 130"); with a bar on both sides of the row's
    # text, the cells are read the markdown way
    if before[before.rfind("|") + 1:].strip() or (after[:after.find("|")] if "|" in after else after).strip():
        return None  # "| 16 fighters |": a cell with a noun of its own is read by its words
    column = before.count("|")
    header = _header_line(text, row_start)
    if header is None:
        return None
    line = text[header[0]:header[1]]
    cells = line.split("|")
    # rows opened by a bar open their header with one too; a row without one has its first cell before a bar
    if column >= len(cells) or (before.lstrip().startswith("|") != line.lstrip().startswith("|")):
        return None
    first = header[0] + sum(len(c) + 1 for c in cells[:column])
    label = doc.char_span(first, first + len(cells[column]), alignment_mode="contract")
    if label is None or not len(label):
        return None
    return words_kind([t for t in label if not t.is_space])

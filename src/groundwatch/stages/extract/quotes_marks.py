"""Finding quotation marks: which characters open and close a direct quotation.

Pure string work, no spaCy: the quotes extractor turns these offsets into facts. A quotation
never crosses a paragraph (a line of the clean text), so an opening mark whose close is missing
can only cost that one quotation, never the rest of the article (textacy refuses unbalanced
quotes the same way). Double marks (straight, curly, guillemets, low-9) are primary; single
marks (curly or straight) count as quotation marks only outside double quotes and only where
their position rules out an apostrophe (``Armenia’s``, ``d’etat``, ``’90s``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening double marks and the marks that close each.
_DOUBLE_CLOSERS: dict[str, str] = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", '"': '"'}
_SINGLE_CLOSERS: dict[str, str] = {"\u2018": "\u2019", "'": "'"}
_ALL_MARKS = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019"
#: Characters after which a mark can still open a quotation ("(", a dash, a colon, another mark).
_OPEN_AFTER = "([{\u2014\u2013-/:;,\u201c\u201e\u00ab\u2018\"'"
#: Characters before which a mark can still close a quotation.
_CLOSE_BEFORE = ".,;:!?)]}\u2014\u2013-\u201d\u00bb\u2019\"'…"


@dataclass(frozen=True, slots=True)
class Quotation:
    """One balanced quotation in a text.

    ``start``/``end`` are the offsets of the words inside the marks (trimmed of surrounding
    blanks and a trailing comma); ``open``/``close`` the offsets of the marks themselves;
    ``paragraph`` the index of the line holding it.
    """

    start: int
    end: int
    open: int
    close: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as ``(start, end)`` offsets, in order."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _can_open(par: str, i: int) -> bool:
    nxt = par[i + 1] if i + 1 < len(par) else ""
    prev = par[i - 1] if i > 0 else ""
    return bool(nxt) and not nxt.isspace() and (not prev or prev.isspace() or prev in _OPEN_AFTER)


def _can_close(par: str, i: int) -> bool:
    nxt = par[i + 1] if i + 1 < len(par) else ""
    prev = par[i - 1] if i > 0 else ""
    return bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_BEFORE)


def _double_pairs(par: str) -> list[tuple[int, int]]:
    """Balanced double-mark pairs of one paragraph; an opener left open at the end is dropped."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # the outer mark first; inner ones are nested quotes of another kind
    for i, ch in enumerate(par):
        if ch not in _DOUBLE_CLOSERS and ch not in "\u201d\u00bb":
            continue
        if stack:
            top, _ = stack[-1]
            closes_top = ch in _DOUBLE_CLOSERS[top] and (ch != '"' or _can_close(par, i) or not _can_open(par, i))
            if closes_top:
                _, at = stack.pop()
                if not stack:
                    pairs.append((at, i))
                continue
            if ch in _DOUBLE_CLOSERS and (ch != '"' or _can_open(par, i)):
                if ch == stack[0][0]:
                    # The same kind of mark opens again: the earlier one was never closed, so
                    # refuse it rather than pair it with a close that belongs to this one.
                    stack = [(ch, i)]
                else:
                    stack.append((ch, i))
            continue
        if ch in _DOUBLE_CLOSERS and (ch != '"' or _can_open(par, i)):
            stack = [(ch, i)]
        # a closing mark with nothing open is stray: ignored
    return pairs


def _single_pairs(par: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-mark pairs outside the double quotations ``taken``; apostrophes never open or close."""
    inside = [False] * len(par)
    for a, b in taken:
        for k in range(a, b + 1):
            inside[k] = True
    pairs: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for i, ch in enumerate(par):
        if inside[i] or ch not in "'\u2018\u2019":
            continue
        nxt = par[i + 1] if i + 1 < len(par) else ""
        if opened is not None:
            kind, at = opened
            if ch in _SINGLE_CLOSERS[kind] and _can_close(par, i) and not nxt.isalnum():
                pairs.append((at, i))
                opened = None
            continue
        # An opener must start a word with a letter: rules out ’90s and the apostrophe of Armenia’s.
        if ch in _SINGLE_CLOSERS and _can_open(par, i) and nxt.isalpha():
            opened = (ch, i)
    return pairs


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``a:b`` past blanks and the comma that ends a quote before its attribution."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def _only_quotes(par: str, pairs: list[tuple[int, int]]) -> bool:
    """True for a line made of nothing but two or more quotations (lists of linked headlines)."""
    if len(pairs) < 2:
        return False
    rest = list(par)
    for a, b in pairs:
        rest[a : b + 1] = [" "] * (b + 1 - a)
    return not any(c.isalnum() for c in rest)


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Every balanced direct quotation in ``text``, in reading order.

    Args:
        text: the clean article text.

    Returns:
        One :class:`Quotation` per pair of marks holding at least one letter. Nested quotes
        stay part of the outer one; unbalanced openers and stray closers yield nothing; a line
        consisting only of quotations (a list of linked headlines) yields nothing.
    """
    found: list[Quotation] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        par = text[p_start:p_end]
        if not any(c in _ALL_MARKS for c in par):
            continue
        doubles = _double_pairs(par)
        pairs = sorted(doubles + _single_pairs(par, doubles))
        if _only_quotes(par, pairs):
            continue
        for a, b in pairs:
            start, end = _trim(text, p_start + a + 1, p_start + b)
            if any(c.isalpha() for c in text[start:end]):
                found.append(Quotation(start, end, p_start + a, p_start + b, p_index))
    return tuple(found)

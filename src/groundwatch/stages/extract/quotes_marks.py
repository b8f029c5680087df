"""Finding quotation marks: which characters open and close a direct quotation.

Pure string work, no spaCy: the quotes extractor turns these offsets into facts.

Real news types its double marks every which way: a curly opener with a straight closer,
reversed curly marks, ``''`` for ``"`` and old wire archives' typewriter pair (two backticks
opening, two apostrophes closing), a closer glued to the next word (``worse,"he said``), an
opener glued to the full stop before it (``worse."The``).
So every double mark is one kind, and whether it opens or closes is read from the characters
around it (a mark after a blank and before a word opens; one after a word or punctuation and
before a blank closes), its shape deciding only when both readings fit. Marks pair within a
paragraph (a line of the clean text), so a stray mark costs at most that paragraph:

- an opener still open at the end of its paragraph quotes to the end of it (news leaves a quote
  that runs on into the next paragraph open, and a truncated article ends inside one);
- a closer with nothing open quotes from the start of its paragraph when the previous line
  ended inside a quotation (a line break inside the quote) or a speech verb follows it
  (``Calm down," she said``: the opening mark is missing);
- a quotation broken by a single line break (no blank line) is one quotation;
- a link row to another story (``Also in this series: "..." ...``, ``Read more: ...``: the cleaner's
  link labels) quotes nobody, its marks give a linked title (corpus_i blind run, where the cleaner kept one).

Single marks (curly or straight) count as quotation marks only outside double quotes and only
where their position rules out an apostrophe (``Armenia’s``, ``d’etat``, ``’90s``). British copy
quotes in single marks: a closer glued to the next word after a stop still closes (``held.’Then``),
a plural's possessive inside a quotation does not close it when a closer after a stop follows
(``‘The dockers’ union will strike,’ she said``), and a curly opener left open where its paragraph
ends a sentence quotes to the paragraph's end, as a double one does.

Where paragraphs run together on one line (a dump's text field), the outer opener's very double
mark after a finished sentence opens the next quotation and closes the one left open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from groundwatch.stages.clean.lexicon import _LINK_PREFIX

#: Double quotation marks of any shape; ``''`` (two apostrophes) is read as one of them, and two
#: backticks as an opening one (typewriter marks: the wire archives' ``...'' pair).
_DOUBLE = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e"
_BACKTICKS = "``"
_DOUBLE_RE = re.compile("``|''|[" + _DOUBLE + "]")
_SHAPED_OPEN = "\u201c\u201e\u201f\u00ab\u301d`"
_SHAPED_CLOSE = "\u201d\u00bb\u2033\u301e"
_ALL_MARKS = _DOUBLE + "'\u2018\u2019`"
#: Characters after which a mark can still open a quotation ("(", a dash, a colon, another mark).
_OPEN_AFTER = "([{\u2014\u2013-/:;,\u2018'"
#: Characters before which a mark can still close a quotation.
_CLOSE_BEFORE = ".,;:!?)]}\u2014\u2013-\u2019'\u2026"
#: Punctuation that ends the words of a quotation: a mark right after it closes even when the
#: next word is glued to it (``worse,"he said``).
_GLUED_CLOSE_AFTER = ",.?!;\u2026\u2014"
#: Punctuation that ends a sentence: a mark right after it, glued to a capital, opens a quotation.
_SENTENCE_END = ".?!"
#: A decade typed with an opening single mark ("the ‘90s"): an apostrophe, not a quotation of a number.
_DECADE = re.compile(r"\d0s\b")
#: A paragraph that ends a sentence, perhaps inside closing marks or a bracket.
_SENTENCE_END_RE = re.compile(r"[.?!\u2026](?:[\"\u201c\u201d\u2019)]|\s?\u00bb)*$")  # "\u201c" closes low-high
#: The blanks French typesetting puts inside guillemets (a space, a no-break or narrow no-break space).
_FRENCH_BLANKS = (" ", "\u00a0", "\u202f")
#: Characters after which a mark standing between blanks still closes an open quotation.
_SPACED_CLOSE_AFTER = ",.?!'\u2019"
#: Single marks and the marks that close them: English ‘...’ and '...', and the European shapes of
#: translated text (stress batch bg): German ‚...‘, Polish and Dutch ‚...’, and guillemets ‹...›.
_SINGLE_CLOSERS: dict[str, str] = {"\u2018": "\u2019", "'": "'", "\u201a": "\u2018\u2019", "\u2039": "\u203a"}
_SINGLE_MARKS = "'\u2018\u2019\u201a\u2039\u203a"
#: A speech verb right after a closing mark whose opener is missing ("..., he said").
_CUE_AFTER = re.compile(
    r"\s*(?:(?:[A-Z][\w.’'-]*|he|she|they|we|I)\s+){0,4}?"
    r"(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|tweeted|continued|insisted|explained)\b")


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation in a text.

    ``start``/``end`` are the offsets of the words inside the marks (trimmed of surrounding
    blanks and a trailing comma); ``open``/``close`` the offsets of the first character of the
    opening mark and the last character of the closing mark (the paragraph's first or last
    character where that mark is missing); ``paragraph`` the index of the line holding its start.
    ``open_end`` is True when the quotation runs to the end of its paragraph with no closing mark.
    """

    start: int
    end: int
    open: int
    close: int
    paragraph: int
    open_end: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as ``(start, end)`` offsets, in order."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _can_open(par: str, i: int, width: int = 1) -> bool:
    nxt = par[i + width] if i + width < len(par) else ""
    prev = par[i - 1] if i > 0 else ""
    return bool(nxt) and not nxt.isspace() and (not prev or prev.isspace() or prev in _OPEN_AFTER
                                                  or prev in _DOUBLE)


def _can_close(par: str, i: int, width: int = 1) -> bool:
    nxt = par[i + width] if i + width < len(par) else ""
    prev = par[i - 1] if i > 0 else ""
    return bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_BEFORE
                                                    or nxt in _DOUBLE)


def _role(par: str, i: int, width: int, inside: bool) -> str | None:
    """``"open"``, ``"close"`` or None (a mark standing alone) for the double mark at ``i``."""
    if par[i] == "`":  # typewriter backticks only ever open, wherever a word follows them
        return "open" if par[i + width : i + width + 1].strip() else None
    # French text sets guillemets apart from their words with a blank ("« ... »"; stress batch bj).
    if par[i] == "\u00ab" and not inside and par[i + 1 : i + 2] in _FRENCH_BLANKS and par[i + 2 : i + 3].strip():
        return "open"
    if par[i] == "\u00bb" and inside and i > 1 and par[i - 1] in _FRENCH_BLANKS and par[i - 2].strip():
        return "close"
    opens, closes = _can_open(par, i, width), _can_close(par, i, width)
    if inside and not closes and i > 0 and par[i - 1] in _GLUED_CLOSE_AFTER:
        closes, opens = True, False
    if inside and not opens and not closes and i > 1 and par[i - 1] == " " and par[i - 2] in _SPACED_CLOSE_AFTER:
        closes = True  # "... the term 'outreach,' " he said": a blank typed before the closing mark
    glued = i > 0 and par[i - 1] in _SENTENCE_END and par[i + width : i + width + 1].isupper()
    if not inside and not opens and not closes and glued:
        opens = True  # 'the weather was worse."The next night...': the blank after the full stop is missing
    if opens and closes:  # between two words or marks: the shape decides, else the state does
        ch = par[i]
        if ch in _SHAPED_OPEN:
            return "open"
        if ch in _SHAPED_CLOSE:
            return "close"
        return "close" if inside else "open"
    return "open" if opens else "close" if closes else None


def _double_pairs(par: str) -> tuple[list[tuple[int, int]], int | None, int | None]:
    """Paired double marks of one paragraph as ``(open, last char of close)``.

    Also returns the offset of an opener left open at the end (or None), and the end of a
    closing mark met with nothing open before any other mark (or None).
    """
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []  # the outer mark first; inner ones are quotes nested in it
    stray: int | None = None
    seen_pair = False
    for m in _DOUBLE_RE.finditer(par):
        i, width = m.start(), m.end() - m.start()
        role = _role(par, i, width, bool(stack))
        if role == "open" and len(stack) == 1 and par[stack[0]] == par[i] and _starts_anew(par, i, width):
            # paragraphs run together on one line: the quotation left open at the end of the last one
            # ends at the blank before this one (its "close" is that blank, which _trim drops)
            pairs.append((stack.pop(), i - 1))
            seen_pair = True
        if role == "open":
            stack.append(i)
        elif role == "close" and stack:
            at = stack.pop()
            if not stack:
                pairs.append((at, m.end() - 1))
                seen_pair = True
        elif role == "close" and not seen_pair and stray is None:
            stray = m.end() - 1
    return pairs, (stack[0] if stack else None), stray


def _starts_anew(par: str, i: int, width: int) -> bool:
    """Whether the double opener at ``i``, met inside a double quotation, starts a quotation of its
    own: it is the outer opener's very mark, it follows a finished sentence and a blank, and a capital
    follows it. A quotation nested in another takes another mark; the same double mark after a full
    stop opens the next paragraph's, where paragraphs run together on one line (a feed's or a dump's
    text field)."""
    before = par[:i].rstrip()
    return (i > 0 and par[i - 1].isspace() and before[-1:] in _SENTENCE_END
            and par[i + width : i + width + 1].isupper())


def _plural_possessive(par: str, i: int) -> bool:
    """The mark at ``i`` may be a plural's possessive apostrophe: after an "s", before a word in lower case."""
    return i > 0 and par[i - 1] == "s" and par[i + 1 : i + 2] == " " and par[i + 2 : i + 3].islower()


def _stop_closer_after(par: str, i: int, closers: str) -> bool:
    """Whether a closing mark of ``closers`` after a stop or a comma follows ``i`` in the paragraph, before any
    opener of a new quotation: the quotation ends there rather than at ``i``."""
    for j in range(i + 1, len(par)):
        if par[j] in closers and par[j - 1] in _GLUED_CLOSE_AFTER:
            return True
        if par[j] in _SINGLE_CLOSERS and par[j - 1 : j].isspace() and par[j + 1 : j + 2].isalpha():
            return False
    return False


def _single_pairs(par: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-mark pairs outside the double quotations ``taken``; apostrophes never open or close."""
    inside = [False] * len(par)
    for a, b in taken:
        for k in range(a, min(b + 1, len(par))):
            inside[k] = True
    pairs: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for i, ch in enumerate(par):
        if inside[i] or ch not in _SINGLE_MARKS or par[i : i + 2] == "''" or par[max(0, i - 1) : i + 1] == "''":
            continue
        nxt = par[i + 1] if i + 1 < len(par) else ""
        if opened is not None:
            kind, at = opened
            # a closer glued to the next word after the quote's last stop ("the dam held.’Then"): no
            # apostrophe follows punctuation
            glued = i > 0 and par[i - 1] in _GLUED_CLOSE_AFTER
            if ch in _SINGLE_CLOSERS[kind] and (glued or (_can_close(par, i) and not nxt.isalnum())):
                if _plural_possessive(par, i) and _stop_closer_after(par, i, _SINGLE_CLOSERS[kind]):
                    continue  # "‘The workers’ union will strike,’ she said": the mark after "workers" is theirs
                pairs.append((at, i))
                opened = None
            continue
        # An opener must start a word with a letter: rules out ’90s and the apostrophe of Armenia’s; the curly
        # opener may start a number too ("counted ‘4,150 sandbags’"), but not a decade ("the ‘90s", typed wrong).
        if ch in _SINGLE_CLOSERS and _can_open(par, i) and (
                nxt.isalpha() or (ch == "\u2018" and nxt.isdigit() and not _DECADE.match(par, i + 1))):
            opened = (ch, i)
    return pairs


def _single_left_open(par: str, pairs: list[tuple[int, int]], taken: list[tuple[int, int]]) -> int | None:
    """A typeset single opener (‘) still open where its paragraph ends on a finished sentence: British
    style leaves a quotation that runs on into the next paragraph open, as with double marks. Only the
    curly opener, which no apostrophe is, and only after the last pair and outside double quotations."""
    last = max((b for _, b in pairs + taken), default=-1)
    at = par.rfind("\u2018")
    if at <= last or not _can_open(par, at) or not par[at + 1 : at + 2].isalpha():
        return None
    if any(_can_close(par, j) for j in range(at + 1, len(par)) if par[j] == "\u2019"):
        return None  # a closer follows: the pairing above left it for a reason (an apostrophe's shape)
    return at if _SENTENCE_END_RE.search(par.rstrip()) else None


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


def _mark_width(text: str, at: int) -> int:
    return 2 if text[at : at + 2] in ("''", _BACKTICKS) else 1


_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")


def _nickname(text: str, a: int, b: int) -> bool:
    """A nickname inside a name (``Marta "Tess" Lind``): not a quotation."""
    inner = text[a + _mark_width(text, a) : b + 1 - (2 if text[b - 1 : b + 1] == "''" else 1)]
    before = text[max(0, a - 30) : a].rstrip()
    after = text[b + 1 : b + 31].lstrip()
    return (bool(_NICKNAME.fullmatch(inner)) and text[a - 1 : a].isspace() and text[b + 1 : b + 2].isspace()
            and bool(re.search(r"\b[A-Z][\w.'’-]*$", before)) and after[:1].isupper())


#: Short words a title of a work leaves in lower case ("Bridges at Risk", "The Last Ferry to Drava").
_TITLE_FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the",
                                   "to", "with"})
#: A speech verb after the marks in any case ('"We Will Rebuild," Says Mayor').
_HEADLINE_CUE = re.compile(_CUE_AFTER.pattern, re.IGNORECASE)
#: The most words of a title of a work; a longer title-case run is taken as speech.
TITLE_MAX_WORDS = 10  # set by hand on invented show, book and report titles (stress batch q)


def _title_of_work(text: str, a: int, b: int) -> bool:
    """A show, book or report title in marks (AP style types them so: 'told "Morning With Velmara"
    host ...'): two to ``TITLE_MAX_WORDS`` words, each capitalised or a short function word, not all
    in capitals (shouting), no comma or question inside, no speech verb after it ('"We Will
    Rebuild," Says Mayor' is a headline's quotation) and no colon before it ('she said: "Thank You
    All."')."""
    inner = text[a + _mark_width(text, a) : b + 1 - (2 if text[b - 1 : b + 1] == "''" else 1)].strip()
    inner = inner.rstrip(".,")
    words = inner.split()
    if not 2 <= len(words) <= TITLE_MAX_WORDS or inner.isupper() or any(c in inner for c in ",;?!\""):
        return False
    if _HEADLINE_CUE.match(text, b + 1) or text[:a].rstrip().endswith(":"):
        return False  # said after it, or introduced by a colon: speech
    capital = [w[:1].isupper() or w[:1].isdigit() for w in words]
    lower_allowed = all(c or w.lower() in _TITLE_FUNCTION_WORDS for c, w in zip(capital, words, strict=True))
    return capital[0] and capital[-1] and lower_allowed


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    pairs: list[tuple[int, int]]  # text offsets: opening mark, last character of the closing mark
    left_open: int | None  # text offset of an opener still open at the end
    stray: int | None  # text offset of the last character of a closer with nothing open


def _scan(text: str) -> list[_Paragraph]:
    out: list[_Paragraph] = []
    for p_start, p_end in paragraphs(text):
        par = text[p_start:p_end]
        if not any(c in _ALL_MARKS for c in par) or _LINK_PREFIX.match(par):
            out.append(_Paragraph(p_start, p_end, [], None, None))
            continue
        doubles, left_open, stray = _double_pairs(par)
        taken = doubles + ([(left_open, len(par) - 1)] if left_open is not None else [])
        singles = _single_pairs(par, taken)
        pairs = sorted(doubles + singles)
        if left_open is None:
            left_open = _single_left_open(par, singles, taken)
        if _only_quotes(par, pairs):
            pairs = []
        out.append(_Paragraph(p_start, p_end, [(p_start + a, p_start + b) for a, b in pairs],
                              None if left_open is None else p_start + left_open,
                              None if stray is None else p_start + stray))
    return out


def _quotation(text: str, marks: tuple[int, int, int, int], para: int, open_end: bool = False) -> Quotation | None:
    """The quotation between marks ``(open, its width, last character of close, its width)``."""
    open_at, open_width, close_at, close_width = marks
    start, end = _trim(text, open_at + open_width, close_at + 1 - close_width)
    if not any(c.isalpha() for c in text[start:end]):
        return None
    return Quotation(start, end, open_at, close_at, para, open_end)


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Every direct quotation in ``text``, in reading order.

    Args:
        text: the clean article text.

    Returns:
        One :class:`Quotation` per quotation holding at least one letter. Nested quotes stay
        part of the outer one; a line consisting only of quotations (a list of linked
        headlines) yields nothing; stray closers yield nothing unless the module's rules above
        give them an opening.
    """
    found: list[Quotation] = []
    paras = _scan(text)
    carried = False  # the previous line ended inside a quotation
    for index, p in enumerate(paras):
        stray = p.stray
        if stray is not None and (carried or _CUE_AFTER.match(text, stray + 1)):
            sw = 2 if text[stray - 1 : stray + 1] == "''" else 1
            joined = (found and found[-1].open_end and index > 0
                      and "\n\n" not in text[paras[index - 1].end : p.start])
            if joined:  # a single line break inside a quotation: one quotation
                prev = found.pop()
                q = _quotation(text, (prev.open, _mark_width(text, prev.open), stray, sw), prev.paragraph)
            else:
                q = _quotation(text, (p.start, 0, stray, sw), index)
            if q is not None:
                found.append(q)
        for a, b in p.pairs:
            if _nickname(text, a, b) or _title_of_work(text, a, b):
                continue
            q = _quotation(text, (a, _mark_width(text, a), b, 2 if text[b - 1 : b + 1] == "''" else 1), index)
            if q is not None:
                found.append(q)
        carried = p.left_open is not None
        if p.left_open is not None:
            q = _quotation(text, (p.left_open, _mark_width(text, p.left_open), p.end - 1, 0), index, open_end=True)
            if q is not None:
                found.append(q)
            else:
                carried = False
    return tuple(found)

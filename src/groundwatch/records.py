"""Frozen records passed between pipeline stages.

Every stage is a function from one of these records to another (see ``pipeline.py``).
Each fact carries a :class:`Span`: the article, the sentence and the character offsets
into the article's *clean* text, so that any number in a report can be traced back to
the words it came from. ``to_dict()`` gives the shape of the facts export described in
``shared/eval/SCHEMA.md`` (extra keys are allowed there and used for provenance).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Self

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


#: Leaf types ``dataclasses.asdict`` would deep-copy into an equal immutable value: kept as they are.
_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _asdict(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict(obj)``, the same dict, without its ``deepcopy`` of every str and number
    (about 44,000 deepcopy calls in the outputs of a crises-2023 run, cProfile)."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: _copied(getattr(obj, name)) for name in names}


def _copied(value: Any) -> Any:  # dataclasses._asdict_inner's cases, atoms first
    kind = type(value)
    if kind in _ATOMS:
        return value
    if hasattr(kind, "__dataclass_fields__"):
        return _asdict(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return kind(*[_copied(v) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_copied(v) for v in value)
    if isinstance(value, dict):
        return kind((_copied(k), _copied(v)) for k, v in value.items())
    return copy.deepcopy(value)  # anything else (dates) as asdict copies it


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


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


# --- across articles ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    """One article's version of a fact, as used in contradictions and updates."""

    article: str
    sentence: str
    value: Any
    outlet: str | None = None
    as_of: str | None = None
    start: int | None = None
    end: int | None = None
    source_body: str | None = None  # who the outlet credits the value to ("the interior ministry")

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(_asdict(self))  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        return cls(article=d["article"], sentence=d["sentence"], value=d.get("value"), outlet=d.get("outlet"),
                   as_of=d.get("as_of"), start=d.get("start"), end=d.get("end"), source_body=d.get("source_body"))


@dataclass(frozen=True, slots=True)
class ClaimSet:
    """Claims of several articles about one fact (``field``: date, figure, actor, place, other)."""

    field: str
    about: str
    claims: tuple[Claim, ...]
    story: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "about": self.about, "story": self.story,
                "claims": [c.to_dict() for c in self.claims]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        return cls(field=d["field"], about=d.get("about", ""), claims=_claims(d.get("claims")), story=d.get("story"))


@dataclass(frozen=True, slots=True)
class Contradiction(ClaimSet):
    """The same fact reported differently."""


@dataclass(frozen=True, slots=True)
class Update(ClaimSet):
    """A figure that changed over time: claims ordered by their as-of dates."""


@dataclass(frozen=True, slots=True)
class Copy:
    """Article ``b`` repeats reporting text of ``a`` (direction known when ``directed``)."""

    a: str
    b: str
    similarity: float
    passages: tuple[str, ...] = ()
    directed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(_asdict(self))  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class ReconciledFigure:
    """One figure slot across a story's articles: every claim kept, plus low/best/high."""

    kind: str
    who: str | None
    place: str | None
    low: float | None
    best: float | None
    high: float | None
    claims: tuple[Claim, ...]
    independent_sources: int
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["claims"] = [c.to_dict() for c in self.claims]
        return d  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ReconciledFigure:
        return cls(kind=d["kind"], who=d.get("who"), place=d.get("place"), low=d.get("low"), best=d.get("best"),
                   high=d.get("high"), claims=_claims(d.get("claims")),
                   independent_sources=int(d.get("independent_sources") or 0), unit=d.get("unit"))


def _claims(items: Any) -> tuple[Claim, ...]:
    return tuple(Claim.from_dict(c) for c in items or ())


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A story's headline figure of one kind (the facts export's ``stories[].key_figures``).

    ``best`` is the most recent credible count for the story's own event (the conservative one
    where credible sources disagree at the same time, the others in ``low``/``high``).
    ``scope`` names what the count covers where it is narrower than the whole event (one side
    of a front line, one town); ``source_body`` is who the outlets credit it to.
    """

    kind: str
    best: float | None
    low: float | None
    high: float | None
    as_of: str | None
    sources: tuple[str, ...]  # article ids giving the best value
    unit: str | None = None
    who: str | None = None
    scope: str | None = None
    source_body: str | None = None
    claims: tuple[Claim, ...] = ()  # the claims the headline rests on (best first)

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(_asdict(self))
        d["sources"] = list(self.sources)
        d["claims"] = [c.to_dict() for c in self.claims]
        return d  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> KeyFigure:
        return cls(kind=d["kind"], best=d.get("best"), low=d.get("low"), high=d.get("high"), as_of=d.get("as_of"),
                   sources=tuple(d.get("sources") or ()), unit=d.get("unit"), who=d.get("who"),
                   scope=d.get("scope"), source_body=d.get("source_body"), claims=_claims(d.get("claims")))


@dataclass(frozen=True, slots=True)
class MergedQuote:
    """One quotation as reported by every article that carries it."""

    text: str  # the longest version
    speaker: str | None  # resolved across the story's articles
    speaker_role: str | None
    sources: tuple[Claim, ...]  # value: the speaker as that article gave it (None: unnamed)
    independent_sources: int
    resolved_by: str | None  # "direct": every article names the speaker; "story": some did not

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "speaker_role": self.speaker_role,
                "resolved_by": self.resolved_by, "independent_sources": self.independent_sources,
                "sources": [c.to_dict() for c in self.sources]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MergedQuote:
        return cls(text=d["text"], speaker=d.get("speaker"), speaker_role=d.get("speaker_role"),
                   sources=_claims(d.get("sources")), independent_sources=int(d.get("independent_sources") or 0),
                   resolved_by=d.get("resolved_by"))


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event, merged across the outlets that report it."""

    date: str
    precision: str
    description: str  # the shortest sentence reporting it
    sources: tuple[Claim, ...]
    independent_sources: int

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "description": self.description,
                "independent_sources": self.independent_sources,
                "sources": [c.to_dict() for c in self.sources]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimelineEvent:
        return cls(date=d["date"], precision=d["precision"], description=d["description"],
                   sources=_claims(d.get("sources")), independent_sources=int(d.get("independent_sources") or 0))


@dataclass(frozen=True, slots=True)
class SpeakerResolution:
    """A quote whose article left the speaker unnamed, named from the story's other articles."""

    article: str
    index: int  # the quote's position in its article's quotes
    speaker: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "index": self.index, "speaker": self.speaker}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SpeakerResolution:
        return cls(article=d["article"], index=int(d["index"]), speaker=d.get("speaker"))


@dataclass(frozen=True, slots=True)
class StatedFact:
    """One thing a story's outlets state about its event ("when the event happened", "responsibility",
    "role of NAME"): every article's value with its sentence; ``disputed`` when independent articles
    give values that cannot both hold (the row is then also a contradiction)."""

    name: str
    field: str  # date, figure, actor, place, other
    claims: tuple[Claim, ...]
    disputed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "field": self.field, "disputed": self.disputed,
                "claims": [c.to_dict() for c in self.claims]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StatedFact:
        return cls(name=d["name"], field=d.get("field", "other"), claims=_claims(d.get("claims")),
                   disputed=bool(d.get("disputed")))


@dataclass(frozen=True, slots=True)
class StoryPicture:
    """Everything one story's articles say together (what the store keeps per story)."""

    story_id: str
    figures: tuple[ReconciledFigure, ...]
    updates: tuple[Update, ...]
    contradictions: tuple[Contradiction, ...]
    quotes: tuple[MergedQuote, ...]
    timeline: tuple[TimelineEvent, ...]
    independent_sources: int
    articles: tuple[str, ...] = ()
    speaker_resolutions: tuple[SpeakerResolution, ...] = ()
    # Not in to_dict(): the store keeps the label in its own column and the export puts it by the id.
    label: str | None = None
    key_figures: tuple[KeyFigure, ...] = ()  # the headline figures, at most one per kind
    stated_facts: tuple[StatedFact, ...] = ()  # what outlets state about the event, each value cited

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story_id, "articles": list(self.articles),
                "independent_sources": self.independent_sources,
                "figures": [f.to_dict() for f in self.figures],
                "updates": [u.to_dict() for u in self.updates],
                "contradictions": [c.to_dict() for c in self.contradictions],
                "quotes": [q.to_dict() for q in self.quotes],
                "timeline": [t.to_dict() for t in self.timeline],
                "speaker_resolutions": [r.to_dict() for r in self.speaker_resolutions],
                "key_figures": [k.to_dict() for k in self.key_figures],
                "stated_facts": [f.to_dict() for f in self.stated_facts]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], label: str | None = None) -> StoryPicture:
        return cls(story_id=d["story"], figures=tuple(ReconciledFigure.from_dict(f) for f in d.get("figures", ())),
                   updates=tuple(Update.from_dict(u) for u in d.get("updates", ())),
                   contradictions=tuple(Contradiction.from_dict(c) for c in d.get("contradictions", ())),
                   quotes=tuple(MergedQuote.from_dict(q) for q in d.get("quotes", ())),
                   timeline=tuple(TimelineEvent.from_dict(t) for t in d.get("timeline", ())),
                   independent_sources=int(d.get("independent_sources") or 0),
                   articles=tuple(d.get("articles", ())),
                   speaker_resolutions=tuple(SpeakerResolution.from_dict(r)
                                             for r in d.get("speaker_resolutions", ())),
                   label=label, key_figures=tuple(KeyFigure.from_dict(k) for k in d.get("key_figures", ())),
                   stated_facts=tuple(StatedFact.from_dict(f) for f in d.get("stated_facts", ())))


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

"""The records of one story across its articles: claims, reconciled figures, merged quotes, the picture.

Import them from :mod:`groundwatch.records` like every other record; they live here only to keep
records.py short, and this module imports nothing from records.py (records.py imports it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from groundwatch.records_dicts import _asdict, _jsonable


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

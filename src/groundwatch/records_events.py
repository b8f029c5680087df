"""The event record: one distinct event of a story, as ACLED codes it.

Import it from :mod:`groundwatch.records` like every other record; it lives here only to keep
records.py short, and it imports nothing from records.py at run time (records.py imports it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from groundwatch.records import Span


def _span(d: Mapping[str, Any]) -> Span:
    from groundwatch.records import Span

    return Span(**d)


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One distinct event of a story, coded as ACLED codes it (``stages/events/assemble.py``).

    ``provenance`` maps a field name to the words it was read from; a field without an entry was
    defaulted (fatalities 0, a date from publication, the protesters of a protest) and says so in
    ``basis``. ``mentions`` are every sentence reporting the event, in every article.
    """

    event_id: str  # "<story>-e<n>", stable while the story's sentences are
    story_id: str
    code: str  # the taxonomy code (data/event_types.tsv): event, sub-event, disorder type and PLOVER follow
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover: str
    event_date: str | None
    time_precision: int  # ACLED: 1 day, 2 week, 3 month
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None  # ACLED inter codes 1-8
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: bool = False
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near a town / district, 3 province or wider
    fatalities: int = 0
    sources: tuple[str, ...] = ()  # outlets
    independent_sources: int = 0
    notes: str = ""
    type_probability: float = 0.0
    provenance: Mapping[str, Span] = field(default_factory=dict)
    mentions: tuple[Span, ...] = ()
    basis: Mapping[str, str] = field(default_factory=dict)  # field -> why it has no span ("published")

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__slots__ if k not in ("provenance", "mentions", "basis")}
        d.update(sources=list(self.sources), basis=dict(self.basis), mentions=[m.to_dict() for m in self.mentions],
                 provenance={k: v.to_dict() for k, v in self.provenance.items()})
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EventRecord:
        plain = {k: d[k] for k in cls.__slots__ if k in d and k not in ("provenance", "mentions", "basis", "sources")}
        return cls(**plain, sources=tuple(d.get("sources") or ()), basis=dict(d.get("basis") or {}),
                   mentions=tuple(_span(m) for m in d.get("mentions") or ()),
                   provenance={k: _span(v) for k, v in (d.get("provenance") or {}).items()})

"""What the story stage keeps about a story and an article: the profiles it compares, and the index it stores.

A :class:`StoryProfile` is a story's accumulated description (centroid, place/country/actor counts, date
range, leads and running tolls); :class:`StoryIndex` is all of them plus the next id, serialised as JSON
into the store so that later batches are placed against the same stories (stories.py). ``_Profile`` is
one article's side of the comparison. Kept apart from the clustering itself so that story_names.py,
story_tolls.py and story_candidates.py can read the records without the stage's logic.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """What a story is about, accumulated over its articles."""

    id: str
    centroid: tuple[float, ...]  # sum of member embeddings (normalised at use)
    size: int
    places: Mapping[str, int] = field(default_factory=dict)
    countries: Mapping[str, int] = field(default_factory=dict)
    actors: Mapping[str, int] = field(default_factory=dict)
    first: str | None = None  # ISO dates of the earliest and latest member
    last: str | None = None
    articles: tuple[str, ...] = ()
    acts: Mapping[str, int] = field(default_factory=dict)  # closure / delivery leads (story_acts.py)
    lead: frozenset[str] = frozenset()  # the names its members' leads carry (story_names.elsewhere)
    tolls: Mapping[str, int] = field(default_factory=dict)  # running counts and their keepers (story_tolls.py)


class _Stored(tuple[float, ...]):
    """A centroid read from a stored index: rounded already (rounding is idempotent), written as it is;
    rounding every stored centroid again cost 1.5 s a link on 5,000 articles. A changed one is a new tuple."""

    __slots__ = ()


def _rounded(centroid: tuple[float, ...]) -> Sequence[float]:
    return centroid if isinstance(centroid, _Stored) else [round(x, 6) for x in centroid]


@functools.lru_cache(maxsize=1)
def _stored_index(text: str) -> StoryIndex:
    # An incremental link runs the story stage twice on one stored index (linking.py); nothing modifies it.
    return StoryIndex.from_json(text)


@dataclass(frozen=True, slots=True)
class StoryIndex:
    """Serialisable clustering state: every story's profile and the next id number."""

    stories: tuple[StoryProfile, ...] = ()
    next_id: int = 1

    def to_json(self) -> str:
        """The index as JSON (what the store persists)."""
        return json.dumps({"next_id": self.next_id, "stories": [
            {"id": s.id, "centroid": _rounded(s.centroid), "size": s.size,
             "places": dict(s.places), "countries": dict(s.countries), "actors": dict(s.actors),
             "first": s.first, "last": s.last, "articles": list(s.articles), "acts": dict(s.acts),
             "lead": sorted(s.lead), "tolls": dict(s.tolls)}
            for s in self.stories]})

    @classmethod
    def from_json(cls, text: str) -> StoryIndex:
        """Rebuild an index written by :meth:`to_json`."""
        data = json.loads(text)
        return cls(stories=tuple(
            StoryProfile(id=s["id"], centroid=_Stored(map(float, s["centroid"])), size=int(s["size"]),
                         places=dict(s.get("places", {})), countries=dict(s.get("countries", {})),
                         actors=dict(s.get("actors", {})), first=s.get("first"), last=s.get("last"),
                         articles=tuple(s.get("articles", ())), acts=dict(s.get("acts", {})),
                         lead=frozenset(s.get("lead", ())), tolls=dict(s.get("tolls", {})))
            for s in data.get("stories", [])), next_id=int(data.get("next_id", 1)))



@dataclass(frozen=True, slots=True)
class _Profile:
    places: frozenset[str]
    countries: frozenset[str]
    actors: frozenset[str]
    date: dt.date | None
    # Days (and months, as their first day) the text itself reports events on: an article about
    # the trial over an old disaster names the disaster's month, and stays with its story.
    event_dates: frozenset[dt.date] = frozenset()
    event_days: frozenset[dt.date] = frozenset()  # those of day precision
    act: str | None = None  # what its lead says was done with aid: closure or delivery (story_acts.py)
    # Whether ``date`` is a publication date: a date read from the text alone gets no grace days.
    published: bool = True
    lead: frozenset[str] = frozenset()  # its places and actors its title and lead name (story_names.elsewhere)
    tolls: frozenset[str] = frozenset()  # its running counts' kinds and keepers (story_tolls.py)
    # Its places and actors with the sentence each mention stands in (story_names.recalled): a look-alike
    # names the story in one sentence of its body.
    mentions: frozenset[tuple[str, int]] = frozenset()
    tellers: frozenset[str] = frozenset()  # lead names only as the teller of the news (story_tellers.py)


"""What changed in a cycle: the stories' digest before and after it, compared.

The digest is what a reader would notice per story: its articles and their outlets, each
headline figure (best, low, high, as-of), the contradictions and quotes (by subject), and the
places and actors named. A cycle stores the digest it started from; after the cycle has
ingested, analysed and relinked, :func:`diff` compares it with the store's pictures and
returns the change set, each item with the sentences it rests on:

``new_story``      a story none of whose articles was in a story before (with its headline
                   figures, places and actors: its first items are not listed one by one);
``articles``       new articles of a story, and the outlets new to it;
``figure``         a headline figure that appeared or moved: old -> new, with sources and as-of dates;
``contradiction``  outlets newly disagreeing on a figure, date or other fact;
``quote``          a quotation not reported before;
``place``          a place named for the first time in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from groundwatch.records import Claim, KeyFigure, StoryPicture
from groundwatch.stages.change_text import describe
from groundwatch.store.monitor import MonitorStore

__all__ = ["ChangeItem", "describe", "diff", "digest", "parse_since"]

ChangeItem = tuple[str | None, str, dict[str, Any]]  # (story id, kind, data)

#: Characters of a quote that identify it: merged quotes keep the longest version, which can
#: grow by a clause when a new outlet quotes more, so the key is the opening only.
QUOTE_KEY_CHARS = 60
_SPACE = re.compile(r"\W+")


def _quote_key(speaker: str | None, text: str) -> str:
    return f"{(speaker or '').lower()}|{_SPACE.sub(' ', text.lower()).strip()[:QUOTE_KEY_CHARS]}"


def _figure(k: KeyFigure) -> dict[str, Any]:
    return {"best": k.best, "low": k.low, "high": k.high, "as_of": k.as_of, "unit": k.unit}


def _names(ms: MonitorStore, type_: str) -> dict[str, dict[str, dict[str, Any]]]:
    """story -> name -> the first fact naming it (article, sentence), for places or actors."""
    import json

    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in ms.story_facts(type_):
        data = json.loads(r["data"])
        name = data.get("name") or data.get("text")
        if not name:
            continue
        out.setdefault(r["story_id"], {}).setdefault(name, {
            "article": r["article_id"], "sentence_index": r["sentence_index"], "sentence": r["sentence"],
            "country": data.get("country"), "kind": data.get("kind")})
    return out


def digest(ms: MonitorStore, pictures: Sequence[StoryPicture] | None = None) -> dict[str, Any]:
    """The stories' digest (JSON-ready): story id -> what :func:`diff` compares."""
    pictures = ms.store.pictures() if pictures is None else pictures
    outlets = ms.article_outlets()
    places, actors = _names(ms, "place"), _names(ms, "actor")
    return {p.story_id: {
        "label": p.label,
        "articles": {a: outlets.get(a) for a in p.articles},
        "figures": {k.kind: _figure(k) for k in p.key_figures},
        "contradictions": sorted(f"{c.field}|{c.about}" for c in p.contradictions),
        "quotes": sorted(_quote_key(q.speaker, q.text) for q in p.quotes),
        "places": sorted(places.get(p.story_id, {})),
        "actors": sorted(actors.get(p.story_id, {})),
    } for p in pictures}


def _cite(ms: MonitorStore, claim: Claim) -> dict[str, Any]:
    return {"article": claim.article, "outlet": claim.outlet, "as_of": claim.as_of, "value": claim.value,
            "sentence": claim.sentence, "sentence_index": ms.sentence_of(claim.article, claim.start)}


def _cites(ms: MonitorStore, claims: Iterable[Claim]) -> list[dict[str, Any]]:
    return [_cite(ms, c) for c in claims]


def diff(ms: MonitorStore, before: Mapping[str, Any], pictures: Sequence[StoryPicture] | None = None
         ) -> list[ChangeItem]:
    """The change set from digest ``before`` to the store's stories now (see the module docstring)."""
    pictures = ms.store.pictures() if pictures is None else pictures
    after = digest(ms, pictures)
    places, actors = _names(ms, "place"), _names(ms, "actor")
    known = {a for story in before.values() for a in story.get("articles", {})}
    out: list[ChangeItem] = []
    for p in pictures:
        now, old = after[p.story_id], before.get(p.story_id)
        if old is None and not set(now["articles"]) <= known:
            out.append(_new_story(ms, p, now, places, actors))
            out.extend(_contradictions(ms, p, set()))
            continue
        old = old or {"articles": {}, "figures": {}, "contradictions": [], "quotes": [], "places": []}
        out.extend(_articles(p, now, old))
        out.extend(_figures(ms, p, old["figures"]))
        out.extend(_contradictions(ms, p, set(old["contradictions"])))
        out.extend(_quotes(ms, p, set(old["quotes"])))
        out.extend((p.story_id, "place", {"label": p.label, "name": name, **places[p.story_id][name]})
                   for name in now["places"] if name not in set(old["places"]))
    return out


def _new_story(ms: MonitorStore, p: StoryPicture, now: Mapping[str, Any],
               places: Mapping[str, Mapping[str, Any]], actors: Mapping[str, Mapping[str, Any]]) -> ChangeItem:
    figures = [{"kind": k.kind, **_figure(k), "sources": _cites(ms, k.claims[:3])} for k in p.key_figures]
    return (p.story_id, "new_story", {
        "label": p.label, "articles": [{"id": a, "outlet": o} for a, o in now["articles"].items()],
        "outlets": sorted({o for o in now["articles"].values() if o}), "figures": figures,
        "places": [{"name": n, **c} for n, c in places.get(p.story_id, {}).items()],
        "actors": sorted(actors.get(p.story_id, {}))})


def _articles(p: StoryPicture, now: Mapping[str, Any], old: Mapping[str, Any]) -> list[ChangeItem]:
    new = {a: o for a, o in now["articles"].items() if a not in old["articles"]}
    if not new:
        return []
    old_outlets = {o for o in old["articles"].values() if o}
    return [(p.story_id, "articles", {
        "label": p.label, "articles": [{"id": a, "outlet": o} for a, o in new.items()],
        "new_outlets": sorted({o for o in new.values() if o and o not in old_outlets})})]


def _figures(ms: MonitorStore, p: StoryPicture, old: Mapping[str, Any]) -> list[ChangeItem]:
    out: list[ChangeItem] = []
    for k in p.key_figures:
        was, is_ = old.get(k.kind), _figure(k)
        if was is not None and all(was.get(f) == is_[f] for f in ("best", "low", "high")):
            continue
        out.append((p.story_id, "figure", {"label": p.label, "figure": k.kind, "old": was, "new": is_,
                                           "sources": _cites(ms, k.claims)}))
    return out


def _contradictions(ms: MonitorStore, p: StoryPicture, old: set[str]) -> list[ChangeItem]:
    return [(p.story_id, "contradiction", {"label": p.label, "field": c.field, "about": c.about,
                                           "sources": _cites(ms, c.claims)})
            for c in p.contradictions if f"{c.field}|{c.about}" not in old]


def _quotes(ms: MonitorStore, p: StoryPicture, old: set[str]) -> list[ChangeItem]:
    return [(p.story_id, "quote", {"label": p.label, "speaker": q.speaker, "speaker_role": q.speaker_role,
                                   "text": q.text, "sources": _cites(ms, q.sources)})
            for q in p.quotes if _quote_key(q.speaker, q.text) not in old]


def parse_since(since: str | None, latest_with_changes: int | None) -> dict[str, Any]:
    """``--since`` / ``?since=`` as filters for ``MonitorStore.changes``.

    Args:
        since: a cycle number (changes of that cycle and later), an ISO date or time (UTC when
            no offset is given), or None: the latest cycle that recorded changes.
        latest_with_changes: that cycle's id (None when no cycle recorded any).

    Raises:
        InputError: neither a cycle number nor an ISO date or time.
    """
    import datetime as dt

    from groundwatch.errors import InputError

    if since is None or not since.strip():
        return {"after_cycle": (latest_with_changes or 1) - 1}
    text = since.strip()
    if text.isdigit():
        return {"after_cycle": int(text) - 1}
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"since takes a cycle number or an ISO date/time, not {since!r}") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return {"since": when.astimezone(dt.UTC).isoformat(timespec="seconds")}

"""What each page and API answer needs, built from the store's picture.

Figures, contradictions and updates come from the typed :class:`~groundwatch.records.StoryPicture`
(see :mod:`.figures`). The story's narrative parts (summary and section lines, quotes by speaker,
timeline entries, sources and copy groups) still come from the report's context dictionaries,
read only here and in :mod:`.article_view`, until the report itself renders from the pictures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from groundwatch.interfaces.web import events, figures
from groundwatch.interfaces.web.data import Picture
from groundwatch.interfaces.web.links import article_path, sentence_href, story_path
from groundwatch.interfaces.web.svg import chart_svg, map_svg
from groundwatch.stages.report import SECTIONS
from groundwatch.stages.report_events import map_points

#: Key figures shown per story on the stories page.
KEY_FIGURES_SHOWN = 4

Story = dict[str, Any]


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """The filters of a story page, as carried by its query string (None: all)."""

    outlet: str | None = None
    kind: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.outlet or self.kind)


# --- stories list and API summaries --------------------------------------------------------------


def last_activity(s: Story) -> str:
    return max([s.get("last") or ""] + [a.get("published") or "" for a in s["articles"]])


def stories_newest_first(pic: Picture) -> list[Story]:
    return sorted(pic.ctx["stories"], key=lambda s: (last_activity(s), s["id"]), reverse=True)


def story_figures(pic: Picture, s: Story) -> list[figures.FigureRow]:
    """The story's reconciled figures; a story the cross-outlet stage gave none shows each article's own."""
    picture = pic.pictures.get(s["id"])
    rows = figures.figure_rows(picture, pic.sentences, _outlet_of(pic)) if picture else []
    rows = rows or [figures.unreconciled(f) for f in s["figures"]]
    return [replace(f, key=str(i)) for i, f in enumerate(rows)]


def key_figures(pic: Picture, s: Story) -> list[figures.FigureRow]:
    """The figures most worth a glance: most independent sources, then largest best value."""
    figs = [f for f in story_figures(pic, s) if f.best is not None]
    figs.sort(key=lambda f: (-f.independent_sources, -(f.best or 0)))
    return figs[:KEY_FIGURES_SHOWN]


def index_page(pic: Picture) -> dict[str, Any]:
    rows = [{"s": s, "key": key_figures(pic, s), "last": last_activity(s)} for s in stories_newest_first(pic)]
    return {"rows": rows, "counts": pic.ctx["counts"], "not_analysed": pic.ctx["not_analysed"],
            "rejections": pic.ctx["rejections"]}


def story_summary(pic: Picture, s: Story) -> dict[str, Any]:
    return {"id": s["id"], "label": s["label"], "articles": len(s["articles"]), "independent_sources": s["independent"],
            "outlets": s["outlets"], "first": s["first"], "last": s["last"] or None,
            "key_figures": [figures.summary(f) for f in key_figures(pic, s)], "href": story_path(s["id"])}


def article_summary(a: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": a["id"], "title": a.get("title"), "outlet": a.get("outlet"), "url": a.get("url"),
            "language": a.get("language"), "published": a.get("published"),
            "story": a.get("story") or a.get("story_id"), "status": a.get("status"), "href": article_path(a["id"])}


def _outlet_of(pic: Picture) -> Callable[[str], str]:
    return lambda aid: _outlet_name(pic.articles.get(aid) or {"id": aid})


def versus(pic: Picture, story_id: str) -> list[figures.Versus]:
    picture = pic.pictures.get(story_id)
    return figures.versus_rows(picture, pic.sentences, _outlet_of(pic)) if picture else []


def picture_items(pic: Picture, kind: str, story: str | None) -> list[dict[str, Any]] | None:
    """Every story's contradictions or updates (``kind``) as JSON; None when ``story`` is unknown."""
    if story is not None and story not in pic.stories:
        return None
    return [figures.versus_json(v, s["id"]) for s in pic.ctx["stories"] if story is None or s["id"] == story
            for v in versus(pic, s["id"]) if v.kind == kind]


def story_detail(pic: Picture, s: Story) -> dict[str, Any]:
    stored: dict[str, Any] = next((x for x in pic.facts["stories"] if x["id"] == s["id"]), {})
    items = versus(pic, s["id"])
    return {**story_summary(pic, s), "picture": stored, "articles": [article_summary(a) for a in s["articles"]],
            "contradictions": [figures.versus_json(v, s["id"]) for v in items if v.kind == "contradiction"],
            "updates": [figures.versus_json(v, s["id"]) for v in items if v.kind == "update"]}


def article_json(a: Mapping[str, Any]) -> dict[str, Any]:
    return {**a, "href": article_path(a["id"])}


def fact_item(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored fact as the API gives it: with a link to its sentence."""
    return {k: v for k, v in row.items() if k != "sentence_index"} | {
        "href": sentence_href(row["article"], row.get("sentence_index"))}


# --- the story page ----------------------------------------------------------------------------------


def outlets_attr(cites: Iterable[Mapping[str, Any]]) -> str:
    """The outlets of some citations, for the story page's client-side filter (``data-outlets``)."""
    return "|".join(sorted({str(c.get("outlet") or "") for c in cites}))


def _charts(rows: Sequence[figures.FigureRow]) -> list[dict[str, Any]]:
    charts = []
    for f in rows:
        points = [(c.as_of, float(c.value)) for c in f.claims
                  if c.as_of and isinstance(c.value, int | float) and not isinstance(c.value, bool)]
        if len({d for d, _ in points}) >= 2:  # one date is no trend; the table shows it
            title = f.kind + (f" ({f.who})" if f.who else "") + (f" in {f.place}" if f.place else "")
            charts.append({"kind": f.kind, "title": title, "svg": chart_svg(points, label=title),
                           "outlets": f.outlets})
    return charts


def story_places(pic: Picture, articles: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The resolved places of some articles, mentions aggregated, each linked to its first mention."""
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for art in articles:
        a = pic.articles.get(art["id"]) or art
        for p in a.get("places") or []:
            if p.get("lat") is None or p.get("lon") is None:
                continue
            key = (p.get("geonameid") or p.get("name"), round(float(p["lat"]), 2), round(float(p["lon"]), 2))
            entry = places.setdefault(key, {
                "name": p.get("name") or p.get("text"), "country": p.get("country"), "lat": p["lat"],
                "lon": p["lon"], "mentions": 0, "outlets": set(), "admin1": p.get("admin1"),
                "feature": p.get("feature"), "event_type": p.get("event_type"),
                "href": sentence_href(a["id"], (p.get("span") or {}).get("sentence_index"))})
            entry["mentions"] += 1
            entry["outlets"].add(a.get("outlet") or "")
    out = [{**p, "outlets": "|".join(sorted(p["outlets"]))} for p in places.values()]
    out.sort(key=lambda p: (-p["mentions"], str(p["name"])))
    return out


def _outlet_name(a: Mapping[str, Any]) -> str:
    """An article's outlet as citations name it (the report names a missing one after the article)."""
    return str(a.get("outlet") or f"unknown outlet ({a['id']})")


def _cited_by(outlet: str | None) -> Callable[[Iterable[Mapping[str, Any]]], bool]:
    return lambda cites: outlet is None or any(c.get("outlet") == outlet for c in cites)


@dataclass(frozen=True, slots=True)
class _Shown:
    """What a story page shows: the story's lists and its typed figures and contradictions."""

    story: Story
    rows: list[figures.FigureRow]
    versus: list[figures.Versus]
    hidden: int = 0


def _filtered(s: Story, shown: _Shown, flt: StoryFilter) -> _Shown:
    """The story with only what the filter keeps, its figures recomputed; and how many items left out."""
    keep = _cited_by(flt.outlet)
    group_of = {src["article"]["id"]: src["group"] for src in s["sources"] if src.get("group") is not None}
    hidden = 0
    rows = []
    for f in shown.rows:
        claims = [c for c in f.claims if flt.outlet is None or c.outlet == flt.outlet]
        kept = claims if not flt.kind or f.kind == flt.kind else []
        hidden += len(f.claims) - len(kept)
        if kept:
            rows.append(figures.recompute(f, kept, group_of) if flt.outlet else f)

    def lines(items: Sequence[Any], cites: Callable[[Any], Iterable[Mapping[str, Any]]]) -> list[Any]:
        nonlocal hidden
        kept = [x for x in items if keep(cites(x))]
        hidden += len(items) - len(kept)
        return kept

    quotes = [{**sp, "quotes": lines(sp["quotes"], lambda q: q["cites"])} for sp in s["quotes"]]
    sources = lines(s["sources"], lambda src: [{"outlet": _outlet_name(src["article"])}])
    articles = [src["article"] for src in sources]
    story = {**s, "summary": lines(s["summary"], lambda ln: ln["cites"]),
             "sections": {name: lines(s["sections"][name], lambda ln: ln["cites"]) for name in SECTIONS},
             "timeline": lines(s["timeline"], lambda e: e["cites"]),
             "stated_facts": [r for r in ({**r, "sides": lines(r["sides"], lambda sd: sd["cites"])}
                                          for r in s.get("stated_facts", ())) if r["sides"]],
             "quotes": [sp for sp in quotes if sp["quotes"]], "sources": sources, "articles": articles,
             "outlets": sorted({_outlet_name(a) for a in articles}),
             "independent": len({group_of.get(a["id"], a["id"]) for a in articles}),
             "first": articles[0].get("published") if articles else None,
             "last": max((a.get("published") or "" for a in articles), default="")}
    versus_kept = lines(shown.versus, lambda v: [{"outlet": c.outlet} for c in v.claims])
    return _Shown(story, rows, versus_kept, hidden)


def story_page(pic: Picture, s: Story, flt: StoryFilter) -> dict[str, Any]:
    """The story page: the story as filtered (figures, charts and map recomputed from what is kept)."""
    rows = story_figures(pic, s)
    shown = _Shown(s, rows, versus(pic, s["id"]))
    if flt.active:
        shown = _filtered(s, shown, flt)
    places = story_places(pic, shown.story["articles"])
    # Events are the story's whole record set: the outlet/kind filter narrows sentences, not events.
    event_points = map_points(events.rows(pic, str(s["id"])))
    return {"s": shown.story, "figures": shown.rows, "versus": shown.versus, "all_outlets": s["outlets"],
            "kinds": sorted({f.kind for f in rows}), "flt": flt, "hidden": shown.hidden,
            "charts": _charts(shown.rows), "map": map_svg(places + event_points), "places": places,
            "event_points": event_points, "sections": SECTIONS,
            "outlets_attr": outlets_attr, "clear_href": story_path(s["id"]),
            "flt_query": urlencode([(k, v) for k, v in (("outlet", flt.outlet), ("kind", flt.kind)) if v])}

"""What each page and API answer needs, built from the store's picture.

Every read of the picture's dictionaries happens in this module (and :mod:`.article_view`), so
that moving the pages to typed story records changes nothing outside it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch.interfaces.web.data import Picture
from groundwatch.interfaces.web.links import article_path, cite_href, sentence_href, story_path
from groundwatch.interfaces.web.svg import chart_svg, map_svg
from groundwatch.stages.report import SECTIONS, fmt_number, sparkline

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


def key_figures(s: Story) -> list[dict[str, Any]]:
    """The figures most worth a glance: most independent sources, then largest best value."""
    figs = [f for f in s["figures"] if f.get("best") is not None]
    figs.sort(key=lambda f: (-(f.get("independent_sources") or 0), -(f.get("best") or 0)))
    return figs[:KEY_FIGURES_SHOWN]


def index_page(pic: Picture) -> dict[str, Any]:
    rows = [{"s": s, "key": key_figures(s), "last": last_activity(s)} for s in stories_newest_first(pic)]
    return {"rows": rows, "counts": pic.ctx["counts"], "not_analysed": pic.ctx["not_analysed"],
            "rejections": pic.ctx["rejections"]}


def figure_summary(f: Mapping[str, Any]) -> dict[str, Any]:
    return {"kind": f.get("kind"), "who": f.get("who"), "place": f.get("place"), "unit": f.get("unit"),
            "low": f.get("low"), "best": f.get("best"), "high": f.get("high"),
            "independent_sources": f.get("independent_sources"), "claims": len(f.get("claims") or [])}


def story_summary(s: Story) -> dict[str, Any]:
    return {"id": s["id"], "label": s["label"], "articles": len(s["articles"]), "independent_sources": s["independent"],
            "outlets": s["outlets"], "first": s["first"], "last": s["last"] or None,
            "key_figures": [figure_summary(f) for f in key_figures(s)], "href": story_path(s["id"])}


def article_summary(a: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": a["id"], "title": a.get("title"), "outlet": a.get("outlet"), "url": a.get("url"),
            "language": a.get("language"), "published": a.get("published"),
            "story": a.get("story") or a.get("story_id"), "status": a.get("status"), "href": article_path(a["id"])}


def fmt_value(value: Any) -> str:
    """A claimed value as the pages show numbers ("11,300"); anything else as it was reported."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt_number(value)
    return "" if value is None else str(value)


def plain(item: Mapping[str, Any]) -> dict[str, Any]:
    """A contradiction/update as JSON: claims with links to their sentences and a display value."""
    claims = [{k: v for k, v in c.items() if k != "cite"} | {"href": cite_href(c["cite"]),
                                                             "display": fmt_value(c.get("value"))}
              for c in item["claims"]]
    return {k: v for k, v in item.items() if k not in ("claims", "sides")} | {"claims": claims}


def picture_items(pic: Picture, key: str, story: str | None) -> list[dict[str, Any]] | None:
    """Every story's contradictions or updates (``key``) as JSON; None when ``story`` is unknown."""
    if story is not None and story not in pic.stories:
        return None
    return [{**plain(c), "story": s["id"]} for s in pic.ctx["stories"] if story is None or s["id"] == story
            for c in s[key]]


def story_detail(pic: Picture, s: Story) -> dict[str, Any]:
    stored: dict[str, Any] = next((x for x in pic.facts["stories"] if x["id"] == s["id"]), {})
    return {**story_summary(s), "picture": stored, "articles": [article_summary(a) for a in s["articles"]],
            "contradictions": [plain(c) for c in s["contradictions"]], "updates": [plain(u) for u in s["updates"]]}


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


def _point(c: Mapping[str, Any]) -> float | None:
    v = c.get("value")
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def _credible(claims: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The claims reconcile would weigh: not raised by a later report, not a later repeat of a lower count."""
    def raised_later(c: Mapping[str, Any]) -> bool:
        return any(o["as_of"] > c["as_of"] and o["v"] > c["v"]
                   and not any(p["as_of"] <= c["as_of"] and p["v"] == o["v"] for p in dated) for o in dated)

    def stale(c: Mapping[str, Any]) -> bool:
        return any(o["as_of"] < c["as_of"] and o["v"] > c["v"] for o in dated)

    dated: list[dict[str, Any]] = [{"as_of": c.get("as_of") or "", "v": _point(c), "claim": c} for c in claims
                                   if _point(c) is not None]
    kept: list[Mapping[str, Any]] = [d["claim"] for d in dated if not d["as_of"] or not (raised_later(d) or stale(d))]
    return kept or [d["claim"] for d in dated]


def recompute_figure(f: Mapping[str, Any], claims: Sequence[Mapping[str, Any]],
                     group_of: Mapping[str, Any]) -> dict[str, Any]:
    """A reconciled figure over a subset of its claims: low/best/high and sources from those claims only.

    The best value is the one most independent groups report (ties: the smaller), as in reconcile.
    """
    credible = _credible(claims)
    def group(c: Mapping[str, Any]) -> Any:
        article = str(c.get("article") or "")
        return group_of.get(article, article)

    votes: dict[float, set[Any]] = defaultdict(set)
    for c in credible:
        votes[_point(c) or 0.0].add(group(c))
    points = [_point(c) or 0.0 for c in credible]
    best = min(votes, key=lambda v: (-len(votes[v]), v)) if votes else None
    spark_points = [(c.get("as_of") or "", _point(c) or 0.0) for c in claims if c.get("as_of") and _point(c)]
    return {**f, "claims": list(claims), "low": min(points) if points else None, "best": best,
            "high": max(points) if points else None, "spark": sparkline(spark_points),
            "independent_sources": len({group(c) for c in claims})}


def _charts(figures: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    charts = []
    for f in figures:
        points = [(c.get("as_of") or "", float(c["value"])) for c in f["claims"]
                  if isinstance(c.get("value"), int | float) and c.get("as_of")]
        if len({d for d, _ in points}) >= 2:  # one date is no trend; the table shows it
            title = f"{f.get('kind')}" + (f" ({f['who']})" if f.get("who") else "") + \
                (f" in {f['place']}" if f.get("place") else "")
            charts.append({"kind": f.get("kind"), "title": title, "svg": chart_svg(points, label=title),
                           "outlets": outlets_attr(c["cite"] for c in f["claims"])})
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
                "lon": p["lon"], "mentions": 0, "outlets": set(),
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


def _filtered_story(s: Story, flt: StoryFilter) -> tuple[Story, int]:
    """The story with only what the filter keeps, its figures recomputed; and how many items left out."""
    keep = _cited_by(flt.outlet)
    group_of = {src["article"]["id"]: src["group"] for src in s["sources"] if src.get("group") is not None}
    hidden = 0
    figures = []
    for f in s["figures"]:
        if flt.kind and f.get("kind") != flt.kind:
            hidden += 1
            continue
        claims = [c for c in f["claims"] if keep([c["cite"]])]
        hidden += len(f["claims"]) - len(claims)
        if claims and flt.outlet:
            figures.append(recompute_figure(f, claims, group_of))
        elif claims:
            figures.append(f)

    def lines(items: Sequence[Mapping[str, Any]], cites: Callable[[Mapping[str, Any]], Any]) -> list[Any]:
        nonlocal hidden
        kept = [x for x in items if keep(cites(x))]
        hidden += len(items) - len(kept)
        return kept

    quotes = [{**sp, "quotes": lines(sp["quotes"], lambda q: q["cites"])} for sp in s["quotes"]]
    sources = lines(s["sources"], lambda src: [{"outlet": _outlet_name(src["article"])}])
    articles = [src["article"] for src in sources]
    story = {**s, "figures": figures, "summary": lines(s["summary"], lambda ln: ln["cites"]),
             "sections": {name: lines(s["sections"][name], lambda ln: ln["cites"]) for name in SECTIONS},
             "timeline": lines(s["timeline"], lambda e: e["cites"]),
             "quotes": [sp for sp in quotes if sp["quotes"]],
             "contradictions": lines(s["contradictions"], lambda it: [c["cite"] for c in it["claims"]]),
             "updates": lines(s["updates"], lambda it: [c["cite"] for c in it["claims"]]),
             "sources": sources, "articles": articles,
             "outlets": sorted({_outlet_name(a) for a in articles}),
             "independent": len({group_of.get(a["id"], a["id"]) for a in articles}),
             "first": articles[0].get("published") if articles else None,
             "last": max((a.get("published") or "" for a in articles), default="")}
    return story, hidden


def story_page(pic: Picture, s: Story, flt: StoryFilter) -> dict[str, Any]:
    """The story page: the story as filtered (figures, charts and map recomputed from what is kept)."""
    shown, hidden = _filtered_story(s, flt) if flt.active else (s, 0)
    places = story_places(pic, shown["articles"])
    return {"s": shown, "all_outlets": s["outlets"], "kinds": sorted({f.get("kind") for f in s["figures"]
                                                                       if f.get("kind")}),
            "flt": flt, "hidden": hidden, "charts": _charts(shown["figures"]), "map": map_svg(places),
            "places": places, "sections": SECTIONS, "outlets_attr": outlets_attr, "fmt_value": fmt_value,
            "clear_href": story_path(s["id"])}


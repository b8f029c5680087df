"""What the report shows, built from the stories' typed pictures and the articles.

:class:`ReportInput` is everything the report reads: ``Sequence[StoryPicture]`` (figures,
updates, contradictions, timeline, labels) and the articles as the facts export gives them
(their facts and clean text, for citations and the article appendix). :func:`context` turns it
into the view the templates render, with every citation resolved to an outlet and an anchor.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from groundwatch.records import Copy, EventRecord, Rejection, StoryPicture
from groundwatch.stages.basemap import map_svg_markup, place_map
from groundwatch.stages.citing import carries_words, same_values
from groundwatch.stages.dedupe import independence_groups
from groundwatch.stages.extract.quotes_marks import Quotation, find_quotations
from groundwatch.stages.report import (
    KEY_FIGURES,
    KIND_ORDER,
    SAME_SENTENCE_OVERLAP,
    SECTION_LINES,
    SECTIONS,
    SUMMARY_LINES,
    _same,
    _words,
    anchor,
    figure_label,
    fmt_number,
    render_text,
    sentence_href,
    sparkline,
)
from groundwatch.stages.report_events import map_points, story_event_rows
from groundwatch.stages.sections import classify_lazily
from groundwatch.store.sqlite import Store

#: The overview table names at most this many headline figures (one per kind, most important
#: kinds first) and places per story: what fits one table row on a laptop screen.
OVERVIEW_FIGURES = 3
OVERVIEW_PLACES = 3

Cite = Callable[..., dict[str, str]]
SentenceOf = Callable[[str, str], int | None]


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything the report reads; :meth:`from_store` gathers it."""

    pictures: Sequence[StoryPicture]
    articles: Sequence[dict[str, Any]]  # the facts export's articles, facts and clean text included
    copies: Sequence[Copy] = ()
    rejections: Sequence[Rejection] = ()
    sentences: Mapping[str, Sequence[tuple[int, int, int]]] = field(default_factory=dict)  # id -> (i, start, end)
    events: Sequence[EventRecord] = ()  # every story's event records (stages/events/assemble.py)
    # What the latest watch cycle with changes recorded (store.monitor.Change), and when it began.
    changes: Sequence[Any] = ()
    changes_since: str | None = None

    @classmethod
    def from_store(cls, store: Store, articles: Sequence[dict[str, Any]] | None = None) -> ReportInput:
        from groundwatch.stages.export import article_dicts

        changes, since = latest_changes(store)
        return cls(pictures=store.pictures(), articles=list(article_dicts(store)) if articles is None else articles,
                   copies=store.copies(), rejections=store.rejections(), sentences=store.sentence_bounds(),
                   events=store.events(), changes=changes, changes_since=since)


def latest_changes(store: Store) -> tuple[list[Any], str | None]:
    """What the latest watch cycle with changes recorded, and when that cycle began."""
    from groundwatch.store.monitor import MonitorStore

    ms = MonitorStore(store)
    latest = ms.latest_changed_cycle()
    changes = ms.changes(after_cycle=latest - 1)[1] if latest is not None else []
    since = next((c["started_at"] for c in ms.cycles(limit=1_000) if c["id"] == latest), None)
    return [c for c in changes if c.cycle_id == latest], since


@dataclass(frozen=True, slots=True)
class _Lookup:
    """Citations: an article's outlet and the anchor of one of its sentences."""

    articles: Mapping[str, dict[str, Any]]
    sentences: Mapping[str, Sequence[tuple[int, int, int]]]
    # Every article's outlet, when ``articles`` reads articles lazily (the streamed report).
    outlets: Mapping[str, str | None] | None = None

    def outlet(self, aid: str) -> str:
        found = (self.articles.get(aid) or {}).get("outlet") if self.outlets is None else self.outlets.get(aid)
        return found or f"unknown outlet ({aid})"

    def cite(self, aid: str, sentence_index: int | None = None) -> dict[str, str]:
        return {"outlet": self.outlet(aid), "href": sentence_href(aid, sentence_index), "article": aid}

    def sentence_index_of(self, aid: str, sentence: str, start: int | None = None) -> int | None:
        """The sentence a claim cites: the one holding its value's offset ``start`` where known (a
        claim's sentence text may have been repaired across a bad sentence split), else its text."""
        a = self.articles.get(aid)
        if a and start is not None:
            at = next((idx for idx, s0, end in self.sentences.get(aid, []) if s0 <= start < end), None)
            if at is not None:
                return at
        if not a or not sentence:
            return None
        pos = (a.get("clean_text") or "").find(sentence)
        if pos < 0:
            return None
        return next((idx for idx, start, end in self.sentences.get(aid, []) if start <= pos < end), None)


def context(data: ReportInput) -> dict[str, Any]:
    """Everything the templates need, with citations resolved to outlets and anchors."""
    look = _Lookup({a["id"]: a for a in data.articles}, data.sentences)
    copied_by: dict[str, list[str]] = defaultdict(list)
    for c in data.copies:
        copied_by[c.a].append(c.b)
        copied_by[c.b].append(c.a)
    pictures = {p.story_id: p for p in data.pictures}
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in data.articles:
        if a["status"] == "analysed":
            by_story[a.get("story") or "unassigned"].append(a)
    stories = [_story_view(sid, arts, pictures.get(sid), data.copies, copied_by, look)
               for sid, arts in by_story.items()]
    stories.sort(key=lambda s: (-len(s["articles"]), str(s["id"])))
    events = story_event_rows(data.events, look.cite)
    for s in stories:
        s["events"] = events.get(str(s["id"]), [])
        s["map"] = _story_map(s.pop("places_on_map"), s["events"])
    articles = data.articles
    return {
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "stories": stories, "articles": _article_views(articles, data.sentences),
        "not_analysed": [a for a in articles if a["status"] == "not_analysed"],
        "rejections": list(data.rejections),
        "counts": {"articles": len(articles), "analysed": sum(1 for a in articles if a["status"] == "analysed"),
                   "outlets": len({a.get("outlet") for a in articles if a.get("outlet")}),
                   "stories": len(stories), "copies": len(data.copies)},
        "changes": _change_views(data.changes, look), "changes_since": data.changes_since,
        "fmt_number": fmt_number, "figure_label": figure_label, "sparkline": sparkline,
        "sections": SECTIONS, "story_views": stories,  # the streamed report iterates views built one by one
    }


def _change_views(changes: Sequence[Any], look: _Lookup) -> list[dict[str, Any]]:
    """The latest cycle's changes, oldest first, each cited like the report's other lines."""
    from groundwatch.stages.change_text import describe

    out = []
    for c in reversed(changes):
        cites = [{**look.cite(s["article"], s.get("sentence_index")), "sentence": s.get("sentence") or ""}
                 for s in c.data.get("sources") or () if s.get("article") in look.articles]
        cites += [look.cite(a["id"]) | {"sentence": ""} for a in c.data.get("articles") or ()
                  if not cites and isinstance(a, dict) and a.get("id") in look.articles]
        out.append({"kind": c.kind, "summary": describe(c.kind, c.data), "cites": cites[:6]})
    return out


@dataclass(frozen=True, slots=True)
class _Head:
    """What a story's overview row shows, and what its full view reuses."""

    row: dict[str, Any]
    groups: list[list[str]]
    group_of: dict[str, int]
    figures: list[dict[str, Any]]


def _story_head(sid: str, arts: list[dict[str, Any]], picture: StoryPicture | None, copies: Sequence[Copy],
                look: _Lookup) -> _Head:
    arts.sort(key=lambda a: (a.get("published") or "9999", a["id"]))
    groups = [sorted(g) for g in independence_groups(sorted({a["id"] for a in arts}), copies)]
    figures = sorted(_story_figures(picture, arts, look), key=_figure_rank)
    row = {"id": sid, "label": (picture.label if picture else None) or (arts[0].get("title") or sid),
           "articles": arts, "independent": len(groups) or len(arts),
           "first": arts[0].get("published"), "last": max((a.get("published") or "" for a in arts), default=""),
           "headline": _headline(figures, picture), "top_places": _places(arts)}
    return _Head(row, groups, {aid: i for i, g in enumerate(groups) for aid in g}, figures)


def story_overview(sid: str, arts: list[dict[str, Any]], picture: StoryPicture | None, copies: Sequence[Copy],
                   look: _Lookup) -> dict[str, Any]:
    """A story's overview row (label, headline figures, dates, places, counts) without its articles:
    ``articles`` holds their ids, so a report can list every story before it renders any."""
    return {**_story_head(sid, arts, picture, copies, look).row, "articles": [a["id"] for a in arts]}


def story_view(sid: str, arts: list[dict[str, Any]], picture: StoryPicture | None, copies: Sequence[Copy],
               copied_by: Mapping[str, list[str]], look: _Lookup,
               events: Sequence[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One story's whole view; with ``events`` (its event rows), its map too (as :func:`context`)."""
    view = _story_view(sid, arts, picture, copies, copied_by, look)
    if events is not None:
        view["events"] = list(events)
        view["map"] = _story_map(view.pop("places_on_map"), view["events"])
    return view


def _story_view(sid: str, arts: list[dict[str, Any]], picture: StoryPicture | None, copies: Sequence[Copy],
                copied_by: Mapping[str, list[str]], look: _Lookup) -> dict[str, Any]:
    head = _story_head(sid, arts, picture, copies, look)
    groups, group_of, figures = head.groups, head.group_of, head.figures
    lines = _lines(arts, group_of, look)
    summary, sections = _summary(lines)
    updates = [_claims_view(u.to_dict(), look) for u in picture.updates] if picture else []
    contradictions = [_claims_view(c.to_dict(), look) for c in picture.contradictions] if picture else []
    stated = [_claims_view(f.to_dict(), look) for f in picture.stated_facts] if picture else []
    return {
        **head.row, "outlets": sorted({look.outlet(a["id"]) for a in arts}),
        "summary": summary, "sections": sections, "figures": figures[:KEY_FIGURES],
        "more_figures": figures[KEY_FIGURES:], "quotes": _story_quotes(arts, look.cite),
        "timeline": _story_timeline(picture, arts, look), "contradictions": contradictions, "updates": updates,
        "sources": [{"article": a, "anchor": anchor(a["id"]), "group": group_of.get(a["id"]),
                     "copies": [look.outlet(b) for b in copied_by.get(a["id"], [])]} for a in arts],
        "groups": [[look.outlet(x) for x in sorted(g)] for g in groups if len(g) > 1],
        "key_figures": _key_figures(picture, look), "stated_facts": stated,
        "places_on_map": _map_places(arts),
    }


def _story_map(places: list[dict[str, Any]], events: Sequence[dict[str, Any]]) -> Markup:
    """The story's located places and events as a static SVG map on the boundaries (empty if none)."""
    geometry = place_map(places + map_points(events))
    return Markup("") if geometry is None else map_svg_markup(geometry)


def _map_places(arts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The story's located places, mentions aggregated, each linked to its first mention."""
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for a in arts:
        for p in a.get("places") or []:
            if p.get("lat") is None or p.get("lon") is None:
                continue
            key = (p.get("geonameid") or p.get("name"), round(float(p["lat"]), 2), round(float(p["lon"]), 2))
            idx = (p.get("span") or {}).get("sentence_index")
            entry = places.setdefault(key, {"name": p.get("name") or p.get("text"), "lat": p["lat"], "lon": p["lon"],
                                            "mentions": 0, "href": sentence_href(a["id"], idx)})
            entry["mentions"] += 1
    return list(places.values())


class _LineIndex:
    """The story's lines by content word, to find the lines a sentence may merge with.

    :func:`~groundwatch.stages.report._same` needs a shared word, so only the lines that share one
    with the sentence are candidates; they are tried in the order the lines were made, so the first
    that merges is the one a scan of every earlier line finds (the same lines, cites and order).
    Comparing each sentence with every earlier line is quadratic in the story's lines; on a 1,000-article
    store of clones (whose lines rarely share words) it was ~2 s of the report's ~8 s of CPU, and the
    index saves a fraction of that (benchmarks/README.md, the report phase)."""

    def __init__(self) -> None:
        self._lines_of: dict[str, list[int]] = defaultdict(list)

    def add(self, i: int, words: set[str]) -> None:
        for w in words:
            self._lines_of[w].append(i)

    def candidates(self, words: set[str]) -> list[tuple[int, int]]:
        """(line number, words shared with ``words``) of each line sharing a word, in line order."""
        shared = Counter(itertools.chain.from_iterable(self._lines_of.get(w, ()) for w in words))
        return sorted(shared.items())


def _inside_quotation(text: str, start: int, quotations: Sequence[Quotation] | None = None) -> bool:
    """Whether a sentence begins inside a quotation opened before it ('"We have nothing to hide. Our engineers
    will come," the minister said': the second sentence is no line of its own; the whole quote is under "Who
    said what"). The quotations are the quotes extractor's (``quotes_marks``: every shape of mark, paired
    within a paragraph); pass them when asking about many sentences of one text."""
    found = find_quotations(text) if quotations is None else quotations
    return any(q.start < start < q.end for q in found)


def _lines(arts: list[dict[str, Any]], group_of: Mapping[str, int], look: _Lookup) -> list[dict[str, Any]]:
    """The story's sentences, de-duplicated across outlets (a copied sentence cites all its carriers)."""
    lines: list[dict[str, Any]] = []
    index = _LineIndex()
    for a in arts:
        clean = a.get("clean_text") or ""
        quotations = find_quotations(clean)
        for idx, start, end in look.sentences.get(a["id"], []):
            text = clean[start:end].strip()
            if len(text.split()) < 6 or _inside_quotation(clean, start, quotations):
                continue
            w = _words(text)
            for i, shared in index.candidates(w):
                line = lines[i]
                # a merged line cites each outlet only for what it said: same words (as _same: the
                # shared words over the smaller set) and same numbers
                if (shared / min(len(w), len(line["words"])) >= SAME_SENTENCE_OVERLAP
                        and same_values(line["text"], text)):
                    if a["id"] not in {c["article"] for c in line["cites"]}:
                        line["cites"].append(look.cite(a["id"], idx))
                        line["groups"].add(group_of.get(a["id"], a["id"]))
                    break
            else:
                index.add(len(lines), w)
                lines.append({"text": text, "words": w, "cites": [look.cite(a["id"], idx)], "position": idx,
                              "groups": {group_of.get(a["id"], a["id"])}, "section": None,
                              "published": a.get("published") or ""})
    return lines


def _centrality(lines: Sequence[dict[str, Any]]) -> Callable[[dict[str, Any]], float]:
    """How central a line is to its story: words the story's lines share, corroborated and early lines first."""
    df: Counter[str] = Counter()
    for line in lines:
        df.update(line["words"])

    def centrality(line: dict[str, Any]) -> float:
        w = line["words"]
        score = sum(df[x] for x in w) / (len(w) + 5)
        return float(score * (1 + 0.5 * len(line["groups"])) / (1 + line["position"]))

    return centrality


def _summary(lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The headline summary and the section lines: central sentences, corroborated ones first."""
    ranked = sorted(lines, key=_centrality(lines), reverse=True)  # ties keep the lines' order
    summary = ranked[:SUMMARY_LINES]
    # Each section's most central lines: the ranked lines are classified in rank order until every
    # section has its SECTION_LINES, so the lines past that point are never encoded by MiniLM (a
    # section's lines are the same as when every line was classified and each section ranked). Most
    # lines it encodes are not shown (session seventeen: 101 of 1,386 over three dev corpora): a section
    # that never fills is only known to have fewer lines once every line is classified, and a cue-less
    # line can join any open section, so none of them can be skipped without changing the report.
    chosen: dict[str, list[dict[str, Any]]] = {name: [] for name in SECTIONS}
    for line, section in zip(ranked, classify_lazily([ln["text"] for ln in ranked]), strict=False):
        line["section"] = section
        if section is not None and len(chosen[section]) < SECTION_LINES:
            chosen[section].append(line)
            if all(len(c) == SECTION_LINES for c in chosen.values()):
                break
    sections = {name: sorted(chosen[name], key=lambda ln: (ln["published"], ln["position"])) for name in SECTIONS}
    return summary, sections


def _figure_rank(f: dict[str, Any]) -> tuple[int, int, int]:
    """Corroborated figures first, then by kind importance, then by how often they were reported."""
    kind = KIND_ORDER.index(f["kind"]) if f.get("kind") in KIND_ORDER else len(KIND_ORDER)
    return (-int(f.get("independent_sources") or 0), kind, -len(f.get("claims") or ()))


def _claims_view(item: dict[str, Any], look: _Lookup) -> dict[str, Any]:
    """Claims with citations, plus ``sides``: claims of one value on one day shown once, citing all."""
    claims = []
    sides: dict[tuple[str, str], dict[str, Any]] = {}
    for c in item.get("claims", []):
        claim = {**c, "cite": look.cite(c.get("article"), look.sentence_index_of(
            c.get("article"), c.get("sentence") or "", c.get("start")))}
        claims.append(claim)
        key = (str(c.get("value")), str(c.get("as_of") or ""))
        side = sides.setdefault(key, {"value": c.get("value"), "as_of": c.get("as_of"),
                                      "sentence": c.get("sentence"), "cites": []})
        side["cites"].append(claim["cite"])
    return {**item, "claims": claims, "sides": list(sides.values())}


def _story_figures(picture: StoryPicture | None, arts: list[dict[str, Any]], look: _Lookup) -> list[dict[str, Any]]:
    """The story's reconciled figures when the cross-outlet stage made them, else per-claim rows."""
    rows = []
    for fig in picture.figures if picture else ():
        f = fig.to_dict()
        claims = sorted(f["claims"], key=lambda c: (c.get("as_of") or "", c.get("article") or ""))
        for c in claims:
            c["cite"] = look.cite(c.get("article"), look.sentence_index_of(c.get("article"), c.get("sentence") or "",
                                                                           c.get("start")))
        points = [(c.get("as_of") or "", float(c["value"])) for c in claims
                  if isinstance(c.get("value"), (int, float)) and c.get("as_of")]
        rows.append({**f, "claims": claims, "spark": sparkline(points)})
    if rows:
        return rows
    for a in arts:
        for f in a.get("figures") or []:
            if f.get("other_event") or f.get("projection"):
                continue
            idx = (f.get("span") or {}).get("sentence_index")
            rows.append({"kind": f["kind"], "best": f.get("value"), "low": f.get("low"), "high": f.get("high"),
                         "unit": f.get("unit"), "who": f.get("who"), "place": f.get("place"),
                         "independent_sources": 1,
                         "claims": [{**f, "article": a["id"], "as_of": a.get("published"),
                                     "cite": look.cite(a["id"], idx)}], "spark": Markup("")})
    return rows


def _story_quotes(arts: list[dict[str, Any]], cite: Cite) -> list[dict[str, Any]]:
    """Quotes grouped by speaker; one entry per distinct quote with every outlet carrying it."""
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in arts:
        for q in a.get("quotes") or []:
            if len(q.get("text", "").split()) < 4:
                continue
            speaker = q.get("speaker") or "unattributed"
            idx = (q.get("span") or {}).get("sentence_index")
            w = _words(q["text"])
            for existing in by_speaker[speaker]:
                # cite this article only when its sentence carries the quote as shown
                if _same(w, existing["words"]) and carries_words(q.get("sentence") or q["text"], existing["text"]):
                    if a["id"] not in {c["article"] for c in existing["cites"]}:
                        existing["cites"].append(cite(a["id"], idx))
                    break
            else:
                by_speaker[speaker].append({"text": q["text"], "words": w, "role": q.get("speaker_role"),
                                            "cites": [cite(a["id"], idx)]})
    out: list[dict[str, Any]] = [{"speaker": s, "quotes": qs, "role": next((q["role"] for q in qs if q["role"]), None)}
           for s, qs in by_speaker.items()]
    out.sort(key=lambda s: (s["speaker"] == "unattributed", -len(list(s["quotes"] or ()))))
    return out


def _story_timeline(picture: StoryPicture | None, arts: list[dict[str, Any]], look: _Lookup) -> list[dict[str, Any]]:
    """The story's dated events: merged across outlets by the cross-outlet stage when it ran."""
    items: list[dict[str, Any]] = []
    if picture and picture.timeline:
        for ev in picture.timeline:
            cites = [look.cite(c.article, look.sentence_index_of(c.article, c.sentence or "", c.start))
                     for c in ev.sources]
            items.append({"date": ev.date, "precision": ev.precision, "text": ev.description or "", "cites": cites})
    else:
        for a in arts:
            for d in a.get("dates") or []:
                if not d.get("date"):
                    continue
                sp = d.get("span") or {}
                items.append({"date": d["date"], "precision": d.get("precision"), "text": sp.get("sentence", ""),
                              "cites": [look.cite(a["id"], sp.get("sentence_index"))]})
    items.sort(key=lambda e: e["date"] or "")
    return items


def _key_figures(picture: StoryPicture | None, look: _Lookup) -> list[dict[str, Any]]:
    """The story's headline figures, each with who it comes from, what it covers and its citations."""
    out = []
    for k in picture.key_figures if picture else ():
        d = k.to_dict()
        cited = {c.article: c for c in reversed(k.claims) if c.article in k.sources}  # one per article
        d["cites"] = [look.cite(a, look.sentence_index_of(a, c.sentence or "")) for a, c in reversed(cited.items())]
        d["label"] = key_figure_label(d)
        out.append(d)
    return out


def key_figure_label(k: Mapping[str, Any]) -> str:
    """'killed 2,012 (2,012–2,100), as of 2023-09-09, according to the Interior Ministry, in Tessel'."""
    spread = (f" ({fmt_number(k.get('low'))}–{fmt_number(k.get('high'))})"
              if k.get("low") is not None and k.get("high") is not None and k["low"] != k["high"] else "")
    parts = [f"{k['kind']} {fmt_number(k.get('best'))}{' ' + k['unit'] if k.get('unit') else ''}{spread}"]
    if k.get("as_of"):
        parts.append(f"as of {k['as_of']}")
    if k.get("source_body"):
        parts.append(f"according to {k['source_body']}")
    if k.get("scope"):
        parts.append(f"counted in {k['scope']} only")
    return ", ".join(parts)


def _headline(figures: Sequence[dict[str, Any]], picture: StoryPicture | None = None) -> list[str]:
    """'killed 45 (31–45)': the story's best figure of each of its most important kinds (its headline
    figures where the cross-outlet stage chose them)."""
    best: dict[str, dict[str, Any]] = {}
    for f in [k.to_dict() for k in picture.key_figures] if picture and picture.key_figures else figures:
        if f.get("best") is not None and f["kind"] not in best:
            best[f["kind"]] = f
    kinds = sorted(best, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER))
    out = []
    for kind in kinds[:OVERVIEW_FIGURES]:
        f = best[kind]
        spread = (f" ({fmt_number(f.get('low'))}–{fmt_number(f.get('high'))})"
                  if f.get("low") is not None and f.get("high") is not None and f["low"] != f["high"] else "")
        out.append(f"{kind} {fmt_number(f['best'])}{spread}")
    return out


def _places(arts: Sequence[dict[str, Any]]) -> list[str]:
    """The places most of the story's articles name (gazetteer names where resolved)."""
    named: Counter[str] = Counter()
    for a in arts:
        named.update({p.get("name") or p.get("text") for p in a.get("places") or [] if p.get("name") or p.get("text")})
    return [name for name, _ in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:OVERVIEW_PLACES]]


def _article_views(articles: Sequence[dict[str, Any]],
                   sentences: Mapping[str, Sequence[tuple[int, int, int]]]) -> list[dict[str, Any]]:
    views = []
    for a in articles:
        spans: list[tuple[int, int, str, str]] = []
        for kind, cls in (("figures", "fig"), ("quotes", "quo"), ("dates", "dat")):
            for f in a.get(kind) or []:
                sp = f.get("span") or {}
                if sp.get("start") is None:
                    continue
                title = (f"{f.get('kind')}: {figure_label(f)}" if kind == "figures" else
                         f"said by {f.get('speaker') or 'unknown'}" if kind == "quotes" else
                         f"{f.get('date') or 'unresolved'}")
                spans.append((sp["start"], sp["end"], cls, title))
        views.append({"a": a, "anchor": anchor(a["id"]),
                      "html": render_text(a.get("clean_text") or "", sentences.get(a["id"], []), spans,
                                          anchor(a["id"]))})
    return views

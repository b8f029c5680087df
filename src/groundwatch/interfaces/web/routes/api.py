"""The JSON API under /api/. Every list answers ``{"total", "limit", "offset", "items"}``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from groundwatch.interfaces.web import events, views
from groundwatch.interfaces.web.core import DEFAULT_LIMIT, ApiError, Limit, Offset, State, authorize, listing
from groundwatch.interfaces.web.data import Picture
from groundwatch.interfaces.web.routes.common import search_hits, start_job
from groundwatch.records import FigureKind
from groundwatch.stages.export import to_geojson
from groundwatch.store import web_queries
from groundwatch.store.web_queries import ArticleFilter, FactFilter

router = APIRouter(prefix="/api")

StoryQ = Annotated[str | None, Query(max_length=200, description="story id")]
ArticleQ = Annotated[str | None, Query(max_length=500, description="article id")]

FIGURE_CSV = ("article", "outlet", "published", "story", "kind", "value", "low", "high", "qualifier", "unit",
              "who", "place", "date", "reported_by", "text", "sentence_index", "start", "end", "sentence")
PLACE_CSV = ("article", "outlet", "published", "story", "text", "name", "country", "lat", "lon", "feature",
             "precision", "geonameid", "sentence_index", "start", "end", "sentence")
#: A cell starting with one of these is a formula in spreadsheet programs; article text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def story_or_404(pic: Picture, story_id: str) -> dict[str, Any]:
    s = pic.stories.get(story_id)
    if s is None:
        raise ApiError(404, "not_found", f"no story {story_id!r}")
    return s


@router.get("/health", tags=["meta"])
def api_health(state: State) -> dict[str, Any]:
    """Liveness and store counts."""
    with state.data.store() as store:
        return {"ok": True, "counts": store.counts()}


@router.get("/stories", tags=["stories"])
def api_stories(state: State, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Stories, newest activity first, with key figures and independent source counts."""
    pic = state.data.picture()
    stories = views.stories_newest_first(pic)
    return listing([views.story_summary(pic, s) for s in stories[offset:offset + limit]], len(stories), limit, offset)


@router.get("/stories/{story_id}", tags=["stories"])
def api_story(state: State, story_id: str) -> dict[str, Any]:
    """One story: its reconciled picture (figures with every claim, timeline, copy groups...)."""
    pic = state.data.picture()
    return views.story_detail(pic, story_or_404(pic, story_id))


@router.get("/articles", tags=["articles"])
def api_articles(state: State, story: StoryQ = None, outlet: Annotated[str | None, Query(max_length=200)] = None,
                 language: Annotated[str | None, Query(max_length=20)] = None,
                 published_from: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 published_to: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Articles (not rejected), filtered, newest first."""
    if published_from and published_to and published_from > published_to:
        raise ApiError(400, "bad_request", "published_from is after published_to")
    flt = ArticleFilter(story=story, outlet=outlet, language=language,
                        published_from=published_from.isoformat() if published_from else None,
                        published_to=published_to.isoformat() if published_to else None)
    with state.data.store() as st:
        total, rows = web_queries.articles(st, flt, limit, offset)
    return listing([views.article_summary(r) for r in rows], total, limit, offset)


@router.get("/articles/{article_id:path}", tags=["articles"])
def api_article(state: State, article_id: str) -> dict[str, Any]:
    """One article with its clean text and every fact (each with its span)."""
    a = state.data.picture().articles.get(article_id)
    if a is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    return views.article_json(a)


def _facts(state: State, flt: FactFilter, limit: int, offset: int) -> dict[str, Any]:
    with state.data.store() as st:
        total, rows = web_queries.facts(st, flt, limit, offset)
    return listing([views.fact_item(r) for r in rows], total, limit, offset)


@router.get("/figures", tags=["facts"])
def api_figures(state: State, story: StoryQ = None, kind: Annotated[FigureKind | None, Query()] = None,
                article: ArticleQ = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Figure claims (killed, displaced, aid...) with provenance; each links to its sentence."""
    return _facts(state, FactFilter("figure", story=story, article=article, kind=kind), limit, offset)


@router.get("/quotes", tags=["facts"])
def api_quotes(state: State, story: StoryQ = None, speaker: Annotated[str | None, Query(
                   max_length=200, description="case-insensitive part of the speaker's name")] = None,
               article: ArticleQ = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Direct quotes and their speakers."""
    return _facts(state, FactFilter("quote", story=story, article=article, speaker=speaker or None), limit, offset)


@router.get("/dates", tags=["facts"])
def api_dates(state: State, story: StoryQ = None, article: ArticleQ = None, limit: Limit = DEFAULT_LIMIT,
              offset: Offset = 0) -> dict[str, Any]:
    """Date mentions resolved to absolute dates."""
    return _facts(state, FactFilter("date", story=story, article=article), limit, offset)


@router.get("/places", tags=["facts"])
def api_places(state: State, story: StoryQ = None, article: ArticleQ = None,
               country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO alpha-2")] = None,
               limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Place mentions resolved to the gazetteer (lat/lon, country)."""
    return _facts(state, FactFilter("place", story=story, article=article, country=country), limit, offset)


@router.get("/events", tags=["picture"])
def api_events(state: State, story: StoryQ = None,
               type: Annotated[str | None, Query(max_length=100, description="ACLED event type")] = None,
               sub_type: Annotated[str | None, Query(max_length=100, description="ACLED sub-event type")] = None,
               actor: Annotated[str | None, Query(max_length=200, description="part of actor 1 or 2")] = None,
               admin: Annotated[str | None, Query(max_length=200, description="part of the location or admin area")]
               = None,
               country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO alpha-2")] = None,
               date: Annotated[str | None, Query(max_length=10, description="date prefix: 2025, 2025-05...")] = None,
               limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Event records (ACLED's fields, PLOVER category), each with its citations and field provenance."""
    pic = state.data.picture()
    if story is not None:
        story_or_404(pic, story)
    query = {"type": type, "sub_type": sub_type, "actor": actor, "admin": admin, "country": country, "date": date}
    rows = events.table(events.rows(pic, story), query)["events"]
    return listing(rows[offset:offset + limit], len(rows), limit, offset)


def _picture_list(state: State, key: str, story: str | None, limit: int, offset: int) -> dict[str, Any]:
    items = views.picture_items(state.data.picture(), key, story)
    if items is None:
        raise ApiError(404, "not_found", f"no story {story!r}")
    return listing(items[offset:offset + limit], len(items), limit, offset)


@router.get("/contradictions", tags=["picture"])
def api_contradictions(state: State, story: StoryQ = None, limit: Limit = DEFAULT_LIMIT,
                       offset: Offset = 0) -> dict[str, Any]:
    """Facts reported differently by different articles, each claim with its sentence."""
    return _picture_list(state, "contradiction", story, limit, offset)


@router.get("/updates", tags=["picture"])
def api_updates(state: State, story: StoryQ = None, limit: Limit = DEFAULT_LIMIT,
                offset: Offset = 0) -> dict[str, Any]:
    """Figures that changed over time, claims in as-of order."""
    return _picture_list(state, "update", story, limit, offset)


@router.get("/copies", tags=["picture"])
def api_copies(state: State, article: ArticleQ = None, min_similarity: Annotated[float, Query(ge=0, le=1)] = 0.0,
               limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Pairs of articles sharing reporting text (copies count as one independent source)."""
    with state.data.store() as st:
        copies = [c.to_dict() for c in st.copies()
                  if c.similarity >= min_similarity and (article is None or article in (c.a, c.b))]
    return listing(copies[offset:offset + limit], len(copies), limit, offset)


@router.get("/search", tags=["articles"])
def api_search(state: State, q: Annotated[str, Query(min_length=1, max_length=2000,
                                                     description="words or \"a phrase\"")],
               limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Full-text search over titles and clean text (FTS5), best first, with snippets."""
    total, hits = search_hits(state, q, limit, offset)
    return listing([{**h, "snippet_html": str(h["snippet_html"])} for h in hits], total, limit, offset, query=q)


def csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(state: State, type_: str, story: str | None, columns: Sequence[str], filename: str) -> Response:
    if story is not None:
        story_or_404(state.data.picture(), story)
    with state.data.store() as st:
        _, rows = web_queries.facts(st, FactFilter(type_, story=story), None)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        span = r.get("span") or {}
        row = {**r, "sentence_index": span.get("sentence_index"), "start": span.get("start"),
               "end": span.get("end"), "sentence": span.get("sentence")}
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/export/figures.csv", tags=["export"], response_class=PlainTextResponse)
def api_figures_csv(state: State, story: StoryQ = None) -> Response:
    """Every figure claim as CSV, one row per claim with its sentence."""
    return _csv(state, "figure", story, FIGURE_CSV, "figures.csv")


@router.get("/export/places.csv", tags=["export"], response_class=PlainTextResponse)
def api_places_csv(state: State, story: StoryQ = None) -> Response:
    """Every place mention as CSV with coordinates."""
    return _csv(state, "place", story, PLACE_CSV, "places.csv")


@router.get("/export/places.geojson", tags=["export"])
def api_places_geojson(state: State, story: StoryQ = None) -> Response:
    """Resolved places as a GeoJSON FeatureCollection (mentions aggregated)."""
    if story is not None:
        story_or_404(state.data.picture(), story)
    with state.data.store() as st:
        doc = to_geojson(st, story=story)
    return Response(json.dumps(doc, ensure_ascii=False), media_type="application/geo+json")


@router.post("/ingest", tags=["ingest"], status_code=202)
async def api_ingest(request: Request, state: State, files: Annotated[list[UploadFile] | None, File(
                         description="article files, or .zip/.tar.gz folder archives")] = None,
                     url: Annotated[str | None, Form(max_length=2000, description="a feed or page URL")] = None,
                     outlet: Annotated[str | None, Form(max_length=200, description=(
                         "outlet of every uploaded article (as a manifest entry would give it)"))] = None,
                     published: Annotated[str | None, Form(max_length=10, description=(
                         "publication date of every uploaded article, YYYY-MM-DD"))] = None,
                     token_field: Annotated[str | None, Form(alias="token")] = None) -> JSONResponse:
    """Start a background ingest of uploaded files and/or a URL; poll ``/api/jobs/{id}``."""
    authorize(request, state.token, token_field)
    job = await start_job(state, files or [], url, outlet, published)
    return JSONResponse(job.to_dict(), status_code=202)


@router.get("/jobs", tags=["ingest"])
def api_jobs(state: State, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Ingest jobs, newest first (kept across restarts)."""
    total, jobs = state.jobs.recent(limit, offset)
    return listing([j.to_dict() for j in jobs], total, limit, offset)


@router.get("/jobs/{job_id}", tags=["ingest"])
def api_job(state: State, job_id: str) -> dict[str, Any]:
    """One ingest job: state, progress and per-file results."""
    job = state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, "not_found", f"no ingest job {job_id!r}")
    return job.to_dict()


@router.api_route("/{rest:path}", methods=["GET", "POST"], include_in_schema=False)
def api_unknown(rest: str) -> None:
    raise ApiError(404, "not_found", f"no API endpoint /api/{rest}")

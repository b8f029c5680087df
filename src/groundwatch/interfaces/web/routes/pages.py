"""The HTML pages: stories, a story, an article, search, ingest and its jobs, the API docs."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from groundwatch import api
from groundwatch.errors import InputError
from groundwatch.interfaces.web import article_view, events, uploads, views
from groundwatch.interfaces.web.core import DEFAULT_LIMIT, ApiError, State, WebState, authorize, page
from groundwatch.interfaces.web.links import safe_url, story_path
from groundwatch.interfaces.web.routes.common import search_hits, start_job
from groundwatch.interfaces.web.svg import map_svg
from groundwatch.stages import report
from groundwatch.stages.report_events import FILTERS, map_points
from groundwatch.store import web_queries

router = APIRouter(include_in_schema=False)

#: Jobs listed under the upload form.
RECENT_JOBS_SHOWN = 10


@router.get("/", response_class=HTMLResponse)
def index_page(request: Request, state: State) -> HTMLResponse:
    return page(request, "index.html", **views.index_page(state.data.picture()))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, state: State, story_id: str,
               outlet: Annotated[str | None, Query(max_length=200)] = None,
               kind: Annotated[str | None, Query(max_length=40)] = None) -> HTMLResponse:
    pic = state.data.picture()
    s = pic.stories.get(story_id)
    if s is None:
        raise ApiError(404, "not_found", f"no story {story_id!r}")
    flt = views.StoryFilter(outlet=outlet or None, kind=kind or None)
    others = [(sid, o.get("label") or sid) for sid, o in pic.stories.items() if sid != story_id]
    ev = events.table(events.rows(pic, story_id), _event_query(request))
    return page(request, "story.html", other_stories=others, ev=ev, **views.story_page(pic, s, flt))


def _event_query(request: Request) -> dict[str, str]:
    """The events table's filters from the query string (type, actor, date, admin area...), bounded."""
    return {k: v[:200] for k in FILTERS if (v := request.query_params.get(k))}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, state: State) -> HTMLResponse:
    pic = state.data.picture()
    ev = events.table(events.rows(pic), _event_query(request))
    points = map_points(ev["events"])  # the map shows what the filters keep
    return page(request, "events.html", ev=ev, event_points=points, map=map_svg(points))


#: Form fields a merge or split may send (the token, and one per story or article ticked).
MAX_EDIT_FIELDS = 500


async def _edit_form(request: Request, state: WebState, key: str) -> list[str]:
    """The values of form field ``key``, once the request may write (same origin, and the token if set)."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        authorize(request, state.token)
    async with request.form(max_files=0, max_fields=MAX_EDIT_FIELDS) as form:
        token = form.get("token")
        authorize(request, state.token, token if isinstance(token, str) else None)
        return [v for v in form.getlist(key) if isinstance(v, str) and v]


def _edited(story_id: str, edit: Callable[[], str]) -> Response:
    """Run a story edit (the CLI's own ``api`` functions: recorded, replayed on every run, relinked)."""
    try:
        target = edit()
    except InputError as exc:
        raise ApiError(400, "bad_request", str(exc)) from exc
    return RedirectResponse(story_path(target or story_id), status_code=303)


@router.post("/stories/{story_id}/merge")
async def story_merge(request: Request, state: State, story_id: str) -> Response:
    """Fold the ticked stories (``other``) into this one."""
    others = await _edit_form(request, state, "other")

    def merge() -> str:
        api.merge_stories(state.data.db, story_id, others)
        return story_id

    return await run_in_threadpool(_edited, story_id, merge)


@router.post("/stories/{story_id}/split")
async def story_split(request: Request, state: State, story_id: str) -> Response:
    """Move the ticked articles (``article``) out of this story into a new one."""
    articles = await _edit_form(request, state, "article")
    return await run_in_threadpool(_edited, story_id, lambda: api.split_story(state.data.db, story_id, articles)[0])


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, state: State, article_id: str,
                 s: Annotated[int | None, Query(ge=0, le=100_000)] = None) -> HTMLResponse:
    pic = state.data.picture()
    a = pic.articles.get(article_id)
    if a is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    with state.data.store() as st:
        sentences = web_queries.sentence_bounds(st, article_id)
    paras = article_view.paragraphs(a.get("clean_text") or "", sentences, article_view.fact_spans(a))
    return page(request, "article.html", a=a, paras=paras, prefix=report.anchor(article_id),
                story=pic.stories.get(a.get("story") or ""), facts=article_view.fact_lists(a), highlighted=s,
                url=safe_url(a.get("url")))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, state: State, q: Annotated[str, Query(max_length=10_000)] = "",
                offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    total, results = search_hits(state, q, DEFAULT_LIMIT, offset) if q.strip() else (0, [])
    return page(request, "search.html", q=q, results=results, total=total, offset=offset, limit=DEFAULT_LIMIT)


def _ingest_page(request: Request, state: WebState, status_code: int = 200, **ctx: object) -> HTMLResponse:
    _, recent = state.jobs.recent(RECENT_JOBS_SHOWN)
    return page(request, "ingest.html", status_code=status_code, recent=recent,
                extensions=uploads.UPLOAD_EXTENSIONS + uploads.ARCHIVE_EXTENSIONS,
                max_mb=uploads.MAX_UPLOAD_BYTES // (1024 * 1024), **ctx)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request, state: State) -> HTMLResponse:
    return _ingest_page(request, state)


@router.post("/ingest")
async def ingest_form(request: Request, state: State) -> Response:
    # Parsed by hand: a browser sends an empty file input as a part with no file name, which
    # declared UploadFile parameters would refuse.
    if request.headers.get("sec-fetch-site") == "cross-site":
        authorize(request, state.token)
    async with request.form(max_files=uploads.MAX_FILES + 1, max_fields=20) as form:
        fields = {k: v for k in ("token", "url", "outlet", "published")
                  if isinstance(v := form.get(k), str)}
        authorize(request, state.token, fields.get("token"))
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        job = await start_job(state, files, fields.get("url"), fields.get("outlet"), fields.get("published"))
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, state: State, job_id: str) -> HTMLResponse:
    job = state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, "not_found", f"no ingest job {job_id!r}")
    return page(request, "job.html", job=job.to_dict())


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    return page(request, "docs.html")


@router.get("/static/report.css")
def report_css() -> Response:
    css = resources.files("groundwatch").joinpath("stages/report_templates/report.css").read_text("utf-8")
    return Response(css, media_type="text/css")


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico whatever the page says; the icon is the SVG in static/."""
    icon = resources.files("groundwatch").joinpath("interfaces/web/static/favicon.svg").read_bytes()
    return Response(icon, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

"""What a page and its API twin share: search results and starting an ingest job."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from starlette.datastructures import UploadFile

from groundwatch.interfaces.web import uploads
from groundwatch.interfaces.web.core import WebState
from groundwatch.interfaces.web.links import article_path
from groundwatch.store import web_queries
from groundwatch.store.jobs import Job


def snippet_html(snippet: str) -> Markup:
    """An FTS snippet (match markers \\x02..\\x03) escaped, with the matches in <mark>."""
    out = str(escape(snippet)).replace("\x02", "<mark>").replace("\x03", "</mark>")
    if out.count("<mark>") != out.count("</mark>"):
        out = out.replace("<mark>", "").replace("</mark>", "")
    return Markup(out)


def search_hits(state: WebState, q: str, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    with state.data.store() as st:
        total, hits = web_queries.search(st, q, limit, offset)
    return total, [{"id": h.id, "title": h.title, "outlet": h.outlet, "published": h.published, "story": h.story,
                    "href": article_path(h.id), "snippet": h.snippet.replace("\x02", "").replace("\x03", ""),
                    "snippet_html": snippet_html(h.snippet)} for h in hits]


async def start_job(state: WebState, files: Sequence[UploadFile], url: str | None, outlet: str | None = None,
                    published: str | None = None) -> Job:
    """Validate and stage an upload (in the request), then run it in the background."""
    files = [f for f in files if f.filename]
    url, outlet, published = uploads.check_request(files, url, outlet, published)
    job = state.jobs.new([f.filename or "" for f in files] + ([url] if url else []), url=url, outlet=outlet,
                         published=published)
    try:
        entries, staged = await uploads.stage(files, Path(job.root) / job.id)
    except BaseException:
        state.jobs.discard(job)
        raise
    return state.jobs.start(replace(job, files=tuple(entries), staged=tuple(staged)))

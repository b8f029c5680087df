"""``groundwatch serve``: the web app and JSON API over a store.

Pages (server-rendered, Jinja2 autoescape, a little vanilla JS, no network assets)::

    /                    stories, newest activity first, key figures and independent sources
    /stories/{id}        a story: summary, figures (charts), timeline, quotes, contradictions, map, sources
    /articles/{id}       clean text with every fact highlighted; ?s=N highlights sentence N
    /search?q=           full-text search (FTS5) with snippets
    /ingest              upload files / archives or fetch a URL; runs the pipeline in the background

JSON API under ``/api/`` (OpenAPI at ``/openapi.json``, browsable at ``/docs``). Errors are
``{"error": {"code": ..., "message": ...}}`` with a 4xx status; groundwatch errors are
translated here, at the edge, and nowhere else.

Security: every article field is untrusted and rendered escaped; URLs are linked only when
http(s); a strict Content-Security-Policy forbids inline scripts. Every write (POST) needs the
token when one is set (``Authorization: Bearer`` or the form's ``token`` field), and is refused
when a browser says it comes from another site. Uploads are size-capped and type-checked,
archives are extracted without path traversal, and URLs are fetched by :mod:`.fetch`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hmac
import io
import json
import re
import secrets
import shutil
import tarfile
import tempfile
import threading
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup, escape
from starlette.datastructures import UploadFile as StarletteUploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from groundwatch.errors import ConfigError, GroundwatchError, InputError, StoreError
from groundwatch.interfaces import fetch as fetching
from groundwatch.records import FigureKind
from groundwatch.stages import report
from groundwatch.stages.export import facts_document, to_geojson
from groundwatch.stages.readers import READERS
from groundwatch.store.sqlite import Store

#: Largest single uploaded file. News files are KBs; a WARC or feed dump of a few thousand
#: articles stays under this.
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
#: Largest request body (all files of one upload together); checked before the body is read.
MAX_REQUEST_BYTES = 60 * 1024 * 1024
#: Files per upload request, and members of one archive: enough for a folder of a few days'
#: coverage, few enough that a crafted archive cannot exhaust inodes.
MAX_FILES = 200
MAX_ARCHIVE_MEMBERS = 2000
#: Bytes extracted from all archives of one upload (zip bombs stop here).
MAX_EXTRACTED_BYTES = 200 * 1024 * 1024
#: API page size: the default, and the largest a client may ask for.
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
#: Search: characters of query read and terms used; longer queries are cut, not refused.
MAX_QUERY_CHARS = 300
MAX_QUERY_TERMS = 24
#: Finished ingest jobs remembered for their status pages (oldest forgotten first).
MAX_JOBS_KEPT = 100
#: Key figures shown per story on the stories page.
KEY_FIGURES_SHOWN = 4

#: Extensions accepted for upload: every format a reader handles, plus folder archives.
ARCHIVE_EXTENSIONS = (".tar.gz", ".tgz", ".tar", ".zip")
UPLOAD_EXTENSIONS = tuple(ending for ending, _ in READERS)
#: Fetched media types -> the file name the reader will recognise.
FETCHED_NAMES = {"text/html": "page.html", "application/xhtml+xml": "page.html", "application/rss+xml": "feed.rss",
                 "application/atom+xml": "feed.atom", "application/xml": "feed.xml", "text/xml": "feed.xml",
                 "text/plain": "page.txt", "application/json": "page.json"}
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

_SENTENCE_SUFFIX = re.compile(r"-s(\d+)$")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORDISH = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\*?", re.UNICODE)


# --- errors -------------------------------------------------------------------------------------


class ApiError(Exception):
    """A 4xx answer with a stable code: ``{"error": {"code": code, "message": message}}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 411: "length_required", 413: "payload_too_large",
                 415: "unsupported_media_type", 422: "invalid_parameter", 429: "too_many_requests"}


def _error_status(exc: GroundwatchError) -> int:
    if isinstance(exc, fetching.FetchError | InputError | ConfigError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 500


# --- helpers used by the templates ---------------------------------------------------------------


def safe_url(url: str | None) -> str | None:
    """``url`` when it may be linked (http or https, a host, no odd characters), else None."""
    if not url or any(c in url for c in "\x00\r\n\t\"'<>` "):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def article_path(article_id: str) -> str:
    """The page of an article (ids may hold '/', '#', '?', spaces: all percent-encoded but '/')."""
    return "/articles/" + quote(article_id, safe="/")


def sentence_href(article_id: str, sentence_index: int | None) -> str:
    """The article page with sentence ``sentence_index`` highlighted and scrolled to."""
    if sentence_index is None or sentence_index < 0:
        return article_path(article_id)
    return f"{article_path(article_id)}?s={sentence_index}#{report.anchor(article_id)}-s{sentence_index}"


def cite_href(cite: dict[str, Any]) -> str:
    """A report citation (``#anchor-sN``) as a link to the article page."""
    article = cite.get("article")
    if not article:
        return "#"
    m = _SENTENCE_SUFFIX.search(cite.get("href") or "")
    return sentence_href(str(article), int(m.group(1)) if m else None)


def story_path(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


def fts_query(text: str) -> str | None:
    """A user's search text as a safe FTS5 query: every term quoted (AND), phrases kept.

    ``"exact phrase"`` stays a phrase; a trailing ``*`` makes a prefix search; FTS5 operators
    and punctuation in the text lose their meaning, so no input can make the query invalid.
    """
    terms: list[str] = []
    for m in _TERM.finditer(text[:MAX_QUERY_CHARS]):
        if m.group(1) is not None:
            words = _WORDISH.findall(m.group(1))
            if words:
                terms.append('"' + " ".join(w.rstrip("*") for w in words).replace('"', '""') + '"')
            continue
        for word in _WORDISH.findall(m.group(2)):
            prefix = word.endswith("*")
            word = word.rstrip("*")
            if word:
                terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    terms = terms[:MAX_QUERY_TERMS]
    return " ".join(terms) if terms else None


def _snippet_html(snippet: str) -> Markup:
    """An FTS snippet (match markers \\x02..\\x03) escaped, with the matches in <mark>."""
    out = str(escape(snippet)).replace("\x02", "<mark>").replace("\x03", "</mark>")
    if out.count("<mark>") != out.count("</mark>"):
        out = out.replace("<mark>", "").replace("</mark>", "")
    return Markup(out)


def chart_svg(points: Sequence[tuple[str, float]], *, width: int = 360, height: int = 150,
              label: str = "") -> Markup:
    """An inline SVG chart of dated values (a figure over time): axes, a line, labelled dots."""
    pts = sorted((d[:10], float(v)) for d, v in points if d and len(d) >= 10 and v is not None)
    if not pts:
        return Markup("")
    left, right, top, bottom = 52, 12, 12, 28
    days = [dt.date.fromisoformat(d).toordinal() for d, _ in pts]
    lo_d, hi_d = min(days), max(days)
    hi_v = max(v for _, v in pts)
    lo_v = 0.0
    span_v = (hi_v - lo_v) or 1.0
    span_d = (hi_d - lo_d) or 1

    def x(day: int) -> float:
        return left + (width - left - right) * ((day - lo_d) / span_d if hi_d > lo_d else 0.5)

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - (v - lo_v) / span_v)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">',
             f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}"/>',
             f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}"/>',
             f'<text class="tick" x="{left - 6}" y="{y(hi_v) + 4:.1f}" text-anchor="end">'
             f"{escape(report.fmt_number(hi_v))}</text>",
             f'<text class="tick" x="{left - 6}" y="{height - bottom + 4}" text-anchor="end">0</text>',
             f'<text class="tick" x="{left}" y="{height - 8}" text-anchor="start">{escape(pts[0][0])}</text>']
    if hi_d > lo_d:
        parts.append(f'<text class="tick" x="{width - right}" y="{height - 8}" text-anchor="end">'
                     f"{escape(pts[-1][0])}</text>")
    coords = [(x(day), y(v)) for day, (_, v) in zip(days, pts, strict=True)]
    if len(coords) > 1:
        parts.append('<polyline class="line" points="' + " ".join(f"{a:.1f},{b:.1f}" for a, b in coords) + '"/>')
    for (cx, cy), (d, v) in zip(coords, pts, strict=True):
        parts.append(f'<circle class="dot" cx="{cx:.1f}" cy="{cy:.1f}" r="4"><title>{escape(d)}: '
                     f"{escape(report.fmt_number(v))}</title></circle>")
    parts.append("</svg>")
    return Markup("".join(parts))


def map_svg(places: Sequence[dict[str, Any]], *, width: int = 640, height: int = 360) -> Markup:
    """Places as an offline SVG scatter of lon/lat (equirectangular around their bounding box).

    Each place is a dot sized by its mentions, labelled, and linked to its first mention.
    """
    pts = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not pts:
        return Markup("")
    lats = [float(p["lat"]) for p in pts]
    lons = [float(p["lon"]) for p in pts]
    # At least one degree each way around a single town, so it is not drawn on the frame.
    pad_lat = max(1.0, (max(lats) - min(lats)) * 0.15)
    pad_lon = max(1.0, (max(lons) - min(lons)) * 0.15)
    lat0, lat1 = min(lats) - pad_lat, max(lats) + pad_lat
    lon0, lon1 = min(lons) - pad_lon, max(lons) + pad_lon
    import math

    # Equirectangular with the width of a degree of longitude at the middle latitude.
    k = max(0.2, math.cos(math.radians((lat0 + lat1) / 2)))
    sx = (width - 20) / ((lon1 - lon0) * k)
    sy = (height - 20) / (lat1 - lat0)
    s = min(sx, sy)
    ox = (width - (lon1 - lon0) * k * s) / 2
    oy = (height - (lat1 - lat0) * s) / 2
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="map of places mentioned">',
             f'<rect class="sea" x="0" y="0" width="{width}" height="{height}"/>']
    # A graticule every whole degree (every 5 or 10 on a wide map) to give a sense of scale.
    step = 1 if lat1 - lat0 < 12 else 5 if lat1 - lat0 < 60 else 10
    for g in range(math.ceil(lat0 / step) * step, math.floor(lat1) + 1, step):
        gy = oy + (lat1 - g) * s
        parts.append(f'<line class="grid" x1="0" y1="{gy:.1f}" x2="{width}" y2="{gy:.1f}"/>'
                     f'<text class="tick" x="4" y="{gy - 2:.1f}">{g}°</text>')
    for g in range(math.ceil(lon0 / step) * step, math.floor(lon1) + 1, step):
        gx = ox + (g - lon0) * k * s
        parts.append(f'<line class="grid" x1="{gx:.1f}" y1="0" x2="{gx:.1f}" y2="{height}"/>'
                     f'<text class="tick" x="{gx + 2:.1f}" y="{height - 4}">{g}°</text>')
    for p in sorted(pts, key=lambda p: -int(p.get("mentions") or 1)):
        cx = ox + (float(p["lon"]) - lon0) * k * s
        cy = oy + (lat1 - float(p["lat"])) * s
        r = 3 + 2.5 * math.sqrt(int(p.get("mentions") or 1))
        name = str(p.get("name") or "?")
        # Only the app's own paths are linked (they are built from ids, never taken from articles).
        href = escape(p["href"] if str(p.get("href") or "").startswith("/") else "#")
        parts.append(f'<a href="{href}" data-outlets="{escape(p.get("outlets") or "")}">'
                     f'<circle class="place" cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}">'
                     f"<title>{escape(name)}: {int(p.get('mentions') or 1)} mentions</title></circle>"
                     f'<text class="label" x="{cx + r + 2:.1f}" y="{cy + 4:.1f}">{escape(name)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


# --- reading the store ---------------------------------------------------------------------------


@dataclass
class _Picture:
    """The facts export and the report context of the store at one data version."""

    facts: dict[str, Any]
    ctx: dict[str, Any]
    stories: dict[str, dict[str, Any]]
    articles: dict[str, dict[str, Any]]


class _Data:
    """One read connection shared by the requests (serialised by a lock) and a cached picture.

    The picture (facts export + report context) is rebuilt only when ``PRAGMA data_version``
    says another connection (an ingest job, a CLI run) committed since.
    """

    def __init__(self, db: str) -> None:
        self.db = db
        self.lock = threading.RLock()
        self._store: Store | None = None
        self._picture: tuple[int, _Picture] | None = None

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        with self.lock:
            if self._store is None:
                self._store = Store.open(self.db)
            yield self._store

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def picture(self) -> _Picture:
        with self.store() as store:
            version = int(store.conn.execute("PRAGMA data_version").fetchone()[0])
            if self._picture is not None and self._picture[0] == version:
                return self._picture[1]
            facts = facts_document(store)
            ctx = report.build_context(store, facts)
            pic = _Picture(facts=facts, ctx=ctx, stories={s["id"]: s for s in ctx["stories"]},
                           articles={a["id"]: a for a in facts["articles"]})
            self._picture = (version, pic)
            return pic


def _row_dict(row: Any) -> dict[str, Any]:
    return {k: row[k] for k in row.keys()}  # noqa: SIM118 - sqlite3.Row is not a Mapping


def _article_summary(a: dict[str, Any]) -> dict[str, Any]:
    return {"id": a["id"], "title": a.get("title"), "outlet": a.get("outlet"), "url": a.get("url"),
            "language": a.get("language"), "published": a.get("published"),
            "story": a.get("story") or a.get("story_id"),
            "status": a.get("status"), "href": article_path(a["id"])}


def _story_summary(s: dict[str, Any]) -> dict[str, Any]:
    return {"id": s["id"], "label": s["label"], "articles": len(s["articles"]), "independent_sources": s["independent"],
            "outlets": s["outlets"], "first": s["first"], "last": s["last"] or None,
            "key_figures": [_figure_summary(f) for f in _key_figures(s)], "href": story_path(s["id"])}


def _figure_summary(f: dict[str, Any]) -> dict[str, Any]:
    return {"kind": f.get("kind"), "who": f.get("who"), "place": f.get("place"), "unit": f.get("unit"),
            "low": f.get("low"), "best": f.get("best"), "high": f.get("high"),
            "independent_sources": f.get("independent_sources"), "claims": len(f.get("claims") or [])}


def _key_figures(s: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures most worth a glance: most independent sources, then largest best value."""
    figs = [f for f in s["figures"] if f.get("best") is not None]
    figs.sort(key=lambda f: (-(f.get("independent_sources") or 0), -(f.get("best") or 0)))
    return figs[:KEY_FIGURES_SHOWN]


def _last_activity(s: dict[str, Any]) -> str:
    return max([s.get("last") or ""] + [a.get("published") or "" for a in s["articles"]])


# --- ingest jobs -----------------------------------------------------------------------------------


@dataclass
class Job:
    """One background ingest: what was given, where it is, and per-file results."""

    id: str
    created: str
    inputs: list[str]
    state: str = "queued"  # queued | fetching | analysing | linking | done | failed
    message: str = "waiting for the previous job"
    done: int = 0
    total: int = 0
    files: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] | None = None
    error: str | None = None
    url: str | None = None
    staged: list[tuple[str, str]] = field(default_factory=list)  # (display name, absolute path)
    root: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "created": self.created, "inputs": self.inputs, "state": self.state,
                "message": self.message, "done": self.done, "total": self.total, "files": self.files,
                "summary": self.summary, "error": self.error, "finished": self.state in ("done", "failed"),
                "href": f"/ingest/jobs/{self.id}", "status_url": f"/api/jobs/{self.id}"}


class _Jobs:
    """Ingest jobs, run one at a time (the pipeline writes the store) in a daemon thread each."""

    def __init__(self, db: str, allow_loopback_fetch: bool = False) -> None:
        self.db = db
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.run_lock = threading.Lock()
        self.allow_loopback_fetch = allow_loopback_fetch

    def new(self, inputs: list[str]) -> Job:
        job_id = f"web-{dt.datetime.now(dt.UTC).strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"
        job = Job(id=job_id, created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), inputs=inputs)
        job.root = tempfile.mkdtemp(prefix="groundwatch-upload-")
        (Path(job.root) / job.id).mkdir()
        with self.lock:
            self.jobs[job.id] = job
            finished = [j for j in self.jobs.values() if j.state in ("done", "failed")]
            for old in finished[: max(0, len(self.jobs) - MAX_JOBS_KEPT)]:
                del self.jobs[old.id]
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def start(self, job: Job) -> None:
        threading.Thread(target=self._run, args=(job,), name=f"ingest-{job.id}", daemon=True).start()

    def _run(self, job: Job) -> None:
        with self.run_lock:
            try:
                self._work(job)
            except GroundwatchError as exc:
                job.state, job.error, job.message = "failed", str(exc), f"failed: {exc}"
                for f in job.files:
                    if f["status"] == "pending":
                        f["status"], f["reason"] = "rejected", str(exc)
            except Exception as exc:  # a background job must report, not die silently
                job.state, job.error = "failed", f"{type(exc).__name__}: {exc}"
                job.message = "failed: internal error"
            finally:
                shutil.rmtree(job.root, ignore_errors=True)

    def _work(self, job: Job) -> None:
        folder = Path(job.root) / job.id
        if job.url:
            job.state, job.message = "fetching", f"fetching {job.url}"
            job.files.append({"name": job.url, "status": "pending", "reason": None, "articles": []})
            got = fetching.fetch(job.url, allow_loopback=self.allow_loopback_fetch)
            name = FETCHED_NAMES.get(got.content_type)
            if name is None:
                raise fetching.FetchError(f"unsupported content type {got.content_type or 'unknown'!r}")
            (folder / name).write_bytes(got.body)
            (folder / "manifest.json").write_text(json.dumps({"articles": [{"file": name, "url": got.final_url}]}),
                                                  encoding="utf-8")
            job.staged.append((job.url, str(folder / name)))
        if not job.staged:
            job.state, job.message = "done", "nothing to ingest"
            return
        from groundwatch import api

        job.state, job.message = "analysing", "reading and analysing"

        def progress(items: Sequence[Any], desc: str) -> Iterator[Any]:
            job.total = len(items)
            for i, item in enumerate(items):
                job.done = i
                job.message = f"{desc} {i + 1} of {len(items)}"
                yield item
            job.done = len(items)
            job.state, job.message = "linking", "linking stories and copies"

        result = api.ingest([job.root], db=self.db, progress=progress)
        try:
            job.summary = result.summary.to_dict()
            self._results(job, result.store)
        finally:
            result.store.close()
        job.state = "done"
        job.message = (f"done: {job.summary['analysed']} analysed, {job.summary['not_analysed']} stored but not "
                       f"analysed, {job.summary['rejected']} rejected")

    def _results(self, job: Job, store: Store) -> None:
        by_name = {f["name"]: f for f in job.files}
        for name, path in job.staged:
            entry = by_name.setdefault(name, {"name": name, "status": "pending", "reason": None, "articles": []})
            if entry not in job.files:
                job.files.append(entry)
            n = len(path)
            arts = store.conn.execute(
                "SELECT id, status, status_reason FROM articles WHERE source = ? OR substr(source, 1, ?) = ?"
                " ORDER BY id", (path, n + 1, path + "#")).fetchall()
            rejs = store.conn.execute(
                "SELECT stage, reason FROM rejections WHERE source = ? OR substr(source, 1, ?) = ? ORDER BY id",
                (path, n + 1, path + "#")).fetchall()
            entry["articles"] = [{"id": a["id"], "status": a["status"], "href": article_path(a["id"])}
                                 for a in arts if a["status"] != "rejected"]
            if entry["articles"]:
                entry["status"] = "ingested"
                not_analysed = [a["status_reason"] for a in arts if a["status"] == "not_analysed"]
                entry["reason"] = "; ".join(r for r in not_analysed if r) or None
                if rejs:
                    entry["reason"] = (entry["reason"] + "; " if entry["reason"] else "") + \
                        f"{len(rejs)} part(s) rejected: {rejs[0]['reason']}"
            elif rejs:
                entry["status"] = "rejected"
                entry["reason"] = f"{rejs[0]['stage']}: {rejs[0]['reason']}"
            else:
                entry["status"] = "rejected"
                entry["reason"] = "no article could be read from it"


def safe_name(filename: str) -> str:
    """A harmless file name: last path component only, odd characters replaced, no leading dots."""
    base = PurePosixPath(filename.replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).lstrip("._-")[:120]
    return base or "upload"


def _ending(name: str, endings: Sequence[str]) -> str | None:
    low = name.lower()
    return next((e for e in endings if low.endswith(e) and len(low) > len(e)), None)


def _extract_archive(path: Path, dest: Path, budget: list[int]) -> list[tuple[str, str]]:
    """Extract the supported files of an archive into ``dest`` safely; returns (name, path) pairs.

    Only regular files with a supported extension are written, each under a sanitised
    relative path (no absolute paths, no '..', no links, no devices); extraction stops at
    :data:`MAX_ARCHIVE_MEMBERS` members or when ``budget[0]`` bytes are used up.

    Raises:
        InputError: the archive is unreadable, too large or has too many members.
    """
    out: list[tuple[str, str]] = []

    def target(member_name: str) -> Path | None:
        name = member_name.replace("\\", "/")
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name):  # absolute: refused, not re-rooted
            return None
        parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
        if not parts or any(p == ".." for p in parts) or any(p.startswith(".") for p in parts):
            return None
        clean = [safe_name(p) for p in parts]
        if not _ending(clean[-1], UPLOAD_EXTENSIONS):
            return None
        t = dest.joinpath(*clean)
        if not t.resolve().is_relative_to(dest.resolve()):
            return None
        return t

    def write(stream: Any, t: Path, name: str) -> None:
        t.parent.mkdir(parents=True, exist_ok=True)
        with t.open("wb") as fh:
            while chunk := stream.read(64 * 1024):
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    raise InputError(f"archive contents exceed {MAX_EXTRACTED_BYTES} bytes")
                fh.write(chunk)
        out.append((name, str(t)))

    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                infos = zf.infolist()
                if len(infos) > MAX_ARCHIVE_MEMBERS:
                    raise InputError(f"archive has more than {MAX_ARCHIVE_MEMBERS} members")
                for info in infos:
                    is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
                    if info.is_dir() or is_link or info.file_size > MAX_UPLOAD_BYTES:
                        continue
                    t = target(info.filename)
                    if t is not None:
                        with zf.open(info) as stream:
                            write(stream, t, info.filename)
        else:
            with tarfile.open(path, "r:*") as tf:
                for i, member in enumerate(tf):
                    if i >= MAX_ARCHIVE_MEMBERS:
                        raise InputError(f"archive has more than {MAX_ARCHIVE_MEMBERS} members")
                    if not member.isreg() or member.size > MAX_UPLOAD_BYTES:
                        continue
                    t = target(member.name)
                    member_stream = tf.extractfile(member) if t is not None else None
                    if t is not None and member_stream is not None:
                        write(member_stream, t, member.name)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        raise InputError(f"unreadable archive: {exc}") from exc
    return out


# --- the app ---------------------------------------------------------------------------------------


class _BodyLimit:
    """Refuse a write before reading its body: Content-Length required and capped."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH"):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            length = headers.get("content-length")
            status, code, message = 0, "", ""
            if length is None or not length.isdigit():
                status, code, message = 411, "length_required", "a Content-Length header is required"
            elif int(length) > self.limit:
                status, code, message = 413, "payload_too_large", f"request body over {self.limit} bytes"
            if status:
                resp = JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
                await resp(scope, receive, send)
                return
        await self.app(scope, receive, send)


@cache
def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("groundwatch", "interfaces/web/templates"),
        autoescape=True,  # every template, whatever its name: all article fields are untrusted
        # Lenient undefined: pictures from older runs may lack optional keys (place, unit...).
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.Undefined,
    )
    env.globals.update(fmt_number=report.fmt_number, figure_label=report.figure_label, cite_href=cite_href,
                       article_path=article_path, story_path=story_path, safe_url=safe_url,
                       sentence_href=sentence_href, anchor=report.anchor)
    return env


def _report_css() -> str:
    return resources.files("groundwatch").joinpath("stages/report_templates/report.css").read_text("utf-8")


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
StoryQ = Annotated[str | None, Query(max_length=200, description="story id")]
ArticleQ = Annotated[str | None, Query(max_length=500, description="article id")]


def create_app(db: str, token: str | None = None, *, allowed_hosts: Sequence[str] | None = None,
               allow_loopback_fetch: bool = False) -> FastAPI:
    """The web app and JSON API over the store at ``db``.

    Args:
        db: the SQLite store (created if missing).
        token: when set, every POST must carry it (``Authorization: Bearer <token>`` or a
            ``token`` form field).
        allowed_hosts: Host header values accepted (against DNS rebinding); None accepts any.
        allow_loopback_fetch: let the URL fetcher reach loopback addresses (tests only).

    Returns:
        The FastAPI application.
    """
    data = _Data(db)
    jobs = _Jobs(db, allow_loopback_fetch=allow_loopback_fetch)
    app = FastAPI(title="groundwatch", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Stories, figures, quotes, dates, places, contradictions and copies extracted "
                              "from news articles, each with the sentence it came from.")
    app.state.data = data
    app.state.jobs = jobs
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(_BodyLimit, limit=MAX_REQUEST_BYTES)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    def error_response(request: Request, status: int, code: str, message: str) -> Response:
        if is_api(request):
            return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
        return page(request, "error.html", status_code=status, status=status, code=code, message=message)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return error_response(request, 422, "invalid_parameter", "; ".join(problems))

    @app.exception_handler(GroundwatchError)
    async def groundwatch_error(request: Request, exc: GroundwatchError) -> Response:
        return error_response(request, _error_status(exc), exc.code, str(exc))

    def page(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        html = _templates().get_template(name).render(request_path=request.url.path, token_required=bool(token),
                                                      **ctx)
        return HTMLResponse(html, status_code=status_code)

    def authorize(request: Request, form_token: str | None = None) -> None:
        """Refuse cross-site writes always, and writes without the token when one is set."""
        site = request.headers.get("sec-fetch-site")
        origin = request.headers.get("origin")
        if site == "cross-site" or (origin and origin != "null" and urlsplit(origin).netloc != request.headers.get(
                "host", "")):
            raise ApiError(403, "forbidden", "cross-site requests cannot write")
        if token is None:
            return
        given = form_token
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "this server requires its token for writes "
                                                "(Authorization: Bearer <token>, or the form's token field)")

    def story_or_404(story_id: str) -> dict[str, Any]:
        s = data.picture().stories.get(story_id)
        if s is None:
            raise ApiError(404, "not_found", f"no story {story_id!r}")
        return s

    # --- pages ----------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page(request: Request) -> HTMLResponse:
        pic = data.picture()
        stories = sorted(pic.ctx["stories"], key=lambda s: (_last_activity(s), s["id"]), reverse=True)
        rows = [{"s": s, "key": _key_figures(s), "last": _last_activity(s)} for s in stories]
        return page(request, "index.html", rows=rows, counts=pic.ctx["counts"],
                    not_analysed=pic.ctx["not_analysed"], rejections=pic.ctx["rejections"])

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        pic = data.picture()
        s = story_or_404(story_id)
        kinds = sorted({f.get("kind") for f in s["figures"] if f.get("kind")})
        charts = []
        for f in s["figures"]:
            points = [(c.get("as_of") or "", float(c["value"])) for c in f["claims"]
                      if isinstance(c.get("value"), int | float) and c.get("as_of")]
            if len({d for d, _ in points}) >= 2:  # one date is no trend; the table shows it
                title = f"{f.get('kind')}" + (f" ({f['who']})" if f.get("who") else "") + \
                    (f" in {f['place']}" if f.get("place") else "")
                charts.append({"kind": f.get("kind"), "title": title, "svg": chart_svg(points, label=title),
                               "outlets": "|".join(sorted({c["cite"]["outlet"] for c in f["claims"]}))})
        places = _story_places(pic, s)
        return page(request, "story.html", s=s, kinds=kinds, charts=charts, map=map_svg(places), places=places,
                    sections=report.SECTIONS, outlets_attr=_outlets_attr)

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str,
                     s: Annotated[int | None, Query(ge=0, le=100_000)] = None) -> HTMLResponse:
        pic = data.picture()
        a = pic.articles.get(article_id)
        if a is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        prefix = report.anchor(article_id)
        html = str(_article_html(data, a, prefix))
        if s is not None:
            opening = f'<span class="s" id="{prefix}-s{s}">'
            html = html.replace(opening, f'<span class="s hl" id="{prefix}-s{s}">', 1)
        story = pic.stories.get(a.get("story") or "")
        facts = _fact_lists(a)
        return page(request, "article.html", a=a, html=Markup(html), prefix=prefix, story=story,
                    facts=facts, highlighted=s, url=safe_url(a.get("url")))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Annotated[str, Query(max_length=10_000)] = "",
                    offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
        results, total = _search(data, q, DEFAULT_LIMIT, offset) if q.strip() else ([], 0)
        return page(request, "search.html", q=q, results=results, total=total, offset=offset, limit=DEFAULT_LIMIT)

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page(request: Request) -> HTMLResponse:
        with jobs.lock:
            recent = sorted(jobs.jobs.values(), key=lambda j: j.created, reverse=True)[:10]
        return page(request, "ingest.html", recent=recent, extensions=UPLOAD_EXTENSIONS + ARCHIVE_EXTENSIONS,
                    max_mb=MAX_UPLOAD_BYTES // (1024 * 1024))

    @app.post("/ingest", include_in_schema=False)
    async def ingest_form(request: Request) -> Response:
        # Parsed by hand: a browser sends an empty file input as a part with no file name, which
        # declared UploadFile parameters would refuse.
        if request.headers.get("sec-fetch-site") == "cross-site":
            authorize(request)
        async with request.form(max_files=MAX_FILES + 1, max_fields=20) as form:
            token_field = form.get("token")
            authorize(request, token_field if isinstance(token_field, str) else None)
            files = [f for f in form.getlist("files") if isinstance(f, StarletteUploadFile)]
            url = form.get("url")
            job = await _start_job(jobs, files, url if isinstance(url, str) else None)
        return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)

    @app.get("/ingest/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = jobs.get(job_id)
        if job is None:
            raise ApiError(404, "not_found", f"no ingest job {job_id!r}")
        return page(request, "job.html", job=job.to_dict())

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return page(request, "docs.html")

    @app.get("/static/report.css", include_in_schema=False)
    def report_css() -> Response:
        return Response(_report_css(), media_type="text/css")

    # --- JSON API --------------------------------------------------------------------------------

    @app.get("/api/health", tags=["meta"])
    def api_health() -> dict[str, Any]:
        """Liveness and store counts."""
        with data.store() as store:
            return {"ok": True, "counts": store.counts()}

    @app.get("/api/stories", tags=["stories"])
    def api_stories() -> dict[str, Any]:
        """Every story, newest activity first, with key figures and independent source counts."""
        stories = sorted(data.picture().ctx["stories"], key=lambda s: (_last_activity(s), s["id"]), reverse=True)
        return {"total": len(stories), "items": [_story_summary(s) for s in stories]}

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(story_id: str) -> dict[str, Any]:
        """One story: its reconciled picture (figures with every claim, timeline, copy groups...)."""
        s = story_or_404(story_id)
        stored: dict[str, Any] = next((x for x in data.picture().facts["stories"] if x["id"] == story_id), {})
        return {**_story_summary(s), "picture": stored,
                "articles": [_article_summary(a) for a in s["articles"]],
                "contradictions": [_plain(c) for c in s["contradictions"]],
                "updates": [_plain(u) for u in s["updates"]]}

    @app.get("/api/articles", tags=["articles"])
    def api_articles(story: StoryQ = None, outlet: Annotated[str | None, Query(max_length=200)] = None,
                     language: Annotated[str | None, Query(max_length=20)] = None,
                     published_from: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                     published_to: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                     limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        """Articles (not rejected), filtered; paginated by limit/offset."""
        if published_from and published_to and published_from > published_to:
            raise ApiError(400, "bad_request", "published_from is after published_to")
        where, params = ["status != 'rejected'"], []
        for column, value in (("story_id", story), ("outlet", outlet), ("language", language)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if published_from:
            where.append("published >= ?")
            params.append(published_from.isoformat())
        if published_to:
            where.append("published <= ?")
            params.append(published_to.isoformat())
        sql_where = " AND ".join(where)
        with data.store() as st:
            total = st.conn.execute(f"SELECT COUNT(*) FROM articles WHERE {sql_where}", params).fetchone()[0]
            rows = st.conn.execute(
                "SELECT id, title, outlet, url, language, published, story_id, status FROM articles"
                f" WHERE {sql_where} ORDER BY published DESC, id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return {"total": total, "limit": limit, "offset": offset,
                "items": [_article_summary(_row_dict(r)) for r in rows]}

    @app.get("/api/articles/{article_id:path}", tags=["articles"])
    def api_article(article_id: str) -> dict[str, Any]:
        """One article with its clean text and every fact (each with its span)."""
        a = data.picture().articles.get(article_id)
        if a is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        return {**a, "href": article_path(article_id)}

    def facts_page(type_: str, *, story: str | None, article: str | None, extra: list[tuple[str, Any]],
                   limit: int, offset: int) -> dict[str, Any]:
        where, params = ["f.type = ?", "a.status != 'rejected'"], [type_]
        if story is not None:
            where.append("a.story_id = ?")
            params.append(story)
        if article is not None:
            where.append("f.article_id = ?")
            params.append(article)
        for clause, value in extra:
            where.append(clause)
            params.append(value)
        sql_where = " AND ".join(where)
        base = f"FROM facts f JOIN articles a ON a.id = f.article_id WHERE {sql_where}"
        with data.store() as st:
            total = st.conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
            rows = st.conn.execute(
                f"SELECT f.article_id, f.seq, f.sentence_index, f.data, a.outlet, a.published, a.story_id {base}"
                " ORDER BY a.published, f.article_id, f.seq LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        items = []
        for r in rows:
            d = json.loads(r["data"])
            items.append({**d, "article": r["article_id"], "index": r["seq"], "outlet": r["outlet"],
                          "published": r["published"], "story": r["story_id"],
                          "href": sentence_href(r["article_id"], r["sentence_index"])})
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/figures", tags=["facts"])
    def api_figures(story: StoryQ = None, kind: Annotated[FigureKind | None, Query()] = None,
                    article: ArticleQ = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        """Figure claims (killed, displaced, aid...) with provenance; each links to its sentence."""
        extra = [("json_extract(f.data, '$.kind') = ?", kind)] if kind else []
        return facts_page("figure", story=story, article=article, extra=extra, limit=limit, offset=offset)

    @app.get("/api/quotes", tags=["facts"])
    def api_quotes(story: StoryQ = None, speaker: Annotated[str | None, Query(max_length=200,
                   description="case-insensitive part of the speaker's name")] = None,
                   article: ArticleQ = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        """Direct quotes and their speakers."""
        extra: list[tuple[str, Any]] = []
        if speaker:
            extra.append(("instr(lower(coalesce(json_extract(f.data, '$.speaker'), '')), ?) > 0", speaker.lower()))
        return facts_page("quote", story=story, article=article, extra=extra, limit=limit, offset=offset)

    @app.get("/api/dates", tags=["facts"])
    def api_dates(story: StoryQ = None, article: ArticleQ = None, limit: Limit = DEFAULT_LIMIT,
                  offset: Offset = 0) -> dict[str, Any]:
        """Date mentions resolved to absolute dates."""
        return facts_page("date", story=story, article=article, extra=[], limit=limit, offset=offset)

    @app.get("/api/places", tags=["facts"])
    def api_places(story: StoryQ = None, article: ArticleQ = None,
                   country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO alpha-2")] = None,
                   limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        """Place mentions resolved to the gazetteer (lat/lon, country)."""
        extra = [("upper(json_extract(f.data, '$.country')) = ?", country.upper())] if country else []
        return facts_page("place", story=story, article=article, extra=extra, limit=limit, offset=offset)

    @app.get("/api/contradictions", tags=["picture"])
    def api_contradictions(story: StoryQ = None) -> dict[str, Any]:
        """Facts reported differently by different articles, each claim with its sentence."""
        return _picture_items(data.picture(), "contradictions", story)

    @app.get("/api/updates", tags=["picture"])
    def api_updates(story: StoryQ = None) -> dict[str, Any]:
        """Figures that changed over time, claims in as-of order."""
        return _picture_items(data.picture(), "updates", story)

    @app.get("/api/copies", tags=["picture"])
    def api_copies(article: ArticleQ = None,
                   min_similarity: Annotated[float, Query(ge=0, le=1)] = 0.0) -> dict[str, Any]:
        """Pairs of articles sharing reporting text (copies count as one independent source)."""
        with data.store() as st:
            copies = [c.to_dict() for c in st.copies()
                      if c.similarity >= min_similarity and (article is None or article in (c.a, c.b))]
        return {"total": len(copies), "items": copies}

    @app.get("/api/search", tags=["articles"])
    def api_search(q: Annotated[str, Query(min_length=1, max_length=2000, description="words or \"a phrase\"")],
                   limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
        """Full-text search over titles and clean text (FTS5), best first, with snippets."""
        results, total = _search(data, q, limit, offset)
        items = [{**{k: v for k, v in r.items() if k != "snippet_html"}, "snippet_html": str(r["snippet_html"])}
                 for r in results]
        return {"query": q, "total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/export/figures.csv", tags=["export"], response_class=PlainTextResponse)
    def api_figures_csv(story: StoryQ = None) -> Response:
        """Every figure claim as CSV, one row per claim with its sentence."""
        return _csv_response(data, "figure", story, FIGURE_CSV, "figures.csv")

    @app.get("/api/export/places.csv", tags=["export"], response_class=PlainTextResponse)
    def api_places_csv(story: StoryQ = None) -> Response:
        """Every place mention as CSV with coordinates."""
        return _csv_response(data, "place", story, PLACE_CSV, "places.csv")

    @app.get("/api/export/places.geojson", tags=["export"])
    def api_places_geojson(story: StoryQ = None) -> Response:
        """Resolved places as a GeoJSON FeatureCollection (mentions aggregated)."""
        if story is not None:
            story_or_404(story)
        with data.store() as st:
            doc = to_geojson(st, story=story)
        return Response(json.dumps(doc, ensure_ascii=False), media_type="application/geo+json")

    @app.post("/api/ingest", tags=["ingest"], status_code=202)
    async def api_ingest(request: Request, files: Annotated[list[UploadFile] | None, File(
                             description="article files, or .zip/.tar.gz folder archives")] = None,
                         url: Annotated[str | None, Form(max_length=2000, description="a feed or page URL")] = None,
                         token_field: Annotated[str | None, Form(alias="token")] = None) -> JSONResponse:
        """Start a background ingest of uploaded files and/or a URL; poll ``/api/jobs/{id}``."""
        authorize(request, token_field)
        job = await _start_job(jobs, files or [], url)
        return JSONResponse(job.to_dict(), status_code=202)

    @app.get("/api/jobs", tags=["ingest"])
    def api_jobs() -> dict[str, Any]:
        """Recent ingest jobs, newest first."""
        with jobs.lock:
            items = sorted(jobs.jobs.values(), key=lambda j: j.created, reverse=True)
        return {"total": len(items), "items": [j.to_dict() for j in items]}

    @app.get("/api/jobs/{job_id}", tags=["ingest"])
    def api_job(job_id: str) -> dict[str, Any]:
        """One ingest job: state, progress and per-file results."""
        job = jobs.get(job_id)
        if job is None:
            raise ApiError(404, "not_found", f"no ingest job {job_id!r}")
        return job.to_dict()

    @app.api_route("/api/{rest:path}", methods=["GET", "POST"], include_in_schema=False)
    def api_unknown(rest: str) -> None:
        raise ApiError(404, "not_found", f"no API endpoint /api/{rest}")

    # Mounted last so that /static/report.css (the report's own stylesheet) is served above.
    app.mount("/static", StaticFiles(packages=[("groundwatch", "interfaces/web/static")]), name="static")
    return app


async def _start_job(jobs: _Jobs, files: Sequence[StarletteUploadFile], url: str | None) -> Job:
    """Validate and stage an upload (in the request), then run it in the background."""
    files = [f for f in files if f.filename]
    url = (url or "").strip() or None
    if not files and not url:
        raise ApiError(400, "bad_request", "give at least one file or a URL")
    if len(files) > MAX_FILES:
        raise ApiError(413, "payload_too_large", f"at most {MAX_FILES} files per upload")
    if url and len(url) > 2000:
        raise ApiError(400, "bad_request", "the URL is too long")
    if url:
        parts = urlsplit(url)
        if parts.scheme.lower() not in fetching.ALLOWED_SCHEMES or not parts.netloc:
            raise ApiError(400, "bad_request", "the URL must be an http or https URL")
    for f in files:
        if not _ending(safe_name(f.filename or ""), UPLOAD_EXTENSIONS + ARCHIVE_EXTENSIONS):
            raise ApiError(415, "unsupported_media_type",
                           f"{f.filename!r}: unsupported file type; accepted: "
                           + ", ".join(UPLOAD_EXTENSIONS + ARCHIVE_EXTENSIONS))
    job = jobs.new([f.filename or "" for f in files] + ([url] if url else []))
    folder = Path(job.root) / job.id
    try:
        budget = [MAX_EXTRACTED_BYTES]
        used: Counter[str] = Counter()
        for f in files:
            name = safe_name(f.filename or "")
            used[name] += 1
            if used[name] > 1:  # two uploads with one name must not overwrite each other
                stem, ext = name.split(".", 1)
                name = f"{stem}-{used[name]}.{ext}"
            dest = folder / name
            size = 0
            with dest.open("wb") as fh:
                while chunk := await f.read(256 * 1024):
                    size += len(chunk)
                    if size > MAX_UPLOAD_BYTES:
                        raise ApiError(413, "payload_too_large",
                                       f"{f.filename!r} is larger than {MAX_UPLOAD_BYTES} bytes")
                    fh.write(chunk)
            display = f.filename or name
            archive = _ending(name, ARCHIVE_EXTENSIONS)
            if archive and not _ending(name, UPLOAD_EXTENSIONS):
                sub = folder / (name[: -len(archive)] or "archive")
                try:
                    members = _extract_archive(dest, sub, budget)
                except InputError as exc:
                    job.files.append({"name": display, "status": "rejected", "reason": str(exc), "articles": []})
                    continue
                finally:
                    dest.unlink(missing_ok=True)
                if not members:
                    job.files.append({"name": display, "status": "rejected",
                                      "reason": "the archive holds no file of a supported type", "articles": []})
                for member, path in members:
                    job.staged.append((f"{display}: {member}", path))
                    job.files.append({"name": f"{display}: {member}", "status": "pending", "reason": None,
                                      "articles": []})
            else:
                job.staged.append((display, str(dest)))
                job.files.append({"name": display, "status": "pending", "reason": None, "articles": []})
    except BaseException:
        with jobs.lock:
            jobs.jobs.pop(job.id, None)
        shutil.rmtree(job.root, ignore_errors=True)
        raise
    job.url = url
    jobs.start(job)
    return job


def _outlets_attr(cites: Sequence[dict[str, Any]]) -> str:
    """The outlets of some citations, for the story page's outlet filter (``data-outlets``)."""
    return "|".join(sorted({str(c.get("outlet") or "") for c in cites}))


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    """A contradiction/update view as JSON: claims with links to their sentences."""
    claims = [{k: v for k, v in c.items() if k != "cite"} | {"href": cite_href(c["cite"])} for c in item["claims"]]
    return {k: v for k, v in item.items() if k != "claims"} | {"claims": claims}


def _picture_items(pic: _Picture, key: str, story: str | None) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for s in pic.ctx["stories"]:
        if story is None or s["id"] == story:
            items.extend({**_plain(c), "story": s["id"]} for c in s[key])
    if story is not None and story not in pic.stories:
        raise ApiError(404, "not_found", f"no story {story!r}")
    return {"total": len(items), "items": items}


def _article_html(data: _Data, a: dict[str, Any], prefix: str) -> Markup:
    """The clean text with figures, quotes, dates, places and actors marked (in that priority)."""
    with data.store() as st:
        sents = [(r["seq"], r["start"], r["end"]) for r in st.conn.execute(
            "SELECT seq, start, \"end\" FROM facts WHERE article_id = ? AND type = 'sentence' ORDER BY seq",
            (a["id"],))]
    spans: list[tuple[int, int, str, str]] = []
    for kind, cls in (("figures", "fig"), ("quotes", "quo"), ("dates", "dat"), ("places", "plc"), ("actors", "act")):
        for f in a.get(kind) or []:
            sp = f.get("span") or {}
            if sp.get("start") is None or sp.get("end") is None:
                continue
            title = (f"{f.get('kind')}: {report.figure_label(f)}" if kind == "figures" else
                     f"said by {f.get('speaker') or 'unknown'}" if kind == "quotes" else
                     f"date: {f.get('date') or 'unresolved'}" if kind == "dates" else
                     f"place: {f.get('name') or f.get('text')} ({f.get('country') or '?'})" if kind == "places" else
                     f"{f.get('kind') or 'actor'}: {f.get('name')}")
            spans.append((int(sp["start"]), int(sp["end"]), cls, title))
    return report.render_text(a.get("clean_text") or "", sents, spans, prefix)


def _fact_lists(a: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's facts for the side list: label, detail, link to the sentence."""
    out = []
    for kind, title in (("figures", "Figures"), ("quotes", "Quotes"), ("dates", "Dates"), ("places", "Places"),
                        ("actors", "Actors")):
        items = []
        for f in a.get(kind) or []:
            idx = (f.get("span") or {}).get("sentence_index")
            if kind == "figures":
                label = f"{f.get('kind')}: {report.figure_label(f)}"
                detail = f.get("text") or ""
            elif kind == "quotes":
                label = f.get("speaker") or "unattributed"
                detail = f"“{f.get('text') or ''}”"
            elif kind == "dates":
                label = f.get("date") or "unresolved"
                detail = f.get("text") or ""
            elif kind == "places":
                label = f.get("name") or f.get("text") or "?"
                detail = f.get("country") or ""
            else:
                label = f.get("name") or f.get("text") or "?"
                detail = f.get("kind") or ""
            items.append({"label": label, "detail": detail, "href": sentence_href(a["id"], idx),
                          "sentence": idx})
        if items:
            out.append({"kind": kind, "title": title, "facts": items})
    return out


def _story_places(pic: _Picture, s: dict[str, Any]) -> list[dict[str, Any]]:
    """The story's resolved places, mentions aggregated, each linked to its first mention."""
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for art in s["articles"]:
        a = pic.articles.get(art["id"]) or art
        for p in a.get("places") or []:
            if p.get("lat") is None or p.get("lon") is None:
                continue
            key = (p.get("geonameid") or p.get("name"), round(float(p["lat"]), 2), round(float(p["lon"]), 2))
            entry = places.setdefault(key, {"name": p.get("name") or p.get("text"), "country": p.get("country"),
                                            "lat": p["lat"], "lon": p["lon"], "mentions": 0, "outlets": set(),
                                            "href": sentence_href(a["id"], (p.get("span") or {}).get(
                                                "sentence_index"))})
            entry["mentions"] += 1
            entry["outlets"].add(a.get("outlet") or "")
    out = []
    for p in places.values():
        p["outlets"] = "|".join(sorted(p["outlets"]))
        out.append(p)
    out.sort(key=lambda p: (-p["mentions"], str(p["name"])))
    return out


def _search(data: _Data, q: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """FTS5 search; the query is rebuilt from quoted terms so it can never be invalid FTS syntax."""
    query = fts_query(q)
    if query is None:
        return [], 0
    with data.store() as st:
        total = st.conn.execute(
            "SELECT COUNT(*) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? AND a.status != 'rejected'", (query,)).fetchone()[0]
        rows = st.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.story_id, a.url,"
            " snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snip"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? AND a.status != 'rejected'"
            " ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?", (query, limit, offset)).fetchall()
    results = []
    for r in rows:
        snip = r["snip"] or ""
        results.append({"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                        "story": r["story_id"], "href": article_path(r["id"]),
                        "snippet": snip.replace("\x02", "").replace("\x03", ""), "snippet_html": _snippet_html(snip)})
    return results, total


FIGURE_CSV = ("article", "outlet", "published", "story", "kind", "value", "low", "high", "qualifier", "unit",
              "who", "place", "date", "reported_by", "text", "sentence_index", "start", "end", "sentence")
PLACE_CSV = ("article", "outlet", "published", "story", "text", "name", "country", "lat", "lon", "feature",
             "precision", "geonameid", "sentence_index", "start", "end", "sentence")
#: A cell starting with one of these is a formula in spreadsheet programs; article text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_response(data: _Data, type_: str, story: str | None, columns: Sequence[str], filename: str) -> Response:
    where, params = "f.type = ? AND a.status != 'rejected'", [type_]
    if story is not None:
        if story not in data.picture().stories:
            raise ApiError(404, "not_found", f"no story {story!r}")
        where += " AND a.story_id = ?"
        params.append(story)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    with data.store() as st:
        rows = st.conn.execute(
            "SELECT f.article_id, f.data, a.outlet, a.published, a.story_id FROM facts f JOIN articles a"
            f" ON a.id = f.article_id WHERE {where} ORDER BY a.published, f.article_id, f.seq", params).fetchall()
    for r in rows:
        d = json.loads(r["data"])
        span = d.get("span") or {}
        row = {**d, "article": r["article_id"], "outlet": r["outlet"], "published": r["published"],
               "story": r["story_id"], "sentence_index": span.get("sentence_index"), "start": span.get("start"),
               "end": span.get("end"), "sentence": span.get("sentence")}
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Run the app with uvicorn until interrupted.

    On a loopback address only loopback Host headers are accepted (a web page cannot reach
    the app through a rebinding DNS name); elsewhere the token guards every write.

    Raises:
        ConfigError: a non-loopback address without a token.
    """
    import uvicorn

    loopback = host in LOOPBACK_HOSTS
    if not loopback and not token:
        raise ConfigError("binding to a non-loopback address requires a token")
    allowed = [h.strip("[]") for h in LOOPBACK_HOSTS] + ["[::1]"] if loopback else None
    app = create_app(db, token, allowed_hosts=allowed)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)

"""What every route shares: limits, the 4xx error, the app's state, page rendering and write checks."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlsplit

import jinja2
from fastapi import Depends, Query, Request
from fastapi.responses import HTMLResponse

from groundwatch import fetching
from groundwatch.errors import ConfigError, GroundwatchError, InputError, StoreError
from groundwatch.interfaces.web import links
from groundwatch.interfaces.web.data import Data
from groundwatch.stages import report

if TYPE_CHECKING:
    from groundwatch.interfaces.web.jobs import JobRunner

#: API page size: the default, and the largest a client may ask for.
DEFAULT_LIMIT = 50
MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class ApiError(Exception):
    """A 4xx answer with a stable code: ``{"error": {"code": code, "message": message}}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 411: "length_required", 413: "payload_too_large",
                415: "unsupported_media_type", 422: "invalid_parameter", 429: "too_many_requests"}


def error_status(exc: GroundwatchError) -> int:
    """The HTTP status of a groundwatch error (translated here, at the edge, and nowhere else)."""
    if isinstance(exc, fetching.FetchError | InputError | ConfigError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 500


def listing(items: list[Any], total: int, limit: int, offset: int, **extra: Any) -> dict[str, Any]:
    """The one shape of every list endpoint."""
    return {**extra, "total": total, "limit": limit, "offset": offset, "items": items}


@dataclass(frozen=True, slots=True)
class WebState:
    """What the routes of one app share: the read side, the job runner and the write token."""

    data: Data
    jobs: JobRunner
    token: str | None


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


State = Annotated[WebState, Depends(web_state)]


@cache
def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("groundwatch", "interfaces/web/templates"),
        autoescape=True,  # every template, whatever its name: all article fields are untrusted
        # Lenient undefined: pictures from older runs may lack optional keys (place, unit...).
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.Undefined,
    )
    env.globals.update(fmt_number=report.fmt_number, figure_label=report.figure_label, cite_href=links.cite_href,
                       article_path=links.article_path, story_path=links.story_path, safe_url=links.safe_url,
                       sentence_href=links.sentence_href, anchor=report.anchor)
    return env


def render(name: str, **ctx: Any) -> str:
    return templates().get_template(name).render(**ctx)


def page(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    state: WebState | None = getattr(request.app.state, "web", None)
    html = render(name, request_path=request.url.path, token_required=bool(state and state.token), **ctx)
    return HTMLResponse(html, status_code=status_code)


def authorize(request: Request, token: str | None, form_token: str | None = None) -> None:
    """Refuse cross-site writes always, and writes without the token when one is set."""
    site = request.headers.get("sec-fetch-site")
    origin = request.headers.get("origin")
    if site == "cross-site" or (origin and origin != "null"
                                and urlsplit(origin).netloc != request.headers.get("host", "")):
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

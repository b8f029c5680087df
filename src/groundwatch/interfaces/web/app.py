"""The app factory: middleware, error handlers and the routers; and ``serve`` to run it.

Errors are ``{"error": {"code": ..., "message": ...}}`` with a 4xx status under /api/, and an
HTML error page elsewhere; groundwatch errors are translated here, at the edge, and nowhere else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from groundwatch.errors import ConfigError, GroundwatchError
from groundwatch.interfaces.web.core import STATUS_CODES, ApiError, WebState, error_status, page
from groundwatch.interfaces.web.data import Data
from groundwatch.interfaces.web.jobs import JobRunner
from groundwatch.interfaces.web.routes import api, changes, pages
from groundwatch.interfaces.web.uploads import MAX_REQUEST_BYTES

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class BodyLimit:
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


def _error_response(request: Request, status: int, code: str, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    return page(request, "error.html", status_code=status, status=status, code=code, message=message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error_response(request, exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return _error_response(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return _error_response(request, 422, "invalid_parameter", "; ".join(problems))

    @app.exception_handler(GroundwatchError)
    async def groundwatch_error(request: Request, exc: GroundwatchError) -> Response:
        return _error_response(request, error_status(exc), exc.code, str(exc))


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
        The FastAPI application; ``app.state.web`` holds its read side and job runner.
    """
    state = WebState(data=Data(db), jobs=JobRunner(db, allow_loopback_fetch=allow_loopback_fetch), token=token)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.jobs.close()

    app = FastAPI(title="groundwatch", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories, figures, quotes, dates, places, contradictions and copies extracted "
                              "from news articles, each with the sentence it came from.")
    app.state.web = state
    app.state.data = state.data
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(BodyLimit, limit=MAX_REQUEST_BYTES)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    _add_error_handlers(app)
    app.include_router(pages.router)
    app.include_router(changes.router)  # before api's catch-all for unknown /api/ paths
    app.include_router(api.router)
    # Mounted last so that /static/report.css (the report's own stylesheet) is served above.
    # The map's Natural Earth boundaries live with the package data (the report draws them too).
    app.mount("/static/boundaries", StaticFiles(packages=[("groundwatch", "data/boundaries")]), name="boundaries")
    app.mount("/static", StaticFiles(packages=[("groundwatch", "interfaces/web/static")]), name="static")
    return app


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

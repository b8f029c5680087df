"""A loopback HTTP site whose answers the tests change between watch cycles, and a webhook receiver.

Nothing here reaches beyond 127.0.0.1. All texts are invented for these tests.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a timeout)
    location: str | None = None  # a redirect


@dataclass
class Site:
    """Routes by path, every request seen (path and headers), and the port once serving."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # method, path, headers
    posts: list[Any] = field(default_factory=list)  # webhook bodies (JSON)
    fail_posts: int = 0  # answer the next N POSTs with a 500
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(http.server.BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        site = self.server.site  # type: ignore[attr-defined]
        site.requests.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route.delay:
            time.sleep(route.delay)
        etag = route.headers.get("ETag")
        if etag and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(route.status)
        if route.location:
            self.send_header("Location", route.location)
        for k, v in route.headers.items():
            self.send_header(k, v)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)

    def do_POST(self) -> None:
        site = self.server.site  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        site.requests.append(("POST", self.path, {k.lower(): v for k, v in self.headers.items()}))
        if site.fail_posts > 0:
            site.fail_posts -= 1
            self.send_response(500)
        else:
            site.posts.append(json.loads(body))
            self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.site = site  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def rss(title: str, items: list[dict[str, str]]) -> bytes:
    """An RSS 2.0 document; each item: title, link, date (YYYY-MM-DD), and body or summary."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
             f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>'
             f"<link>http://example.invalid/</link><description>invented</description><language>en</language>"]
    for it in items:
        import datetime as dt

        when = dt.datetime.fromisoformat(it["date"] + "T08:00:00+00:00")
        parts.append(f"<item><title>{it['title']}</title><link>{it['link']}</link><guid>{it['link']}</guid>"
                     f"<pubDate>{format_datetime(when)}</pubDate>")
        if "body" in it:
            parts.append(f"<content:encoded><![CDATA[{it['body']}]]></content:encoded>")
        parts.append(f"<description><![CDATA[{it.get('summary', it.get('body', ''))[:300]}]]></description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def page(title: str, paragraphs: list[str]) -> bytes:
    """An HTML article page."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='en'><head><title>{title}</title></head><body><header>Menu Home World"
            f"</header><article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>"
            ).encode()

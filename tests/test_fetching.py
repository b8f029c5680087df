"""The URL fetcher refuses what it must, without touching the internet.

Refusals are checked before any connection (a fake resolver stands in for DNS); the size cap,
redirect limit and timeouts run against a local HTTP server, reachable only because the test
passes ``allow_loopback=True``.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from groundwatch.fetching import FetchError, address_refused, check_url, fetch


def fake_dns(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise AssertionError(f"unexpected lookup of {host}")
        return table[host]

    return resolve


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "::1", "10.0.0.1", "10.255.1.2", "172.16.0.5", "192.168.1.1",
    "169.254.169.254", "fe80::1", "224.0.0.1", "ff02::1", "0.0.0.0", "::", "240.0.0.1", "100.64.0.1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "fc00::1",
])
def test_non_public_addresses_are_refused(address: str) -> None:
    assert address_refused(address) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert address_refused(address) is None


def test_loopback_allowed_only_when_asked() -> None:
    assert address_refused("127.0.0.1", allow_loopback=True) is None
    assert address_refused("10.0.0.1", allow_loopback=True) is not None


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://files.example/a.txt", "gopher://x.example/", "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "http://", "//no-scheme.example/", "http://user:pw@news.example/",
])
def test_bad_schemes_and_shapes_are_refused(url: str) -> None:
    with pytest.raises(FetchError):
        check_url(url, resolver=fake_dns({"news.example": ["93.184.216.34"]}))


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8000/", "http://10.1.2.3/admin", "http://169.254.169.254/latest/meta-data",
    "http://[::1]/", "http://0.0.0.0/", "http://192.168.0.1/",
])
def test_private_targets_are_refused(url: str) -> None:
    table = {"127.0.0.1": ["127.0.0.1"], "localhost": ["127.0.0.1", "::1"], "10.1.2.3": ["10.1.2.3"],
             "169.254.169.254": ["169.254.169.254"], "::1": ["::1"], "0.0.0.0": ["0.0.0.0"],
             "192.168.0.1": ["192.168.0.1"]}
    with pytest.raises(FetchError, match="refused"):
        fetch(url, resolver=fake_dns(table))


def test_every_resolved_address_is_checked() -> None:
    # A name answering with one public and one private address must be refused.
    with pytest.raises(FetchError, match="private"):
        check_url("https://mixed.example/feed", resolver=fake_dns({"mixed.example": ["93.184.216.34", "10.0.0.7"]}))


def test_check_url_returns_checked_address() -> None:
    host, address = check_url("https://news.example:8443/a", resolver=fake_dns({"news.example": ["93.184.216.34"]}))
    assert (host, address) == ("news.example", "93.184.216.34")


# --- against a local server ---------------------------------------------------------------------------

BIG = 300_000


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/page":
            body = b"<html><body><p>Rain fell on Marrowgate.</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(BIG))
            self.end_headers()
            self.wfile.write(b"x" * BIG)
        elif self.path == "/big-streamed":  # no Content-Length: the cap must stop the stream
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(BIG // 1000):
                self.wfile.write(b"y" * 1000)
        elif self.path.startswith("/hop"):
            n = int(self.path[4:] or 0)
            self.send_response(302)
            self.send_header("Location", f"/hop{n + 1}" if n < 20 else "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/to-private":
            self.send_response(301)
            self.send_header("Location", "http://10.0.0.1/secret")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture(scope="module")
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetches_local_page_only_with_loopback_allowed(local_server: str) -> None:
    got = fetch(local_server + "/page", allow_loopback=True)
    assert got.status == 200 and got.content_type == "text/html" and b"Marrowgate" in got.body
    with pytest.raises(FetchError, match="loopback"):
        fetch(local_server + "/page")


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_size_cap(local_server: str, path: str) -> None:
    with pytest.raises(FetchError, match="larger than"):
        fetch(local_server + path, allow_loopback=True, max_bytes=50_000)


def test_redirects_are_followed_up_to_the_limit(local_server: str) -> None:
    got = fetch(local_server + "/hop18", allow_loopback=True, max_redirects=5)
    assert got.final_url.endswith("/page")
    with pytest.raises(FetchError, match="redirects"):
        fetch(local_server + "/hop0", allow_loopback=True, max_redirects=5)


@pytest.mark.parametrize("path", ["/to-private", "/to-file"])
def test_redirect_targets_are_rechecked(local_server: str, path: str) -> None:
    with pytest.raises(FetchError, match=r"refused|only http"):
        fetch(local_server + path, allow_loopback=True)


def test_timeout(local_server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch(local_server + "/slow", allow_loopback=True, timeout=0.5)


def test_http_error_status(local_server: str) -> None:
    with pytest.raises(FetchError, match="404"):
        fetch(local_server + "/missing", allow_loopback=True)

"""Polite fetching for the monitor, on top of the shared safe fetcher (``groundwatch.fetching``).

* every request names the tool and its version in the User-Agent;
* conditional GET: a source's ``ETag`` / ``Last-Modified`` are sent back, and a 304 costs nothing;
* one request per host at most every :data:`HOST_INTERVAL` seconds (a feed and its items' pages
  usually share a host);
* timeouts and a size cap (the shared fetcher's), and after errors a backoff that doubles per
  consecutive failure, with jitter so that many watchers do not retry in step;
* page fetches honour robots.txt (read once per host and watch, with ``urllib.robotparser``);
* the sources the operator named may live on any address; links found in fetched content (an
  item's page) get the web app's scheme and private-address refusals.
"""

from __future__ import annotations

import random
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from groundwatch import __version__, fetching
from groundwatch.fetching import Fetched, FetchError

USER_AGENT = f"groundwatch/{__version__} (news monitor; +https://github.com/groundwatch)"
#: The robots.txt user-agent token this tool answers to.
ROBOTS_AGENT = "groundwatch"
#: Seconds between two requests to one host. Crawlers' customary politeness delay is 1-10 s;
#: 2 s keeps a feed plus a dozen item pages under half a minute.
HOST_INTERVAL = 2.0
#: First backoff after a failure, and the longest: 1 min doubling to a day at most (a dead
#: source is retried daily, a blip within minutes).
BACKOFF_BASE = 60.0
BACKOFF_MAX = 86_400.0
#: Largest robots.txt read; Google reads 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024


def backoff(failures: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait after ``failures`` consecutive failures: exponential, capped, "equal jitter"."""
    if failures <= 0:
        return 0.0
    ceiling = min(BACKOFF_MAX, BACKOFF_BASE * 2 ** (failures - 1))
    return float(ceiling / 2 + ceiling / 2 * rng())


@dataclass
class Fetcher:
    """The monitor's HTTP client state: per-host pacing and robots.txt rules (one per watch)."""

    host_interval: float = HOST_INTERVAL
    timeout: float = fetching.FETCH_TIMEOUT
    max_bytes: int = fetching.MAX_FETCH_BYTES
    allow_loopback_links: bool = False  # tests and a loopback mirror: links may point at 127.0.0.1
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _pace(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            wait = self._last.get(host, -1e18) + self.host_interval - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        with self._lock:
            self._last[host] = time.monotonic()

    def _get(self, url: str, *, trusted: bool, headers: Mapping[str, str] | None = None,
             max_bytes: int | None = None) -> Fetched:
        self._pace(url)
        return fetching.fetch(url, max_bytes=max_bytes or self.max_bytes, timeout=self.timeout,
                              allow_loopback=self.allow_loopback_links, refuse_private=not trusted,
                              headers=headers, user_agent=USER_AGENT)

    def source(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """Fetch a source the operator named (any address), conditionally.

        Raises:
            FetchError: unreachable, timed out, too large, a redirect loop, an HTTP error.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, trusted=True, headers=headers)

    def allowed(self, url: str, *, trusted: bool) -> bool:
        """Whether robots.txt lets this tool fetch the page ``url`` (no robots.txt: yes)."""
        parts = urlsplit(url)
        root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if root not in self._robots:
            rules: urllib.robotparser.RobotFileParser | None = None
            try:
                got = self._get(root + "/robots.txt", trusted=trusted, max_bytes=ROBOTS_MAX_BYTES)
                rules = urllib.robotparser.RobotFileParser()
                rules.parse(got.body.decode("utf-8", "replace").splitlines())
            except FetchError:
                rules = None  # none, or unreadable: the customary reading is "allowed"
            self._robots[root] = rules
        rules = self._robots[root]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def page(self, url: str, *, trusted: bool) -> Fetched:
        """Fetch a page (a page source when ``trusted``, else a link found in content), robots.txt first.

        Raises:
            FetchError: refused (scheme, private address, robots.txt) or not fetched.
        """
        if not trusted:
            fetching.check_url(url, allow_loopback=self.allow_loopback_links)
        if not self.allowed(url, trusted=trusted):
            raise FetchError(f"robots.txt disallows fetching {url}")
        return self._get(url, trusted=trusted)

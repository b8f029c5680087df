"""The monitor's polite fetcher: robots.txt, refusal of private links, pacing, backoff, conditional GET."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback import Route, Site, serving

from groundwatch.fetching import FetchError
from groundwatch.monitor.fetch import BACKOFF_BASE, BACKOFF_MAX, Fetcher, backoff


@pytest.fixture()
def site() -> Iterator[Site]:
    with serving(Site()) as s:
        s.routes.update({
            "/robots.txt": Route(body=b"User-agent: *\nDisallow: /closed/\n", content_type="text/plain"),
            "/open/a.html": Route(body=b"<p>open</p>", content_type="text/html"),
            "/closed/b.html": Route(body=b"<p>closed</p>", content_type="text/html"),
            "/feed.xml": Route(body=b"<rss/>", headers={"ETag": '"e1"',
                                                        "Last-Modified": "Fri, 01 May 2026 08:00:00 GMT"}),
        })
        yield s


def test_robots_txt_is_honoured_for_pages(site: Site) -> None:
    fetcher = Fetcher(host_interval=0, allow_loopback_links=True)
    assert fetcher.page(site.url("/open/a.html"), trusted=False).body == b"<p>open</p>"
    with pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.page(site.url("/closed/b.html"), trusted=True)
    assert [p for _, p, _ in site.requests].count("/robots.txt") == 1  # read once per host


def test_links_in_content_get_the_private_address_refusal(site: Site) -> None:
    with pytest.raises(FetchError, match="loopback"):
        Fetcher(host_interval=0).page(site.url("/open/a.html"), trusted=False)
    with pytest.raises(FetchError, match="private"):
        Fetcher(host_interval=0, allow_loopback_links=True).page("http://192.168.1.20/a.html", trusted=False)
    with pytest.raises(FetchError, match="only http"):
        Fetcher(host_interval=0).page("file:///etc/passwd", trusted=False)
    # A source the operator named may be on loopback or the intranet.
    assert Fetcher(host_interval=0).source(site.url("/feed.xml")).status == 200


def test_conditional_get_and_user_agent(site: Site) -> None:
    fetcher = Fetcher(host_interval=0)
    first = fetcher.source(site.url("/feed.xml"))
    again = fetcher.source(site.url("/feed.xml"), etag=first.headers["etag"],
                           last_modified=first.headers["last-modified"])
    assert again.status == 304 and again.body == b""
    headers = site.requests[-1][2]
    assert headers["if-none-match"] == '"e1"' and headers["if-modified-since"].startswith("Fri, 01 May 2026")
    assert headers["user-agent"].startswith("groundwatch/")


def test_requests_to_one_host_are_paced(site: Site) -> None:
    waits: list[float] = []
    fetcher = Fetcher(host_interval=5.0, sleep=waits.append)
    fetcher.source(site.url("/feed.xml"))
    fetcher.source(site.url("/feed.xml"))
    assert len(waits) == 1 and 4.0 < waits[0] <= 5.0


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    assert backoff(0) == 0
    assert backoff(1, rng=lambda: 0.0) == BACKOFF_BASE / 2 and backoff(1, rng=lambda: 1.0) == BACKOFF_BASE
    assert backoff(3, rng=lambda: 1.0) == 4 * BACKOFF_BASE
    assert backoff(40, rng=lambda: 1.0) == BACKOFF_MAX

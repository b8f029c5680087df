"""Watch cycles against a loopback site that changes between cycles: change sets, health, alerts, no duplicates.

One scenario, three cycles (each cycle runs the real pipeline, so the cycles share a module):

1. a full-content feed (valley), a summary-only feed whose item pages are fetched (ridge; one
   item's link redirects to a private address, so its feed text is used), a folder, and six
   broken sources (500, timeout, malformed feed, a feed that returns HTML, a redirect loop, and
   a page disallowed by robots.txt);
2. valley edits its item (toll 12 -> 15), ridge adds an item disputing the toll (40), the folder
   gains a file, the 500 recovers;
3. nothing changes: valley answers 304 to its ETag, the folder's file is only touched.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import texts
from loopback import Route, Site, page, rss, serving

from groundwatch.monitor.alerts import Alerting, Rule
from groundwatch.monitor.fetch import Fetcher
from groundwatch.monitor.sources import Source
from groundwatch.monitor.watch import CycleResult, Watcher
from groundwatch.store.monitor import MonitorStore
from groundwatch.store.sqlite import Store

BROKEN = {"five-hundred": "HTTP 500", "slow": "timed out", "malformed": "malformed feed",
          "html-feed": "HTML page", "loop": "redirects", "robots": "robots.txt"}


def _valley(site: Site, body: str, etag: str) -> Route:
    return Route(rss("Valley Courier", [{"title": "Floods kill people in Dunmere", "link": site.url("/valley/1"),
                                          "date": "2026-03-03", "body": body}]), headers={"ETag": etag})


def _ridge(site: Site, n: int) -> Route:
    items = [{"title": "Dunmere counts its dead", "link": site.url("/ridge/1"), "date": "2026-03-03",
              "summary": texts.RIDGE_SUMMARY_1},
             {"title": "Cattle lost near Dunmere", "link": site.url("/ridge/2"), "date": "2026-03-03",
              "summary": texts.RIDGE_SUMMARY_2}]
    if n > 1:
        items.append({"title": "Relief group disputes Dunmere toll", "link": site.url("/ridge/3"),
                      "date": "2026-03-03", "summary": texts.RIDGE_SUMMARY_3})
    return Route(rss("Ridge Herald", items))


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("watch")
    folder = tmp / "incoming"
    folder.mkdir()
    (folder / "keswater-storm.txt").write_text(texts.FOLDER_1, encoding="utf-8")
    with serving(Site()) as site, serving(Site(fail_posts=1)) as hook:
        site.routes.update({
            "/valley.xml": _valley(site, texts.VALLEY_1, '"v1"'),
            "/ridge.xml": _ridge(site, 1),
            "/ridge/1": Route(page("Dunmere counts its dead", texts.RIDGE_PAGE_1), content_type="text/html"),
            "/ridge/2": Route(status=302, location="http://10.20.30.40/cattle"),
            "/ridge/3": Route(page("Relief group disputes toll", texts.RIDGE_PAGE_3), content_type="text/html"),
            "/five-hundred.xml": Route(status=500, body=b"oops"),
            "/slow.xml": Route(delay=3.0),
            "/malformed.xml": Route(body=b"this is not a feed at all, just words"),
            "/html-feed.xml": Route(body=page("Moved", ["Our feed has moved."]), content_type="text/html"),
            "/loop": Route(status=302, location="/loop"),
            "/robots.txt": Route(body=b"User-agent: groundwatch\nDisallow: /private/\n", content_type="text/plain"),
            "/private/page.html": Route(body=page("Private", ["Nothing here."]), content_type="text/html"),
        })
        sources = [Source("valley", "url", site.url("/valley.xml")), Source("ridge", "feed", site.url("/ridge.xml")),
                   Source("folder", "folder", str(folder)),
                   Source("five-hundred", "url", site.url("/five-hundred.xml")),
                   Source("slow", "url", site.url("/slow.xml")),
                   Source("malformed", "feed", site.url("/malformed.xml")),
                   Source("html-feed", "feed", site.url("/html-feed.xml")), Source("loop", "url", site.url("/loop")),
                   Source("robots", "page", site.url("/private/page.html"))]
        rules = (Rule("toll-up", "figure_rise", kind="killed", by=2), Rule("disputed", "new_contradiction"),
                 Rule("mayor", "watched", actors=("Oswin Harrell",)), Rule("down", "source_unhealthy", longer_than=1))
        store = Store.open(tmp / "watch.db")
        watcher = Watcher(store=store, sources=sources, fetcher=Fetcher(allow_loopback_links=True, host_interval=0,
                                                                         timeout=1.0),
                          alerting=Alerting(rules=rules, webhook=hook.url("/hook"), retries=2))
        results: list[CycleResult] = [watcher.cycle(force=True)]
        site.routes["/valley.xml"] = _valley(site, texts.VALLEY_1_EDITED, '"v2"')
        site.routes["/ridge.xml"] = _ridge(site, 2)
        site.routes["/five-hundred.xml"] = Route(rss("Recovered", [{"title": "Back", "link": site.url("/none"),
                                                                      "date": "2026-03-03",
                                                                      "body": texts.FOLDER_2}]))
        (folder / "keswater-reopens.txt").write_text(texts.FOLDER_2, encoding="utf-8")
        time.sleep(1.1)  # the unhealthy sources have now been so for more than the rule's second
        results.append(watcher.cycle(force=True))
        gets_before_3 = len(site.requests)
        os.utime(folder / "keswater-storm.txt")  # touched, not changed
        results.append(watcher.cycle(force=True))
        yield {"results": results, "ms": MonitorStore(store), "store": store, "site": site, "hook": hook,
               "gets_before_3": gets_before_3}
        store.close()


def _changes(ms: MonitorStore, cycle: int) -> list[Any]:
    return [c for c in ms.changes(after_cycle=cycle - 1)[1] if c.cycle_id == cycle]


def test_first_cycle_finds_new_stories_with_cited_sentences(scenario: dict[str, Any]) -> None:
    first = _changes(scenario["ms"], 1)
    new = [c for c in first if c.kind == "new_story"]
    assert len(new) >= 2  # the flood and the harbour storm are not one story
    flood = next(c for c in new if any(a["outlet"] == "Valley Courier" for a in c.data["articles"]))
    killed = next(f for f in flood.data["figures"] if f["kind"] == "killed")
    assert killed["best"] == 12
    cite = killed["sources"][0]
    assert "12" in cite["sentence"] and cite["sentence_index"] is not None


def test_item_pages_are_fetched_and_a_private_redirect_falls_back_to_the_feed_text(scenario: dict[str, Any]) -> None:
    store: Store = scenario["store"]
    rows = {r["title"]: r for r in store.article_rows("outlet = 'Ridge Herald'")}
    assert "sports hall" in rows["Dunmere counts its dead"]["body"]  # the page, not the summary
    assert rows["Cattle lost near Dunmere"]["body"].startswith("Farmers near Dunmere")  # the feed's own text
    site: Site = scenario["site"]
    paths = [p for _, p, _ in site.requests]
    assert "/ridge/2" in paths  # asked, redirected to 10.20.30.40, refused before any connection


def test_broken_sources_are_unhealthy_with_their_reason_and_the_others_are_not(scenario: dict[str, Any]) -> None:
    first = scenario["results"][0]
    assert set(first.failed) == set(BROKEN)
    for name, why in BROKEN.items():
        assert why in first.failed[name], (name, first.failed[name])
    health = {s.name: s for s in scenario["ms"].sources()}
    assert health["five-hundred"].health == "ok" and health["five-hundred"].errors == 1  # recovered in cycle 2
    assert health["slow"].health == "unhealthy" and health["slow"].failures == 3
    assert health["valley"].health == "ok" and health["valley"].items_seen == 2  # the item, then its edit
    assert health["folder"].items_seen == 2


def test_second_cycle_records_the_edited_toll_the_new_outlet_and_the_dispute(scenario: dict[str, Any]) -> None:
    second = _changes(scenario["ms"], 2)
    kinds = {c.kind for c in second}
    figure = next(c for c in second if c.kind == "figure" and c.data["figure"] == "killed")
    assert figure.data["old"]["best"] == 12 and figure.data["new"]["best"] in (15, 40)
    assert all(s["sentence"] for s in figure.data["sources"])
    assert "contradiction" in kinds
    contradiction = next(c for c in second if c.kind == "contradiction")
    values = {s["value"] for s in contradiction.data["sources"]}
    assert len(values) >= 2
    assert any(c.kind == "articles" for c in second)


def test_nothing_new_means_no_changes_and_no_refetch(scenario: dict[str, Any]) -> None:
    third = scenario["results"][2]
    assert third.changes == 0 and third.summary["new"] == 0 and third.summary["changed"] == 0
    site: Site = scenario["site"]
    valley = [h for m, p, h in site.requests[scenario["gets_before_3"]:] if p == "/valley.xml"]
    assert valley and valley[0].get("if-none-match") == '"v2"'
    assert all(h["user-agent"].startswith("groundwatch/") for _, _, h in site.requests)


def test_no_article_is_stored_twice(scenario: dict[str, Any]) -> None:
    store: Store = scenario["store"]
    ids = [r["id"] for r in store.article_rows()]
    assert len(ids) == len(set(ids))
    assert len([i for i in ids if i.startswith("valley/")]) == 1  # the edit replaced the item


def test_alerts_fire_once_and_reach_the_webhook_after_a_retry(scenario: dict[str, Any]) -> None:
    ms: MonitorStore = scenario["ms"]
    _, stored = ms.alerts()
    rules = [a.rule for a in stored]
    assert "toll-up" in rules and "disputed" in rules and "mayor" in rules
    # Each broken source once (the first cycle, slowed by loading the models, already lasts over a
    # second), never again while it stays down.
    assert sorted(a.data["source"] for a in stored if a.rule == "down") == sorted(BROKEN)
    assert len({a.key for a in stored}) == len(stored)
    assert scenario["results"][2].alerts == ()  # cycle 3 fired nothing new
    hook: Site = scenario["hook"]
    assert all(a.delivered for a in stored)
    assert sorted(p["key"] for p in hook.posts) == sorted(a.key for a in stored)
    assert sum(1 for m, _, _ in hook.requests if m == "POST") == len(stored) + 1  # one failed, retried
    assert any(a.attempts == 2 for a in stored)


def test_web_app_serves_the_changes_with_citations_atom_and_alerts(scenario: dict[str, Any]) -> None:
    import xml.etree.ElementTree as ET

    from fastapi.testclient import TestClient

    from groundwatch.interfaces.web.app import create_app

    ms: MonitorStore = scenario["ms"]
    total = ms.changes()[0]
    with TestClient(create_app(scenario["store"].path)) as client:
        every = client.get("/api/changes", params={"since": "1", "limit": 500}).json()
        assert every["total"] == total
        figure = next(i for i in every["items"] if i["kind"] == "figure")
        assert figure["citations"] and all(c["href"].startswith("/articles/") for c in figure["citations"])
        assert "?s=" in figure["citations"][0]["href"]
        latest = client.get("/api/changes").json()  # default: the latest cycle with changes
        assert latest["total"] and all(i["cycle"] == 2 for i in latest["items"])
        story = figure["story"]
        only = client.get("/api/changes", params={"since": "1", "story": story}).json()
        assert only["total"] and all(i["story"] == story for i in only["items"])
        assert client.get("/api/changes", params={"since": "yesterday-ish"}).status_code == 400
        stamp = ms.changes()[1][0].at
        assert client.get("/api/changes", params={"since": stamp}).json()["total"] >= 1
        atom = client.get("/changes.atom")
        assert atom.headers["content-type"].startswith("application/atom+xml")
        entries = ET.fromstring(atom.content).findall("{http://www.w3.org/2005/Atom}entry")
        assert len(entries) == min(total, 100)
        per_story = ET.fromstring(client.get("/changes.atom", params={"story": story}).content)
        assert len(per_story.findall("{http://www.w3.org/2005/Atom}entry")) == ms.changes(story=story)[0]
        alerts = client.get("/api/alerts").json()
        assert alerts["total"] == ms.alerts()[0]
        html = client.get("/changes", params={"since": "1"}).text
        assert "What changed" in html and "toll-up" in html and figure["citations"][0]["href"].split("#")[0] in html


def test_report_opens_with_what_changed_since_the_previous_cycle(scenario: dict[str, Any], tmp_path: Path) -> None:
    from groundwatch import api
    from groundwatch.stages.audit import dangling_links

    api.write_outputs(scenario["store"].path, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    started = next(c["started_at"] for c in scenario["ms"].cycles() if c["id"] == 2)
    assert f"What changed since {started}" in html
    section = html.split('id="changes"', 1)[1].split("</section>", 1)[0]
    assert "killed: 12" in section and 'class="cite"' in section
    assert dangling_links(html) == []

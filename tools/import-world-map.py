#!/usr/bin/env python3
"""Builds the web UI's offline world map (dyad-app/src/main/resources/org/dyad/web/ui/world.geo.json) from
world-atlas's countries-110m.json.

Usage:
  tools/import-world-map.py [--topojson COUNTRIES_110M_JSON] [OUT]

  COUNTRIES_110M_JSON  countries-110m.json of npm world-atlas@2.0.2 (ISC; Natural Earth 1:110m admin 0
                       boundaries, public domain)
  OUT                  default dyad-app/src/main/resources/org/dyad/web/ui/world.geo.json

Without --topojson the script fetches the package itself with `npm pack` (from the npm registry, into a
temporary directory): at build or setup time only. The web UI serves the result from the jar and never
fetches anything at run time.

What it does: decodes the TopoJSON (quantized, delta-encoded arcs) into a GeoJSON FeatureCollection of
Polygon / MultiPolygon countries, each with properties {name, id} (id: ISO 3166 numeric, as world-atlas
gives it), coordinates rounded to 2 decimals (about 1 km, finer than the 1:110m source), rings that cross
the antimeridian moved east of 180 degrees (else they would be drawn as lines across the map), and writes it
with sorted keys and no spaces, so reruns are byte-identical. ECharts draws it with echarts.registerMap.
"""
import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "world-atlas@2.0.2"
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                           "dyad-app/src/main/resources/org/dyad/web/ui/world.geo.json")


def npm_file(package, member, workdir):
    out = subprocess.run(["npm", "pack", package, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(workdir, out), "r:gz") as tar:
        return tar.extractfile("package/" + member).read()


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    # drop consecutive duplicates left by the rounding, keep the ring closed
    out = [points[0]]
    for p in points[1:]:
        if p != out[-1]:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    # a ring that crosses the antimeridian (Fiji, Chukotka) jumps from 180 to -180: draw it east of 180 instead,
    # or the map shows a line across the world; Antarctica's ring, which closes along the South Pole, stays
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(out, out[1:])) and min(y for _, y in out) > -80:
        out = [(x + 360 if x < 0 else x, y) for x, y in out]
    return [list(p) for p in out]


def geometry(arcs, g):
    if g["type"] == "Polygon":
        rings = [ring(arcs, r) for r in g["arcs"]]
        return {"type": "Polygon", "coordinates": [r for r in rings if len(r) >= 4]}
    if g["type"] == "MultiPolygon":
        polys = [[ring(arcs, r) for r in p] for p in g["arcs"]]
        return {"type": "MultiPolygon", "coordinates": [[r for r in p if len(r) >= 4] for p in polys if len(p[0]) >= 4]}
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topojson", help="countries-110m.json (default: fetched with npm pack " + PACKAGE + ")")
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT)
    args = ap.parse_args()
    if args.topojson:
        with open(args.topojson, "rb") as f:
            raw = f.read()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            raw = npm_file(PACKAGE, "countries-110m.json", tmp)
    topo = json.loads(raw)
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        geo = geometry(arcs, g)
        if geo is None or not geo["coordinates"]:
            continue
        props = g.get("properties", {})
        features.append({"type": "Feature", "id": g.get("id", ""),
                         "properties": {"name": props.get("name", ""), "id": g.get("id", "")},
                         "geometry": geo})
    features.sort(key=lambda f: f["properties"]["name"])
    out = {"type": "FeatureCollection", "features": features}
    data = json.dumps(out, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(data)
    print("%d countries, %d bytes -> %s" % (len(features), len(data), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()

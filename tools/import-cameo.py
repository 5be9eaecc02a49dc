#!/usr/bin/env python3
"""Builds dyad-core's CAMEO tables: org/dyad/ontology/cameo.tsv and plover_types.tsv.

Usage: tools/import-cameo.py CAMEO_EVENT_CODES_TSV CAMEO2PLOVER_TXT PLOVER_EVENT_TYPES_TSV OUT_DIR

  CAMEO_EVENT_CODES_TSV   cameo_event_codes.tsv (312 codes; GDELT names and Goldstein scores, CAMEO
                          quad classes, PLOVER 2021 mapping)
  CAMEO2PLOVER_TXT        CAMEO2PLOVER-2021.txt (PLOVER manual 0.8, CC BY-SA 4.0), used only to
                          cross-check the PLOVER columns; differences are printed on stderr
  PLOVER_EVENT_TYPES_TSV  plover_event_types.tsv (PLOVER 0.8, CC BY-SA 4.0)
  OUT_DIR                 directory receiving cameo.tsv and plover_types.tsv

cameo.tsv: header `code name root base goldstein quad_class plover_type plover_mode` (tab-separated),
rows in code order. name and goldstein are GDELT's; where GDELT's lookups lack a code (1213) ICEWS's
name and score are used. plover_type is empty where the table says `dropped`; `CONCEDE|RETREAT` (root 08,
which PLOVER splits) keeps the first type.
plover_types.tsv: header `type quad_code definition`, rows in PLOVER order.
"""
import csv
import re
import sys


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


def read_c2p(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\d{2,4}):\s*(.*)$", line.split("#", 1)[0].strip())
            if m:
                parts = [p.strip() for p in m.group(2).split(",")] + ["", ""]
                table.setdefault(m.group(1), []).append(tuple(parts[:3]))
    return table


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    codes_tsv, c2p_txt, types_tsv, out_dir = argv[1:]
    with open(codes_tsv, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    c2p = read_c2p(c2p_txt)
    with open(f"{out_dir}/cameo.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("code\tname\troot\tbase\tgoldstein\tquad_class\tplover_type\tplover_mode\n")
        for r in rows:
            ptype = r["plover_category_2021"]
            ptype = "" if ptype == "dropped" else ptype.split("|")[0]
            mode = r["plover_mode_2021"].strip()
            name, goldstein = clean(r["name_gdelt"]), r["goldstein_gdelt"].strip()
            if not name or not goldstein:  # 1213 is missing from GDELT's lookups: use ICEWS's values
                name = name or clean(r["name_icews"])
                goldstein = goldstein or f"{float(r['goldstein_icews']):.1f}"
                print(f"check {r['code']}: not in GDELT lookups, ICEWS name/Goldstein used", file=sys.stderr)
            out.write("\t".join([r["code"], name, r["root_code"], r["base_code"],
                                 goldstein, r["quad_class_4"], ptype, mode]) + "\n")
            # cross-check against CAMEO2PLOVER
            mapped = c2p.get(r["code"])
            if mapped is None:
                if ptype:
                    print(f"check {r['code']}: table {ptype} but not in CAMEO2PLOVER", file=sys.stderr)
                continue
            if len(mapped) > 1:
                print(f"check {r['code']}: CAMEO2PLOVER lists it {len(mapped)} times: {mapped}", file=sys.stderr)
            types = {m[0] for m in mapped}
            if r["plover_category_2021"] not in types or any(m[1] != mode for m in mapped):
                print(f"check {r['code']}: table {r['plover_category_2021']}/{mode} vs CAMEO2PLOVER {mapped}",
                      file=sys.stderr)
    known = {r["code"] for r in rows}
    for code in sorted(set(c2p) - known):
        print(f"check {code}: in CAMEO2PLOVER {c2p[code]} but not among the 312 codes", file=sys.stderr)
    with open(types_tsv, encoding="utf-8") as f, \
            open(f"{out_dir}/plover_types.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("type\tquad_code\tdefinition\n")
        for r in csv.DictReader(f, delimiter="\t"):
            out.write(f"{r['event_type']}\t{r['quad_code']}\t{clean(r['definition_excerpt'])}\n")
    print(f"codes={len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

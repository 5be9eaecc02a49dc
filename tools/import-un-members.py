#!/usr/bin/env python3
"""Builds the UN member list that SeedSubstitutionTest draws its pairs of states from.

Usage:
  tools/import-un-members.py WORLD_COUNTRIES_JSON OUT_TSV

  WORLD_COUNTRIES_JSON  countries.json of npm world-countries@5.1.0 (mledoze/countries; ODbL 1.0:
                        `npm pack world-countries@5.1.0` and unpack it)
  OUT_TSV               dyad-app/src/test/resources/org/dyad/acceptance/un-members.tsv

Output: comment lines (`#`), then a header `code<TAB>name<TAB>article<TAB>demonym<TAB>capital` and one row per
UN member state, sorted by code:
  * code     CAMEO country code: ISO alpha-3, except where CAMEO spells it differently (TLS -> TMP);
  * name     world-countries' common English name ("Czechia", "DR Congo", "Türkiye"), as written;
  * article  "the" where the name takes the definite article in running English, else "-": the official
             name ends in "of the" + the common name ("Kingdom of the Netherlands", "Republic of the Gambia"),
             or the common name is headed by a common noun (Republic, States, Kingdom, Emirates, Islands:
             "the United States", "the Marshall Islands", "the Republic of the Congo");
  * demonym  the English demonym (demonyms.eng.m); where the list gives alternatives ("Antiguan, Barbudan",
             "Kittitian or Nevisian") the first;
  * capital  the first capital listed (South Africa: Pretoria).
Members are the rows with unMember true, less Vatican City: world-countries marks it a member, but the Holy
See is a non-member observer state of the UN (193 members).

The file is a derivative of the world-countries database and is shared under the ODbL 1.0, as NOTICE says.
"""
import json
import re
import sys

ISO_TO_CAMEO = {"TLS": "TMP", "XKX": "KSV"}
NOT_MEMBERS = {"VAT"}
HEADS = ("Republic", "States", "Kingdom", "Emirates", "Islands")


def article(common, official):
    if official.endswith(" of the " + common) or common.split()[-1] in HEADS or common.startswith("Republic "):
        return "the"
    return "-"


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    rows = []
    for c in json.load(open(argv[1], encoding="utf-8")):
        if not c.get("unMember") or c["cca3"] in NOT_MEMBERS:
            continue
        code = ISO_TO_CAMEO.get(c["cca3"], c["cca3"])
        common, official = c["name"]["common"], c["name"]["official"]
        demonym = re.split(r",\s*|\s+or\s+", c["demonyms"]["eng"]["m"])[0].strip()
        capital = c["capital"][0]
        for v in (common, demonym, capital):
            if "\t" in v or not v:
                sys.exit(f"{code}: bad value {v!r}")
        rows.append((code, common, article(common, official), demonym, capital))
    rows.sort()
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("# UN member states for SeedSubstitutionTest: CAMEO code, common English name, 'the' if the name takes\n")
        f.write("# the definite article, demonym, capital. From world-countries 5.1.0 (mledoze/countries), ODbL 1.0;\n")
        f.write("# built by tools/import-un-members.py (see NOTICE).\n")
        f.write("code\tname\tarticle\tdemonym\tcapital\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} members", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Builds dyad-core's country gazetteer (org/dyad/actor/countries.tsv and country_names.tsv).

Usage:
  tools/import-countries.py PHOENIX_COUNTRIES NATIONALITY_EN_JSON ISO_CODES_JSON ISO_EN_JSON \
      CAMEO_COUNTRY_CODES_TSV OUT_DIR

  PHOENIX_COUNTRIES       Phoenix.Countries.actors.txt (PETRARCH2 dictionaries, MIT, Open Event Data Alliance)
  NATIONALITY_EN_JSON     langs/en.json of npm i18n-nationality@1.4.0 (MIT)
  ISO_CODES_JSON          codes.json of npm i18n-iso-countries@7.14.0 (MIT)
  ISO_EN_JSON             langs/en.json of npm i18n-iso-countries@7.14.0 (MIT)
  CAMEO_COUNTRY_CODES_TSV cameo_country_codes.tsv (codes PETRARCH2 knows; used only for reporting)
  OUT_DIR                 directory receiving countries.tsv and country_names.tsv

Output countries.tsv: header `code<TAB>kind<TAB>phrase`, rows sorted by (code, kind, phrase), unique by
case-insensitive phrase. Kinds: NAME (country names, official names, frequent misspellings),
ADJECTIVE (nationality / demonym words, plurals included), CAPITAL (capital, city, province or other
place alias that PETRARCH codes as the country). country_names.tsv: `code<TAB>name`, one common English
name per code.

How the Phoenix file is read (TABARI .actors format):
  * `#` starts a comment; a block starts with a line in column 1 (the head phrase), continues with
    `+SYNONYM` lines and codes in brackets, either on the head line or on tab-indented lines.
  * `_` joins words; a trailing `_` only marks a complete word, so it is dropped.
  * Codes may carry dates: `[AZE >911221]` (from), `[USRAZE <911018]` (until), `[X 911018-911221]`
    (range). The code in force today is the open-ended one (no date or `>date`; the latest start wins).
    Blocks whose code in force is not a bare 3-letter code (persons, `[AZEGOV ...]`, bodies) or
    whose codes are all closed (e.g. Serbia and Montenegro, Czechoslovakia) are skipped.
  * Phrases containing `(`, `,` or non-ASCII letters (e.g. `KOREA,_NORTH_`, `AMERICA_(US)_`) are
    skipped: they never occur verbatim in news text. A leading `THE` is removed ("The Gambia" ->
    "Gambia"): the matcher then matches from the next token.

Kind of a Phoenix phrase: the file does not say, so it is inferred against the i18n lists for the
same code: exact (case-insensitive) equality with a name or adjective; otherwise the closer of the
two by difflib ratio when >= 0.8 (misspellings); otherwise a demonym-looking ending with the first
four letters of a name ("Britons", "Kosovar"); otherwise CAPITAL. So CAPITAL holds every place
alias Phoenix lists: capitals and cities, but also provinces, US states and a few foreign-language
or nickname forms of the country.

i18n sources: ISO alpha-2 -> alpha-3 via codes.json, then to CAMEO where CAMEO differs (ISO_TO_CAMEO).
Comma forms ("Korea, Republic of") are skipped; parenthesised nationality qualifiers
("Congolese (Republic of the Congo)") are stripped; nationality values that are place names
(i18n-nationality lists "Bermuda", "Cook Islands" ...) are skipped; "Welsh" listed for Wallis and
Futuna is wrong and skipped. Plurals are generated for adjectives ending in -an, -i, -ot, -er, -ino
("Iranians", "Israelis", "Cypriots", "New Zealanders", "Filipinos").

Conflicts (one phrase, several codes): NAME beats ADJECTIVE beats CAPITAL; on a tie the Phoenix
entry wins over the i18n one; a remaining tie between codes drops the phrase (listed on stderr).

DROP: phrases removed because they are common English words or person names that would fire on
capitalised text in news (sentence-initial words, surnames, first names), or historical/fictional
codes. Matching in Dyad is case-insensitive after a capitalised first token, so "US" stays (the
lower-case pronoun "us" never matches) but e.g. "Male" (capital of the Maldives) must go.
"""
import difflib
import json
import re
import sys
from collections import defaultdict

# ISO alpha-3 codes CAMEO spells differently.
ISO_TO_CAMEO = {"XKK": "KSV", "TLS": "TMP"}
# Historical or fictional codes with open-ended entries in the Phoenix file.
DROP_CODES = {"SUN", "DDR", "KNT", "---"}
# Person-name / common-word risks (compared case-insensitively), and Phoenix aliases that are not
# places of the country (Fatah is a party; the Korean historical regions listed under PRK lie mostly
# in South Korea).
DROP = {
    # common English words / brands
    "male", "nice", "split", "bath", "reading", "mobile", "independence", "orange", "union", "victory",
    "liberty", "hope", "concord", "mercy", "pride", "dakota", "delta", "federal", "central", "normal",
    "paradise", "republic", "islands", "island", "state", "states", "west", "east", "north", "south",
    "pole", "poles", "tyre", "moron", "hippo", "helvetica", "olympus", "delphi", "waterloo", "zealand",
    "kiwi", "kiwis", "tamale", "sur", "finn", "finns", "doris", "argos", "nords", "lot", "lut",
    "north west", "empire state", "sinensis", "sinica", "sinic", "sinitic", "teutonica", "lubavitch", "fatah", "hague",
    # person names / surnames frequent in news
    "phoenix", "columbus", "charlotte", "lawrence", "austin", "buffalo", "providence", "richmond",
    "jackson", "victoria", "hamilton", "lincoln", "madison", "jefferson", "franklin", "florence",
    "georgetown", "kingston", "houston", "dallas", "denver", "orlando", "raleigh", "tampa", "columbia",
    "marshall", "stanley", "douglas", "darwin", "nelson", "clinton", "murray", "eyre", "galan",
    "rosario", "soledad", "juarez", "nasser", "molotov", "vladimir", "kirov", "gorky", "gorki", "gorkiy",
    "constantine", "virginia", "carolina", "mercedes",
    # Korean historical regions Phoenix lists under PRK
    "chungcheong", "gyeongsang", "jeolla", "honam", "hoseo", "yeongnam", "yeongdong", "yeongseo",
    "gwandong",
}
# Kinds the heuristics below would get wrong.
KIND_OVERRIDE = {
    **{k: "NAME" for k in (
        "britain", "great britain", "england", "scotland", "wales", "northern ireland", "syria", "laos",
        "swaziland", "burma", "zaire", "ceylon", "holland", "siam", "east timor", "persia", "byelorussia",
        "belorussia", "formosa", "hellas", "u.s.", "u.s.a.", "u.k.", "america")},
    **{k: "ADJECTIVE" for k in (
        "english", "englishman", "englishwoman", "scottish", "scot", "scots", "scotsman", "scotswoman",
        "welsh", "welshman", "welshwoman", "briton", "britons", "spaniard", "spaniards", "tajik", "tajiks",
        "uzbek", "uzbeks", "turkmen", "turk", "turks", "aussie", "aussies", "dane", "danes", "monegasque",
        "monegasques", "ceylonese", "basotho", "vincentian", "vincentians", "emirati", "emiratis",
        "emarati", "kosovar", "kosovars", "croat", "croats", "serb", "serbs", "palestinian",
        "palestinians", "argies", "kenadian", "hollander", "tadzhik", "barbudans", "s'porean", "northern irish", "northern irishman", "northern irishwoman", "filipina", "filipinas")},
    **{k: "CAPITAL" for k in ("d.c.", "washington d.c.", "brasilia", "mexicali")},
}
# Welsh, Scottish and English are GBR adjectives (i18n-nationality gives "Welsh" to Wallis and Futuna).
EXTRA = [("GBR", "ADJECTIVE", w) for w in ("English", "Scottish", "Welsh", "Scots", "Britons")] + \
        [("GBR", "NAME", w) for w in ("Britain", "England", "Scotland", "Wales", "Northern Ireland")] + \
        [("CHN", "NAME", "PRC"), ("PRK", "NAME", "DPRK"), ("SRB", "ADJECTIVE", "Serb"), ("SRB", "ADJECTIVE", "Serbs")]

PARTICLES = {"of", "the", "and", "de", "da", "del", "la", "le", "du", "des", "van", "von", "i", "e",
             "al", "el", "do", "dos", "das", "y", "et", "on", "in", "upon"}
ABBREV = {"ST": "St", "MT": "Mt", "GT": "Gt", "EQ": "Eq", "IS": "Is", "DEM": "Dem", "REP": "Rep"}
ACRONYMS = {"USA", "US", "UK", "UAE", "DPRK", "ROK", "PRC", "DRC", "RSA", "ROC", "USSR", "KSA", "PNG",
            "BVI", "FYROM", "EEUU", "DR", "GB", "NZ", "PRK", "UAR", "CAR", "DC", "RP", "BIH"}
COMMON_NAME = {
    "USA": "United States", "GBR": "United Kingdom", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "SYR": "Syria", "LAO": "Laos", "BRN": "Brunei", "VAT": "Vatican City",
    "MDA": "Moldova", "FSM": "Micronesia", "KOR": "South Korea", "PRK": "North Korea", "TWN": "Taiwan",
    "IRN": "Iran", "RUS": "Russia", "CHN": "China", "TZA": "Tanzania", "TUR": "Turkey", "CZE": "Czech Republic",
    "NLD": "Netherlands", "MKD": "North Macedonia", "GMB": "Gambia", "CIV": "Ivory Coast", "PSE": "Palestine",
    "TMP": "Timor-Leste", "KSV": "Kosovo", "VGB": "British Virgin Islands", "VIR": "US Virgin Islands",
    "FLK": "Falkland Islands", "MAF": "Saint Martin", "SXM": "Sint Maarten", "BOL": "Bolivia",
    "VEN": "Venezuela", "SWZ": "Eswatini", "CPV": "Cape Verde", "MMR": "Myanmar",
}


def words_of(raw):
    """Phoenix phrase -> list of upper-case words."""
    raw = raw.strip().strip("_")
    return [w for w in raw.split("_") if w]


def recase(words):
    out = []
    for i, w in enumerate(words):
        up = w.upper()
        if up.rstrip(".") in ABBREV:
            out.append(ABBREV[up.rstrip(".")] + ("." if up.endswith(".") else ""))
            continue
        if "." in w:
            segs = w.split(".")
            out.append(up if all(len(x) <= 2 for x in segs) else
                       ".".join(x[:1].upper() + x[1:].lower() for x in segs))
            continue
        if up in ACRONYMS or not re.search(r"[AEIOUY]", up):
            out.append(up)
            continue
        parts = []
        for j, p in enumerate(re.split(r"(-)", w)):
            lp = p.lower()
            if p == "-":
                parts.append(p)
            elif (i > 0 or j > 0) and lp in PARTICLES:
                parts.append(lp)
            elif lp.startswith("d'") and len(lp) > 2:
                parts.append("d'" + lp[2:].capitalize())
            elif lp.startswith("mc") and len(lp) > 2:
                parts.append("Mc" + lp[2:].capitalize())
            else:
                parts.append(lp[:1].upper() + lp[1:])
        out.append("".join(parts))
    return " ".join(out)


def clean_phrase(text):
    """Returns the phrase in natural case without a leading 'the', or None to skip."""
    text = text.strip().strip("-")
    if "(" in text or "," in text or not re.fullmatch(r"[A-Za-z .'\-]+", text):
        return None
    text = re.sub(r"^(?i:the)\s+", "", text.strip())
    text = re.sub(r"\s+", " ", text)
    if not text or not text[0].isupper() and not text[0].isalpha():
        return None
    return text


def date_key(d):
    d = re.sub(r"\D", "", d)
    if len(d) == 6:  # yymmdd
        d = ("19" if int(d[:2]) > 30 else "20") + d
    return d[-8:]


def code_in_force(codes):
    """Bare 3-letter code in force today, or None."""
    best = None
    for c in codes:
        parts = c.split()
        if not parts:
            continue
        code, dates = parts[0], "".join(parts[1:])
        if dates.startswith("<") or re.search(r"\d-\d", dates):
            continue  # closed
        start = date_key(dates[1:]) if dates.startswith(">") else "00000000"
        if best is None or start >= best[0]:
            best = (start, code)
    if best is None or not re.fullmatch(r"[A-Z]{3}", best[1]):
        return None
    return best[1]


def read_phoenix(path):
    blocks, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", body)
            phrase = re.sub(r"\[.*", "", body).strip()
            if line[0] in " \t" or body.lstrip().startswith("["):
                if cur is not None:
                    cur["codes"] += codes
            elif body.startswith("+"):
                if cur is not None:
                    cur["phrases"].append(phrase[1:].strip())
                    cur["codes"] += codes
            else:
                cur = {"phrases": [phrase], "codes": codes}
                blocks.append(cur)
    out = []
    for b in blocks:
        code = code_in_force(b["codes"])
        if code is None or code in DROP_CODES:
            continue
        for i, p in enumerate(b["phrases"]):
            w = words_of(p)
            if not w:
                continue
            text = clean_phrase(recase(w))
            if text:
                out.append((code, text))
    return out


DEMONYM_END = re.compile(r"(an|ans|ian|ians|i|is|ese|ish|ot|ots|er|ers|ino|inos|men|man|woman)$")


def classify(text, names, adjs):
    """Kind of a Phoenix phrase, judged against the i18n names and adjectives of its code."""
    low = text.lower()
    nl = [n.lower() for n in names if n]
    al = [a.lower() for a in adjs]
    if low in KIND_OVERRIDE:
        return KIND_OVERRIDE[low]
    if low in nl:
        return "NAME"
    if low in al:
        return "ADJECTIVE"
    if re.fullmatch(r"(?:[A-Z]\.?){2,6}", text.replace(" ", "")):
        return "NAME"  # acronym: DPRK, U.A.E., DRC
    if any(f" {low} " in f" {n} " for n in nl):
        return "NAME"  # part of a name: Bosnia, Burkina, Trinidad
    last = low.split()[-1]
    if last in ("republic", "federation", "kingdom", "emirates") and len(low.split()) > 1:
        return "NAME"  # Georgian Republic, Slovak Republic
    close = max(nl, key=lambda n: difflib.SequenceMatcher(None, low, n).ratio(), default="")
    demonym = DEMONYM_END.search(last) and not re.search(r"(stan|ia|land)$", last)
    if demonym and len(low) > len(close) and low.startswith(close[:len(close) - 2]) \
            and len(low.split()) == len(close.split()):
        return "ADJECTIVE"  # Iranian, Aruban, Bhutani, Netherlander
    rn = difflib.SequenceMatcher(None, low, close).ratio() if close else 0
    ra = max((difflib.SequenceMatcher(None, low, a).ratio() for a in al), default=0)
    if rn >= 0.8 and rn >= ra:
        return "NAME"  # misspelling of a name
    best_adj = max(al, key=lambda a: difflib.SequenceMatcher(None, low, a).ratio(), default="")
    if ra >= 0.85 and demonym and len(low.split()) == len(best_adj.split()):
        return "ADJECTIVE"
    if rn >= 0.8:
        return "NAME"
    return "CAPITAL"


def plural(adj):
    low = adj.lower()
    if low.endswith("man"):
        return adj[:-3] + "men"
    if re.search(r"(an|i|ot|er|ino|ani)$", low) and not low.endswith("ese"):
        return adj + "s"
    # demonym nouns: Turk, Serb, Kurd, Croat, Greek, Pole, Swede, Uzbek, Finn, Arab
    if re.search(r"[bdegklnrt]$", low) and not re.search(r"(ese|ish|ch|sh|ss|ic)$", low):
        return adj + "s"
    return None


def main(argv):
    if len(argv) != 7:
        sys.exit(__doc__)
    phoenix, nat_json, codes_json, iso_json, cameo_tsv, out_dir = argv[1:]
    a2 = {}
    for row in json.load(open(codes_json, encoding="utf-8")):
        a3 = row[1]
        a2[row[0]] = ISO_TO_CAMEO.get(a3, a3)
    iso = json.load(open(iso_json, encoding="utf-8"))["countries"]
    nat = json.load(open(nat_json, encoding="utf-8"))["nationalities"]
    cameo_known = set()
    with open(cameo_tsv, encoding="utf-8") as f:
        next(f)
        cameo_known = {ln.split("\t")[0] for ln in f if ln.strip()}

    names = defaultdict(list)      # code -> names (i18n)
    adjs = defaultdict(list)       # code -> adjectives (i18n + plurals)
    common = {}
    for k, v in iso.items():
        code = a2.get(k)
        if not code:
            continue
        vals = v if isinstance(v, list) else [v]
        for val in vals:
            if "," in val or "(" in val:
                continue
            t = clean_phrase(val)
            if t:
                names[code].append(t)
        ok = [clean_phrase(x) for x in vals if "," not in x and "(" not in x]
        ok = [x for x in ok if x and not x.isupper() and "." not in x]
        base = vals[0].split(",")[0].split(" (")[0]
        common[code] = COMMON_NAME.get(code, min(ok, key=len) if ok else base)
    for k, v in nat.items():
        code = a2.get(k)
        if not code or (k == "WF" and v == "Welsh"):
            continue
        v = re.sub(r"\s*\(.*\)", "", v)
        iso_vals = iso.get(k, [])
        iso_vals = iso_vals if isinstance(iso_vals, list) else [iso_vals]
        iso_plain = {re.sub(r"\s*\(.*\)", "", x).lower() for x in iso_vals}
        if "," in v or v.lower() in iso_plain:
            continue
        for part in re.split(r"\s+(?:-|or|and)\s+", v):
            if part.lower() in {n.lower() for n in names[code]} or part.endswith(("Island", "Islands")):
                continue
            adjs[code].append(part)
            p = plural(part)
            if p:
                adjs[code].append(p)

    cands = defaultdict(list)  # lower phrase -> [(rank, source, code, kind, text)]
    kind_rank = {"NAME": 0, "ADJECTIVE": 1, "CAPITAL": 2}

    def add(code, kind, text, source):
        cands[text.lower()].append((kind_rank[kind], source, code, kind, text))

    for code, lst in names.items():
        for t in lst:
            add(code, "NAME", t, 1)
    for code, lst in adjs.items():
        for t in lst:
            add(code, "ADJECTIVE", t, 1)

    for code, kind, text in EXTRA:
        add(code, kind, text, 0)
    for code, text in read_phoenix(phoenix):
        kind = classify(text, names.get(code, []) + [common.get(code, "")], adjs.get(code, []))
        add(code, kind, text, 0)
        if kind == "ADJECTIVE":
            p = plural(text)
            if p and p.lower() not in cands:
                add(code, "ADJECTIVE", p, 0)

    rows, dropped, ambiguous = [], [], []
    for low, lst in sorted(cands.items()):
        if low in DROP:
            dropped.append(low)
            continue
        lst.sort()
        best = [c for c in lst if c[:2] == lst[0][:2]]
        codes = {c[2] for c in best}
        if len(codes) > 1:
            ambiguous.append((low, sorted(codes)))
            continue
        r = best[0]
        rows.append((r[2], r[3], r[4]))
    rows.sort()
    with open(f"{out_dir}/countries.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tkind\tphrase\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    used = {r[0] for r in rows}
    with open(f"{out_dir}/country_names.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tname\n")
        for code in sorted(used):
            name = common.get(code) or next(r[2] for r in rows if r[0] == code and r[1] == "NAME") \
                if any(r[0] == code and r[1] == "NAME" for r in rows) or code in common else None
            if name is None:
                name = next(r[2] for r in rows if r[0] == code)
            f.write(f"{code}\t{name}\n")
    print(f"rows={len(rows)} codes={len(used)} dropped={len(dropped)} ambiguous={len(ambiguous)}",
          file=sys.stderr)
    for a in ambiguous:
        print("ambiguous, dropped:", a[0], a[1], file=sys.stderr)
    print("codes not in cameo_country_codes.tsv:", " ".join(sorted(used - cameo_known)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

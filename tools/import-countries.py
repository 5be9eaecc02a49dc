#!/usr/bin/env python3
"""Builds dyad-core's country gazetteer (org/dyad/actor/countries.tsv and country_names.tsv).

Usage:
  tools/import-countries.py PHOENIX_COUNTRIES NATIONALITY_EN_JSON ISO_CODES_JSON ISO_EN_JSON \
      CAMEO_COUNTRY_CODES_TSV CORENLP_DEMONYMS_TXT PLACES_TSV_GZ OUT_DIR

  PHOENIX_COUNTRIES       Phoenix.Countries.actors.txt (PETRARCH2 dictionaries, MIT, Open Event Data Alliance)
  NATIONALITY_EN_JSON     langs/en.json of npm i18n-nationality@1.4.0 (MIT)
  ISO_CODES_JSON          codes.json of npm i18n-iso-countries@7.14.0 (MIT)
  ISO_EN_JSON             langs/en.json of npm i18n-iso-countries@7.14.0 (MIT)
  CAMEO_COUNTRY_CODES_TSV cameo_country_codes.tsv (codes PETRARCH2 knows; used only for reporting)
  CORENLP_DEMONYMS_TXT    edu/stanford/nlp/models/dcoref/demonyms.txt from the Stanford CoreNLP 4.5.10
                          models jar (GPL-3.0-or-later; unzip it from
                          ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar)
  PLACES_TSV_GZ           dyad-core/src/main/resources/org/dyad/place/places.tsv.gz (Dyad's GeoNames subset,
                          CC BY 3.0, built by tools/import-places.py); only its national capitals are read
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
  * Phrases containing `(`, `,`, digits or characters that are not Latin letters (e.g. `KOREA,_NORTH_`,
    `AMERICA_(US)_`, Cyrillic, or letters the file garbled into U+FFFD) are skipped: they never occur
    verbatim in English news text. A leading `THE` is removed ("The Gambia" ->
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
entry wins over the i18n one, which wins over CoreNLP's, which wins over GeoNames'; a remaining tie between
codes drops the phrase (listed on stderr).

CoreNLP's demonym list (CORENLP_DEMONYMS_TXT; one place a line, then its adjectives and people nouns,
tab-separated, from Wikipedia's "List of adjectival and demonymic forms of place names") adds ADJECTIVE rows,
with the plurals exactly as the list gives them (no plural is generated for them). Rules:
  * The place (first column) is mapped to a code by the phrases gathered above (Phoenix and i18n names and
    place aliases): a place is coded as PETRARCH codes it, so a people inside a state takes that state only
    where Phoenix lists its land under the state's code (Chechnya -> RUS: Chechen; Tibet -> CHN: Tibetan;
    Corsica -> FRA; Abkhazia -> GEO; Iraqi Kurdistan -> IRQ: Iraqi Kurd). CORENLP_PLACE_ALIAS repairs the
    list's misspelt or differently written places ("Burkina Fasoa", "United Kingdom.").
  * CORENLP_SKIP places are skipped, each with its reason: continents and multi-state regions (Africa, West
    Africa, Middle East, Europe ...: CAMEO has region codes such as AFR, WAF, MEA, but they are not states,
    Dyad's gazetteer and its resolver hold states only, and PETRARCH's Phoenix country dictionary gives no
    bare region word a code either); peoples whose land Phoenix does not code as one state (Kurdistan spans
    four states; Iranian Kurdistan is not in Phoenix); historical states whose codes are no longer in force
    (Soviet Union, Czechoslovakia, Yugoslavia, East and West Germany). A place that is neither mapped nor in
    CORENLP_SKIP stops the script, so every skip is a decision written here.
  * Values: empty cells and values that name a place (ending in "Island(s)", or already a NAME or CAPITAL
    phrase of any code: "Congo", "Hong Kong", "Kiribati") are not adjectives and are skipped;
    CORENLP_VALUE_FIX repairs or removes the list's typos and wrong values ("Dominicansd", "Grenadines"
    under Grenada); "St. X" values also give "Saint X" ("St. Vincentian" -> "Saint Vincentian").
  * A value never takes a phrase that the sources above give to another code ("Irish", listed for Northern
    Ireland, stays IRL; "Chinese", listed for Macau, stays CHN); one the sources above give to the same code
    as CAPITAL (the kind guess failed: "Abkhaz", "Kirghiz", "Sammarinese") becomes ADJECTIVE. A value the
    list gives to two codes ("Korean", "Koreans": North and South Korea) is dropped as ambiguous.

National capitals: every PPLC (capital) row of PLACES_TSV_GZ, and every PPLG (seat of government) row with a
population (GeoNames' PPLG rows without one are offices and palaces), gives a CAPITAL row (its name, and its ASCII form)
for its country, where no source above has the phrase already, the code is one the sources above know, and
no place of another country in the file has the same name ("Gitega", "Ngerulmud", "Bogotá"; not
"Saint-Denis", the capital of Reunion and a French town). EXTRA_CAPITALS adds three capitals in the
spelling world-countries gives (Naypyidaw, Malé, San José). FORMER adds the former names of renamed states
(Upper Volta, Dahomey, Rhodesia, Kampuchea, New Hebrides) with their adjectives, for their successors.

Phrases may hold Latin letters with diacritics ("Côte d'Ivoire", "Türkiye", "Lomé"): CoreNLP keeps them in
its tokens and Dyad compares phrases in lower case, so each form matches as written (the ASCII forms are
separate rows where a source gives them).

DROP: phrases removed because they are common English words or person names that would fire on
capitalised text in news (sentence-initial words, surnames, first names), or historical/fictional
codes. Matching in Dyad is case-insensitive after a capitalised first token, so "US" stays (the
lower-case pronoun "us" never matches) but e.g. "Male" (capital of the Maldives) must go.
"""
import difflib
import gzip
import json
import re
import sys
import unicodedata
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
    "valley", "north west", "empire state", "sinensis", "sinica", "sinic", "sinitic", "teutonica", "lubavitch", "fatah", "hague",
    # GeoNames marks this Michigan town as a seat of government (PPLG) of the US
    "iron river",
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
# Welsh, Scottish and English are GBR adjectives (i18n-nationality gives "Welsh" to Wallis and Futuna); Greek and
# Turkish Cypriots are Cypriots, not Greeks or Turks; the Holy See, which no source above names outside brackets,
# is the Vatican (ISO VAT).
EXTRA = [("GBR", "ADJECTIVE", w) for w in ("English", "Scottish", "Welsh", "Scots", "Britons")] + \
        [("GBR", "NAME", w) for w in ("Britain", "England", "Scotland", "Wales", "Northern Ireland")] + \
        [("CHN", "NAME", "PRC"), ("PRK", "NAME", "DPRK"), ("SRB", "ADJECTIVE", "Serb"), ("SRB", "ADJECTIVE", "Serbs")] + \
        [("CYP", "ADJECTIVE", w) for w in ("Greek Cypriot", "Greek Cypriots", "Turkish Cypriot", "Turkish Cypriots")] + \
        [("VAT", "NAME", w) for w in ("Vatican", "Vatican City", "Holy See")]
# Former names of states that were renamed, each with one successor (plain facts; ISO 3166-3 lists Upper Volta
# HVBF, Dahomey DYBJ, Southern Rhodesia RHZW, New Hebrides NHVU): older reports name them so. States that
# split (Soviet Union, Yugoslavia, Czechoslovakia) have no one successor and stay out (see DROP).
FORMER = [("BFA", "NAME", "Upper Volta"), ("BFA", "ADJECTIVE", "Upper Voltan"), ("BFA", "ADJECTIVE", "Upper Voltans"),
          ("BEN", "NAME", "Dahomey"), ("BEN", "ADJECTIVE", "Dahomeyan"), ("BEN", "ADJECTIVE", "Dahomeyans"),
          ("ZWE", "NAME", "Rhodesia"), ("ZWE", "NAME", "Southern Rhodesia"), ("ZWE", "ADJECTIVE", "Rhodesian"),
          ("ZWE", "ADJECTIVE", "Rhodesians"), ("ZMB", "NAME", "Northern Rhodesia"),
          ("KHM", "NAME", "Kampuchea"), ("KHM", "NAME", "Democratic Kampuchea"), ("KHM", "NAME", "Khmer Republic"),
          ("KHM", "ADJECTIVE", "Kampuchean"), ("KHM", "ADJECTIVE", "Kampucheans"), ("VUT", "NAME", "New Hebrides")]

# CoreNLP demonym list: places that are not mapped to a state (see the docstring for the rules).
CORENLP_SKIP = {
    # continents and multi-state regions: not states (CAMEO's region codes AFR, WAF, NAF, EAF, MEA, EUR,
    # NMR, SAM ... are not country codes; Phoenix gives no bare region word a code)
    "africa", "west africa", "north africa", "east africa", "antarctica", "asia", "middle east",
    "australasia", "eurasia", "europe", "north america", "oceania", "west indies", "south america",
    # peoples whose land Phoenix does not code as one state: Kurdistan spans Iraq, Iran, Syria and Turkey;
    # Phoenix codes Iraqi Kurdistan (IRQ) but lists no Iranian Kurdistan
    "kurdistan", "iranian kurdistan",
    # a region inside a state that Phoenix does not list (Georgia's South Ossetia)
    "south ossetia",
    # historical states: their codes are closed in Phoenix (Czechoslovakia, Yugoslavia) or dropped (SUN, DDR);
    # the Netherlands Antilles were dissolved in 2010
    "soviet union", "czechoslovakia", "yugoslavia", "west germany", "east germany", "netherlands antilles",
    # ambiguous: the Congo or the DR Congo (the list repeats the values under each state's full name);
    # the US or the British Virgin Islands
    "congo", "virgin islands",
    # territories the sources above do not name (their i18n names carry commas or brackets)
    "british virgin islands", "falkland islands",
}
# CoreNLP demonym list: places written differently from every source above.
CORENLP_PLACE_ALIAS = {
    "burkina fasoa": "burkina faso", "united kingdom.": "united kingdom", "h.k.": "hong kong",
    "dem. republic of the congo": "democratic republic of the congo", "dr congo": "democratic republic of the congo",
    "cocos (keeling) islands": "cocos islands", "northern marianas": "northern mariana islands",
    "saint-pierre and miquelon": "saint pierre and miquelon", "palestinian territories": "palestine",
    "pitcairn island": "pitcairn islands", "st. helena": "saint helena", "surinam": "suriname",
    "republic of ireland": "ireland", "republic of macedonia": "macedonia", "macau": "macao",
    "st. kitts and nevis": "saint kitts and nevis", "st. lucia": "saint lucia",
    "st. vincent and the grenadines": "saint vincent and the grenadines",
}
# CoreNLP demonym list: values repaired (a list of replacements) or removed (empty list).
CORENLP_VALUE_FIX = {
    "dominicansd": [], "dominicanse": [],          # typos for "Dominicans" (Dominica, Dominican Republic)
    "myanmaran myanmarans": ["Myanmaran", "Myanmarans"],  # a missing tab
    "sahraw": [],                                   # truncated ("Sahrawi")
    "grenadines": [],                               # listed under Grenada; the Grenadines are a place (VCT)
    "italic": [], "italics": [],                    # ancient peoples of Italy; a typeface word in news
    "scotch": [],                                   # whisky, tape
    "persian": [],                                  # "Persian Gulf" would become Iran's; "Persians" stays
    "belongers": [],                                # an English word (Falklands usage)
    "congo": [],                                    # a name, not a demonym
    "korean": [],                                   # North or South: left out as plain "Korea" is
    "papuan": [], "papuans": [],                    # also Indonesia's Papua ("Papuan separatists")
}

# Capitals in the spelling that world-countries (the list of UN members SeedSubstitutionTest draws from)
# gives and no source above does, checked by hand: Naypyidaw (GeoNames: Nay Pyi Taw); Malé and San José with
# their accents (the plain "Male" is an English word and dropped, the plain "San Jose" is a US city too).
EXTRA_CAPITALS = [("MMR", "Naypyidaw"), ("MDV", "Malé"), ("CRI", "San José")]

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


def latin_letters(text):
    """True when every letter is Latin (ASCII or with diacritics: "Côte", "Türkiye", "Lomé")."""
    return all(not c.isalpha() or c.isascii() or unicodedata.name(c, "").startswith("LATIN ") for c in text)


def ascii_fold(text):
    """The text without diacritics ("São Tomé" -> "Sao Tome")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean_phrase(text):
    """Returns the phrase in natural case without a leading 'the', or None to skip."""
    text = text.strip().strip("-")
    if "(" in text or "," in text or not re.fullmatch(r"[^\W\d_][\w .'\-]*", text) or re.search(r"[\d_]", text) \
            or not latin_letters(text):
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


def read_corenlp_demonyms(path, cands):
    """(code, value) pairs of CoreNLP's demonym list, by the rules in the docstring."""
    def codes_of(place):
        """Codes of the best-ranked NAME or CAPITAL entries of the place, as written or without diacritics."""
        low = CORENLP_PLACE_ALIAS.get(place.lower(), place.lower())
        low = re.sub(r"^the\s+", "", low)
        for key in (low, ascii_fold(low)):
            places = sorted(c for c in cands.get(key, []) if c[3] in ("NAME", "CAPITAL"))
            if places:
                return {c[2] for c in places if c[:2] == places[0][:2]}
        return set()

    out, unmapped = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            place, values = cells[0], [c for c in cells[1:] if c]
            if place.lower() in CORENLP_SKIP:
                continue
            codes = codes_of(place)
            if len(codes) != 1:
                unmapped.append((place, sorted(codes)))
                continue
            code = codes.pop()
            for raw in values:
                for value in CORENLP_VALUE_FIX.get(raw.lower(), [raw]):
                    forms = [value] + (["Saint " + value[4:]] if value.startswith("St. ") else [])
                    for form in forms:
                        text = clean_phrase(form)
                        if text is None or re.search(r"\bIslands?$", text):
                            continue
                        if any(c[3] in ("NAME", "CAPITAL") and c[1] <= 1 and c[2] != code
                               for c in cands.get(text.lower(), [])):
                            continue  # a place of another state ("Congo")
                        if any(c[3] == "NAME" for c in cands.get(text.lower(), [])):
                            continue  # already this state's name ("Kiribati")
                        out.append((code, text))
    if unmapped:
        sys.exit(f"{path}: places neither mapped to one code nor in CORENLP_SKIP: {unmapped}")
    return out


def read_capitals(path):
    """(code, phrase) for the national capitals (PPLC) and the seats of government (PPLG) with people
    (GeoNames' PPLG rows without population are offices and palaces: "RMI Capitol") of places.tsv.gz, except
    descriptions ("Palikir - National Government Center") and names that a place of another country in the
    file bears too ("Saint-Denis" of Reunion is also a French town)."""
    capitals, countries_of = [], defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in f:
            row = line.rstrip("\n").split("\t")
            forms = list(dict.fromkeys((row[col["name"]], row[col["ascii"]])))
            for form in forms:
                countries_of[form.lower()].add(row[col["country"]])
            feature, people = row[col["feature"]], int(row[col["population"]] or 0) > 0
            if (feature == "PPLC" or feature == "PPLG" and people) and " - " not in row[col["name"]]:
                capitals.append((row[col["country"]], forms))
    out = []
    for code, forms in capitals:
        if all(countries_of[f.lower()] == {code} for f in forms):
            out.extend((code, t) for t in map(clean_phrase, forms) if t)
    return out


def main(argv):
    if len(argv) != 9:
        sys.exit(__doc__)
    phoenix, nat_json, codes_json, iso_json, cameo_tsv, corenlp_txt, places_gz, out_dir = argv[1:]
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

    for code, kind, text in EXTRA + FORMER:
        add(code, kind, text, 0)
    for code, text in read_phoenix(phoenix):
        kind = classify(text, names.get(code, []) + [common.get(code, "")], adjs.get(code, []))
        add(code, kind, text, 0)
        if kind == "ADJECTIVE":
            p = plural(text)
            if p and p.lower() not in cands:
                add(code, "ADJECTIVE", p, 0)

    # Later sources (2: CoreNLP's demonyms, 3: GeoNames capitals) only add phrases: one the sources above
    # give to another code is left to them.
    earlier = {low: {c[2] for c in lst} for low, lst in cands.items()}
    refused = []

    def add_later(code, kind, text, source):
        known = earlier.get(text.lower())
        if known and code not in known:
            refused.append((source, text, code, sorted(known)))
            return
        add(code, kind, text, source)

    for code, text in read_corenlp_demonyms(corenlp_txt, cands):
        add_later(code, "ADJECTIVE", text, 2)
    known_codes = {c[2] for lst in cands.values() for c in lst}
    for code, text in read_capitals(places_gz) + EXTRA_CAPITALS:
        if code in known_codes and text.lower() not in earlier:
            add_later(code, "CAPITAL", text, 3)

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
    for r in refused:
        print(f"source {r[0]}: {r[1]!r} for {r[2]} left to {r[3]}", file=sys.stderr)
    print("codes not in cameo_country_codes.tsv:", " ".join(sorted(used - cameo_known)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

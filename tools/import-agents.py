#!/usr/bin/env python3
"""Builds dyad-core's agent lexicon (org/dyad/actor/agents.tsv): sector words such as "Defence Minister".

Usage: tools/import-agents.py PHOENIX_AGENTS OUT_TSV

  PHOENIX_AGENTS  Phoenix.agents.txt (PETRARCH2 dictionaries, MIT, Copyright (c) 2014 Open Event Data Alliance)
  OUT_TSV         output file, e.g. dyad-core/src/main/resources/org/dyad/actor/agents.tsv

Output: header `phrase<TAB>sectors<TAB>match`, rows sorted by phrase then match. phrase is lower case,
words separated by single spaces; sectors are CAMEO 3-letter sector codes in canonical order
(GOV MIL COP JUD LEG OPP REB ...), or `-` for a blocker (a phrase that must NOT be read as an agent,
e.g. "general election" so that "General" does not fire); match is `word` (every word must equal the
token, case-insensitively) or `prefix` (the last word matches any token starting with it: PETRARCH
stems such as "minist" -> minister, ministers, ministry, ministries).

How Phoenix.agents.txt is read (PETRARCH2 read_agent_dictionary semantics):
  * `#` starts a comment. `PHRASE {PLURAL} [~CODES]`; `_` joins words; a trailing `_` is dropped.
  * `[~GOVMIL]` are suffix codes: the agent's sectors, 3 letters each (GOV, MIL). `[IGO~]` are prefix
    codes (the agent turns its actor into an IGO: "OBSERVERS_IN", "PEACEKEEPING_TROOPS"); they are
    not sectors, so those 3 entries are skipped. One malformed `[~ENV}` is read as `[~ENV]`.
  * Regular plurals are generated as PETRARCH2 does (Y -> IES, S -> ES, else + S); `{X}` gives the
    plural X instead and `{}` none.
  * Substitution sets `!NAME! = A, B, C` are expanded: `FOREIGN_!MINIST!` becomes "foreign minister",
    "foreign ministers", "foreign ministry", "foreign ministries" (each without a generated plural,
    since the set lists its own forms).
  * Stems: PETRARCH marks none explicitly; the five last words that are truncated stems (STEMS) are
    emitted with match `prefix`, everything else with `word`.
  * Skipped: lines without a code; phrases with `(`; phrases ending in a function word
    ("CENTRAL_JAIL_OF"), which PETRARCH uses to require a following noun; and EXCLUDE, generic words
    that are not a sector in diplomatic news ("parties", "sides", "delegation"...).

HAND entries are checked by hand for Dyad and win over the PETRARCH ones for the same phrase and match.
"""
import re
import sys

STEMS = {"AUTHORIT", "COMPAN", "INDUSTR", "MILITA", "MINIST"}
FUNCTION_WORDS = {"of", "in", "at", "for", "to"}
# Not sectors in diplomatic news: "the parties agreed", "both sides", "a delegation arrived".
EXCLUDE = {"party", "parties", "side", "sides", "delegation", "delegations", "delegate", "delegates",
           "member", "members", "group", "groups", "body", "bodies", "people", "person", "persons",
           "source", "sources", "state", "states", "office", "offices", "post", "posts", "position",
           "positions", "system", "systems", "order", "orders", "site", "sites", "presence", "unit",
           "units", "meeting", "meetings", "exchange", "exchanges", "representative", "representatives",
           "man", "men", "woman", "women", "girl", "girls", "child", "children", "family", "families",
           "lady", "ladies", "house", "houses", "home", "homes", "union", "unions", "front", "fronts",
           "wing", "wings", "control", "controls", "check", "checks", "retired", "foreign", "supreme",
           "extraordinary", "major", "majors", "grade", "grades", "quality", "water", "food", "rule",
           "rules", "hire", "hires", "led", "mother", "mothers", "order", "branch", "branches"}

CANONICAL = ["GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "SPY", "UAF", "BUS", "CRM",
             "CVL", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF", "AGR", "DEV", "MOD", "RAD",
             "NGO", "IGO", "PTY", "PPL", "REL", "MUS", "CHR", "CTH", "PRO", "ORT", "JEW", "BUD", "HIN"]

W, P = "word", "prefix"
HAND = [
    # GOV MIL
    *[(p, "GOV MIL", W) for p in (
        "defence minister", "defence ministers", "defense minister", "defense ministers",
        "minister of defence", "minister of defense", "ministers of defence", "ministers of defense",
        "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
        "defence ministries", "defense ministries")],
    ("defence minist", "GOV MIL", P), ("defense minist", "GOV MIL", P),
    # GOV
    ("minist", "GOV", P),
    *[(p, "GOV", W) for p in (
        "minister", "ministers", "ministry", "ministries", "government", "governments", "cabinet",
        "cabinets", "president", "presidents", "prime minister", "prime ministers", "premier", "premiers",
        "foreign minister", "foreign ministers", "foreign ministry", "foreign ministries",
        "interior minister", "interior ministers", "interior ministry", "spokesman", "spokesmen",
        "spokeswoman", "spokeswomen", "spokesperson", "spokespersons", "spokespeople", "official",
        "officials", "king", "kings", "leader", "leaders")],
    # MIL
    *[(p, "MIL", W) for p in (
        "army", "armies", "military", "militaries", "armed forces", "troops", "soldier", "soldiers",
        "forces", "navy", "navies", "air force", "air forces", "general staff", "chief of staff",
        "chiefs of staff", "general staff chief", "chief of general staff", "chief of the general staff",
        "commander", "commanders", "defence forces", "defense forces",
        # ranks; "Col-Gen" arrives from CoreNLP as "Col", "-", "Gen" (the matcher also accepts one token)
        "col-gen", "col-gen.", "col. gen.", "colonel general", "colonel-general",
        "maj-gen", "maj-gen.", "maj. gen.", "major general", "major-general",
        "lt-gen", "lt-gen.", "lt. gen.", "lieutenant general", "lieutenant-general",
        "brig-gen", "brig-gen.", "brig. gen.", "brigadier general", "brigadier-general", "brigadier",
        "general", "generals", "gen.", "gen", "colonel", "colonels", "col.", "admiral", "admirals",
        "adm.", "rear admiral", "vice admiral", "lieutenant colonel", "lt. col.", "lt-col")],
    # blockers: phrases starting with a rank word that are not military
    *[(p, "-", W) for p in (
        "general election", "general elections", "general assembly", "general strike", "general public",
        "general secretary", "general manager", "general director", "general consensus", "major",
        "majors")],
    # COP
    *[(p, "COP", W) for p in (
        "police", "policeman", "policemen", "policewoman", "policewomen", "police officer",
        "police officers", "security forces", "security force")],
    # LEG
    *[(p, "LEG", W) for p in (
        "parliament", "parliaments", "lawmaker", "lawmakers", "legislator", "legislators", "mp", "mps",
        "senator", "senators", "congress", "parliamentarian", "parliamentarians",
        # AP-style abbreviated titles before a name ("Sen. Mitch McConnell", "Rep. Nancy Pelosi")
        "sen.", "sens.", "rep.", "reps.", "congressman", "congressmen", "congresswoman", "congresswomen")],
    # AP-style abbreviated governor ("Gov. Andrew Cuomo", "Lt. Gov. ...")
    *[(p, "GOV", W) for p in ("gov.", "govs.", "lt. gov.")],
    # JUD
    *[(p, "JUD", W) for p in (
        "court", "courts", "judge", "judges", "prosecutor", "prosecutors", "attorney general")],
    ("general prosecutor", "JUD", W),
    # REB
    *[(p, "REB", W) for p in (
        "rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "guerrilla", "guerrillas",
        "guerilla", "guerillas")],
    # OPP
    *[(p, "OPP", W) for p in (
        "opposition", "opposition party", "opposition parties", "opposition leader", "opposition leaders")],
    # CVL
    *[(p, "CVL", W) for p in (
        "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "activist",
        "activists")],
    # BUS
    *[(p, "BUS", W) for p in ("company", "companies", "firm", "firms", "business", "businesses")],
    ("students", "EDU", W), ("student", "EDU", W),
    ("refugee", "REF", W), ("refugees", "REF", W),
    ("media", "MED", W), ("journalist", "MED", W), ("journalists", "MED", W),
    # GOV, REF, CRM and UAF words the Phoenix file lacks
    *[(p, "GOV", W) for p in ("department", "departments")],
    *[(p, "REF", W) for p in ("asylum-seeker", "asylum-seekers")],
    *[(p, "CRM", W) for p in ("hacker", "hackers", "prisoner", "prisoners", "inmate", "inmates")],
    *[(p, "UAF", W) for p in ("terror group", "terror groups", "terror cell", "terror cells")],
]


def canonical(codes):
    seen = []
    for c in codes:
        if c not in seen:
            seen.append(c)
    rank = {c: i for i, c in enumerate(CANONICAL)}
    return sorted(seen, key=lambda c: (rank.get(c, len(CANONICAL)), c))


def plural(phrase):
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


def norm(raw):
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    return " ".join(words).lower()


def read_phoenix(path):
    subst, out, skipped = {}, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"!(\w+)!\s*=\s*(.*)", line)
            if m:
                subst[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
                continue
            code = re.search(r"\[([A-Z]*)~([A-Z]*)[\]}]", line)
            if not code:
                skipped.append(line)
                continue
            if code.group(1):  # [IGO~] prefix code
                skipped.append(line)
                continue
            sectors = [code.group(2)[i:i + 3] for i in range(0, len(code.group(2)), 3)]
            head = line[:line.index("[")]
            plural_forms = None
            b = re.search(r"\{([^}]*)\}", head)
            if b:
                plural_forms = [b.group(1).strip()] if b.group(1).strip() else []
                head = head[:b.start()]
            head = head.strip()
            if "(" in head:
                skipped.append(line)
                continue
            m = re.search(r"!(\w+)!", head)
            if m:
                forms = [head[:m.start()] + s + head[m.end():] for s in subst.get(m.group(1), [])]
            else:
                forms = [head]
                if plural_forms is None:
                    if head.rstrip("_").split("_")[-1].upper() not in STEMS:
                        forms.append(plural(head.rstrip("_")))
                else:
                    forms += plural_forms
            for form in forms:
                phrase = norm(form)
                if not phrase or phrase.split()[-1] in FUNCTION_WORDS:
                    skipped.append(line)
                    continue
                last = form.strip().rstrip("_").split("_")[-1].upper()
                out.append((phrase, sectors, P if last in STEMS else W))
    return out, skipped


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    entries, skipped = read_phoenix(argv[1])
    table = {}
    for phrase, sectors, match in entries:
        if phrase in EXCLUDE:
            continue
        key = (phrase, match)
        table[key] = canonical(table.get(key, []) + sectors)  # duplicate lines merge their sectors
    for phrase, sectors, match in HAND:
        table[(phrase, match)] = sectors.split() if sectors != "-" else ["-"]
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("phrase\tsectors\tmatch\n")
        for (phrase, match), sectors in sorted(table.items()):
            f.write(f"{phrase}\t{' '.join(canonical(sectors))}\t{match}\n")
    print(f"rows={len(table)} petrarch_entries={len(entries)} skipped_lines={len(skipped)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

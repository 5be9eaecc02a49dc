#!/usr/bin/env python3
"""Builds dyad-core's list of nouns of people (org/dyad/actor/animate-nouns.tsv).

Usage:
  tools/import-animate-nouns.py ANIMATE_UNIGRAMS_TXT INANIMATE_UNIGRAMS_TXT OUT_FILE

  ANIMATE_UNIGRAMS_TXT    edu/stanford/nlp/models/dcoref/animate.unigrams.txt
  INANIMATE_UNIGRAMS_TXT  edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt
                          both from the Stanford CoreNLP 4.5.10 models jar (GPL-3.0-or-later; unzip them from
                          ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar)

Output: a header line `word`, then one lower-case word per line, sorted: the words CoreNLP's deterministic coreference
lists as animate and not also as inanimate, letters and hyphens only (names and numbers are left out; Dyad reads
names with its dictionaries). The actor resolver codes a common noun on the list that no dictionary knows
("the truckers", "500 households") as CAMEO's catch-all for people (CVL), unplaced, and only as a target.
"""
import re
import sys


def words(path):
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    animate, inanimate, out = words(argv[1]), words(argv[2]), argv[3]
    kept = sorted(w for w in animate - inanimate if re.fullmatch(r"[a-z][a-z-]+", w))
    with open(out, "w", encoding="utf-8") as f:
        f.write("word\n")
        for w in kept:
            f.write(w + "\n")
    print(f"{len(kept)} words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

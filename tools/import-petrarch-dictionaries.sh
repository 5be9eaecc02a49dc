#!/usr/bin/env bash
# Rebuilds Dyad's default dictionaries (dyad-core/src/main/resources/org/dyad/dictionary/*.tsv) from
# PETRARCH2's production dictionaries (openeventdata/petrarch2 @676801c, MIT, Open Event Data Alliance).
# Usage: tools/import-petrarch-dictionaries.sh [PETR_config.ini]   (default: ../shared/petrarch/PETR_config.ini)
# Problems in the source files go to stderr as file:line: reason; see docs/dictionaries.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
config="${1:-$here/../shared/petrarch/PETR_config.ini}"
exec "$here/dyad" dict import --petrarch-config "$config" --out "$here/dyad-core/src/main/resources/org/dyad/petrarch"

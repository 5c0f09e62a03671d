#!/usr/bin/env bash
# Writes the JSON of `check`, `quotes` and `names` over every corpus article into OUT_DIR, so two
# builds can be compared byte for byte (the refactoring guard: `diff -r before/ after/`).
# Usage: scripts/corpus-outputs.sh BINARY OUT_DIR [CORPUS]
set -euo pipefail
binary="$1"
out="$2"
corpus="${3:-${COPYDESK_CORPUS:-../shared/corpus}}"
mkdir -p "$out"
list="$out/files.txt"
find "$corpus" -name '*.txt' -not -path '*/holdout*' | LC_ALL=C sort >"$list"
# Exit code 1 means findings, which is expected; anything above is a failure.
run() {
  local status=0
  xargs -a "$list" -d '\n' "$binary" "$@" || status=$?
  [ "$status" -le 1 ] || { echo "$binary $* exited $status" >&2; exit "$status"; }
}
run check --format json --fail-on never >"$out/check.json"
run quotes --format json >"$out/quotes.json"
run names --format json >"$out/names.json"
wc -l "$list" | awk '{print $1 " files"}'

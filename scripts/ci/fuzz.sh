#!/usr/bin/env bash
# The fuzzing half of CI, called by .ci/run before `cargo test`: runs every cargo-fuzz target in
# fuzz/ for a bounded time, seeded from the shared corpus. Needs a nightly toolchain; installs
# cargo-fuzz when nightly is there and it is missing (a few minutes, once: it lands in
# ~/.cargo/bin). Without nightly it says so and leaves the same invariants to the proptest
# properties in `cargo test` (tests/robust_properties.rs).
#
#   COPYDESK_FUZZ_SECONDS   seconds per target (default 30)
#   COPYDESK_FUZZ_TARGETS   which targets (default: all five)
#   COPYDESK_CORPUS         the corpus the seeds come from (default ../shared/corpus)
#   usage: scripts/ci/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${COPYDESK_FUZZ_SECONDS:-30}"
read -r -a targets <<<"${COPYDESK_FUZZ_TARGETS:-analyze_bytes analyze_utf8 positions document_edits analyze_record}"

skip() {
  echo "== fuzz: skipped: $*"
  echo "   The proptest properties in tests/robust_properties.rs, run by cargo test, check the same invariants."
  exit 0
}
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  skip "no nightly toolchain (rustup toolchain install nightly to fuzz)."
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked || skip "cargo-fuzz could not be installed."
fi

bash fuzz/seed.sh "${targets[@]}"

failed=0
for target in "${targets[@]}"; do
  # Documents longer than a long feature do not find new paths, only slow the runs.
  case "$target" in
    positions | document_edits) max_len=4096 ;;
    *) max_len=8192 ;;
  esac
  echo "== fuzz: $target for ${seconds}s"
  log="fuzz/artifacts/$target.log"
  mkdir -p "fuzz/artifacts/$target"
  if cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=20 \
    -print_final_stats=1 >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log" | sed "s/^/   $target: /" || true
  else
    failed=1
    echo "   $target FAILED; the input that breaks it:"
    grep -E 'Test unit written to|artifact_prefix' "$log" | sed 's/^/   /' || true
    # The panic message names the broken invariant; the tail below is mostly the stack.
    grep -A6 'panicked at' "$log" | head -n 20 | sed 's/^/   /' || true
    tail -n 60 "$log"
    echo "   reproduce: cargo +nightly fuzz run $target <artifact>"
  fi
done
exit "$failed"

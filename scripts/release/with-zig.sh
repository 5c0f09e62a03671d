#!/usr/bin/env bash
# Runs a command with Zig as the C compiler, archiver and linker for one Linux musl target, so
# that a plain `cargo build --target TARGET` (as scripts/dist.sh runs it) cross-compiles the
# binary, the C in libmimalloc-sys included, into a static executable. The release workflow
# builds aarch64-unknown-linux-musl on an x86_64 runner this way.
#
# Usage: scripts/release/with-zig.sh TARGET COMMAND [ARG...]
#   e.g. scripts/release/with-zig.sh aarch64-unknown-linux-musl scripts/dist.sh aarch64-unknown-linux-musl
#
# Needs `cargo-zigbuild` on PATH and Zig where it finds it (`pip install cargo-zigbuild ziglang`,
# both from PyPI). cargo-zigbuild's `zig cc` subcommand is the compiler driver: it adapts the
# arguments rustc and cc-rs pass to what `zig cc` takes (the wrappers `cargo zigbuild` writes
# for itself call it the same way); this script points cargo's per-target variables at it.
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 TARGET COMMAND [ARG...]" >&2
  exit 2
fi
target=$1
shift
case "$target" in
  aarch64-unknown-linux-musl) zig_target=aarch64-linux-musl ;;
  x86_64-unknown-linux-musl) zig_target=x86_64-linux-musl ;;
  *)
    echo "with-zig.sh: no Zig target known for $target" >&2
    exit 2
    ;;
esac
zigbuild=$(command -v cargo-zigbuild) || {
  echo "with-zig.sh: cargo-zigbuild is not on PATH (pip install cargo-zigbuild ziglang)" >&2
  exit 2
}

wrappers=$(mktemp -d)
trap 'rm -rf "$wrappers"' EXIT
printf '#!/bin/sh\nexec "%s" zig cc -- -target %s "$@"\n' "$zigbuild" "$zig_target" >"$wrappers/cc"
printf '#!/bin/sh\nexec "%s" zig ar -- "$@"\n' "$zigbuild" >"$wrappers/ar"
chmod +x "$wrappers/cc" "$wrappers/ar"

# cc-rs reads CC_<target> and AR_<target> (dashes as underscores); cargo reads the linker from
# CARGO_TARGET_<TARGET>_LINKER (upper case).
lower=${target//-/_}
upper=$(tr '[:lower:]' '[:upper:]' <<<"$lower")
export "CC_$lower=$wrappers/cc" "AR_$lower=$wrappers/ar" "CARGO_TARGET_${upper}_LINKER=$wrappers/cc"
"$@"

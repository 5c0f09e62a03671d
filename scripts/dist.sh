#!/usr/bin/env bash
# Builds copydesk's release archive for one target, with the `dist` profile (whole-program LTO):
#   target/archives/copydesk-<version>-<target>.tar.gz   (.zip for Windows targets)
#   target/archives/copydesk-<version>-<target>.tar.gz.sha256
# holding the binary, README.md and LICENSE. Prints the archive's path on its last line.
#
# Usage: scripts/dist.sh [TARGET]        TARGET defaults to the host (`rustc -vV`).
# A cross target needs its standard library (`rustup target add TARGET`) and, for musl, a linker
# (the release workflow installs musl-tools).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
host=$(rustc -vV | sed -n 's/^host: //p')
target="${1:-$host}"
exe=""
case "$target" in *windows*) exe=".exe" ;; esac

if [[ "$target" == "$host" ]]; then
  cargo build --profile dist --locked --bin copydesk >&2
  binary="target/dist/copydesk$exe"
else
  cargo build --profile dist --locked --bin copydesk --target "$target" >&2
  binary="target/$target/dist/copydesk$exe"
fi

name="copydesk-$version-$target"
out="target/archives"
stage="$out/$name"
rm -rf "$stage"
mkdir -p "$stage"
cp "$binary" README.md LICENSE "$stage/"

if [[ -n "$exe" ]]; then
  archive="$out/$name.zip"
  rm -f "$archive"
  # Windows runners have 7-Zip; zip where it is missing.
  if command -v 7z >/dev/null; then
    (cd "$out" && 7z a -tzip -bso0 "$name.zip" "$name" >&2)
  else
    (cd "$out" && zip -qr "$name.zip" "$name")
  fi
else
  archive="$out/$name.tar.gz"
  tar -C "$out" -czf "$archive" "$name"
fi

# sha256sum on Linux and Windows' Git Bash, shasum on macOS; the file reads as `sha256sum -c` wants.
if command -v sha256sum >/dev/null; then
  (cd "$out" && sha256sum "$(basename "$archive")") >"$archive.sha256"
else
  (cd "$out" && shasum -a 256 "$(basename "$archive")") >"$archive.sha256"
fi
rm -rf "$stage"
echo "$archive"

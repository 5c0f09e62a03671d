#!/usr/bin/env bash
# The release archive, as CI checks it: builds the static Linux archive the release workflow
# publishes (scripts/dist.sh for x86_64- or aarch64-unknown-linux-musl, the `dist` profile),
# checks its SHA-256, unpacks it, runs its binary on the sample draft (one missing-dateline
# finding, exit code 1), and writes target/ci-dist.env with COPYDESK_SERVER_BINARY, the binary
# scripts/ci/editors.sh then bundles in the VS Code package. Called by .ci/run before the editors.
set -euo pipefail
cd "$(dirname "$0")/../.."

case "$(uname -m)" in
  aarch64 | arm64) target=aarch64-unknown-linux-musl ;;
  *) target=x86_64-unknown-linux-musl ;;
esac
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi
# mimalloc's C code is compiled for musl with musl-gcc.
if ! command -v musl-gcc >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq musl-tools >/dev/null
fi

started=$SECONDS
archive=$(bash scripts/dist.sh "$target" | tail -n 1)
echo "dist: built $archive in $((SECONDS - started))s"
(cd "$(dirname "$archive")" && sha256sum --check --quiet "$(basename "$archive").sha256")

unpacked="target/ci-dist"
rm -rf "$unpacked"
mkdir -p "$unpacked"
tar -xzf "$archive" -C "$unpacked"
name=$(basename "$archive" .tar.gz)
binary="$PWD/$unpacked/$name/copydesk"
for file in copydesk README.md LICENSE; do
  [[ -f "$unpacked/$name/$file" ]] || { echo "dist: $file is missing from $archive" >&2; exit 1; }
done

status=0
output=$("$binary" check tests/fixtures/summit.txt) || status=$?
if [[ $status -ne 1 ]] || ! grep -q "missing-dateline" <<<"$output"; then
  echo "dist: the archive's binary should find the sample draft's missing dateline and exit 1" >&2
  echo "  (exit code $status):" >&2
  echo "$output" >&2
  exit 1
fi
if command -v file >/dev/null && ! file "$binary" | grep -Eq "static(ally|-pie) linked"; then
  echo "dist: $binary is not statically linked: $(file -b "$binary")" >&2
  exit 1
fi

echo "export COPYDESK_SERVER_BINARY=$binary" >target/ci-dist.env
ls -l "$archive" "$binary"
echo "dist: the archive's binary found the sample draft's missing dateline"

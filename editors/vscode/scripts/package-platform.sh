#!/usr/bin/env bash
# Packages the VS Code extension for one platform with its language server inside:
#   editors/vscode/copydesk-<vscode-target>.vsix   holding bin/copydesk (bin/copydesk.exe on win32)
# The extension starts that bundled binary unless `copydesk.server.path` says otherwise (see
# src/serverPath.ts). Prints the .vsix's absolute path on its last line.
#
# Usage: editors/vscode/scripts/package-platform.sh <vscode-target> <path-to-copydesk-binary>
#   vscode-target   linux-x64, linux-arm64, darwin-x64, darwin-arm64 or win32-x64
#   binary          the copydesk executable built for that platform (from scripts/dist.sh's
#                   archive in a release; target/debug/copydesk is fine for a local test)
#
# The binary's format must match the target (ELF/Mach-O/PE and the CPU), so a release matrix
# cannot put a Linux server into the macOS package. The extension's version (package.json) must
# equal the crate's (Cargo.toml). Packaging is offline: npm only runs when node_modules is
# missing (`npm ci`), and vsce runs with --no-dependencies (esbuild bundles the extension).
#
#   COPYDESK_VSIX_BASE_URL  where README.md's relative links and images are served from, for the
#                           Marketplace and Open VSX, e.g. in a GitHub workflow
#                           ${{ github.server_url }}/${{ github.repository }}/raw/${{ github.sha }}/editors/vscode
#                           Unset: links are left relative (fine for a .vsix installed by hand).
set -euo pipefail

usage() {
  echo "usage: $0 <linux-x64|linux-arm64|darwin-x64|darwin-arm64|win32-x64> <path-to-copydesk-binary>" >&2
  exit 2
}
die() {
  echo "package-platform: $*" >&2
  exit 1
}

[[ $# -eq 2 ]] || usage
target="$1"
binary="$2"
case "$target" in
  linux-x64 | linux-arm64 | darwin-x64 | darwin-arm64 | win32-x64) ;;
  *) echo "package-platform: unknown VS Code target: $target" >&2 && usage ;;
esac
[[ -f "$binary" ]] || die "no such file: $binary"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"

# The hex of `count` bytes of `file` from `offset`, e.g. "7f454c46".
bytes() {
  od -An -v -tx1 -j "$2" -N "$3" "$1" | tr -d ' \n'
}

# What the binary is built for, as a VS Code target (or a description of what it is instead).
binary_platform() {
  local file="$1" magic machine offset
  magic=$(bytes "$file" 0 4)
  case "$magic" in
    7f454c46) # ELF: e_machine, little-endian, at 18
      machine=$(bytes "$file" 18 2)
      case "$machine" in
        3e00) echo linux-x64 ;;
        b700) echo linux-arm64 ;;
        *) echo "an ELF binary for machine 0x$machine" ;;
      esac
      ;;
    cffaedfe) # Mach-O 64-bit: cputype, little-endian, at 4
      machine=$(bytes "$file" 4 4)
      case "$machine" in
        07000001) echo darwin-x64 ;;
        0c000001) echo darwin-arm64 ;;
        *) echo "a Mach-O binary for CPU type 0x$machine" ;;
      esac
      ;;
    cafebabe) echo darwin-universal ;;
    4d5a*) # PE: "PE\0\0" at the offset stored at 0x3c, then the machine
      machine=$(bytes "$file" 60 4)
      offset=$((16#${machine:6:2}${machine:4:2}${machine:2:2}${machine:0:2}))
      if [[ $(bytes "$file" "$offset" 4) == 50450000 ]]; then
        machine=$(bytes "$file" $((offset + 4)) 2)
        case "$machine" in
          6486) echo win32-x64 ;;
          64aa) echo win32-arm64 ;;
          *) echo "a PE binary for machine 0x$machine" ;;
        esac
      else
        echo "a DOS executable"
      fi
      ;;
    *) echo "not an executable (starts with 0x$magic)" ;;
  esac
}

built_for=$(binary_platform "$binary")
if [[ "$built_for" != "$target" && ! ("$built_for" == darwin-universal && "$target" == darwin-*) ]]; then
  die "$binary is $built_for, not a $target binary"
fi

cd "$(dirname "$0")/.."
extension_dir="$PWD"
extension_version=$(node -p 'require("./package.json").version')
crate_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' ../../Cargo.toml | head -n 1)
if [[ "$extension_version" != "$crate_version" ]]; then
  die "the extension is version $extension_version (editors/vscode/package.json) but copydesk is $crate_version (Cargo.toml)"
fi

if [[ ! -x node_modules/.bin/vsce ]]; then
  echo "package-platform: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

exe=""
[[ "$target" == win32-* ]] && exe=".exe"
# bin/ exists only while packaging: never left behind for the universal package or git.
trap 'rm -rf "$extension_dir/bin"' EXIT
rm -rf bin
mkdir bin
install -m 0755 "$binary" "bin/copydesk$exe"

links=(--no-rewrite-relative-links)
if [[ -n "${COPYDESK_VSIX_BASE_URL:-}" ]]; then
  links=(--baseContentUrl "$COPYDESK_VSIX_BASE_URL" --baseImagesUrl "$COPYDESK_VSIX_BASE_URL")
fi
vsix="copydesk-$target.vsix"
rm -f "$vsix"
# The `vscode:prepublish` script (esbuild --production) runs first. No `repository` field: the
# project's address is not written into the package.
npx --no vsce package \
  --target "$target" \
  --no-dependencies \
  --allow-missing-repository \
  "${links[@]}" \
  --out "$vsix" >&2

# The package must hold the server, executable.
python3 - "$vsix" "extension/bin/copydesk$exe" <<'PY' || die "$vsix does not hold an executable extension/bin/copydesk$exe"
import sys, zipfile
try:
    mode = zipfile.ZipFile(sys.argv[1]).getinfo(sys.argv[2]).external_attr >> 16
except KeyError:
    sys.exit(f"{sys.argv[2]} is missing")
sys.exit(0 if mode & 0o111 == 0o111 else f"{sys.argv[2]} has mode {mode:o}")
PY

echo "$extension_dir/$vsix"

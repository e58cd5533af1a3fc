#!/usr/bin/env bash
# Local PostgreSQL 15 for development and CI (Debian packages, no Docker).
#
#   scripts/infra/postgres.sh up       install if needed, configure, start, create role + databases
#   scripts/infra/postgres.sh down     stop the cluster
#   scripts/infra/postgres.sh status   exit 0 when the server accepts connections
#
# Listens on 127.0.0.1:5432 only. Role bc/bc (CREATEDB) owns the bc_* databases.
# Connection URL: postgres://bc:bc@127.0.0.1:5432/bc_accounts
#
# Idempotent: every step checks the current state first. Must run as root
# (or as the postgres user for down/status).
set -euo pipefail

PG_VERSION="${BC_PG_VERSION:-15}"
PG_CLUSTER="${BC_PG_CLUSTER:-main}"
PG_HOST="127.0.0.1"
PG_PORT="${BC_PG_PORT:-5432}"
PG_ROLE="bc"
PG_PASSWORD="bc"
PG_DATABASES=(bc_accounts bc_notifications bc_agreements bc_inventory bc_benefits bc_reporting)
READY_TIMEOUT="${BC_PG_READY_TIMEOUT:-60}"

log() { printf '[postgres] %s\n' "$*"; }
die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

# Run a command as the postgres OS user (from /, which it can always enter).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  elif [ "$(id -un)" = postgres ]; then
    "$@"
  else
    (cd / && sudo -n -u postgres -- "$@")
  fi
}

# pg_ctlcluster as root would redirect to systemctl when systemd is PID 1; we
# manage the cluster directly so this works the same in containers and CI.
ctl() {
  if [ "$(id -u)" -eq 0 ]; then
    pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" "$@"
  else
    as_pg pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" "$@"
  fi
}

psql_admin() {  # psql as superuser over the unix socket; extra args follow
  as_pg psql --no-psqlrc -v ON_ERROR_STOP=1 -X -q -p "$PG_PORT" "$@"
}

server_binary() { echo "/usr/lib/postgresql/${PG_VERSION}/bin/postgres"; }

cluster_exists() {
  [ -f "/etc/postgresql/${PG_VERSION}/${PG_CLUSTER}/postgresql.conf" ]
}

cluster_running() {
  # pg_ctlcluster status: 0 running, 3 not running, 4 no cluster
  ctl status >/dev/null 2>&1
}

accepting() {
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2
}

install_server() {
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -x "$(server_binary)" ]; then
    log "PostgreSQL ${PG_VERSION} server already installed ($(server_binary))"
    return
  fi
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed and installing needs root"
  log "installing PostgreSQL from Debian apt (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends postgresql
  [ -x "$(server_binary)" ] || die "installed postgresql but $(server_binary) is missing (Debian release ships another major?)"
}

ensure_cluster() {
  if cluster_exists; then
    log "cluster ${PG_VERSION}/${PG_CLUSTER} exists"
  else
    log "creating cluster ${PG_VERSION}/${PG_CLUSTER} on port ${PG_PORT}"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT"
  fi
}

configure() {
  # Settings go into a conf.d drop-in (Debian's postgresql.conf ends with
  # include_dir = 'conf.d', so it overrides the defaults above it). pg_conftool
  # is not used: it writes 127.0.0.1 unquoted (it looks like a number), which
  # postgres rejects.
  local changed=0 confdir="/etc/postgresql/${PG_VERSION}/${PG_CLUSTER}"
  local dropin="${confdir}/conf.d/50-business-center.conf" hba="${confdir}/pg_hba.conf" want
  grep -Eq "^[[:space:]]*include_dir[[:space:]]*=[[:space:]]*'conf\.d'" "${confdir}/postgresql.conf" \
    || die "${confdir}/postgresql.conf has no include_dir = 'conf.d'"
  want="$(printf "# Written by scripts/infra/postgres.sh\nlisten_addresses = '%s'\nport = %s\n" "$PG_HOST" "$PG_PORT")"
  if [ -f "$dropin" ] && [ "$(cat "$dropin")" = "$want" ]; then
    log "configuration up to date (${dropin}: listen_addresses='${PG_HOST}', port=${PG_PORT})"
  else
    log "writing ${dropin} (listen_addresses='${PG_HOST}', port=${PG_PORT})"
    mkdir -p "${confdir}/conf.d"
    printf '%s\n' "$want" >"$dropin"
    chown postgres:postgres "$dropin" 2>/dev/null || true
    changed=1
  fi
  # Password auth over TCP from 127.0.0.1 (Debian's default line; add it if absent).
  if grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)' "$hba"; then
    log "pg_hba.conf allows password auth from 127.0.0.1"
  else
    log "adding 'host all all 127.0.0.1/32 scram-sha-256' to ${hba}"
    printf 'host    all             all             127.0.0.1/32            scram-sha-256\n' >>"$hba"
    changed=1
  fi
  if [ "$changed" -eq 1 ] && cluster_running; then
    log "configuration changed: restarting cluster"
    ctl restart
  fi
}

wait_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT))
  until accepting; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      die "server not accepting connections on ${PG_HOST}:${PG_PORT} after ${READY_TIMEOUT}s (see /var/log/postgresql/postgresql-${PG_VERSION}-${PG_CLUSTER}.log)"
    fi
    sleep 0.5
  done
  log "accepting connections on ${PG_HOST}:${PG_PORT}"
}

ensure_role() {
  local exists
  exists="$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '${PG_ROLE}'")"
  if [ "$exists" = 1 ]; then
    log "role ${PG_ROLE} exists (re-asserting LOGIN CREATEDB and password)"
    psql_admin -d postgres -c "ALTER ROLE ${PG_ROLE} WITH LOGIN CREATEDB PASSWORD '${PG_PASSWORD}'"
  else
    log "creating role ${PG_ROLE} (LOGIN CREATEDB)"
    psql_admin -d postgres -c "CREATE ROLE ${PG_ROLE} WITH LOGIN CREATEDB PASSWORD '${PG_PASSWORD}'"
  fi
}

ensure_databases() {
  local db exists
  for db in "${PG_DATABASES[@]}"; do
    exists="$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${db}'")"
    if [ "$exists" = 1 ]; then
      log "database ${db} exists"
    else
      log "creating database ${db} owned by ${PG_ROLE}"
      psql_admin -d postgres -c "CREATE DATABASE ${db} OWNER ${PG_ROLE}"
    fi
  done
}

verify_tcp_login() {
  local version
  version="$(PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql --no-psqlrc -X -tA \
    "postgresql://${PG_ROLE}@${PG_HOST}:${PG_PORT}/${PG_DATABASES[0]}" -c 'SELECT version()')" \
    || die "password login as ${PG_ROLE} over TCP failed"
  log "login ${PG_ROLE}@${PG_HOST}:${PG_PORT} ok: ${version}"
  log "URL: postgres://${PG_ROLE}:${PG_PASSWORD}@${PG_HOST}:${PG_PORT}/${PG_DATABASES[0]}"
}

cmd_up() {
  install_server
  ensure_cluster
  configure
  if cluster_running; then
    log "cluster ${PG_VERSION}/${PG_CLUSTER} already running"
  else
    log "starting cluster ${PG_VERSION}/${PG_CLUSTER}"
    ctl start
  fi
  wait_ready
  ensure_role
  ensure_databases
  verify_tcp_login
}

cmd_down() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! cluster_exists; then
    log "no cluster ${PG_VERSION}/${PG_CLUSTER}: nothing to stop"
    return
  fi
  if cluster_running; then
    log "stopping cluster ${PG_VERSION}/${PG_CLUSTER}"
    ctl stop -m fast
  else
    log "cluster ${PG_VERSION}/${PG_CLUSTER} is not running"
  fi
}

cmd_status() {
  if command -v pg_isready >/dev/null 2>&1 && accepting; then
    log "up: accepting connections on ${PG_HOST}:${PG_PORT}"
    return 0
  fi
  log "down: not accepting connections on ${PG_HOST}:${PG_PORT}"
  return 1
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac

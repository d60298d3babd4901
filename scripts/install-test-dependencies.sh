#!/usr/bin/env bash
# Installs, on a fresh Debian machine, every server and tool the test run needs: PostgreSQL 15 with contrib
# (btree_gist), redis-server, Chromium for the browser test, and the npm packages of the repo's Node folders.
# Idempotent: what is already there is not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; else sudo "$@"; fi
}

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
ls /usr/share/postgresql/*/extension/btree_gist.control >/dev/null 2>&1 || missing+=(postgresql-contrib)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A Debian install starts a cluster and a redis service of its own; the tests start private servers on free ports
# and do not need them, so stop them where they run to keep the 2-core machine for the tests.
if command -v service >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  service postgresql stop >/dev/null 2>&1 || true
  service redis-server stop >/dev/null 2>&1 || true
fi

# Node folders: each has a lockfile; `npm ci` installs exactly what it records.
while IFS= read -r lockfile; do
  folder=$(dirname "$lockfile")
  if [ ! -d "$folder/node_modules" ] || [ "$lockfile" -nt "$folder/node_modules" ]; then
    echo "npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done < <(git ls-files '*package-lock.json' 2>/dev/null || find . -name package-lock.json -not -path '*/node_modules/*')

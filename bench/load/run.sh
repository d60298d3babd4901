#!/usr/bin/env bash
# HTTP load benchmark: the Meridian server vs the ceiling (a minimal API answering the same bytes), the serializer
# (a minimal API building the same bytes from the same objects with System.Text.Json on every request) and the peer
# (graphql-js through graphql-http on Node), one at a time, on loopback, with wrk. Writes bench/results/http-load.md.
#   bench/load/run.sh                       # 10 s per measurement, 50 connections
#   DURATION=5s CONNECTIONS=50 bench/load/run.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LOAD="$ROOT/bench/load"
RESULTS="$ROOT/bench/results/http-load.md"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-1}"
WORK="$(mktemp -d)"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing" >&2; exit 1; }

echo "Building..." >&2
dotnet build "$LOAD/LoadServer" -c Release -v quiet -nologo >/dev/null
dotnet build "$LOAD/CeilingServer" -c Release -v quiet -nologo >/dev/null
(cd "$LOAD/node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_server() { # name port
  case "$1" in
    meridian) dotnet "$LOAD/LoadServer/bin/Release/net10.0/LoadServer.dll" --urls "http://127.0.0.1:$2" >"$WORK/$1.log" 2>&1 & ;;
    ceiling|serializer) dotnet "$LOAD/CeilingServer/bin/Release/net10.0/CeilingServer.dll" --urls "http://127.0.0.1:$2" >"$WORK/$1.log" 2>&1 & ;;
    node)     node "$LOAD/node/server.mjs" "$2" >"$WORK/$1.log" 2>&1 & ;;
  esac
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$1 did not start: $(cat "$WORK/$1.log")" >&2
  exit 1
}

stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

url_for() { # name port workload
  case "$1" in
    ceiling) echo "http://127.0.0.1:$2/graphql/$3" ;;
    serializer) echo "http://127.0.0.1:$2/serialize/$3" ;;
    *)       echo "http://127.0.0.1:$2/graphql" ;;
  esac
}

body_for() { sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$LOAD/$1.lua"; }

to_ms() { # wrk latency like 436.00us, 1.20ms, 2.00s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# The .NET servers' allocation total (GET /allocated), for bytes allocated per request; Node has no such counter.
allocated() { [[ "$1" == node ]] || curl -s "http://127.0.0.1:$2/allocated"; }

# The server's own CPU time (user + system) per request: steadier than req/s when other work shares the machine.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

declare -A RPS P50 P99 SAME CPU ALLOC
for server in ceiling serializer meridian node; do
  port="$(free_port)"
  start_server "$server" "$port"
  for workload in typename items; do
    url="$(url_for "$server" "$port" "$workload")"
    curl -s -X POST "$url" -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
      --data "$(body_for "$workload")" -o "$WORK/$server-$workload.json"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LOAD/$workload.lua" "$url" >/dev/null
    cpu_before="$(cpu_ticks "$SERVER_PID")"
    allocated_before="$(allocated "$server" "$port")"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LOAD/$workload.lua" "$url" >"$WORK/$server-$workload.txt"
    cpu_after="$(cpu_ticks "$SERVER_PID")"
    allocated_after="$(allocated "$server" "$port")"
    requests="$(awk '/requests in/ { print $1 }' "$WORK/$server-$workload.txt")"
    CPU[$server-$workload]="$(awk -v a="$cpu_before" -v b="$cpu_after" -v r="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) * 1000000 / hz / r }')"
    ALLOC[$server-$workload]="$(awk -v a="$allocated_before" -v b="$allocated_after" -v r="$requests" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.0f", (b - a) / r }')"
    RPS[$server-$workload]="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$WORK/$server-$workload.txt")"
    P50[$server-$workload]="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$WORK/$server-$workload.txt")")"
    P99[$server-$workload]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$WORK/$server-$workload.txt")")"
    errors="$(grep -E 'Non-2xx|Socket errors' "$WORK/$server-$workload.txt" || true)"
    [[ -n "$errors" ]] && echo "$server $workload: $errors" >&2
    echo "$server $workload: ${RPS[$server-$workload]} req/s, p50 ${P50[$server-$workload]} ms, p99 ${P99[$server-$workload]} ms, ${CPU[$server-$workload]} µs CPU/req, ${ALLOC[$server-$workload]} B/req" >&2
  done
  stop_server
done

for server in serializer meridian node; do
  for workload in typename items; do
    if cmp -s "$WORK/ceiling-$workload.json" "$WORK/$server-$workload.json"; then SAME[$server-$workload]="yes"; else SAME[$server-$workload]="NO"; fi
  done
done
SAME[ceiling-typename]="—"; SAME[ceiling-items]="—"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

{
  echo "# HTTP load: Meridian vs the ceiling vs graphql-js"
  echo
  echo "Generated by \`bench/load/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores shared by wrk and the server;"
  echo "wrk $THREADS thread(s), $CONNECTIONS connections, $WARMUP warm-up then $DURATION measured, loopback, one server at a time."
  echo "Ceiling: an ASP.NET Core minimal API answering the same bytes. Serializer: a minimal API serializing the same objects to the same bytes with System.Text.Json (source generated) on every request. Peer: graphql-js $(node -p "require('$LOAD/node/node_modules/graphql/package.json').version") via graphql-http $(node -p "require('$LOAD/node/node_modules/graphql-http/package.json').version") on Node $(node --version)."
  echo
  echo "Machine load (1-minute average) when the run ended: $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| workload | server | req/s | p50 ms | p99 ms | of ceiling | × node | server CPU µs/req | allocated B/req | same bytes as ceiling |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|:---:|"
  for workload in typename items; do
    label="\`{ __typename }\`"; [[ "$workload" == items ]] && label="100 items × 5 fields"
    for server in ceiling serializer meridian node; do
      key="$server-$workload"
      echo "| $label | $server | ${RPS[$key]} | ${P50[$key]} | ${P99[$key]} | $(ratio "${RPS[$key]}" "${RPS[ceiling-$workload]}") | $(ratio "${RPS[$key]}" "${RPS[node-$workload]}") | ${CPU[$key]} | ${ALLOC[$key]} | ${SAME[$key]} |"
    done
  done
  echo
  echo "Goals: Meridian ≥ 0.75 of the ceiling, ≥ 3× node, p99 < 10 ms at 50 connections."
} >"$RESULTS"
cat "$RESULTS"

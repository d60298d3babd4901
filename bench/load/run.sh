#!/usr/bin/env bash
# HTTP load benchmark: the Meridian server vs the ceiling (a minimal API answering the same bytes), the serializer
# (a minimal API building the same bytes from the same objects with System.Text.Json on every request) and the peer
# (graphql-js through graphql-http on Node), one at a time, on loopback, with wrk. Writes bench/results/http-load.md.
#   bench/load/run.sh                       # 10 s per measurement, 50 connections
#   DURATION=5s CONNECTIONS=50 ROUNDS=1 bench/load/run.sh
#   PAIRS=8 SLICE=2s bench/load/run.sh     # the interleaved ceiling/Meridian slices of each round (see below)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LOAD="$ROOT/bench/load"
RESULTS="$ROOT/bench/results/http-load.md"
DURATION="${DURATION:-10s}"
# A fresh Meridian server keeps its JIT busy for 8 to 10 s under load here (tiering up, then settling): warming each
# server for 10 s per workload measures the steady state, not the last of the compiling.
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-1}"
ROUNDS="${ROUNDS:-3}"
PAIRS="${PAIRS:-8}"
SLICE="${SLICE:-2s}"
WORK="$(mktemp -d)"
declare -A PIDS PORTS

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
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
  PIDS[$1]=$!
  PORTS[$1]=$2
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$1 did not start: $(cat "$WORK/$1.log")" >&2
  exit 1
}

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

# All servers run for the whole benchmark (an idle one costs nothing) and each round measures every server in turn on
# one workload, then on the next: the measurements compared with each other are seconds apart, so that a drift of the
# machine's speed, which on a shared virtual machine can be a third within a minute, touches them alike. The tables
# report medians over the rounds and the range of the per-round share of the ceiling.
SERVERS=(ceiling serializer meridian node)
for server in "${SERVERS[@]}"; do start_server "$server" "$(free_port)"; done
for workload in typename items; do
  for server in "${SERVERS[@]}"; do
    url="$(url_for "$server" "${PORTS[$server]}" "$workload")"
    curl -s -X POST "$url" -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
      --data "$(body_for "$workload")" -o "$WORK/$server-$workload.json"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LOAD/$workload.lua" "$url" >/dev/null
  done
done

requests_in() { awk '/requests in/ { print $1 }' "$1"; }

# Even measurements seconds apart see a machine whose speed drifts within seconds here (a shared virtual machine): the
# sequential shares of one run have ranged from 0.68 to 0.98 with nothing changed. So each round also alternates the
# ceiling and Meridian in short slices, in the order C M M C C M ..., so that a drift touches both alike, and takes
# Meridian's requests over the ceiling's in the same total time: the share the goal is judged on.
interleave() { # round workload
  local ceiling_url meridian_url ceiling_total=0 meridian_total=0 pair_shares=() order
  ceiling_url="$(url_for ceiling "${PORTS[ceiling]}" "$2")"
  meridian_url="$(url_for meridian "${PORTS[meridian]}" "$2")"
  for pair in $(seq 1 "$PAIRS"); do
    declare -A got=()
    if (( pair % 2 )); then order=(ceiling meridian); else order=(meridian ceiling); fi
    for server in "${order[@]}"; do
      local url="$ceiling_url"; [[ "$server" == meridian ]] && url="$meridian_url"
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SLICE" -s "$LOAD/$2.lua" "$url" >"$WORK/slice.txt"
      got[$server]="$(requests_in "$WORK/slice.txt")"
    done
    ceiling_total=$((ceiling_total + ${got[ceiling]}))
    meridian_total=$((meridian_total + ${got[meridian]}))
    pair_shares+=("$(awk -v m="${got[meridian]}" -v c="${got[ceiling]}" 'BEGIN { printf "%.2f", m / c }')")
  done
  RUN[paired-$2-$1]="$(awk -v m="$meridian_total" -v c="$ceiling_total" 'BEGIN { printf "%.2f", m / c }')"
  echo "round $1, interleaved $2: meridian/ceiling ${RUN[paired-$2-$1]} over $PAIRS pairs of $SLICE slices (pairs $(printf '%s\n' "${pair_shares[@]}" | sort -g | awk '{ v[NR] = $1 } END { printf "%s – %s", v[1], v[NR] }'))" | tee -a "$WORK/rounds.txt" >&2
}

declare -A RUN RPS P50 P99 SAME CPU ALLOC PAIRED
for round in $(seq 1 "$ROUNDS"); do
  for workload in typename items; do
    for server in "${SERVERS[@]}"; do
      pid="${PIDS[$server]}"
      port="${PORTS[$server]}"
      url="$(url_for "$server" "$port" "$workload")"
      key="$server-$workload-$round"
      cpu_before="$(cpu_ticks "$pid")"
      allocated_before="$(allocated "$server" "$port")"
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LOAD/$workload.lua" "$url" >"$WORK/$key.txt"
      cpu_after="$(cpu_ticks "$pid")"
      allocated_after="$(allocated "$server" "$port")"
      requests="$(requests_in "$WORK/$key.txt")"
      RUN[cpu-$key]="$(awk -v a="$cpu_before" -v b="$cpu_after" -v r="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) * 1000000 / hz / r }')"
      RUN[alloc-$key]="$(awk -v a="$allocated_before" -v b="$allocated_after" -v r="$requests" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.0f", (b - a) / r }')"
      RUN[rps-$key]="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$WORK/$key.txt")"
      RUN[p50-$key]="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$WORK/$key.txt")")"
      RUN[p99-$key]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$WORK/$key.txt")")"
      errors="$(grep -E 'Non-2xx|Socket errors' "$WORK/$key.txt" || true)"
      [[ -n "$errors" ]] && echo "$server $workload: $errors" >&2
      echo "round $round, $server $workload: ${RUN[rps-$key]} req/s, p50 ${RUN[p50-$key]} ms, p99 ${RUN[p99-$key]} ms, ${RUN[cpu-$key]} µs CPU/req, ${RUN[alloc-$key]} B/req" | tee -a "$WORK/rounds.txt" >&2
    done
  done
  for workload in typename items; do interleave "$round" "$workload"; done
done

median() { # printf-format values...
  local format="$1"; shift
  printf '%s\n' "$@" | sort -g | awk -v f="$format" '{ v[NR] = $1 } END { if (NR == 0 || v[1] == "n/a") print "n/a"; else printf f, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
median_range() { # values... -> "median (lowest – highest)"
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f (%s – %s)", m, v[1], v[NR] }'
}
over_rounds() { # metric format server workload
  local values=()
  for round in $(seq 1 "$ROUNDS"); do values+=("${RUN[$1-$3-$4-$round]}"); done
  median "$2" "${values[@]}"
}
declare -A SHARE_RANGE
for workload in typename items; do
  values=()
  for round in $(seq 1 "$ROUNDS"); do values+=("${RUN[paired-$workload-$round]}"); done
  PAIRED[$workload]="$(median_range "${values[@]}")"
done
for server in ceiling serializer meridian node; do
  for workload in typename items; do
    RPS[$server-$workload]="$(over_rounds rps %.0f "$server" "$workload")"
    P50[$server-$workload]="$(over_rounds p50 %.2f "$server" "$workload")"
    P99[$server-$workload]="$(over_rounds p99 %.2f "$server" "$workload")"
    CPU[$server-$workload]="$(over_rounds cpu %.1f "$server" "$workload")"
    ALLOC[$server-$workload]="$(over_rounds alloc %.0f "$server" "$workload")"
    shares=()
    for round in $(seq 1 "$ROUNDS"); do
      shares+=("$(awk -v a="${RUN[rps-$server-$workload-$round]}" -v b="${RUN[rps-ceiling-$workload-$round]}" 'BEGIN { printf "%.2f", a / b }')")
    done
    # The median of the per-round shares pairs each server with the ceiling measured seconds before it, which a drift
    # of the machine between rounds does not skew; the ratio of the medians does not pair them.
    SHARE_RANGE[$server-$workload]="$(median_range "${shares[@]}")"
  done
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
  echo "wrk $THREADS thread(s), $CONNECTIONS connections, loopback; all servers running, each warmed up for $WARMUP per workload, then measured one at a time for $DURATION;"
  echo "$ROUNDS rounds, each measuring every server in turn on one workload, then on the other, then alternating the ceiling and Meridian in $SLICE slices: medians over the rounds, and the range of the per-round share of the ceiling."
  echo "Ceiling: an ASP.NET Core minimal API answering the same bytes. Serializer: a minimal API serializing the same objects to the same bytes with System.Text.Json (source generated) on every request. Peer: graphql-js $(node -p "require('$LOAD/node/node_modules/graphql/package.json').version") via graphql-http $(node -p "require('$LOAD/node/node_modules/graphql-http/package.json').version") on Node $(node --version)."
  echo
  echo "Machine load (1-minute average) when the run ended: $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| workload | server | req/s | p50 ms | p99 ms | of ceiling | of ceiling per round: median (range) | × node | server CPU µs/req | allocated B/req | same bytes as ceiling |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"
  for workload in typename items; do
    label="\`{ __typename }\`"; [[ "$workload" == items ]] && label="100 items × 5 fields"
    for server in ceiling serializer meridian node; do
      key="$server-$workload"
      echo "| $label | $server | ${RPS[$key]} | ${P50[$key]} | ${P99[$key]} | $(ratio "${RPS[$key]}" "${RPS[ceiling-$workload]}") | ${SHARE_RANGE[$key]} | $(ratio "${RPS[$key]}" "${RPS[node-$workload]}") | ${CPU[$key]} | ${ALLOC[$key]} | ${SAME[$key]} |"
    done
  done
  echo
  echo "Interleaved: Meridian's requests over the ceiling's in the same time, $PAIRS pairs of $SLICE slices per round in the order C M M C C M …, median over the rounds (range):"
  echo
  echo "| workload | Meridian / ceiling, interleaved |"
  echo "|---|---:|"
  echo "| \`{ __typename }\` | ${PAIRED[typename]} |"
  echo "| 100 items × 5 fields | ${PAIRED[items]} |"
  echo
  echo "Goals: Meridian ≥ 0.75 of the ceiling (judged on the interleaved share), ≥ 3× node, p99 < 10 ms at 50 connections."
  echo
  echo "Every measurement, in the order taken:"
  echo
  echo '```'
  cat "$WORK/rounds.txt"
  echo '```'
} >"$RESULTS"
cat "$RESULTS"

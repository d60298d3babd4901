#!/usr/bin/env bash
# Runs the engine comparison: Meridian (BenchmarkDotNet, EngineComparisonBenchmarks) and graphql-js 17
# (bench/graphql-js/engine-comparison.mjs) on the same schema, documents and data, one after the other in one run,
# and writes the joined table to bench/results/engine-comparison.md.
#
#   bench/run-engine-comparison.sh            # BenchmarkDotNet's short job with 5 warm-ups and 15 iterations: minutes
#   JOB=default bench/run-engine-comparison.sh   # BenchmarkDotNet's default job: more precise, much longer
#
# Benchmarks run in-process (BenchmarkDotNet's in-process toolchain): on a busy 2-core machine, building the
# generated benchmark project alone can pass BenchmarkDotNet's build timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

job="${JOB:-short}"
seconds_per_row="${GRAPHQL_JS_SECONDS:-5}"
work="bench/BenchmarkDotNet.Artifacts/engine-comparison"
rm -rf "$work"
mkdir -p "$work" bench/results
load_average="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

echo "== building"
dotnet build bench/Meridian.Benchmarks -c Release -warnaserror --nologo -v quiet
if [ ! -d bench/graphql-js/node_modules ]; then
  (cd bench/graphql-js && npm ci --no-audit --no-fund --loglevel=error)
fi

benchmarks="bench/Meridian.Benchmarks/bin/Release/net10.0/Meridian.Benchmarks.dll"
dotnet "$benchmarks" export-comparison-inputs "$work/inputs"

echo "== Meridian (BenchmarkDotNet, job: $job)"
# The runtime promotes hot methods to optimized code only after 100 ms without new first-time compilations; on a busy
# machine that delay kept the many small introspection resolvers unoptimized through the short job's warm-up (a
# 15-fold difference). Without the delay tiering, PGO included, still happens, just on time.
DOTNET_TC_CallCountingDelayMs=0 dotnet "$benchmarks" --filter '*EngineComparisonBenchmarks*' --job "$job" \
  --warmupCount 5 --iterationCount 15 --inProcess --memory --exporters json --artifacts "$work/bdn"

echo "== graphql-js"
node --expose-gc --max-semi-space-size=128 bench/graphql-js/engine-comparison.mjs "$work/inputs" "$seconds_per_row" \
  > "$work/graphql-js.json"

node bench/graphql-js/compare.mjs "$work/bdn/results" "$work/graphql-js.json" "$load_average" > bench/results/engine-comparison.md
cat bench/results/engine-comparison.md

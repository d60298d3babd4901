// Joins the two sides of the engine comparison into a Markdown table.
// Usage: node compare.mjs <BenchmarkDotNet results folder> <graphql-js results JSON> [load average]
// Rows are matched by name: EngineComparisonBenchmarks' method names are the graphql-js script's row names.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [bdnFolder, graphqlJsFile, loadAverage] = process.argv.slice(2);
if (!bdnFolder || !graphqlJsFile) {
  console.error('usage: compare.mjs <BenchmarkDotNet results folder> <graphql-js results JSON> [load average]');
  process.exit(2);
}

const reportFile = readdirSync(bdnFolder).find((name) => name.includes('EngineComparisonBenchmarks') && name.endsWith('.json'));
if (!reportFile) {
  console.error(`no EngineComparisonBenchmarks JSON report in ${bdnFolder}`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(join(bdnFolder, reportFile), 'utf8'));
const graphqlJs = JSON.parse(readFileSync(graphqlJsFile, 'utf8'));
const theirs = new Map(graphqlJs.results.map((row) => [row.name, row]));

const titles = {
  ParseKitchenSink: 'Parse the kitchen sink',
  ParseAndValidateIntrospectionQuery: 'Parse + validate the introspection query',
  ExecuteIntrospectionQuery: 'Execute the introspection query (booking-size schema)',
  ExecuteThreeLevelQuery: 'Execute a three-level query, 1,000 objects (document cache)',
  ExecuteThreeLevelQueryWithoutDocumentCache: 'Execute a three-level query, 1,000 objects (no document cache)',
};

const lines = [];
const host = report.HostEnvironmentInfo ?? {};
lines.push('# Meridian vs graphql-js');
lines.push('');
lines.push(
  `Measured in one run by \`bench/run-engine-comparison.sh\` on ${new Date().toISOString().slice(0, 10)}: ` +
    `${host.OsVersion ?? 'unknown OS'}, ${host.ProcessorName ?? 'unknown CPU'}` +
    `${host.PhysicalCoreCount ? ` (${host.PhysicalCoreCount} cores)` : ''}, ${host.RuntimeVersion ?? '.NET'}; ` +
    `graphql-js ${graphqlJs.graphqlVersion} on Node ${graphqlJs.nodeVersion}` +
    `${loadAverage ? `; load average at the start: ${loadAverage}` : ''}.`,
);
lines.push('');
lines.push('| Row | Meridian ops/s | graphql-js ops/s | Ratio | Meridian allocated/op | graphql-js allocated/op (approx.) | Goal |');
lines.push('|---|---:|---:|---:|---:|---:|---|');

for (const benchmark of report.Benchmarks) {
  const name = benchmark.Method;
  const other = theirs.get(name);
  const ours = 1e9 / benchmark.Statistics.Median;
  const ratio = other ? ours / other.opsPerSecond : null;
  const allocated = benchmark.Memory?.BytesAllocatedPerOperation ?? null;
  const goals = [];
  if (ratio !== null) {
    goals.push(ratio >= 2 ? '≥ 2×: met' : '≥ 2×: **missed**');
  }
  if (name === 'ExecuteIntrospectionQuery' && allocated !== null) {
    goals.push(allocated < 50 * 1024 ? '< 50 KB: met' : '< 50 KB: **missed**');
  }
  lines.push(
    `| ${titles[name] ?? name} | ${formatRate(ours)} | ${other ? formatRate(other.opsPerSecond) : 'n/a'} | ` +
      `${ratio === null ? 'n/a' : ratio.toFixed(2) + '×'} | ${formatBytes(allocated)} | ${formatBytes(other?.allocatedBytesPerOp)} | ${goals.join('; ')} |`,
  );
}

lines.push('');
lines.push(
  'Ratio = Meridian ops/s ÷ graphql-js ops/s. Meridian: BenchmarkDotNet median and MemoryDiagnoser. graphql-js: median of ' +
    'five timed rounds after a warm-up; allocation estimated from heap growth with the young generation enlarged ' +
    '(V8 has no allocation counter). "Document cache" on the graphql-js side means the document is parsed and ' +
    'validated once; without it every operation parses, validates and executes.',
);
process.stdout.write(lines.join('\n') + '\n');

function formatRate(value) {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

function formatBytes(value) {
  if (value === null || value === undefined) {
    return 'n/a';
  }
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
}

// The graphql-js side of Meridian's engine comparison (bench/run-engine-comparison.sh runs both sides).
// Usage: node --expose-gc --max-semi-space-size=128 engine-comparison.mjs <inputs folder> [seconds per row]
// The inputs folder is written by `Meridian.Benchmarks export-comparison-inputs`: the same schema, documents and data
// that EngineComparisonBenchmarks measures. Prints JSON: operations per second and allocated bytes per operation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const [inputs, secondsArgument] = process.argv.slice(2);
if (!inputs) {
  console.error('usage: engine-comparison.mjs <inputs folder> [seconds per row]');
  process.exit(2);
}

const measureSeconds = Number(secondsArgument ?? 3);
const read = (name) => readFileSync(join(inputs, name), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const kitchenSink = read('kitchen-sink.graphql');
const introspectionQuery = read('introspection-query.graphql');
const threeLevelQuery = read('three-level-query.graphql');
const rootValue = { featuredProviders: JSON.parse(read('availability.json')) };

// "With the document cache": parsed and validated once, as a server caching documents does.
const introspectionDocument = parseValid(introspectionQuery);
const threeLevelDocument = parseValid(threeLevelQuery);

const rows = [
  ['ParseKitchenSink', () => parse(kitchenSink)],
  ['ParseAndValidateIntrospectionQuery', () => validate(schema, parse(introspectionQuery))],
  ['ExecuteIntrospectionQuery', () => checked(execute({ schema, document: introspectionDocument }))],
  ['ExecuteThreeLevelQuery', () => checked(execute({ schema, document: threeLevelDocument, rootValue }))],
  ['ExecuteThreeLevelQueryWithoutDocumentCache', () =>
    checked(execute({ schema, document: parseValid(threeLevelQuery), rootValue }))],
];

const gcCount = countGarbageCollections();
const results = [];
for (const [name, run] of rows) {
  run();
  results.push({
    name,
    opsPerSecond: measureThroughput(run),
    allocatedBytesPerOp: await measureAllocation(run, gcCount),
  });
}

process.stdout.write(JSON.stringify({ graphqlVersion: version, nodeVersion: process.version, results }, null, 2) + '\n');

function parseValid(source) {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`invalid benchmark document: ${errors.map((e) => e.message).join('; ')}`);
  }
  return document;
}

function checked(result) {
  if (typeof result?.then === 'function' || result.errors) {
    throw new Error(`the benchmark request failed or did not complete synchronously: ${JSON.stringify(result.errors)}`);
  }
  return result;
}

// Warms up for a second, then runs batches for `measureSeconds` in five rounds and reports the median rate.
function measureThroughput(run) {
  runFor(run, 1);
  const rates = [];
  for (let round = 0; round < 5; round++) {
    const { operations, seconds } = runFor(run, measureSeconds / 5);
    rates.push(operations / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[2];
}

function runFor(run, seconds) {
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  let operations = 0;
  let elapsed = 0n;
  let batch = 1;
  while (elapsed < limit) {
    for (let i = 0; i < batch; i++) {
      run();
    }
    operations += batch;
    elapsed = process.hrtime.bigint() - start;
    batch = Math.min(batch * 2, 1024);
  }
  return { operations, seconds: Number(elapsed) / 1e9 };
}

// V8 has no allocation counter, so: collect, run operations with the young generation large enough
// (--max-semi-space-size) that no collection happens, and read the growth of the used heap. The growth has a fixed
// part (fresh allocation pages), so the estimate is the difference between 2n and n operations, divided by n. A window
// in which a collection ran is measured again with fewer operations. Null when no clean window was found.
async function measureAllocation(run, gcCount) {
  if (typeof globalThis.gc !== 'function') {
    return null;
  }
  for (let operations = 32; operations >= 1; operations = Math.floor(operations / 2)) {
    const once = await heapGrowth(run, operations, gcCount);
    const twice = await heapGrowth(run, 2 * operations, gcCount);
    if (once !== null && twice !== null && twice > once) {
      return Math.round((twice - once) / operations);
    }
  }
  return null;
}

async function heapGrowth(run, operations, gcCount) {
  globalThis.gc();
  await tick();
  const collectionsBefore = gcCount();
  const results = new Array(operations);
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < operations; i++) {
    results[i] = run();
  }
  const after = process.memoryUsage().heapUsed;
  await tick();
  return gcCount() === collectionsBefore ? after - before : null;
}

function countGarbageCollections() {
  let count = 0;
  new PerformanceObserver((list) => {
    count += list.getEntries().length;
  }).observe({ entryTypes: ['gc'] });
  return () => count;
}

function tick() {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

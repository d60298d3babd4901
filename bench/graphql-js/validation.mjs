// graphql-js's side of ValidationBenchmarks: the same schema and documents, every specified rule, measured with a
// warm-up and then as many runs as fit in a time budget per case. Prints ops/s and the mean time per operation.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';

const schemaPath = new URL('../Meridian.Benchmarks/Validation/validation-schema.graphql', import.meta.url);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

// The full introspection query, from the same tool whose output Meridian's IntrospectionQuery.Text is tested against.
const introspectionTool = fileURLToPath(new URL('../../tools/graphql-js/introspection-query.mjs', import.meta.url));
const introspectionText = execFileSync(process.execPath, [introspectionTool], { encoding: 'utf8' });

const build = (count, field) => {
  const parts = ['{ providers { nodes {'];
  for (let i = 0; i < count; i++) parts.push(' ' + field(i));
  parts.push(' } } }');
  return parts.join('');
};

const introspection = parse(introspectionText);
const repeatedFields = parse(build(1000, () => 'name'));
const distinctAliases = parse(build(1000, (i) => `a${i}: name`));

// graphql-js 17 gives up on the repeated fields ("Validation aborted.": its field-merging budget of 500,000
// comparisons runs out), so that row measures the time it takes to give up.
const outcomes = new Map([
  ['introspection', introspection],
  ['repeated fields', repeatedFields],
  ['distinct aliases', distinctAliases],
].map(([name, document]) => [name, validate(schema, document).map((e) => e.message)]));
for (const [name, messages] of outcomes) {
  console.log(`${name}: ${messages.length === 0 ? 'valid' : messages.join(' | ')}`);
}

const cases = {
  ParseAndValidateIntrospectionQuery: () => validate(schema, parse(introspectionText)),
  ValidateIntrospectionQuery: () => validate(schema, introspection),
  Validate1000RepeatedFields: () => validate(schema, repeatedFields),
  Validate1000DistinctAliases: () => validate(schema, distinctAliases),
};

const budgetMs = Number(process.env.BUDGET_MS ?? 3000);
for (const [name, run] of Object.entries(cases)) {
  for (let i = 0; i < 50; i++) run();
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 10; i++) run();
    runs += 10;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const meanUs = (elapsed * 1000) / runs;
  console.log(`${name.padEnd(36)} ${(1e6 / meanUs).toFixed(0).padStart(9)} ops/s ${meanUs.toFixed(1).padStart(10)} us/op`);
}

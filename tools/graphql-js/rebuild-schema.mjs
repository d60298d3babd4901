// Reads an introspection result (JSON, either `{ "data": { "__schema": … } }` or the `data` object itself) from
// standard input and prints the SDL graphql-js derives from it: printSchema(buildClientSchema(result)).
// buildClientSchema also checks the result's shape; any problem exits non-zero with graphql-js's message.
import { buildClientSchema, printSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}

const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
if (parsed.errors?.length) {
  process.stderr.write(`the introspection result has errors: ${JSON.stringify(parsed.errors)}\n`);
  process.exit(2);
}

const schema = buildClientSchema(parsed.data ?? parsed);
process.stdout.write(printSchema(schema));

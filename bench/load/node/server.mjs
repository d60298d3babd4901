// The peer of bench/load: graphql-js through graphql-http's Node handler, one process, the same schema and data as
// bench/load/LoadServer. Usage: node server.mjs PORT
import http from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const schema = buildSchema(`
  type Query { items: [Item!]! }
  type Item { id: ID! name: String! price: Float! quantity: Int! active: Boolean! }
`);

const items = Array.from({ length: 100 }, (_, i) => ({
  id: `item-${i}`,
  name: `Item ${i}`,
  price: i + 0.5,
  quantity: i * 3,
  active: i % 2 === 0,
}));

const handler = createHandler({ schema, rootValue: { items } });
const port = Number(process.argv[2] ?? 5003);
http.createServer(handler).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));

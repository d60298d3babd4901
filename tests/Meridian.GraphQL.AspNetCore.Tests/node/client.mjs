// Drives a Meridian test server with the graphql-ws client library (graphql-transport-ws), as a browser app would.
// Usage: node client.mjs <ws-url> <room> <token>
// Prints one JSON object with what the library received; exits non-zero on any failure. Bounded by a timer.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, room, token] = process.argv.slice(2);
const deadline = setTimeout(() => fail(new Error('timed out')), 20000);

function fail(error) {
  console.error(error instanceof Error ? error.stack : JSON.stringify(error));
  process.exit(1);
}

async function all(client, payload) {
  const results = [];
  for await (const result of client.iterate(payload)) {
    results.push(result);
  }
  return results;
}

async function main() {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { Authorization: `Bearer ${token}` },
  });

  const query = await all(client, { query: '{ hello me }' });
  const countdown = await all(client, { query: 'subscription { countdown(from: 3) }' });

  // A live subscription, fed by a mutation on the same connection, then completed by the client.
  const live = client.iterate({
    query: 'subscription($room: String!) { messageAdded(room: $room) { text } }',
    variables: { room },
  });
  const firstEvent = live.next();
  let mutation = [];
  let event;
  for (let attempt = 0; attempt < 50 && event === undefined; attempt++) {
    mutation = await all(client, {
      query: 'mutation($room: String!) { send(room: $room, text: "from graphql-ws") { text } }',
      variables: { room },
    });
    event = await Promise.race([firstEvent, new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  await live.return();

  const errors = await all(client, { query: '{ nope }' }).then(() => null, (e) => e);

  await client.dispose();
  clearTimeout(deadline);
  console.log(JSON.stringify({ query, countdown, mutation, event: event?.value ?? null, errors }));
}

main().catch(fail);

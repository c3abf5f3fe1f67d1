// One introspection measurement in a fresh process: IMPL (gen | schemainspect | dbml-connector)
// against URL; prints median time, round trips (gen only) and peak RSS as JSON.
const [impl, url, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 3);
let run;
let roundTrips;
if (impl === 'gen') {
  const { connect } = await import('../dist/db/connect.js');
  const { introspect } = await import('../dist/introspect/index.js');
  const db = await connect(url);
  // Count round trips by wrapping the seam.
  const counted = {
    ...db,
    query: (...a) => {
      roundTrips++;
      return db.query(...a);
    },
    exec: (...a) => {
      roundTrips++;
      return db.exec(...a);
    },
    queryAll: (...a) => {
      roundTrips++;
      return db.queryAll(...a);
    },
    // One round trip per batch; the batches run at the same time on separate connections.
    queryAllParallel: (batches) => {
      roundTrips += batches.length;
      return db.queryAllParallel(batches);
    },
  };
  run = async () => {
    roundTrips = 0;
    await introspect(counted);
  };
  process.on('beforeExit', () => db.close());
} else if (impl === 'schemainspect') {
  const { createClient } = await import('@pgkit/client');
  const { get_inspector } = await import('@pgkit/schemainspect');
  const client = createClient(url);
  run = async () => {
    await get_inspector(client);
  };
  process.on('beforeExit', () => client.end());
} else {
  const mod = await import('@dbml/connector');
  const { connector } = mod.default ?? mod; // CommonJS package: the named export sits on default
  run = async () => {
    await connector.fetchSchemaJson(url, 'postgres');
  };
}
const times = [];
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  await run();
  times.push(performance.now() - t0);
}
// The first run is what one CLI call pays (cold connection, code not yet optimised); the
// median mixes it with warmer runs.
const firstMs = times[0];
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], firstMs, roundTrips, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);

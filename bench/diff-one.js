// In one process: introspect two databases, then time diff + plan + render of the pair.
import { connect } from '../dist/db/connect.js';
import { introspect } from '../dist/introspect/index.js';
import { diff } from '../dist/diff/index.js';
import { plan } from '../dist/plan/index.js';
import { render } from '../dist/render/index.js';

const [a, b] = process.argv.slice(2);
const read = async (url) => {
  const db = await connect(url);
  try {
    return (await introspect(db)).schema;
  } finally {
    await db.close();
  }
};
await read(a); // warm up (JIT, connection code)
const t0 = performance.now();
const from = await read(a);
const to = await read(b);
const t1 = performance.now();
let changes = [];
const times = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  changes = diff(from, to);
  render(plan(changes, { from, to }));
  times.push(performance.now() - s);
}
times.sort((x, y) => x - y);
process.stdout.write(JSON.stringify({ introspectMs: t1 - t0, planMs: times[2], changes: changes.length }));

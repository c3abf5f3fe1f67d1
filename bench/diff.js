// `npm run bench:diff`: `gen diff --from-url A --to-url B --script` end to end beside
// `@pgkit/migra` on the same pair (1,000 tables, B = A + ~120 changes), each a fresh process in
// the same run; both scripts applied to copies of A and checked against B with gen; and, at
// 5,000 tables, diff + plan + render alone against introspection time.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { changes, createDatabase, dropDatabase } from './ddl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = process.env.GEN_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const n = Number(process.env.GEN_BENCH_DIFF_TABLES ?? 1000);
const big = Number(process.env.GEN_BENCH_DIFF_BIG ?? 5000);
const gen = path.join(here, '../bin/gen.js');
const migra = createRequire(import.meta.url).resolve('@pgkit/migra/dist/command.js');

function timed(args) {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  return { ms: performance.now() - t0, out };
}

async function copyOf(template, name) {
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  return `${base}/${name}`;
}

function apply(url, sql) {
  execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url], { input: sql, stdio: ['pipe', 'ignore', 'pipe'] });
}

await createDatabase(pg, base, 'gen_bench_diff_a', n);
await createDatabase(pg, base, 'gen_bench_diff_b', n, changes(n));
const [a, b] = [`${base}/gen_bench_diff_a`, `${base}/gen_bench_diff_b`];

const runs = 3;
const genTimes = [];
const migraTimes = [];
let genSql = '';
let migraSql = '';
for (let i = 0; i < runs; i++) {
  const g = timed([gen, 'diff', '--from-url', a, '--to-url', b, '--script']);
  genTimes.push(g.ms);
  genSql = g.out;
  const m = timed([migra, a, b, '--unsafe']);
  migraTimes.push(m.ms);
  // Its database client prints a warning line to stdout; the rest is the script.
  migraSql = m.out
    .split('\n')
    .filter((l) => !l.startsWith('WARNING:') && !/^\s+at /.test(l))
    .join('\n');
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

// Fidelity: apply each script to a copy of A; what does gen still see between it and B?
const left = {};
for (const [tool, sql] of [
  ['gen', genSql],
  ['migra', migraSql],
]) {
  const url = await copyOf('gen_bench_diff_a', `gen_bench_diff_${tool}`);
  try {
    apply(url, sql);
    const r = execFileSync(process.execPath, [gen, 'diff', '--from-url', url, '--to-url', b], { encoding: 'utf8' });
    left[tool] = r
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim());
  } catch (e) {
    left[tool] = [`script failed: ${String(e.stderr ?? e.message).split('\n')[0]}`];
  }
}

console.log(`gen diff --from-url A --to-url B --script, ${n} tables, B = A + ~120 changes (median of ${runs}, fresh process each)`);
console.log(`  gen    ${median(genTimes).toFixed(0).padStart(7)} ms   ${genSql.split('\n').filter((l) => l && !l.startsWith('--')).length} lines of SQL`);
console.log(`  migra  ${median(migraTimes).toFixed(0).padStart(7)} ms   ${migraSql.split('\n').filter((l) => l && !l.startsWith('--')).length} lines of SQL`);
console.log(`  gen is ${(median(migraTimes) / median(genTimes)).toFixed(1)}x faster end to end (target >= 5x)`);
for (const tool of ['gen', 'migra']) {
  console.log(`  after ${tool}'s script, A still differs from B in ${left[tool].length} way${left[tool].length === 1 ? '' : 's'}${left[tool].length ? ':' : ''}`);
  for (const l of left[tool].slice(0, 8)) console.log(`    ${l}`);
  if (left[tool].length > 8) console.log(`    ... ${left[tool].length - 8} more`);
}
const enumLine = (sql) => (/ADD VALUE/i.test(sql) ? 'ALTER TYPE ... ADD VALUE (no rewrite)' : /CREATE TYPE/i.test(sql) ? 'recreates the enum type and converts every column using it (table rewrites)' : 'no enum change');
console.log(`  enum value: gen ${enumLine(genSql)}; migra ${enumLine(migraSql)}`);
const comments = (sql) => (sql.match(/comment on/gi) ?? []).length;
console.log(`  COMMENT statements: gen ${comments(genSql)}, migra ${comments(migraSql)}`);

// diff + plan + render alone at `big` tables, against introspecting the two databases.
await createDatabase(pg, base, 'gen_bench_diff_big_a', big);
await createDatabase(pg, base, 'gen_bench_diff_big_b', big, changes(big));
const inner = JSON.parse(execFileSync(process.execPath, [path.join(here, 'diff-one.js'), `${base}/gen_bench_diff_big_a`, `${base}/gen_bench_diff_big_b`], { encoding: 'utf8' }));
console.log(
  `${big} tables in process: introspect A + B ${inner.introspectMs.toFixed(0)} ms; diff + plan + render ${inner.planMs.toFixed(1)} ms = ${((100 * inner.planMs) / inner.introspectMs).toFixed(1)} % of it (target < 10 %); ${inner.changes} changes`,
);

for (const name of ['gen_bench_diff_a', 'gen_bench_diff_b', 'gen_bench_diff_gen', 'gen_bench_diff_migra', 'gen_bench_diff_big_a', 'gen_bench_diff_big_b']) await dropDatabase(pg, base, name);

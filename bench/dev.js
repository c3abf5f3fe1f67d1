// `npm run bench:dev`: `gen dev` end to end on a 1,000-table schema (bench/generate.js), this
// checkout against an earlier build of gen (default: the commit before `gen dev` learned to plan
// once), alternating in the same run: creating the schema, then one added column on top. Each
// run is a fresh process on a fresh PostgreSQL database and project folder.
//   GEN_BENCH_DEV_BASELINE=<git rev>  the build to compare with
//   GEN_BENCH_DEV_TABLES=<n>          the schema size (default 1000)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateSchema } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const base = process.env.GEN_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const n = Number(process.env.GEN_BENCH_DEV_TABLES ?? 1000);
const baselineRev = process.env.GEN_BENCH_DEV_BASELINE ?? '666dc6c';
const runs = 3;

/** A build of `rev` in a temporary worktree (node_modules shared with this checkout). */
function buildBaseline(rev) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-bench-baseline-'));
  rmSync(dir, { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, rev], { cwd: root, stdio: 'ignore' });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${base}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Times `gen dev` of `schemas` in turn (each a new migration) in a fresh project and database. */
async function devRun(genDir, schemas, i) {
  const db = `gen_bench_dev_${process.pid}_${i}`;
  await admin(`DROP DATABASE IF EXISTS ${db}`);
  await admin(`CREATE DATABASE ${db}`);
  const project = mkdtempSync(path.join(tmpdir(), 'gen-bench-dev-'));
  mkdirSync(path.join(project, 'migrations'));
  const times = [];
  try {
    for (const [k, schema] of schemas.entries()) {
      writeFileSync(path.join(project, 'schema.dbml'), schema);
      const t0 = performance.now();
      execFileSync(process.execPath, [path.join(genDir, 'bin/gen.js'), 'dev', '--name', `m${k}`, '--url', `${base}/${db}`, '--accept-data-loss'], { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] });
      times.push(performance.now() - t0);
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${db}`);
  }
  return times;
}

const schema = generateSchema(n);
const edited = schema.replace("Table t0 [note: 'table 0'] {\n", "Table t0 [note: 'table 0'] {\n  added_column text\n");
if (edited === schema) throw new Error('bench/dev.js: the edit did not apply to the generated schema');
const baseline = buildBaseline(baselineRev);
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
try {
  const t = { head: [[], []], baseline: [[], []] };
  for (let i = 0; i < runs; i++) {
    for (const [name, dir] of [
      ['baseline', baseline],
      ['head', root],
    ]) {
      const [create, change] = await devRun(dir, [schema, edited], `${name}_${i}`);
      t[name][0].push(create);
      t[name][1].push(change);
    }
  }
  console.log(`gen dev, ${n} tables, median of ${runs} (this checkout vs ${baselineRev}, same run):`);
  for (const [k, label] of [
    [0, 'create the schema'],
    [1, 'add one column    '],
  ]) {
    const h = median(t.head[k]);
    const b = median(t.baseline[k]);
    console.log(`  ${label}  ${h.toFixed(0)} ms vs ${b.toFixed(0)} ms  (${(b / h).toFixed(2)}x as fast)`);
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', baseline], { cwd: root, stdio: 'ignore' });
  if (existsSync(baseline)) rmSync(baseline, { recursive: true, force: true });
}

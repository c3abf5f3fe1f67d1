// `npm run bench:deploy`: deploying 500 small migrations (one CREATE TABLE each) to a fresh
// database, in one run: gen deploy beside the floor (one psql session running BEGIN; migration;
// INSERT INTO history; COMMIT; 500 times), dbmate and node-pg-migrate (one transaction per
// migration each); then a no-op gen deploy (everything applied), timed as a whole process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const base = process.env.GEN_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const N = Number(process.env.GEN_BENCH_MIGRATIONS ?? 500);
// The peers are bench's own install (bench/package.json, npm run bench:install). dbmate is its
// platform package (as for the embedded PostgreSQL servers): the wrapper package's lock entries
// for other platforms break npm ci.
const bin = (name) => (name === 'dbmate' ? path.join(here, 'node_modules/@dbmate/linux-x64/bin/dbmate') : path.join(here, 'node_modules', '.bin', name));
const tmp = mkdtempSync(path.join(tmpdir(), 'gen-bench-deploy-'));

const migrationSql = (i) => `CREATE TABLE bench_${i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n`;
const stamp = (i) => String(20260101000000 + i);

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${base}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function freshDatabase(name) {
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  // Flush what dropping the previous run's database left to write, so that no tool pays for
  // the one before it.
  await admin('CHECKPOINT');
  return `${base}/${name}`;
}

async function tableCount(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'bench\\_%'");
  await c.end();
  return r.rows[0].n;
}

function time(cmd, args, opts = {}) {
  const t0 = performance.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
  return performance.now() - t0;
}

// gen: migrations/<timestamp>_<name>/migration.sql and gen.sum, written by gen's own code.
const { checksum, sumText } = await import('../dist/migrations/sum.js');
const { readMigrations } = await import('../dist/migrations/dir.js');
const genDir = path.join(tmp, 'gen');
for (let i = 0; i < N; i++) {
  const d = path.join(genDir, 'migrations', `${stamp(i)}_create_bench_${i}`);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, 'migration.sql'), migrationSql(i));
}
writeFileSync(path.join(genDir, 'migrations', 'gen.sum'), sumText(readMigrations(path.join(genDir, 'migrations'))));

// The floor: one psql session, one transaction per migration with its history row.
const floorFile = path.join(tmp, 'floor.sql');
const floor = ['CREATE TABLE history (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());'];
for (let i = 0; i < N; i++) floor.push(`BEGIN;\n${migrationSql(i)}INSERT INTO history (name, checksum) VALUES ('${stamp(i)}_create_bench_${i}', '${checksum(migrationSql(i))}');\nCOMMIT;`);
writeFileSync(floorFile, floor.join('\n'));

// dbmate: db/migrations/<version>_<name>.sql with up and down sections.
const dbmateDir = path.join(tmp, 'dbmate');
mkdirSync(dbmateDir, { recursive: true });
for (let i = 0; i < N; i++) writeFileSync(path.join(dbmateDir, `${stamp(i)}_create_bench_${i}.sql`), `-- migrate:up\n${migrationSql(i)}\n-- migrate:down\nDROP TABLE bench_${i};\n`);

// node-pg-migrate: SQL migrations.
const npmDir = path.join(tmp, 'node-pg-migrate');
mkdirSync(npmDir, { recursive: true });
for (let i = 0; i < N; i++) writeFileSync(path.join(npmDir, `${stamp(i)}_create-bench-${i}.sql`), `-- Up Migration\n${migrationSql(i)}\n-- Down Migration\nDROP TABLE bench_${i};\n`);

// Each tool runs ROUNDS times, in rotating order, on a fresh database each time; the median
// counts. (Commit latency here varies by 2x from one minute to the next: a single run per tool
// compares the machine's moods, not the tools.)
const ROUNDS = Number(process.env.GEN_BENCH_ROUNDS ?? 5);
const tools = [
  { label: 'psql floor (1 session)', run: (url) => time('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', floorFile]) },
  {
    label: 'gen deploy',
    run: (url) => time(process.execPath, [path.join(root, 'bin/gen.js'), 'deploy', '--url', url], { cwd: genDir }),
    after: async (url) => {
      // Like every timed run, the no-op starts on a quiet server (not amid the deploy's writes), and
      // it is short enough to take three.
      await admin('CHECKPOINT');
      for (let i = 0; i < 3; i++) noopRuns.push(time(process.execPath, [path.join(root, 'bin/gen.js'), 'deploy', '--url', url], { cwd: genDir }));
    },
  },
  { label: 'dbmate', run: (url) => time(bin('dbmate'), ['--url', `${url}?sslmode=disable`, '--migrations-dir', dbmateDir, '--no-dump-schema', 'up']) },
  { label: 'node-pg-migrate', run: (url) => time(bin('node-pg-migrate'), ['up', '-m', npmDir, '--no-single-transaction', '--no-verbose'], { env: { ...process.env, DATABASE_URL: url } }) },
];
const noopRuns = [];
const samples = new Map(tools.map((t) => [t.label, []]));
// Per round, gen's time over dbmate's: the two run within a minute of each other, so the ratio
// compares the tools at one moment of the server's speed (which drifts by tens of percent).
const paired = [];
const errors = new Map();
for (let round = 0; round < ROUNDS; round++) {
  const roundMs = new Map();
  for (let k = 0; k < tools.length; k++) {
    const tool = tools[(k + round) % tools.length];
    const url = await freshDatabase('gen_bench_deploy');
    try {
      const ms = tool.run(url);
      const tables = await tableCount(url);
      if (tables !== N) throw new Error(`only ${tables} of ${N} tables after the run`);
      samples.get(tool.label).push(ms);
      if (tool.label === 'gen deploy' || tool.label === 'dbmate') roundMs.set(tool.label, ms);
      await tool.after?.(url);
    } catch (e) {
      errors.set(
        tool.label,
        String(e.stderr ?? e.message)
          .split('\n')
          .find((l) => l.trim()) ?? 'failed',
      );
    }
  }
  if (roundMs.size === 2) paired.push(roundMs.get('gen deploy') / roundMs.get('dbmate'));
}
await admin('DROP DATABASE IF EXISTS gen_bench_deploy');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = tools.map((t) => (errors.has(t.label) ? { label: t.label, error: errors.get(t.label) } : { label: t.label, ms: median(samples.get(t.label)), ok: true }));
const noop = noopRuns.length ? median(noopRuns) : undefined;

const floorMs = results[0]?.ms;
console.log(`Deploy of ${N} migrations (one CREATE TABLE each) to a fresh database, whole process, median of ${ROUNDS} rotating rounds:`);
for (const r of results) {
  if (r.error) {
    console.log(`  ${r.label.padEnd(26)} n/a (${r.error.slice(0, 80)})`);
    continue;
  }
  const rate = (N / r.ms) * 1000;
  const ratio = floorMs ? ` ${(r.ms / floorMs).toFixed(2)}x the floor` : '';
  console.log(`  ${r.label.padEnd(26)} ${r.ms.toFixed(0).padStart(6)} ms  ${rate.toFixed(0).padStart(4)} migrations/s ${ratio}`);
}
if (paired.length) console.log(`  gen / dbmate within each round: ${paired.map((x) => x.toFixed(3)).join(', ')} (median ${median(paired).toFixed(3)}; below 1 means gen was faster)`);
if (noop !== undefined) console.log(`  no-op gen deploy (all ${N} applied): ${noop.toFixed(0)} ms whole process (median of 3 per round). Targets: <= 1.5x the floor, faster than dbmate, no-op <= 300 ms.`);

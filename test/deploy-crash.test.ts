/** Crash trials (issue 19): SIGKILL the real `gen deploy` process (node bin/gen.js) at random
 * moments (seeded; the seed is printed, CRASH_SEED replays it) in a history of migrations that
 * mixes explicit transactions, session settings, bulk data, CONCURRENTLY builds and drops, a
 * CONCURRENTLY unique build that fails on the data (partial work: the output names
 * `gen resolve --rolled-back NAME`), and a unit that fails on the data and rolls back (the output
 * says: re-run gen deploy). An operator follows the output: fixes the data the error names, runs
 * the one command the output names, re-runs gen deploy. After every kill that is all it takes:
 * the trial must end with the same `pg_dump --schema-only` (normalised) and the same history as
 * an uninterrupted run, with no step beyond what the uninterrupted run needed.
 * CRASH_TRIALS (default 10, the CI slice; `npm run crash-trials` runs 50). */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { readMigrations } from '../src/migrations/dir.js';
import { checksum, sumText } from '../src/migrations/sum.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const TRIALS = Number(process.env['CRASH_TRIALS'] ?? 10);
const SEED = Number(process.env['CRASH_SEED'] ?? Date.now() % 2 ** 31);
const SERVER = 'postgres://postgres@127.0.0.1:5432';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The history: bulk tables with concurrent builds and drops; m4 builds a unique index
 * concurrently over duplicates (fails outside a transaction, leaving an INVALID index); m5's
 * second unit adds a check the data violates (rolls back). */
function migrations(): Record<string, string> {
  const out: Record<string, string> = {};
  const bulk = (i: number, previous?: number) =>
    [
      "SET lock_timeout = '5s';",
      'BEGIN;',
      `CREATE TABLE t${i} (id int PRIMARY KEY, v text);`,
      `INSERT INTO t${i} SELECT g, md5(g::text) FROM generate_series(1, 10000) g;`,
      'COMMIT;',
      `CREATE INDEX CONCURRENTLY t${i}_v ON t${i} (v);`,
      `ALTER TABLE t${i} ADD COLUMN w int;`,
      previous === undefined ? 'SELECT 1;' : `DROP INDEX CONCURRENTLY t${previous}_v;`,
      '',
    ].join('\n');
  for (let i = 0; i < 4; i++) out[`2026010100000${i}_bulk${i}`] = bulk(i, i > 0 ? i - 1 : undefined);
  out['20260101000004_unique'] = [
    'BEGIN;',
    'CREATE TABLE dup (id int PRIMARY KEY, email text);',
    "INSERT INTO dup SELECT g, 'e' || g FROM generate_series(1, 10000) g;",
    "INSERT INTO dup VALUES (0, 'e1');",
    'COMMIT;',
    'CREATE UNIQUE INDEX CONCURRENTLY dup_email ON dup (email);',
    '',
  ].join('\n');
  out['20260101000005_check'] = [
    'BEGIN;',
    'CREATE TABLE chk (n int);',
    'INSERT INTO chk SELECT g FROM generate_series(-1, 10000) g WHERE g <> 0;',
    'COMMIT;',
    'BEGIN;',
    'ALTER TABLE chk ADD CONSTRAINT chk_pos CHECK (n > 0);',
    'COMMIT;',
    '',
  ].join('\n');
  out['20260101000006_bulk6'] = bulk(6, 3);
  out['20260101000007_bulk7'] = bulk(7, 6);
  return out;
}

/** What the operator does about each failure the output reports: fix the data it names. */
const FIXES: readonly { readonly match: RegExp; readonly sql: string }[] = [
  { match: /could not create unique index "dup_email"/, sql: 'DELETE FROM dup WHERE id = 0' },
  { match: /check constraint "chk_pos" of relation "chk" is violated/, sql: 'DELETE FROM chk WHERE n < 0' },
];

interface Run {
  readonly code: number | null;
  readonly killed: boolean;
  readonly err: string;
  readonly ms: number;
}

function gen(args: readonly string[], dir: string, url: string, killAfter?: number): Promise<Run> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, killed: signal === 'SIGKILL', err, ms: performance.now() - t0 });
    });
  });
}

async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
  const db = await connect(url);
  try {
    return await db.query(text);
  } finally {
    await db.close();
  }
}

async function freshDatabase(name: string): Promise<void> {
  await sql(`${SERVER}/postgres`, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await sql(`${SERVER}/postgres`, `CREATE DATABASE ${name}`);
}

/** `pg_dump --schema-only` without what varies from run to run (comments, settings, pg_dump's
 * random \restrict key). */
function dump(url: string): string {
  const text = execFileSync('pg_dump', ['--schema-only', '--no-owner', url], { encoding: 'utf8' });
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('--') && !l.startsWith('SET ') && !l.startsWith('\\') && !l.startsWith('SELECT pg_catalog.set_config'))
    .join('\n');
}

/** The history, per migration: attempts that finished, and whether the latest is complete and
 * matches the file. */
async function history(url: string, files: Record<string, string>): Promise<string> {
  const rows = (await sql(url, 'SELECT name, checksum, finished_at IS NOT NULL AS done, applied_statements, total_statements, rolled_back_at IS NOT NULL AS resolved FROM _gen_migrations ORDER BY id')) as {
    name: string;
    checksum: string;
    done: boolean;
    applied_statements: number;
    total_statements: number;
  }[];
  const latest = new Map(rows.map((r) => [r.name, r]));
  return Object.keys(files)
    .map((name) => {
      const r = latest.get(name);
      const finished = rows.filter((x) => x.name === name && x.done).length;
      return `${name}: finished ${finished}, latest ${r?.done && r.applied_statements === r.total_statements && r.checksum === checksum(files[name]!) ? 'complete' : JSON.stringify(r)}`;
    })
    .join('\n');
}

/** Runs the deploy to the end as an operator would, killing the `kill.at`-th deploy (0-based)
 * after `kill.ms`. Returns the steps taken and the deploy runs' durations. */
async function operate(dir: string, url: string, kill?: { readonly at: number; readonly ms: number }): Promise<{ steps: string[]; spans: number[]; killed: boolean }> {
  const steps: string[] = [];
  const spans: number[] = [];
  let killed = false;
  for (let deploys = 0; ; deploys++) {
    if (deploys > 12) throw new Error(`no end in sight: ${steps.join(' | ')}`);
    const r = await gen(['deploy'], dir, url, kill && kill.at === deploys ? kill.ms : undefined);
    spans.push(r.ms);
    if (r.killed) {
      killed = true;
      steps.push('killed');
      continue;
    }
    if (r.code === 0) {
      steps.push('deployed');
      return { steps, spans, killed };
    }
    // A failure: it must be one the operator knows how to fix, and name the way on.
    const fix = FIXES.find((f) => f.match.test(r.err));
    if (!fix) throw new Error(`unexpected failure after ${steps.join(' | ')}:\n${r.err}`);
    await sql(url, fix.sql);
    const command = /\b(gen resolve --rolled-back \S+)/.exec(r.err)?.[1];
    if (command) {
      const resolved = await gen(command.split(' ').slice(1), dir, url);
      if (resolved.code !== 0) throw new Error(`${command} failed:\n${resolved.err}`);
      steps.push(`fixed, ${command}`);
    } else {
      if (!/re-run gen deploy/.test(r.err)) throw new Error(`the failure names no way on:\n${r.err}`);
      steps.push('fixed');
    }
  }
}

describe('gen deploy under kill -9', () => {
  it(`${TRIALS} random kills: the operator's one command (or a plain re-run) reaches the uninterrupted schema and history`, async () => {
    console.log(`crash trials: ${TRIALS}, seed ${SEED} (CRASH_SEED=${SEED} replays them)`);
    const name = `gen_crash_${process.pid}`;
    const url = `${SERVER}/${name}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-crash-'));
    const files = migrations();
    for (const [m, text] of Object.entries(files)) {
      mkdirSync(path.join(dir, 'migrations', m), { recursive: true });
      writeFileSync(path.join(dir, 'migrations', m, 'migration.sql'), text);
    }
    writeFileSync(path.join(dir, 'migrations', 'gen.sum'), sumText(readMigrations(path.join(dir, 'migrations'))));
    try {
      await freshDatabase(name);
      const reference = await operate(dir, url);
      // The uninterrupted run: fails on the unique build (resolve named), then on the check.
      expect(reference.steps).toEqual(['fixed, gen resolve --rolled-back 20260101000004_unique', 'fixed', 'deployed']);
      const expectedDump = dump(url);
      const expectedHistory = await history(url, files);
      expect(expectedHistory).not.toContain('{');
      expect(await sql(url, 'SELECT count(*)::int AS n FROM pg_index WHERE NOT indisvalid')).toEqual([{ n: 0 }]);
      const random = mulberry32(SEED);
      // How long each deploy of the run takes: the uninterrupted run's, lowered whenever a trial's
      // deploy finished before its kill (the machine's load varies from minute to minute, and
      // moments past a deploy's end prove nothing).
      const spans = [...reference.spans];
      let killedMidway = 0;
      const figures: string[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        await freshDatabase(name);
        // A moment within the run's deploys, in proportion to their durations.
        let moment = spans.reduce((a, b) => a + b, 0) * (0.02 + random() * 0.96);
        let at = 0;
        while (at < spans.length - 1 && moment > spans[at]!) moment -= spans[at++]!;
        const kill = { at, ms: Math.floor(moment) };
        const label = `trial ${trial} (seed ${SEED}): kill deploy #${at + 1} after ${kill.ms} ms`;
        const run = await operate(dir, url, kill).catch((e: unknown) => {
          throw new Error(`${label}: ${(e as Error).message}`);
        });
        if (run.killed) killedMidway++;
        else spans[at] = Math.min(spans[at]!, run.spans[at]!);
        figures.push(`${kill.at + 1}@${kill.ms}ms:${run.killed ? 'killed' : 'finished first'}`);
        // No step beyond the uninterrupted run's: the kill cost one plain re-run at most.
        expect(
          run.steps.filter((s) => s !== 'killed'),
          label,
        ).toEqual(reference.steps);
        expect(dump(url), label).toBe(expectedDump);
        expect(await history(url, files), label).toBe(expectedHistory);
        expect(await sql(url, 'SELECT count(*)::int AS n FROM pg_index WHERE NOT indisvalid'), label).toEqual([{ n: 0 }]);
      }
      console.log(`crash trials: ${killedMidway} of ${TRIALS} deploys killed mid-run (uninterrupted deploys took ${reference.spans.map((s) => Math.round(s)).join(' + ')} ms): ${figures.join(', ')}`);
      // The trials must actually interrupt deploys, or they prove nothing.
      expect(killedMidway).toBeGreaterThanOrEqual(Math.ceil(TRIALS / 2));
    } finally {
      await sql(`${SERVER}/postgres`, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }, 1_800_000);
});

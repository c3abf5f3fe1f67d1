/** Issue 5, acceptance 3: kill -9 `gen deploy` at random moments (30 trials, seeded); each re-run
 * completes, the final schema equals a clean deploy's, and every migration is recorded applied
 * exactly once. The migrations mix gen-style explicit transactions, session settings, data, and
 * CONCURRENTLY statements (which run outside any transaction). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../dist/db/connect.js';
import { introspect } from '../dist/introspect/index.js';
import { wipe } from '../dist/migrations/shadow.js';
import { canonicalJson, sortSchema } from '../dist/model/schema.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const TRIALS = Number(process.env['CRASH_TRIALS'] ?? 30);

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('gen deploy under kill -9', () => {
  it(`${TRIALS} random kills: every re-run completes, nothing recorded that did not happen`, async () => {
    const tmp = await tempDatabase('gen_crash');
    await tmp.client.end();
    const url = `postgres://postgres@127.0.0.1:5432/${tmp.name}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-crash-'));
    for (let i = 0; i < 12; i++) {
      const m = path.join(dir, 'migrations', `2026010100${String(i).padStart(4, '0')}_m${i}`);
      mkdirSync(m, { recursive: true });
      writeFileSync(path.join(m, 'migration.sql'), [
        "SET lock_timeout = '5s';",
        'BEGIN;',
        `CREATE TABLE t${i} (id int PRIMARY KEY, v text);`,
        `INSERT INTO t${i} SELECT g, md5(g::text) FROM generate_series(1, 20000) g;`,
        'COMMIT;',
        `CREATE INDEX CONCURRENTLY t${i}_v ON t${i} (v);`,
        `ALTER TABLE t${i} ADD COLUMN w int;`,
        i > 0 ? `DROP INDEX CONCURRENTLY t${i - 1}_v;` : 'SELECT 1;',
        '',
      ].join('\n'));
    }
    const db = await connect(url);
    const state = async () => canonicalJson(sortSchema((await introspect(db)).schema));
    const deploy = () => spawnSync(process.execPath, [bin, 'deploy', '--url', url], { cwd: dir, encoding: 'utf8' });
    try {
      const t0 = performance.now();
      expect(deploy().status).toBe(0);
      // Kill moments are drawn within what a whole deploy takes on this machine (which varies
      // fourfold from one day to the next), so that they land in the middle of a deploy.
      const span = performance.now() - t0;
      const expected = await state();
      const random = mulberry32(20261121);
      let killedMidway = 0;
      for (let trial = 0; trial < TRIALS; trial++) {
        await wipe(db);
        const delay = Math.floor(span * (0.05 + random() * 0.9));
        const exited = await new Promise<boolean>((resolve) => {
          const child = spawn(process.execPath, [bin, 'deploy', '--url', url], { cwd: dir, stdio: 'ignore' });
          const timer = setTimeout(() => child.kill('SIGKILL'), delay);
          child.on('exit', (_code, signal) => {
            clearTimeout(timer);
            resolve(signal === 'SIGKILL');
          });
        });
        if (exited) killedMidway++;
        const rerun = deploy();
        expect(rerun.stderr, `trial ${trial} (kill after ${delay} ms)`).toBe('');
        expect(rerun.status).toBe(0);
        expect(await state(), `trial ${trial}`).toBe(expected);
        const rows = await db.query<{ name: string; n: number; done: number }>('SELECT name, count(*)::int AS n, count(finished_at)::int AS done FROM _gen_migrations GROUP BY name ORDER BY name');
        expect(rows.length).toBe(12);
        expect(rows.every((r) => r.n === 1 && r.done === 1), `trial ${trial}: ${JSON.stringify(rows)}`).toBe(true);
      }
      // The trials must actually interrupt deploys, or they prove nothing.
      expect(killedMidway, `${killedMidway} of ${TRIALS} deploys killed; a whole deploy took ${Math.round(span)} ms`).toBeGreaterThanOrEqual(Math.floor(TRIALS / 2));
    } finally {
      await db.close();
      const admin = await connect('postgres://postgres@127.0.0.1:5432/postgres');
      await admin.exec(`DROP DATABASE IF EXISTS ${tmp.name} WITH (FORCE)`);
      await admin.close();
    }
  }, 600_000);
});

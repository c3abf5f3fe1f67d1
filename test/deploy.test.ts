/** `gen deploy` and `gen resolve` as a pipeline runs them (the built CLI, PostgreSQL 15): apply in
 * order, no-op re-runs, refusals (failed, edited, out of order), resolve, crash resume, and eight
 * deploys racing on one database. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../dist/db/connect.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');

async function project() {
  const tmp = await tempDatabase('gen_deploy');
  await tmp.client.end();
  const url = `postgres://postgres@127.0.0.1:5432/${tmp.name}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-deploy-'));
  const write = (name: string, sql: string) => {
    mkdirSync(path.join(dir, 'migrations', name), { recursive: true });
    writeFileSync(path.join(dir, 'migrations', name, 'migration.sql'), sql);
  };
  const gen = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args, '--url', url], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const query = async (sql: string) => {
    const db = await connect(url);
    try {
      return await db.query(sql);
    } finally {
      await db.close();
    }
  };
  const drop = async () => {
    const admin = await connect('postgres://postgres@127.0.0.1:5432/postgres');
    await admin.exec(`DROP DATABASE IF EXISTS ${tmp.name} WITH (FORCE)`);
    await admin.close();
  };
  return { url, dir, write, gen, query, drop };
}

describe('gen deploy', () => {
  it('applies in order, refuses what would make the history lie, resolves, resumes', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', 'CREATE TABLE a (id int PRIMARY KEY);\n');
      p.write('20260102000000_b', 'BEGIN;\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));\nCOMMIT;\nCREATE INDEX CONCURRENTLY b_a ON b (a_id);\nALTER TABLE b ADD COLUMN note text;\n');
      let r = p.gen('deploy', '--dry-run');
      expect(r.out).toContain('would apply 2 migrations');
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('deployed 2 migrations');
      expect(p.gen('deploy').out).toContain('nothing to deploy');

      // A failing migration: exit 1, file:line:col, a failed row; the next deploy refuses.
      p.write('20260103000000_c', 'ALTER TABLE a ADD COLUMN x int;\nALTER TABLE nope ADD COLUMN y int;\n');
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260103000000_c/migration.sql:2:1: relation "nope" does not exist');
      // Its transaction rolled back (no column x), and a row records the failure.
      expect(await p.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'a' AND column_name = 'x'")).toEqual([]);
      expect(await p.query("SELECT applied_statements, finished_at, logs LIKE '%relation \"nope\" does not exist%' AS logged FROM _gen_migrations WHERE name = '20260103000000_c'"))
        .toEqual([{ applied_statements: 0, finished_at: null, logged: true }]);
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260103000000_c failed');
      expect(r.err).toContain('gen resolve --rolled-back 20260103000000_c');
      p.write('20260103000000_c', 'ALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN y int;\n');
      expect(p.gen('resolve', '--rolled-back', '20260103000000_c').code).toBe(0);
      expect(p.gen('deploy').out).toContain('applied 20260103000000_c');

      // An applied migration edited afterwards, and a late branch: refused.
      p.write('20260101000000_a', 'CREATE TABLE a (id bigint PRIMARY KEY);\n');
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260101000000_a/migration.sql was edited after it was applied');
      p.write('20260101000000_a', 'CREATE TABLE a (id int PRIMARY KEY);\n');
      p.write('20260101120000_late', 'CREATE TABLE late (id int);\n');
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('sorts before 20260103000000_c');
      expect(p.gen('deploy', '--allow-out-of-order').out).toContain('applied 20260101120000_late');

      // Interrupted part-way (the first unit committed, then the process died): resumed.
      p.write('20260104000000_d', 'CREATE TABLE d1 (id int);\nCREATE INDEX CONCURRENTLY d1_id ON d1 (id);\nCREATE TABLE d2 (id int);\n');
      await p.query('CREATE TABLE d1 (id int)');
      const sum = (await import('../dist/migrations/sum.js')).checksum('CREATE TABLE d1 (id int);\nCREATE INDEX CONCURRENTLY d1_id ON d1 (id);\nCREATE TABLE d2 (id int);\n');
      await p.query(`INSERT INTO _gen_migrations (name, checksum, total_statements, applied_statements, gen_version) VALUES ('20260104000000_d', '${sum}', 3, 1, 'test')`);
      r = p.gen('deploy', '--allow-out-of-order');
      expect(r.out).toContain('applied 20260104000000_d (resumed)');
      const rows = await p.query("SELECT name, finished_at IS NOT NULL AS done, applied_statements FROM _gen_migrations WHERE name = '20260104000000_d'");
      expect(rows).toEqual([{ name: '20260104000000_d', done: true, applied_statements: 3 }]);
    } finally {
      await p.drop();
    }
  }, 120_000);

  it('eight deploys started at once apply each of 50 migrations exactly once', async () => {
    const p = await project();
    try {
      for (let i = 0; i < 50; i++) p.write(`202601010000${String(i).padStart(2, '0')}_t${i}`, `CREATE TABLE t${i} (id int PRIMARY KEY);\n`);
      const runs = await Promise.all(
        Array.from({ length: 8 }, () => new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [bin, 'deploy', '--url', p.url, '--lock-wait', '60s'], { cwd: p.dir, stdio: 'ignore' });
          child.on('exit', (code) => resolve(code));
        })),
      );
      expect(runs).toEqual(Array(8).fill(0));
      const rows = await p.query('SELECT name, count(*)::int AS n FROM _gen_migrations WHERE finished_at IS NOT NULL GROUP BY name');
      expect(rows.length).toBe(50);
      expect(rows.every((r) => (r as { n: number }).n === 1)).toBe(true);
    } finally {
      await p.drop();
    }
  }, 120_000);
});

/** `gen deploy` and `gen resolve` as a pipeline runs them (the built CLI, PostgreSQL 15): apply in
 * order, no-op re-runs, refusals (partial failure, edited, out of order, gen.sum), resolve, crash
 * resume, transient failures that do not stick, resuming a migration at its failed unit, and
 * eight deploys racing on one database. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { readMigrations } from '../src/migrations/dir.js';
import { sumText } from '../src/migrations/sum.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');

async function project() {
  const tmp = await tempDatabase('gen_deploy');
  await tmp.client.end();
  const url = `postgres://postgres@127.0.0.1:5432/${tmp.name}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-deploy-'));
  // (gen status compares schema.dbml with the migrations; these tests read its history lines.)
  writeFileSync(path.join(dir, 'schema.dbml'), 'Table placeholder {\n  id int\n}\n');
  // Writes a migration and, unless told not to, gen.sum for the folder (as gen dev would).
  const write = (name: string, sql: string, sum = true) => {
    mkdirSync(path.join(dir, 'migrations', name), { recursive: true });
    writeFileSync(path.join(dir, 'migrations', name, 'migration.sql'), sql);
    if (sum) writeFileSync(path.join(dir, 'migrations', 'gen.sum'), sumText(readMigrations(path.join(dir, 'migrations'))));
  };
  const run = (args: readonly string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const gen = (...args: string[]) => run([...args, '--url', url]);
  // (Asynchronous: the test's own timers run meanwhile, which spawnSync would block.)
  const genAsync = (args: readonly string[], onOut?: (out: string) => void) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args, '--url', url], { cwd: dir });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        onOut?.(out);
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => resolve({ code, out, err }));
    });
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
  return { url, dir, write, run, gen, genAsync, query, drop };
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

      // A failing migration: exit 1, file:line:col, a failed row. Its one unit rolled back as a
      // whole, so nothing blocks the next deploy: it runs it again (and fails the same way).
      p.write('20260103000000_c', 'ALTER TABLE a ADD COLUMN x int;\nALTER TABLE nope ADD COLUMN y int;\n');
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260103000000_c/migration.sql:2:1: relation "nope" does not exist');
      expect(r.err).toContain('unit 1 of 1 rolled back as a whole: fix the cause, then re-run gen deploy');
      // Its transaction rolled back (no column x), and a row records the failure.
      expect(await p.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'a' AND column_name = 'x'")).toEqual([]);
      expect(await p.query("SELECT applied_statements, finished_at, failure, logs LIKE '%relation \"nope\" does not exist%' AS logged FROM _gen_migrations WHERE name = '20260103000000_c'")).toEqual([
        { applied_statements: 0, finished_at: null, failure: 'rolled-back', logged: true },
      ]);
      r = p.gen('status');
      expect(r.out).toContain('20260103000000_c is not applied');
      expect(r.out).toContain('the last attempt failed and rolled back');
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('relation "nope" does not exist');
      // Fixed in the file (nothing of it committed, so it may change): deployed, no resolve needed.
      p.write('20260103000000_c', 'ALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN y int;\n');
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('applied 20260103000000_c');

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
      const sum = (await import('../src/migrations/sum.js')).checksum('CREATE TABLE d1 (id int);\nCREATE INDEX CONCURRENTLY d1_id ON d1 (id);\nCREATE TABLE d2 (id int);\n');
      await p.query(`INSERT INTO _gen_migrations (name, checksum, total_statements, applied_statements, gen_version) VALUES ('20260104000000_d', '${sum}', 3, 1, 'test')`);
      r = p.gen('deploy', '--allow-out-of-order');
      expect(r.out).toContain('applied 20260104000000_d (resumed)');
      const rows = await p.query("SELECT name, finished_at IS NOT NULL AS done, applied_statements FROM _gen_migrations WHERE name = '20260104000000_d'");
      expect(rows).toEqual([{ name: '20260104000000_d', done: true, applied_statements: 3 }]);
    } finally {
      await p.drop();
    }
  }, 120_000);

  it('resumes a migration at its failed unit: after the data is fixed, after the file is fixed (resolve), never past an edited committed unit', async () => {
    const p = await project();
    try {
      const two = (second: string, first = 'CREATE TABLE e1 (id int PRIMARY KEY);') => `BEGIN;\n${first}\nCOMMIT;\nBEGIN;\n${second}\nCOMMIT;\n`;
      p.write('20260101000000_a', 'CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (-1), (1);\n');
      expect(p.gen('deploy').code).toBe(0);
      // Unit 2 fails on the data; unit 1 committed.
      p.write('20260102000000_e', two('ALTER TABLE a ADD CONSTRAINT a_pos CHECK (id > 0);'));
      let r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260102000000_e/migration.sql:5:1: check constraint "a_pos" of relation "a" is violated by some row');
      expect(r.err).toContain('unit 2 of 2 rolled back as a whole (unit 1 committed and will not run again): fix the cause, then re-run gen deploy; it resumes at unit 2');
      // A plain re-run resumes at unit 2 (not "relation e1 already exists") and fails the same way.
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.out).toContain('resuming 20260102000000_e at unit 2 of 2');
      expect(r.err).toContain('check constraint "a_pos"');
      expect(p.gen('status').out).toContain('gen deploy resumes it at unit 2 of 2');
      // The cause fixed: the same file finishes.
      await p.query('DELETE FROM a WHERE id < 0');
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('applied 20260102000000_e (resumed)');
      expect(await p.query("SELECT conname FROM pg_constraint WHERE conname = 'a_pos'")).toEqual([{ conname: 'a_pos' }]);
      expect(await p.query("SELECT applied_statements, finished_at IS NOT NULL AS done, failure FROM _gen_migrations WHERE name = '20260102000000_e' ORDER BY id")).toEqual([
        { applied_statements: 1, done: false, failure: 'rolled-back' },
        { applied_statements: 1, done: false, failure: 'rolled-back' },
        { applied_statements: 2, done: true, failure: null },
      ]);

      // A unit 2 that can never pass: the file has to change.
      p.write('20260103000000_f', two('ALTER TABLE f1 ADD COLUMN v int NOT NULL DEFAULT nope();', 'CREATE TABLE f1 (id int);'));
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('function nope() does not exist');
      // Editing the committed unit 1 is refused, by deploy and by resolve.
      p.write('20260103000000_f', two('ALTER TABLE f1 ADD COLUMN v int NOT NULL DEFAULT 0;', 'CREATE TABLE f1 (id bigint);'));
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260103000000_f/migration.sql:2:1: unit 1, already committed, was edited since');
      r = p.gen('resolve', '--rolled-back', '20260103000000_f');
      expect(r.code).toBe(1);
      expect(r.err).toContain('unit 1, already committed, was edited since');
      // Unit 2 fixed, unit 1 as it ran: resolve (recording the edit), then deploy.
      p.write('20260103000000_f', two('ALTER TABLE f1 ADD COLUMN v int NOT NULL DEFAULT 0;', 'CREATE TABLE f1 (id int);'));
      r = p.gen('resolve', '--rolled-back', '20260103000000_f');
      expect(r.err).toBe('');
      expect(r.out).toContain('gen deploy will resume it at unit 2 of 2');
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('resuming 20260103000000_f at unit 2 of 2 (recorded as rolled back with gen resolve)');
      expect(p.gen('status').out).not.toContain('20260103000000_f');
      expect(p.gen('deploy').out).toContain('nothing to deploy');
    } finally {
      await p.drop();
    }
  }, 120_000);

  it('transient failures do not stick: a lock timeout is retried in the run (--retries) and by a plain re-run; a lost connection resumes', async () => {
    const p = await project();
    const holder = await connect(p.url);
    try {
      p.write('20260101000000_a', 'CREATE TABLE a (id int PRIMARY KEY);\n');
      expect(p.gen('deploy').code).toBe(0);
      p.write('20260102000000_b', "SET lock_timeout = '100ms';\nALTER TABLE a ADD COLUMN b int;\n");
      await holder.exec('BEGIN; LOCK TABLE a IN ACCESS EXCLUSIVE MODE');
      let r = p.gen('deploy', '--retries', '0');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260102000000_b/migration.sql:2:1: canceling statement due to lock timeout');
      expect(r.err).toContain('lock timeout on unit 2 of 2; it rolled back as a whole (unit 1 committed and will not run again): re-run gen deploy to retry it');
      expect(await p.query("SELECT failure FROM _gen_migrations WHERE name = '20260102000000_b'")).toEqual([{ failure: 'transient' }]);
      r = p.gen('status');
      expect(r.out + r.err).toContain('failed on a transient error');
      // Retried within one run: the lock is released while deploy waits to retry.
      let released = false;
      r = await p.genAsync(['deploy', '--retries', '3'], (out) => {
        if (released || !out.includes('retrying in')) return;
        released = true;
        void holder.exec('ROLLBACK');
      });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('resuming 20260102000000_b at unit 2 of 2 (the last attempt failed on a transient error');
      expect(r.out).toMatch(/lock timeout on unit 2 of 2 of 20260102000000_b \(.*migration\.sql:2:1\): retrying in 1 s \(attempt 2 of 4\)/);
      expect(r.out).toContain('applied 20260102000000_b (resumed)');

      // A plain re-run after a lock timeout, with the default retries exhausted quickly? Instead:
      // the connection dropped mid-unit (terminated by an operator): the next run resumes.
      p.write('20260103000000_c', 'BEGIN;\nCREATE TABLE c1 (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE c2 (id int);\nSELECT pg_sleep(30);\nCOMMIT;\n');
      const killer = setInterval(() => {
        void holder.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()").catch(() => undefined);
      }, 200);
      r = await p.genAsync(['deploy']);
      clearInterval(killer);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/terminating connection due to administrator command|Connection terminated/);
      // Nothing blocks: a re-run (the sleep shortened in the unit that never committed) resumes.
      p.write('20260103000000_c', 'BEGIN;\nCREATE TABLE c1 (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE c2 (id int);\nSELECT pg_sleep(0);\nCOMMIT;\n');
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('resuming 20260103000000_c at unit 2 of 2');
      expect(await p.query("SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('c1', 'c2')")).toEqual([{ n: 2 }]);
    } finally {
      await holder.close().catch(() => undefined);
      await p.drop();
    }
  }, 120_000);

  it('a failed CONCURRENTLY build (partial work) needs gen resolve, named in the output; deploy then rebuilds the INVALID index', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', "CREATE TABLE u (id int PRIMARY KEY, email text);\nINSERT INTO u VALUES (1, 'x'), (2, 'x');\n");
      p.write('20260102000000_idx', 'CREATE TABLE u2 (id int);\nCREATE UNIQUE INDEX CONCURRENTLY u_email ON u (email);\n');
      let r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260102000000_idx/migration.sql:2:1: could not create unique index "u_email"');
      expect(r.err).toContain(
        'unit 2 of 2 ran outside a transaction and may have left work behind (an INVALID index public.u_email, which gen deploy drops and builds again): fix the cause, then run gen resolve --rolled-back 20260102000000_idx and gen deploy',
      );
      expect(await p.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'u_email'::regclass")).toEqual([{ indisvalid: false }]);
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('20260102000000_idx failed');
      expect(r.err).toContain('gen resolve --rolled-back 20260102000000_idx');
      expect(p.gen('status').out).toContain('gen resolve --rolled-back 20260102000000_idx');
      await p.query('DELETE FROM u WHERE id = 2');
      expect(p.gen('resolve', '--rolled-back', '20260102000000_idx').out).toContain('resume it at unit 2 of 2');
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(await p.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'u_email'::regclass")).toEqual([{ indisvalid: true }]);
    } finally {
      await p.drop();
    }
  }, 120_000);

  it('checks gen.sum before connecting: refuses a merge that kept both sides, a hand edit, a conflict marker; gen hash repairs', async () => {
    const p = await project();
    try {
      const sumFile = path.join(p.dir, 'migrations', 'gen.sum');
      p.write('20260101000000_a', 'CREATE TABLE a (id int);\n');
      // Not connecting: an unreachable URL still gets the gen.sum refusal.
      p.write('20260102000000_b', 'CREATE TABLE b (id int);\n', false);
      let r = p.run(['deploy', '--url', 'postgres://postgres@127.0.0.1:1/nowhere']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('refusing to deploy (nothing was applied): migrations/gen.sum does not match the migrations');
      expect(r.err).toContain('20260102000000_b is not in gen.sum');
      expect(r.err).toContain('run gen hash');
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      // A missing folder, or a file given for it: one line, exit 1.
      r = p.gen('deploy', '--migrations', 'nowhere');
      expect([r.code, r.err]).toEqual([1, 'error: migrations folder nowhere not found; run gen init to start a project (or pass --migrations DIR)\n']);
      r = p.gen('deploy', '--migrations', 'schema.dbml');
      expect([r.code, r.err]).toEqual([1, 'error: schema.dbml is a file; expected the migrations folder\n']);
      // Nothing touched: no history table.
      expect(await p.query("SELECT 1 FROM pg_class WHERE relname = '_gen_migrations'")).toEqual([]);
      // A merge that kept both sides of the conflict.
      const ours = readFileSync(sumFile, 'utf8');
      writeFileSync(sumFile, `<<<<<<< HEAD\n${ours}=======\n${sumText(readMigrations(path.join(p.dir, 'migrations')))}>>>>>>> theirs\n`);
      r = p.gen('deploy');
      expect(r.code).toBe(1);
      expect(r.err).toContain('merge conflict markers');
      // A hand edit of an applied-to-nowhere migration after gen.sum was written.
      expect(p.run(['hash']).out).toContain('wrote migrations/gen.sum for 2 migrations');
      expect(p.run(['hash']).out).toContain('already matches');
      writeFileSync(path.join(p.dir, 'migrations', '20260101000000_a', 'migration.sql'), 'CREATE TABLE a (id bigint);\n');
      r = p.gen('deploy');
      expect(r.err).toContain('20260101000000_a/migration.sql was edited after gen.sum was written');
      expect(p.gen('status').out).toContain('run gen hash');
      // A conflict marker inside a migration is never blessed by gen hash.
      writeFileSync(path.join(p.dir, 'migrations', '20260102000000_b', 'migration.sql'), '<<<<<<< HEAD\nCREATE TABLE b (id int);\n=======\nCREATE TABLE b (id bigint);\n>>>>>>> theirs\n');
      r = p.run(['hash']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('merge conflict markers; resolve them first');
      writeFileSync(path.join(p.dir, 'migrations', '20260102000000_b', 'migration.sql'), 'CREATE TABLE b (id int);\n');
      expect(p.run(['hash']).code).toBe(0);
      r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('deployed 2 migrations');
    } finally {
      await p.drop();
    }
  }, 120_000);

  it('upgrades a history table written by an older gen in place, keeping its rows', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', 'CREATE TABLE a (id int);\n');
      p.write('20260102000000_b', 'CREATE TABLE b (id int);\n');
      const { checksum } = await import('../src/migrations/sum.js');
      await p.query(`CREATE TABLE a (id int);
        CREATE TABLE public._gen_migrations (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, started_at timestamptz NOT NULL DEFAULT clock_timestamp(), finished_at timestamptz, execution_ms integer, applied_statements integer NOT NULL DEFAULT 0, total_statements integer NOT NULL, logs text, rolled_back_at timestamptz, schema_hash text, gen_version text NOT NULL);
        INSERT INTO _gen_migrations (name, checksum, total_statements, applied_statements, finished_at, gen_version) VALUES ('20260101000000_a', '${checksum('CREATE TABLE a (id int);\n')}', 1, 1, now(), 'old')`);
      // status reads it as it is.
      expect(p.gen('status').out).toContain('20260102000000_b is not applied');
      const r = p.gen('deploy');
      expect(r.err).toBe('');
      expect(r.out).toContain('deployed 1 migration');
      expect(await p.query('SELECT name, unit_checksums IS NOT NULL AS units FROM _gen_migrations ORDER BY id')).toEqual([
        { name: '20260101000000_a', units: false },
        { name: '20260102000000_b', units: true },
      ]);
    } finally {
      await p.drop();
    }
  }, 120_000);

  it('eight deploys started at once apply each of 50 migrations exactly once', async () => {
    const p = await project();
    try {
      for (let i = 0; i < 50; i++) p.write(`202601010000${String(i).padStart(2, '0')}_t${i}`, `CREATE TABLE t${i} (id int PRIMARY KEY);\n`);
      const runs = await Promise.all(
        Array.from(
          { length: 8 },
          () =>
            new Promise<number | null>((resolve) => {
              const child = spawn(process.execPath, [bin, 'deploy', '--url', p.url, '--lock-wait', '60s'], { cwd: p.dir, stdio: 'ignore' });
              child.on('exit', (code) => resolve(code));
            }),
        ),
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
